"""Shenzhen, first groundbreaking batch of 2023 (2023-01-29): a UTF-8 CSV with a BOM, 亿元 in the headers.

The rows are synthetic; their counts and totals equal the published headlines (see samples/README.md)
and the SAMPLE release's breakdowns (scripts/corpus/pages_samples.py): every district, both funding
sources and the industrial projects add up to what the release says, within its rounding, so the bundled
list and release reconcile as a real pair would.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .amounts import lognormal_weights, split_capped, split_exact, yi
from .names import CITY_NAME_MAKERS, Namer
from .output import SAMPLE_NOTE, summary, write_csv
from .places import SHENZHEN_BATCH1_DISTRICTS, SHENZHEN_DISTRICTS
from .projects import Project, Run, new_period

FAMILY = "shenzhen_batch"
FILE_NAME = "shenzhen_2023_batch1_sample.csv"

SZ_PROJECTS, SZ_TOTAL, SZ_ANNUAL = 266, 329530, 53560  # 3295.3亿 / 535.6亿 in 0.01亿元
SZ_GOV_N, SZ_GOV_TOTAL, SZ_GOV_ANNUAL = 145, 70420, 13110  # 704.2亿, 131.1亿 for the year
SZ_SOC_N, SZ_SOC_TOTAL, SZ_SOC_ANNUAL = 121, 259110, 40450  # 2591.1亿, 404.5亿 for the year
SZ_IND_N, SZ_IND_TOTAL = 96, 190000  # 1900亿: a subset of 社会投资, more than half of 3295.3亿
SZ_BIG_N, SZ_BIG = 20, 5000  # 20 projects of 50亿 or more
ROUNDING = 5  # half of the 0.1亿 the release prints its district figures with, in 0.01亿


@dataclass(frozen=True)
class Cell:
    """The projects of one district with one funding source and kind: how many, their total and annual."""

    district: str
    funding: str
    industrial: bool
    count: int
    total: int
    annual: int


def cents(yi_text: str) -> int:
    return int(Decimal(yi_text) * 100)


def apportion(total: int, weights: list[int]) -> list[int]:
    """total split in proportion to weights, exactly (largest remainders get the rounding)."""
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(total * weights[i] % whole))
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def district_annuals() -> list[int]:
    """The release's district figures for the year add up to 535.7亿; the rows must add up to 535.6亿.
    The gap goes to the two largest districts, half a printed digit each: within the release's rounding."""
    annuals = [cents(d[3]) for d in SHENZHEN_BATCH1_DISTRICTS]
    gap = sum(annuals) - SZ_ANNUAL
    for i in sorted(range(len(annuals)), key=lambda i: -annuals[i])[: gap // ROUNDING]:
        annuals[i] -= ROUNDING
    assert sum(annuals) == SZ_ANNUAL
    return annuals


def cells() -> list[Cell]:
    """Each district's projects split into government, private industrial and private other, so that the
    districts, the funding sources and the industrial projects all add up to the release."""
    counts = [d[1] for d in SHENZHEN_BATCH1_DISTRICTS]
    totals = [cents(d[2]) for d in SHENZHEN_BATCH1_DISTRICTS]
    annuals = district_annuals()
    gov_n = apportion(SZ_GOV_N, counts)
    soc_n = [n - g for n, g in zip(counts, gov_n, strict=True)]
    ind_n = apportion(SZ_IND_N, soc_n)
    gov_total = apportion(SZ_GOV_TOTAL, [t * g // n for t, g, n in zip(totals, gov_n, counts, strict=True)])
    soc_total = [t - g for t, g in zip(totals, gov_total, strict=True)]
    ind_total = apportion(SZ_IND_TOTAL, [t * i // s for t, i, s in zip(soc_total, ind_n, soc_n, strict=True)])
    gov_annual = apportion(
        SZ_GOV_ANNUAL, [a * g // t for a, g, t in zip(annuals, gov_total, totals, strict=True)]
    )
    result = []
    for k, (district, *_) in enumerate(SHENZHEN_BATCH1_DISTRICTS):
        soc_annual = annuals[k] - gov_annual[k]
        ind_annual = soc_annual * ind_total[k] // soc_total[k]
        result += [
            Cell(district, "政府投资", False, gov_n[k], gov_total[k], gov_annual[k]),
            Cell(district, "社会投资", True, ind_n[k], ind_total[k], ind_annual),
            Cell(
                district,
                "社会投资",
                False,
                soc_n[k] - ind_n[k],
                soc_total[k] - ind_total[k],
                soc_annual - ind_annual,
            ),
        ]
    return [c for c in result if c.count]


def big_counts(cells: list[Cell]) -> list[int]:
    """How many projects of 50亿 or more each cell holds: one wherever the cell cannot be all smaller ones,
    then one at a time to the private cell with the most money per big project, until there are 20."""
    bigs = [1 if c.total >= c.count * SZ_BIG else 0 for c in cells]
    while sum(bigs) < SZ_BIG_N:
        room = [
            (c.total - SZ_BIG * (b + 1)) // (b + 1) if c.funding == "社会投资" and b < c.count else -1
            for c, b in zip(cells, bigs, strict=True)
        ]
        bigs[room.index(max(room))] += 1
    return bigs


def amounts(cell: Cell, bigs: int, rng: random.Random) -> list[tuple[int, int]]:
    """(total, annual) of each project of a cell: `bigs` projects of 50亿 or more, the rest skewed below
    50亿; annuals at most 80% of each total."""
    floor = 20 if cell.funding == "政府投资" else 30
    small_n = cell.count - bigs
    spare = cell.total - bigs * SZ_BIG - small_n * floor
    small_total = small_n * floor + min(spare * small_n // cell.count, small_n * (SZ_BIG - 1 - floor))
    small = split_capped(small_total, [SZ_BIG - 1] * small_n, floor, lognormal_weights(small_n, rng, 1.0))
    big = split_exact(cell.total - small_total, bigs, rng, floor=SZ_BIG) if bigs else []
    totals = big + small
    caps = [t * 8 // 10 for t in totals]
    weights = [t * w for t, w in zip(totals, lognormal_weights(cell.count, rng, 0.5), strict=True)]
    return list(zip(totals, split_capped(cell.annual, caps, 5, weights), strict=True))


def make(namer: Namer) -> list[Project]:
    """Shenzhen 2023-01-29 first batch: 266 projects, 3295.3亿 total, 535.6亿 planned for 2023;
    96 industrial projects holding more than half the total; 145 government-funded (704.2亿) and
    121 privately funded (2591.1亿); 12 districts as the SAMPLE release gives them. All 新开工."""
    rng = random.Random(20230129)
    projects = []
    all_cells = cells()
    for cell, bigs in zip(all_cells, big_counts(all_cells), strict=True):
        for total, annual in amounts(cell, bigs, rng):
            category = "产业" if cell.industrial else rng.choices(("基础设施", "民生"), weights=(3, 2))[0]
            prefix = cell.district if rng.random() < 0.4 else ""
            name = namer.unique(rng, lambda r, c=category, p=prefix: CITY_NAME_MAKERS[c](r, p))
            period = new_period(rng, 2023, total, 5000)
            projects.append(
                Project(name, cell.district, category, total, annual, funding=cell.funding, period=period)
            )
    rng.shuffle(projects)
    projects.sort(key=lambda p: SHENZHEN_DISTRICTS.index(p.place))
    return projects


def check(projects: list[Project]) -> None:
    """The published headlines to the last 0.01亿, and the release's breakdowns within its rounding: a
    failed assert means the generator drifted."""
    assert len(projects) == SZ_PROJECTS
    assert sum(p.total for p in projects) == SZ_TOTAL
    assert sum(p.annual or 0 for p in projects) == SZ_ANNUAL
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    for fund, n, total, annual in (
        ("政府投资", SZ_GOV_N, SZ_GOV_TOTAL, SZ_GOV_ANNUAL),
        ("社会投资", SZ_SOC_N, SZ_SOC_TOTAL, SZ_SOC_ANNUAL),
    ):
        rows = [p for p in projects if p.funding == fund]
        assert (len(rows), sum(p.total for p in rows)) == (n, total)
        assert abs(sum(p.annual or 0 for p in rows) - annual) <= ROUNDING
    ind = [p for p in projects if p.category == "产业"]
    assert len(ind) == SZ_IND_N and all(p.funding == "社会投资" for p in ind)
    assert 2 * sum(p.total for p in ind) > SZ_TOTAL
    assert sum(p.total >= SZ_BIG for p in projects) == SZ_BIG_N
    for district, n, total, annual in SHENZHEN_BATCH1_DISTRICTS:
        rows = [p for p in projects if p.place == district]
        assert len(rows) == n and abs(sum(p.total for p in rows) - cents(total)) <= ROUNDING, district
        assert abs(sum(p.annual or 0 for p in rows) - cents(annual)) <= ROUNDING, district


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
