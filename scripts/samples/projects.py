"""The row every family builds (Project), its construction periods, and the state one run shares (Run)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .names import Namer


@dataclass
class Project:
    """One synthetic list entry, in the generating unit of the file it goes to."""

    name: str
    place: str  # district, town, city or 不分市, as printed
    category: str
    total: int  # in the file's generating unit (0.01亿元 or 万元)
    annual: int | None = None  # None: printed as a placeholder / blank
    stage: str = "新开工"
    period: str = ""
    funding: str = ""
    owner: str = ""
    content: str = ""


@dataclass
class Run:
    """What the families of one run share: one Namer (names stay unique across files) and the projects
    of every family generated so far, by family name, for families that reuse them (planted overlaps)."""

    namer: Namer = field(default_factory=Namer)
    projects: dict[str, list[Project]] = field(default_factory=dict)


def new_period(rng: random.Random, year: int, total: int, big: int) -> str:
    """建设起止年限 of a project starting this year; projects of at least `big` take a year longer."""
    years = rng.choice((1, 2, 2, 3, 3, 3, 4)) + (1 if total >= big else 0)
    return f"{year}-{year + years}"


def ongoing_period(rng: random.Random, year: int) -> str:
    """建设起止年限 of a 续建 project: started in an earlier year, ending this year or later."""
    start = rng.randint(year - 6, year - 1)
    return f"{start}-{rng.randint(year, year + 5)}"
