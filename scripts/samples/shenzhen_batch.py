"""Shenzhen, first groundbreaking batch of 2023 (2023-01-29): a UTF-8 CSV with a BOM, 亿元 in the headers.

The rows are synthetic; the counts and totals equal the published headlines (see samples/README.md).
"""

from __future__ import annotations

import random
from pathlib import Path

from .amounts import lognormal_weights, split_capped, split_exact, yi
from .names import CITY_NAME_MAKERS, Namer
from .output import SAMPLE_NOTE, summary, write_csv
from .places import SHENZHEN_DISTRICTS, weighted_places
from .projects import Project, Run, new_period

FAMILY = "shenzhen_batch"
FILE_NAME = "shenzhen_2023_batch1_sample.csv"

SZ_PROJECTS, SZ_TOTAL, SZ_ANNUAL = 266, 329530, 53560  # 3295.3亿 / 535.6亿 in 0.01亿元
SZ_GOV_N, SZ_GOV_TOTAL = 145, 70420  # 704.2亿
SZ_SOC_N, SZ_SOC_TOTAL = 121, 259110  # 2591.1亿
SZ_IND_N, SZ_IND_TOTAL = 96, 190000  # 1900亿: a subset of 社会投资, more than half of 3295.3亿


def make(namer: Namer) -> list[Project]:
    """Shenzhen 2023-01-29 first batch: 266 projects, 3295.3亿 total, 535.6亿 planned for 2023;
    96 industrial projects holding more than half the total; 145 government-funded (704.2亿) and
    121 privately funded (2591.1亿). All 新开工."""
    rng = random.Random(20230129)
    funding = ["社会投资"] * SZ_SOC_N + ["政府投资"] * SZ_GOV_N
    categories = ["产业"] * SZ_IND_N
    categories += [rng.choice(("基础设施", "民生")) for _ in range(SZ_SOC_N - SZ_IND_N)]
    categories += [rng.choices(("基础设施", "民生"), weights=(3, 2))[0] for _ in range(SZ_GOV_N)]
    totals = split_exact(SZ_IND_TOTAL, SZ_IND_N, rng, floor=50)
    totals += split_exact(SZ_SOC_TOTAL - SZ_IND_TOTAL, SZ_SOC_N - SZ_IND_N, rng, floor=30)
    totals += split_exact(SZ_GOV_TOTAL, SZ_GOV_N, rng, floor=20)
    districts = weighted_places(rng, SHENZHEN_DISTRICTS, SZ_PROJECTS)
    projects = []
    for category, fund, total, district in zip(categories, funding, totals, districts, strict=True):
        prefix = district if rng.random() < 0.4 else ""
        name = namer.unique(rng, lambda r, c=category, p=prefix: CITY_NAME_MAKERS[c](r, p))
        projects.append(
            Project(name, district, category, total, funding=fund, period=new_period(rng, 2023, total, 5000))
        )
    caps = [p.total * 8 // 10 for p in projects]
    weights = [p.total * w for p, w in zip(projects, lognormal_weights(len(projects), rng, 0.5), strict=True)]
    for p, annual in zip(projects, split_capped(SZ_ANNUAL, caps, 5, weights), strict=True):
        p.annual = annual
    rng.shuffle(projects)
    order = list(SHENZHEN_DISTRICTS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def check(projects: list[Project]) -> None:
    """The published headlines, to the last 0.01亿: a failed assert means the generator drifted."""
    assert len(projects) == SZ_PROJECTS
    assert sum(p.total for p in projects) == SZ_TOTAL
    assert sum(p.annual or 0 for p in projects) == SZ_ANNUAL
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    gov = [p for p in projects if p.funding == "政府投资"]
    soc = [p for p in projects if p.funding == "社会投资"]
    ind = [p for p in projects if p.category == "产业"]
    assert (len(gov), sum(p.total for p in gov)) == (SZ_GOV_N, SZ_GOV_TOTAL)
    assert (len(soc), sum(p.total for p in soc)) == (SZ_SOC_N, SZ_SOC_TOTAL)
    assert len(ind) == SZ_IND_N and all(p.funding == "社会投资" for p in ind)
    assert 2 * sum(p.total for p in ind) > SZ_TOTAL
    assert {p.place for p in projects} == set(SHENZHEN_DISTRICTS)


def rows(projects: list[Project]) -> list[list[str]]:
    """Title and unit rows, the header, one row per project, and a 合计 row (a total, not a project)."""
    table = [
        [SAMPLE_NOTE + "：深圳市2023年第一批重大项目集中开工（266个项目，总投资3295.3亿元）"],
        ["单位：亿元"],
        [
            "序号",
            "项目名称",
            "所在区",
            "类别",
            "投资主体",
            "建设性质",
            "总投资（亿元）",
            "2023年计划投资（亿元）",
            "建设起止年限",
        ],
    ]
    for seq, p in enumerate(projects, 1):
        table.append(
            [
                str(seq),
                p.name,
                p.place,
                p.category,
                p.funding,
                p.stage,
                yi(p.total),
                yi(p.annual or 0),
                p.period,
            ]
        )
    table.append(["合计", "", "", "", "", "", yi(SZ_TOTAL), yi(SZ_ANNUAL), ""])
    return table


def write(projects: list[Project], out_dir: Path) -> Path:
    """Check the headlines, then write the CSV."""
    check(projects)
    path = out_dir / FILE_NAME
    write_csv(path, rows(projects), "utf-8-sig", "\n")
    summary(path, len(projects), yi(SZ_TOTAL), yi(SZ_ANNUAL), "UTF-8 with BOM, 亿元 in the headers")
    return path


def generate(run: Run, out_dir: Path) -> list[Path]:
    """Make the batch (recorded in run for the 2023 provincial plan's overlaps) and write it."""
    projects = make(run.namer)
    run.projects[FAMILY] = projects
    return [write(projects, out_dir)]
