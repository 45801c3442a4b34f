"""The identity step's mechanics, made faster without changing what it finds: blocking (etl/identity/blocking.py)
offers the pairs an all-pairs comparison would, less the pairs pair_score never scores, and does not compare a
block of numbered names pair by pair; the exact key drops the characters it always dropped."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from rapidfuzz import fuzz

from etl.identity import blocking
from etl.identity.distinctive import Distinct, common_bigrams, distinctive
from etl.identity.names import name_key
from etl.identity.scoring import pair_score
from tests.test_identity import row

NAMES = [
    "南沙枢纽大桥（一期）", "南沙枢纽大桥（二期）", "南沙枢纽大桥", "地铁12号线", "地铁13号线", "地铁12号线（一期）",
    "白云机场T3航站楼", "白云机场三期扩建工程", "金沙小学改扩建", "金沙中学改扩建（二期）", "2023年度城市更新",
    "2024年度城市更新", "城市更新片区", "第034号道路工程", "第030号道路工程", "道路工程",
]  # fmt: skip


def _prepared(rows):
    keys = [name_key(r.project_name, r.cities) for r in rows]
    common = common_bigrams([k.core for k in keys])
    return keys, [Distinct(distinctive(k.core, common), distinctive(k.full, common)) for k in keys]


def _lists(names: list[str], lists: int) -> list:
    return [
        row(f"list{n}", k, name, kind="groundbreaking") for n in range(lists) for k, name in enumerate(names)
    ]


def test_never_scored_is_what_pair_score_returns_none_for() -> None:
    rows = _lists(NAMES, 2)
    keys, distinct = _prepared(rows)
    for i, j in combinations(range(len(rows)), 2):
        none = pair_score(rows[i], rows[j], keys[i], keys[j], distinct[i], distinct[j]) is None
        assert blocking.never_scored(keys[i], keys[j]) == none, (rows[i].project_name, rows[j].project_name)


def _all_pairs(rows, keys, distinct, cutoff: int) -> set[tuple[int, int]]:
    """Every pair of two list versions of one city alike enough, less those never scored: what blocking
    offers while no row has more than BEST alike names."""

    def alike(i: int, j: int) -> bool:
        rare = fuzz.ratio("".join(sorted(distinct[i].core)), "".join(sorted(distinct[j].core)))
        full = fuzz.ratio("".join(sorted(distinct[i].full)), "".join(sorted(distinct[j].full)))
        return max(rare, full) >= cutoff or fuzz.ratio(keys[i].core, keys[j].core) >= blocking.CORE_CUTOFF

    return {
        (i, j)
        for i, j in combinations(range(len(rows)), 2)
        if rows[i].list_version != rows[j].list_version
        and not blocking.never_scored(keys[i], keys[j])
        and alike(i, j)
    }


def test_blocking_offers_every_alike_pair_it_may_score_and_no_other() -> None:
    rows = _lists(NAMES, 3)
    keys, distinct = _prepared(rows)
    pairs = blocking.candidate_pairs(rows, keys, distinct, 60)
    assert pairs == _all_pairs(rows, keys, distinct, 60)
    assert pairs and not any(blocking.never_scored(keys[i], keys[j]) for i, j in pairs)


def test_a_block_of_numbered_names_is_not_compared_pair_by_pair(monkeypatch) -> None:
    """Names on one template told apart by a number (…（3-12）, 第N号) are compared only with the rows of
    their own number: the score matrices hold a few cells per row, not the square of the block."""
    rows = _lists([f"某某片区道路工程（{k}）" for k in range(200)], 4)
    keys, distinct = _prepared(rows)
    cells = []
    scores = blocking._scores

    def counted(left: list[str], right: list[str], cutoff: int) -> np.ndarray:
        cells.append(len(left) * len(right))
        return scores(left, right, cutoff)

    monkeypatch.setattr(blocking, "_scores", counted)
    pairs = blocking.candidate_pairs(rows, keys, distinct, 60)
    assert len(pairs) == 200 * 6  # each name with itself in each other list
    assert sum(cells) <= 2 * 200 * 6  # two matrices (rare, core) a pair; all pairs would be 2 × 480,000


def test_the_exact_key_keeps_what_isalnum_keeps_for_every_code_point() -> None:
    """exact_key drops what is not a letter or digit with one regular expression: the same characters as
    str.isalnum(), which project_identity() was written with."""
    import sys

    from etl.identity.linking import exact_key

    text = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    kept = "".join(ch for ch in text.lower() if ch.isalnum())
    assert exact_key(row("plan", 1, text)) == f"{kept}|广州"


def _distinctive_by_character(core: str, common: set[str]) -> str:
    """distinctive() as first written, character by character: what the faster one must give."""
    if len(core) < 2:
        return core
    kept = []
    for i, ch in enumerate(core):
        left = core[i - 1 : i + 1] if i else None
        right = core[i : i + 2] if i < len(core) - 1 else None
        if right in common or (right is None and left in common):
            continue
        if left in common and (right is None or right in common):
            continue
        kept.append(ch)
    return "".join(kept) or core


def test_distinctive_gives_what_it_gave_character_by_character() -> None:
    from itertools import product

    common = {"ab", "bc", "ca", "aa"}
    texts = ["".join(t) for n in range(8) for t in product("abcd", repeat=n)]
    assert all(distinctive(t, common) == _distinctive_by_character(t, common) for t in texts)
