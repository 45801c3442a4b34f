"""Candidate pairs: only rows of one city, and of two different list versions, are ever compared.

A one-city row is compared with the rows of its city; a multi-city row (广州、佛山) with the rows of each
of its cities; a 不分市 / province-wide row with every row. Two rows of two different cities are never a
pair, nor two rows of one list version. Within a block, a pair is a candidate when the distinctive parts
of its names (distinctive.py) are at least `cutoff` alike with their characters sorted (words reordered),
or its whole cores are nearly the same: computed by rapidfuzz (C++) a chunk of rows at a time, not pair
by pair in Python, so that time grows with the pairs of lists and memory stays bounded; each row keeps at
most its BEST most alike names of each other side, so a block of names on one template stays linear.
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
CHUNK = 2_000  # rows of one side compared at a time: each score matrix holds CHUNK × the other side bytes


def _scores(left: list[str], right: list[str], cutoff: int) -> np.ndarray:
    return cdist(left, right, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)


def _alike(
    left: list[int], right: list[int], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> Iterator[tuple[int, int]]:
    """Pairs (left row, right row) whose distinctive parts are alike, of the core or of the full reading (a
    company's brand kept), or whose cores are nearly the same: computed by rapidfuzz a chunk of left rows
    at a time, so memory stays bounded whatever the lists' size."""

    def rare(i: int) -> str:
        return "".join(sorted(distinct[i].core))

    def full(i: int) -> str:
        return "".join(sorted(distinct[i].full))

    brands = any(keys[i].brand for i in left + right)
    right_rare, right_cores = [rare(i) for i in right], [keys[i].core for i in right]
    right_full = [full(i) for i in right] if brands else []
    for at in range(0, len(left), CHUNK):
        chunk = left[at : at + CHUNK]
        alike = _scores([rare(i) for i in chunk], right_rare, cutoff)
        alike = np.maximum(alike, _scores([keys[i].core for i in chunk], right_cores, CORE_CUTOFF))
        if brands:
            alike = np.maximum(alike, _scores([full(i) for i in chunk], right_full, cutoff))
        a, b = np.nonzero(_best_of_each_row(alike))
        for x, y in zip(a.tolist(), b.tolist(), strict=True):
            yield chunk[x], right[y]


BEST = 25  # candidates kept per row against one side of a block: the alike-most, by their blocking score


def _best_of_each_row(alike: np.ndarray) -> np.ndarray:
    """The scores with all but each row's BEST highest set to 0. A block of names made on one template
    (…镇污水处理厂, …村旧村改造) has every row alike every other: without a bound the pairs grow with the
    square of the block (800 lists of such names took the step past 4 GiB, docs/benchmarks.md); a row's
    true partner is among its most alike names, and far fewer than BEST rows of another list name one
    project."""
    if alike.shape[1] <= BEST or int(np.count_nonzero(alike, axis=1).max(initial=0)) <= BEST:
        return alike
    kept = np.zeros_like(alike)
    best = np.argpartition(alike, -BEST, axis=1)[:, -BEST:]
    rows = np.arange(alike.shape[0])[:, None]
    kept[rows, best] = alike[rows, best]
    return kept


def _block_pairs(
    members: list[int], rows: list[IdentityRow], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> Iterator[tuple[int, int]]:
    """Rows of one block, compared list version against list version: two rows of one list are never a
    pair (one list names each project once; a project it splits into phases is linked through the other
    lists), so a list alone costs nothing, however long."""
    by_version: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in members:
        by_version[rows[i].list_version].append(i)
    versions = sorted(by_version)
    for n, version in enumerate(versions[:-1]):
        later = [i for other in versions[n + 1 :] for i in by_version[other]]
        yield from _alike(by_version[version], later, keys, distinct, cutoff)


def candidate_pairs(
    rows: list[IdentityRow], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> set[tuple[int, int]]:
    """Index pairs (i < j) worth scoring: same block, two list versions, cores alike."""
    pairs = set()
    for members in blocks(rows).values():
        for i, j in _block_pairs(members, rows, keys, distinct, cutoff):
            pairs.add((min(i, j), max(i, j)))
    return pairs
