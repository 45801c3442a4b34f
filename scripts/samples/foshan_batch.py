"""Foshan, 2023 Q1 groundbreaking batch: a GB18030 CSV with CRLF line endings, 亿元 only in a note row.

It models the awkward side of city lists: a legacy encoding, a unit outside the header, '——'
placeholders instead of amounts, and no total row. The rows are synthetic (see samples/README.md).
"""

from __future__ import annotations

import random
from pathlib import Path

from .amounts import lognormal_weights, split_capped, split_exact, yi
from .names import CITY_NAME_MAKERS, Namer, owner_name
from .output import SAMPLE_NOTE, summary, write_csv
from .places import FOSHAN_DISTRICTS, weighted_places
from .projects import Project, Run, new_period

FAMILY = "foshan_batch"
FILE_NAME = "foshan_2023_q1_sample.csv"

FS_PROJECTS, FS_TOTAL, FS_INDUSTRIAL = 103, 85003, 79  # 850.03亿 in 0.01亿元
FS_ANNUAL_KNOWN = 18627  # 186.27亿 over the rows that print a figure: NOT a published number
FS_PLACEHOLDERS = 9  # rows whose annual amount is printed as "——"


def make(namer: Namer) -> list[Project]:
    """Foshan 2023 Q1 batch: 103 projects, 850.03亿 total, 79 of them industrial. All 新开工.
    The annual figures are invented (no annual headline was published); 9 are '——'."""
    rng = random.Random(20230331)
    categories = ["产业"] * FS_INDUSTRIAL + ["基础设施"] * 15 + ["民生"] * (FS_PROJECTS - FS_INDUSTRIAL - 15)
    rng.shuffle(categories)
    totals = split_exact(FS_TOTAL, FS_PROJECTS, rng, floor=50)
    districts = weighted_places(rng, FOSHAN_DISTRICTS, FS_PROJECTS)
    projects = []
    for category, total, district in zip(categories, totals, districts, strict=True):
        prefix = district if rng.random() < 0.3 else ""
        name = namer.unique(rng, lambda r, c=category, p=prefix: CITY_NAME_MAKERS[c](r, p))
        owner = owner_name(rng, "佛山市", category)
        projects.append(
            Project(name, district, category, total, owner=owner, period=new_period(rng, 2023, total, 3000))
        )
    unknown = set(rng.sample(range(FS_PROJECTS), FS_PLACEHOLDERS))
    known = [p for i, p in enumerate(projects) if i not in unknown]
    caps = [p.total * 7 // 10 for p in known]
    weights = [p.total * w for p, w in zip(known, lognormal_weights(len(known), rng, 0.5), strict=True)]
    for p, annual in zip(known, split_capped(FS_ANNUAL_KNOWN, caps, 5, weights), strict=True):
        p.annual = annual
    order = list(FOSHAN_DISTRICTS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def check(projects: list[Project]) -> None:
    """The published headlines, and the placeholder count the readers are tested against."""
    assert len(projects) == FS_PROJECTS
    assert sum(p.total for p in projects) == FS_TOTAL
    assert sum(p.category == "产业" for p in projects) == FS_INDUSTRIAL
    assert sum(p.annual is None for p in projects) == FS_PLACEHOLDERS
    assert sum(p.annual or 0 for p in projects) == FS_ANNUAL_KNOWN


def rows(projects: list[Project]) -> list[list[str]]:
    """Title row, unit note row, a header without units, one row per project; no total row."""
    table = [
        [SAMPLE_NOTE + "：佛山市2023年第一季度重大项目集中开工（103个项目，总投资850.03亿元）"],
        ["金额单位：亿元"],
        ["序号", "项目名称", "所在地", "类别", "建设性质", "总投资", "年度计划投资", "建设单位"],
    ]
    for seq, p in enumerate(projects, 1):
        annual = "——" if p.annual is None else yi(p.annual)
        table.append([str(seq), p.name, p.place, p.category, p.stage, yi(p.total), annual, p.owner])
    return table


def write(projects: list[Project], out_dir: Path) -> Path:
    """Check the headlines, then write the CSV."""
    check(projects)
    path = out_dir / FILE_NAME
    write_csv(path, rows(projects), "gb18030", "\r\n")
    summary(path, len(projects), yi(FS_TOTAL), None, "GB18030, CRLF, 亿元 in a note row, no total row")
    return path


def generate(run: Run, out_dir: Path) -> list[Path]:
    """Make the batch (recorded in run for the 2023 provincial plan's overlaps) and write it."""
    projects = make(run.namer)
    run.projects[FAMILY] = projects
    return [write(projects, out_dir)]
