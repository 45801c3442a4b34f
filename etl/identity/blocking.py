"""Candidate pairs: only rows of one city are ever compared.

A one-city row is compared with the rows of its city; a multi-city row (广州、佛山) with the rows of each
of its cities; a 不分市 / province-wide row with every row. Two rows of two different cities are never a
pair. Within a block, a pair is a candidate when the distinctive parts of its names (distinctive.py) are
at least `cutoff` alike with their characters sorted (words reordered), or its whole cores are nearly the
same: computed a block at a time by rapidfuzz (C++), not pair by pair in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from etl.identity.distinctive import Distinct
from etl.identity.names import NameKey
from etl.identity.records import IdentityRow

WILDCARD = "*"


def blocks(rows: list[IdentityRow]) -> dict[str, list[int]]:
    """City → indexes of its rows; rows with no city (不分市, province) are added to every block."""
    by_city: dict[str, list[int]] = defaultdict(list)
    loose = []
    for i, row in enumerate(rows):
        cities = row.cities
        if not cities:
            loose.append(i)
        for city in cities:
            by_city[city].append(i)
    if not by_city:
        return {WILDCARD: loose}
    return {city: sorted(members + loose) for city, members in by_city.items()}


CORE_CUTOFF = 90  # whole cores this alike are always compared


def _alike(texts: list[str], cutoff: int) -> np.ndarray:
    return cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)


def _block_pairs(
    members: list[int], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> Iterator[tuple[int, int]]:
    """Pairs of a block whose distinctive parts are alike, of the core or of the full reading (a company's
    brand kept), or whose cores are nearly the same."""
    alike = _alike(["".join(sorted(distinct[i].core)) for i in members], cutoff)
    alike = np.maximum(alike, _alike([keys[i].core for i in members], CORE_CUTOFF))
    if any(keys[i].brand for i in members):
        alike = np.maximum(alike, _alike(["".join(sorted(distinct[i].full)) for i in members], cutoff))
    a, b = np.nonzero(np.triu(alike, k=1))
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        yield members[x], members[y]


def candidate_pairs(
    rows: list[IdentityRow], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> set[tuple[int, int]]:
    """Index pairs (i < j) worth scoring: same block, cores alike, not two rows of one list version with
    the same phase (one list names each project once)."""
    pairs = set()
    for members in blocks(rows).values():
        for i, j in _block_pairs(members, keys, distinct, cutoff):
            i, j = min(i, j), max(i, j)
            if rows[i].list_version == rows[j].list_version and keys[i].phase == keys[j].phase:
                continue
            pairs.add((i, j))
    return pairs
