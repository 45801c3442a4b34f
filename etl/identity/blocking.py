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


def _block_pairs(
    members: list[int], keys: list[NameKey], distinct: list[str], cutoff: int
) -> Iterator[tuple[int, int]]:
    cores = [keys[i].core for i in members]
    rare = ["".join(sorted(distinct[i])) for i in members]
    alike = cdist(rare, rare, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)
    near = cdist(cores, cores, scorer=fuzz.ratio, score_cutoff=CORE_CUTOFF, dtype=np.uint8)
    a, b = np.nonzero(np.triu(np.maximum(alike, near), k=1))
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        yield members[x], members[y]


def candidate_pairs(
    rows: list[IdentityRow], keys: list[NameKey], distinct: list[str], cutoff: int
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
