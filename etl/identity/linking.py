"""From rows to projects: exact keys, judgements, automatic links, the review queue, and the clusters.

Order of strength, each step unable to undo the one before:
1. an analyst's judgement: "same" links the two rows, "different" forbids it (beats any score);
2. the exact key (project_identity: the name without spaces or punctuation, in the same place);
3. scored pairs at or above `link_at`, best first.
A link is refused when the project it would make held two rows of one list version (unless they are two
different phases: a list may split a project another list names whole), or rows of two different cities —
unless a row of the project names them all (a road of two cities: the province's row of both, and each city's
section, linked to that row; the two sections are never a pair themselves).
Pairs scoring from `review_from` up to `link_at` whose rows stay apart, and whose projects one link could join,
go to the review queue: a rival that lost a row to a better-scored partner of its list is not asked about.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from etl.identity.blocking import candidate_pairs, common_amounts
from etl.identity.distinctive import Distinct, common_bigrams, distinctive
from etl.identity.names import NameKey, brand_starts, name_key
from etl.identity.records import IdentityRow
from etl.identity.scoring import rarity, score_pair
from etl.identity.timing import Timer, untimed

# Cores are compared in full only when at least this alike in a block (blocking.py).
CANDIDATE_CUTOFF = 60


@dataclass(frozen=True)
class Link:
    """Why a row belongs to its project: basis exact | reviewed | score | alone, the pair's score, and
    the row it was linked to (None when alone)."""

    basis: str
    score: float | None
    other: int | None


@dataclass(frozen=True)
class Candidate:
    """A pair for review: two row indexes and their score."""

    a: int
    b: int
    score: float


@dataclass
class Identity:
    project_of: list[str]  # per row, its project id
    links: list[Link]  # per row
    review: list[Candidate]  # undecided pairs between the floor and the threshold
    auto_pairs: list[tuple[int, int, float]] = field(default_factory=list)  # links made by score


class _Clusters:
    """Union-find whose merges respect the constraints (one list version, one city, judged different)."""

    def __init__(self, rows: list[IdentityRow], keys: list[NameKey], apart: set[frozenset[int]]) -> None:
        self.parent = list(range(len(rows)))
        self.members = {i: [i] for i in range(len(rows))}
        self.rows, self.keys, self.apart = rows, keys, apart

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _compatible(self, ra: int, rb: int) -> bool:
        left, right = self.members[ra], self.members[rb]
        cities = {c for i in left + right if self.rows[i].place_kind == "city" for c in self.rows[i].cities}
        if len(cities) > 1 and not self._spanned(left + right, cities):
            return False
        seen = defaultdict(list)
        for i in left:
            seen[self.rows[i].list_version].append(self.keys[i].phase)
        for j in right:
            for phase in seen.get(self.rows[j].list_version, ()):
                if not phase or not self.keys[j].phase or phase == self.keys[j].phase:
                    return False
        return not any(frozenset((i, j)) in self.apart for i in left for j in right) if self.apart else True

    def _spanned(self, members: list[int], cities: set[str]) -> bool:
        """A project of two cities' rows is one project only through a row naming all those cities (the
        province's 茂名至湛江铁路, a 湛江、茂名 row): each city's list names its own section of it, and the
        sections are linked to that row, never to each other (two cities' rows are never a pair, blocking.py)."""
        return any(
            self.rows[i].place_kind == "multi_city" and cities <= set(self.rows[i].cities) for i in members
        )

    def joinable(self, i: int, j: int) -> bool:
        """Two rows of two projects that one link could join as they stand: not when each project already holds
        a row of the other's list (a better-scored partner took the row: the pair was its rival) or a row of
        another city."""
        ra, rb = self.find(i), self.find(j)
        return ra != rb and self._compatible(ra, rb)

    def union(self, i: int, j: int) -> bool:
        ra, rb = self.find(i), self.find(j)
        if ra == rb:
            return True
        if not self._compatible(ra, rb):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True


# What is not a letter or a digit: re's \w is str.isalnum() or "_" (tests/test_identity_blocking.py checks every
# code point), so one pass in C, where a generator asked each character in Python.
_NOT_ALNUM = re.compile(r"[\W_]+")


def exact_key(row: IdentityRow) -> str:
    """project_identity(): the name without whitespace or punctuation, lower-cased, | the place label."""
    return f"{_NOT_ALNUM.sub('', row.project_name.lower())}|{row.city_name or '未识别'}"


def project_id(row: IdentityRow) -> str:
    """A project's id, from the row key of its earliest row: stable while that row is loaded."""
    return "P" + hashlib.sha1(row.row_key.encode("utf-8")).hexdigest()[:12]


def _record(links: list[Link | None], i: int, j: int, link: Link, other: Link) -> None:
    if links[i] is None:
        links[i] = link
    if links[j] is None:
        links[j] = other


def _exact(rows: list[IdentityRow], clusters: _Clusters, links: list[Link | None]) -> None:
    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        j = first.setdefault(exact_key(row), i)
        if j != i and clusters.union(j, i):
            _record(links, i, j, Link("exact", None, j), Link("exact", None, i))


def _judged(clusters: _Clusters, links: list[Link | None], same: list[tuple[int, int]]) -> None:
    for i, j in same:
        if clusters.union(i, j):
            _record(links, i, j, Link("reviewed", None, j), Link("reviewed", None, i))


def _with_known_brands(rows: list[IdentityRow], keys: list[NameKey]) -> list[NameKey]:
    """The keys again for the rows that start with a brand another row of their city names as a company
    (格力高栏港智能制造基地 / 格力电器（珠海）有限公司高栏港…): that start is read as their brand. By city, because a
    company's name elsewhere may be a place's here (a 德沙 company of 东莞, the 德沙 crossing of 广州)."""
    by_city: dict[str, set[str]] = defaultdict(set)
    for row, key in zip(rows, keys, strict=True):
        if len(key.brand) >= 2:
            for city in row.cities:
                by_city[city].add(key.brand)
    starts = {city: brand_starts(brands) for city, brands in by_city.items()}
    if not starts:
        return keys
    every = re.compile("|".join(map(re.escape, sorted(set().union(*starts.values()), key=len, reverse=True))))
    out = []
    for row, key in zip(rows, keys, strict=True):
        known = frozenset().union(*(starts.get(city, ()) for city in row.cities))
        if known and not key.brand and every.search(row.project_name):
            key = name_key(row.project_name, row.cities, brands=known)
        out.append(key)
    return out


def _name_keys(rows: list[IdentityRow], read: dict[tuple[str, tuple[str, ...]], NameKey]) -> list[NameKey]:
    """Each row's name read (name_key) once per distinct name and cities: a project every version of a list
    names again, or several lists name alike, is read once. `read`: the readings known so far (the last
    run's, name_cache.py), given the new ones."""
    keys = []
    for row in rows:
        at = (row.project_name, row.cities)
        key = read.get(at)
        if key is None:
            key = read[at] = name_key(*at)
        keys.append(key)
    return keys


def _distinct_parts(keys: list[NameKey]) -> list[Distinct]:
    """Each row's distinctive parts (distinctive.py), worked out once per distinct text."""
    common = common_bigrams([k.core for k in keys])
    parts: dict[str, str] = {}

    def part(text: str) -> str:
        found = parts.get(text)
        if found is None:
            found = parts[text] = distinctive(text, common)
        return found

    return [Distinct(part(k.core), part(k.full)) for k in keys]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while the step builds its objects: a key, a part and a list per row,
    none of them in a cycle, hundreds of thousands at catalog scale. Its passes over the growing heap were a
    quarter of reading 212,800 names (docs/benchmarks.md); what it would find is collected when it resumes."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def link_rows(
    rows: list[IdentityRow],
    link_at: float,
    review_from: float,
    same: list[tuple[int, int]] = (),
    different: list[tuple[int, int]] = (),
    timer: Timer = untimed,
    readings: dict[tuple[str, tuple[str, ...]], NameKey] | None = None,
) -> Identity:
    """Projects of `rows`, with judgements `same` / `different` given as row index pairs. `timer`: the
    bench's per-phase measure (timing.py); a run measures nothing. `readings`: names already read, by
    (name, cities), as name_cache.py keeps them between runs; the names read now are added to it."""
    with collector_paused():
        with timer("normalize names"):
            keys = _with_known_brands(rows, _name_keys(rows, {} if readings is None else readings))
            distinct = _distinct_parts(keys)
        with timer("union/decide"):
            apart = {frozenset(p) for p in different}
            clusters, links = _Clusters(rows, keys, apart), [None] * len(rows)
            _judged(clusters, links, list(same))
            _exact(rows, clusters, links)
        with timer("blocking"):
            candidates = candidate_pairs(rows, keys, distinct, CANDIDATE_CUTOFF)
        with timer("scoring"):
            scored = _scored(rows, keys, distinct, candidates, review_from, apart)
        with timer("union/decide"):
            return _decided(rows, clusters, links, scored, link_at)


def _scored(
    rows: list[IdentityRow],
    keys: list[NameKey],
    distinct: list[Distinct],
    candidates: set[tuple[int, int]],
    review_from: float,
    apart: set[frozenset[int]],
) -> list[tuple[float, int, int]]:
    """The candidates scoring at least `review_from` and not judged apart, best first by the uncapped score
    (rivals for a row ordered), then capped at 100."""
    scored = []
    common = common_amounts(rows)
    rare = rarity(keys)
    for i, j in candidates:
        found = score_pair(rows[i], rows[j], keys[i], keys[j], distinct[i], distinct[j], common, rare)
        if found is None or found.score < review_from - found.below_floor or frozenset((i, j)) in apart:
            continue
        scored.append((found.score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    return [(min(100.0, score), i, j) for score, i, j in scored]


def _decided(
    rows: list[IdentityRow],
    clusters: _Clusters,
    links: list[Link | None],
    scored: list[tuple[float, int, int]],
    link_at: float,
) -> Identity:
    """Link the scored pairs at or above `link_at`, best first, where the clusters allow; queue the rest that
    the clusters would allow (not the rivals a better link beat)."""
    auto = []
    for score, i, j in scored:
        if score >= link_at and clusters.find(i) != clusters.find(j) and clusters.union(i, j):
            _record(links, i, j, Link("score", score, j), Link("score", score, i))
            auto.append((i, j, score))
    review = [Candidate(i, j, s) for s, i, j in scored if clusters.joinable(i, j)]
    return Identity(_ids(rows, clusters), [x or Link("alone", None, None) for x in links], review, auto)


def _ids(rows: list[IdentityRow], clusters: _Clusters) -> list[str]:
    earliest = {}
    for root, members in clusters.members.items():
        first = min(members, key=lambda i: (rows[i].published, rows[i].source_id, rows[i].row_number))
        earliest[root] = project_id(rows[first])
    return [earliest[clusters.find(i)] for i in range(len(rows))]
