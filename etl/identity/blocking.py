"""Candidate pairs: only rows of one city, and of two different list versions, are ever compared.

A one-city row is compared with the rows of its city; a multi-city row (广州、佛山) with the rows of each
of its cities; a 不分市 / province-wide row with every row. Two rows of two different cities are never a
pair, nor two rows of one list version, nor two rows pair_score never scores: two different phases, or
names giving two different numbers (`never_scored`) — so a block of numbered names (…（3-12）, 2号线, 第034号)
costs what its rows that could be one project cost, not the square of the block. Within a block, a pair is
a candidate when the distinctive parts of its names (distinctive.py) are at least `cutoff` alike with their
characters sorted (words reordered), or its whole cores are nearly the same: computed by rapidfuzz (C++) a
chunk of rows at a time, not pair by pair in Python, so that time grows with the pairs of lists and memory
stays bounded; each row keeps at most its BEST most alike names of the later list versions, so a block of
names on one template stays linear. Rows of two list versions giving the same total, where few rows of the
block give it, are candidates too (`_same_amount`): one project named in other words is compared by its amount.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from etl.identity.distinctive import Distinct
from etl.identity.names import NameKey, trailing_place
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


def never_scored(a: NameKey, b: NameKey) -> bool:
    """The pairs pair_score (scoring.py) returns None for: two different phases or sections, or two names
    giving different numbers. They are two projects whatever their names, so blocking never offers them."""
    return bool(a.phase and b.phase and a.phase != b.phase) or bool(
        a.numbers and b.numbers and a.numbers != b.numbers
    )


Kind = tuple[tuple[int, ...], frozenset[str]]  # a name's numbers and phase: what never_scored reads
NO_NUMBERS: tuple[int, ...] = ()
NO_PHASE: frozenset[str] = frozenset()


def kind_of(key: NameKey) -> Kind:
    return key.numbers, key.phase


@dataclass(frozen=True)
class Texts:
    """What blocking compares of each row, computed once per run (the sorted characters were sorted again
    for every pair of list versions): the distinctive part of the core and of the full reading with their
    characters sorted (words reordered), and the core."""

    rare: list[str]
    core: list[str]
    full: list[str]
    brand: list[bool]

    @classmethod
    def of(cls, keys: list[NameKey], distinct: list[Distinct]) -> Texts:
        return cls(
            ["".join(sorted(d.core)) for d in distinct],
            [k.core for k in keys],
            ["".join(sorted(d.full)) for d in distinct],
            [bool(k.brand) for k in keys],
        )


CORE_CUTOFF = 90  # whole cores this alike are always compared
CHUNK = 2_000  # rows of one side compared at a time: each score matrix holds CHUNK × the other side bytes


def _scores(left: list[str], right: list[str], cutoff: int) -> np.ndarray:
    return cdist(left, right, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)


def _alike(left: list[int], right: list[int], texts: Texts, cutoff: int) -> Iterator[tuple[int, int]]:
    """Pairs (left row, right row) whose distinctive parts are alike, of the core or of the full reading (a
    company's brand kept), or whose cores are nearly the same: computed by rapidfuzz a chunk of left rows
    at a time, so memory stays bounded whatever the lists' size. The full reading is the core's where no
    row names a brand: compared only where one does."""
    brands = any(texts.brand[i] for i in left) or any(texts.brand[i] for i in right)
    right_rare, right_cores = [texts.rare[i] for i in right], [texts.core[i] for i in right]
    right_full = [texts.full[i] for i in right] if brands else []
    for at in range(0, len(left), CHUNK):
        chunk = left[at : at + CHUNK]
        alike = _scores([texts.rare[i] for i in chunk], right_rare, cutoff)
        alike = np.maximum(alike, _scores([texts.core[i] for i in chunk], right_cores, CORE_CUTOFF))
        if brands:
            alike = np.maximum(alike, _scores([texts.full[i] for i in chunk], right_full, cutoff))
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


class _Block:
    """A block's rows in the order they are compared in (list version, then row), and where the rows of
    each kind (numbers, phase) stand in that order: the rows a row may pair with are those of its own kind
    and of the kinds without numbers or without a phase, at a later list version."""

    def __init__(self, members: list[int], rows: list[IdentityRow], kinds: list[Kind]) -> None:
        rank = {version: n for n, version in enumerate(sorted({rows[i].list_version for i in members}))}
        self.order = sorted(members, key=lambda i: (rank[rows[i].list_version], i))
        self.ranks = [rank[rows[i].list_version] for i in self.order]
        self.versions = len(rank)
        self.start = [bisect_left(self.ranks, r) for r in range(self.versions)]  # where each version starts
        self.of_order = np.array(self.order, dtype=np.int64)
        self.by_kind = self._index(lambda k: k, kinds)
        self.by_numbers = self._index(lambda k: k[0], kinds)
        self.by_phase = self._index(lambda k: k[1], kinds)

    def _index(self, part: Callable[[Kind], object], kinds: list[Kind]) -> dict[object, np.ndarray]:
        """Where the rows of each value of `part` of their kind stand in the block's order, ascending."""
        positions: dict[object, list[int]] = defaultdict(list)
        for at, i in enumerate(self.order):
            positions[part(kinds[i])].append(at)
        return {value: np.array(at, dtype=np.int64) for value, at in positions.items()}

    def version_rows(self, rank: int) -> list[int]:
        end = self.start[rank + 1] if rank + 1 < self.versions else len(self.order)
        return self.order[self.start[rank] : end]

    def later_compatible(self, kind: Kind, rank: int) -> list[int]:
        """The rows of the list versions after `rank` that a row of `kind` may pair with (never_scored),
        in the block's order."""
        start = self.start[rank + 1]
        numbers, phase = kind
        if numbers and phase:
            parts = [
                self.by_kind.get(k)
                for k in (kind, (numbers, NO_PHASE), (NO_NUMBERS, phase), (NO_NUMBERS, NO_PHASE))
            ]
        elif numbers:
            parts = [self.by_numbers.get(numbers), self.by_numbers.get(NO_NUMBERS)]
        elif phase:
            parts = [self.by_phase.get(phase), self.by_phase.get(NO_PHASE)]
        else:
            return self.order[start:]
        tails = [p[np.searchsorted(p, start) :] for p in parts if p is not None and p[-1] >= start]
        if not tails:
            return []
        return self.of_order[np.sort(np.concatenate(tails))].tolist()


def _block_pairs(
    members: list[int], rows: list[IdentityRow], kinds: list[Kind], texts: Texts, cutoff: int
) -> Iterator[tuple[int, int]]:
    """Rows of one block, compared list version against the later ones: two rows of one list are never a
    pair (one list names each project once; a project it splits into phases is linked through the other
    lists), so a list alone costs nothing, however long. A list version's rows are compared kind by kind
    (numbers, phase) with the later rows they may pair with."""
    block = _Block(members, rows, kinds)
    for rank in range(block.versions - 1):
        by_kind: dict[Kind, list[int]] = defaultdict(list)
        for i in block.version_rows(rank):
            by_kind[kinds[i]].append(i)
        for kind, left in by_kind.items():
            right = block.later_compatible(kind, rank)
            if right:
                yield from _alike(left, right, texts, cutoff)


def candidate_pairs(
    rows: list[IdentityRow], keys: list[NameKey], distinct: list[Distinct], cutoff: int
) -> set[tuple[int, int]]:
    """Index pairs (i < j) worth scoring: same block, two list versions, never_scored not, cores alike."""
    kinds = [kind_of(k) for k in keys]
    texts = Texts.of(keys, distinct)
    pairs = set()
    for members in blocks(rows).values():
        for i, j in _block_pairs(members, rows, kinds, texts, cutoff):
            pairs.add((min(i, j), max(i, j)))
        pairs.update(_same_amount(members, rows, keys))
        pairs.update(_moved_places(members, rows, keys))
    return pairs


def _moved_places(
    members: list[int], rows: list[IdentityRow], keys: list[NameKey]
) -> Iterator[tuple[int, int]]:
    """Pairs of a block's rows of two list versions where one names a place in a bracket at the end and the other's
    core names it where it does not end (…产业园（外海片区） / 外海街道…产业园): the rest of the two names may be too
    short or too common to make them alike (scoring.py reads them without the place). A place more than
    SAME_AMOUNT rows bracket is a common word, not a place: skipped. One regular expression over the block's cores."""
    named: dict[str, list[int]] = defaultdict(list)
    for i in members:
        place = trailing_place(rows[i].project_name)
        if place:
            named[place].append(i)
    named = {place: at for place, at in named.items() if len(at) <= SAME_AMOUNT}
    if not named:
        return
    places = re.compile("|".join(map(re.escape, sorted(named, key=len, reverse=True))))
    for j in members:
        core = keys[j].core
        for found in places.finditer(core):
            if found.end() == len(core):
                continue
            for i in named[found.group(0)]:
                if rows[i].list_version != rows[j].list_version and not never_scored(keys[i], keys[j]):
                    yield min(i, j), max(i, j)


SAME_AMOUNT = 6  # rows of a block giving one total at most: a total many rows give (10,000万元) tells nothing


def common_amounts(rows: list[IdentityRow]) -> frozenset[tuple[str, object]]:
    """(city, total) for the totals more than SAME_AMOUNT rows of a city give ('' for rows of no city): such a
    total is no evidence that two rows are one project (scoring.py, blocking below)."""
    counts: Counter[tuple[str, object]] = Counter()
    for row in rows:
        if row.total_investment_wan:
            for city in row.cities or ("",):
                counts[city, row.total_investment_wan] += 1
    return frozenset(at for at, n in counts.items() if n > SAME_AMOUNT)


def _same_amount(
    members: list[int], rows: list[IdentityRow], keys: list[NameKey]
) -> Iterator[tuple[int, int]]:
    """Pairs of a block's rows of two list versions giving the same total investment, to the 万元, where few
    rows give it: two lists naming one project in other words (东海岸新城基础设施 / 东海岸新城市政道路及配套工程,
    340,000 both) are compared whatever their names' characters; the score decides (scoring.py)."""
    by_amount: dict[object, list[int]] = defaultdict(list)
    for i in members:
        if rows[i].total_investment_wan:
            by_amount[rows[i].total_investment_wan].append(i)
    for same in by_amount.values():
        if 1 < len(same) <= SAME_AMOUNT:
            for x, i in enumerate(same):
                for j in same[x + 1 :]:
                    if rows[i].list_version != rows[j].list_version and not never_scored(keys[i], keys[j]):
                        yield min(i, j), max(i, j)
