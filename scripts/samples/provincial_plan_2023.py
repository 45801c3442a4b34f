"""Guangdong provincial key-project plan 2023 (粤发改重点〔2023〕72号): UTF-8 JSON, 万元 integers.

Five Shenzhen and three Foshan sample projects are copied in with the same name, city, total, annual
amount and period (converted to 万元): the planted overlap that tells a province-wide total not to add
the city lists to the provincial one. So this family needs those two families' projects, made first.
Another 63 batch projects (Shenzhen, Foshan, Zhongshan) are named by the plan under another name
(renamed_overlaps.py): the overlaps only the identity step finds.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import foshan_batch, renamed_overlaps, shenzhen_batch, zhongshan_batch
from .amounts import WAN_PER_CENT_YI, lognormal_weights, split_capped, split_exact, wan_as_yi
from .names import (
    UNASSIGNED_INFRA,
    UNASSIGNED_SOCIAL,
    Namer,
    big_infra_name,
    industry_name,
    infra_name,
    owner_name,
    social_name,
)
from .output import SAMPLE_NOTE, summary
from .places import CITIES, MULTI_CITY, UNASSIGNED, place_order, short
from .projects import Project, Run, new_period, ongoing_period

FAMILY = "provincial_plan_2023"
FILE_NAME = "guangdong_2023_provincial_plan_sample.json"

GD23_PROJECTS, GD23_NEW, GD23_ONGOING = 1530, 249, 1281
GD23_TOTAL, GD23_ANNUAL = 850_000_000, 100_000_000  # 8.5万亿 / 1万亿 in 万元
GD23_BIG_N, GD23_BIG_FLOOR = 205, 1_000_000  # 205 projects of at least 100亿
GD23_BIG_TOTAL = 470_000_000  # 4.7万亿 across the generated ≥100亿 projects (a modelling choice)
GD23_UNASSIGNED_N = 10
CITY_TO_PROVINCIAL_CATEGORY = {"产业": "产业", "基础设施": "基础设施", "民生": "民生保障"}
PROVINCIAL_CATEGORIES = ("基础设施", "产业", "民生保障")
# (city, its sample's family, projects copied, smallest total in 0.01亿元), in the order they are drawn.
OVERLAPS = (("深圳市", shenzhen_batch.FAMILY, 5, 3000), ("佛山市", foshan_batch.FAMILY, 3, 2000))

Special = tuple[str, str, str | None]  # (place, category, fixed name or None) of a 不分市 / multi-city row


def pick_overlap(rng: random.Random, projects: list[Project], n: int, min_total: int) -> list[Project]:
    """n large projects of a city list that the provincial plan will list too (same name, same city)."""
    candidates = [
        p for p in projects if p.total >= min_total and p.annual is not None and p.category != "民生"
    ]
    assert len(candidates) >= n
    return rng.sample(candidates, n)


def planted(rng: random.Random, city_lists: dict[str, list[Project]]) -> list[Project]:
    """The copies of city-list projects, converted from 0.01亿元 to 万元."""
    fixed = []
    for city, family, n, min_total in OVERLAPS:
        for p in pick_overlap(rng, city_lists[family], n, min_total):
            category = CITY_TO_PROVINCIAL_CATEGORY[p.category]
            fixed.append(
                Project(
                    p.name,
                    city,
                    category,
                    p.total * WAN_PER_CENT_YI,
                    (p.annual or 0) * WAN_PER_CENT_YI,
                    stage="新开工",
                    period=p.period,
                    owner=p.owner or owner_name(rng, city, category),
                )
            )
    return fixed


def generated_totals(rng: random.Random, fixed: list[Project]) -> list[int]:
    """Totals of the generated rows, largest first: exactly 205 projects of ≥100亿 with the copies,
    and the whole plan adding up to 8.5万亿."""
    n_generated = GD23_PROJECTS - len(fixed)
    big_n = GD23_BIG_N - sum(p.total >= GD23_BIG_FLOOR for p in fixed)
    small_n = n_generated - big_n
    small_total = GD23_TOTAL - GD23_BIG_TOTAL - sum(p.total for p in fixed)
    big = split_exact(GD23_BIG_TOTAL, big_n, rng, floor=GD23_BIG_FLOOR, sigma=1.0)
    small_weights = lognormal_weights(small_n, rng, 1.1)
    small = split_capped(small_total, [GD23_BIG_FLOOR - 1] * small_n, 5000, small_weights)
    return big + small


def specials(rng: random.Random) -> list[Special]:
    """The 16 province-wide and multi-city rows, which take the largest totals."""
    social_unassigned = rng.sample(UNASSIGNED_SOCIAL, 3)
    infra_unassigned = rng.sample(list(UNASSIGNED_INFRA), GD23_UNASSIGNED_N - 3)
    rows: list[Special] = [(UNASSIGNED, "基础设施", n) for n in infra_unassigned]
    rows += [(UNASSIGNED, "民生保障", n) for n in social_unassigned]
    rows += [(place, "基础设施", None) for place in MULTI_CITY]
    return rows


def provincial_name(rng: random.Random, place: str, category: str, total: int) -> str:
    """A provincial-plan name: multi-city rows are rail / motorway links, large infrastructure gets
    the big-project vocabulary, and half the city rows carry their city's name."""
    if place in MULTI_CITY:
        return big_infra_name(rng, rng.choice(("城际铁路项目", "高速公路项目")))
    prefix = short(place) if place in CITIES and rng.random() < 0.5 else ""
    if category == "基础设施":
        return prefix + big_infra_name(rng) if total >= 500_000 else infra_name(rng, prefix)
    if category == "产业":
        return industry_name(rng, prefix)
    return social_name(rng, prefix)


def generated_project(
    rng: random.Random, namer: Namer, total: int, stage: str, special: Special | None
) -> Project:
    """One generated row: a special row's place and name, or a city, category and name drawn by size."""
    if special is not None:
        place, category, name = special
        name = namer.take(f"{name}（2023年度）") if name else None
    else:
        place = rng.choices(list(CITIES), weights=list(CITIES.values()))[0]
        weights = (6, 3, 1) if total >= GD23_BIG_FLOOR else (3, 5, 2)
        category = rng.choices(PROVINCIAL_CATEGORIES, weights=weights)[0]
        name = None
    if name is None:
        name = namer.unique(rng, lambda r, p=place, c=category, t=total: provincial_name(r, p, c, t))
    period = new_period(rng, 2023, total, 2_000_000) if stage == "新开工" else ongoing_period(rng, 2023)
    owner = owner_name(rng, place, category)
    return Project(name, place, category, total, stage=stage, period=period, owner=owner)


def assign_annuals(rng: random.Random, fixed: list[Project], generated: list[Project]) -> None:
    """Split what the copies leave of the 1万亿 annual plan over the generated rows; a new project may
    spend at most 40% of its total in the year, an ongoing one 60%."""
    caps = [p.total * (4 if p.stage == "新开工" else 6) // 10 for p in generated]
    weights = [
        p.total * w for p, w in zip(generated, lognormal_weights(len(generated), rng, 0.4), strict=True)
    ]
    annual_left = GD23_ANNUAL - sum(p.annual or 0 for p in fixed)
    for p, annual in zip(generated, split_capped(annual_left, caps, 500, weights), strict=True):
        p.annual = annual


def make(namer: Namer, city_lists: dict[str, list[Project]]) -> list[Project]:
    """Provincial plan 2023 (粤发改重点〔2023〕72号): 1530 projects (新开工 249 + 续建 1281), total
    8.5万亿 (the DRC notice; other reports say 8.4万亿), 1万亿 planned for 2023, 205 projects of at
    least 100亿. Five projects are copied from the Shenzhen sample and three from the Foshan sample.

    city_lists maps family name → projects and must hold the Shenzhen and Foshan batches."""
    rng = random.Random(2023_72)
    fixed = planted(random.Random(2023_72_5), city_lists)  # its own draws: a city list's change stays local
    totals = generated_totals(rng, fixed)
    special_rows = specials(rng)
    stages = ["新开工"] * (GD23_NEW - len(fixed)) + ["续建"] * GD23_ONGOING
    rng.shuffle(stages)
    generated = [
        generated_project(rng, namer, total, stages[i], special_rows[i] if i < len(special_rows) else None)
        for i, total in enumerate(totals)
    ]
    assign_annuals(rng, fixed, generated)
    renamed_overlaps.apply(random.Random(2023_72_26), generated, city_lists, {p.name for p in fixed})
    projects = fixed + generated
    projects.sort(key=lambda p: (PROVINCIAL_CATEGORIES.index(p.category), place_order(p.place)))
    return projects


def check_overlaps(plan: list[Project], run: Run) -> None:
    """Exactly the planted names are shared: 5 with Shenzhen, 3 with Foshan, none with Zhongshan."""
    listed = {(p.name, p.place) for p in plan}
    for city, family, n, _ in OVERLAPS:
        assert sum((p.name, city) in listed for p in run.projects[family]) == n
    zhongshan = run.projects.get(zhongshan_batch.FAMILY, [])
    assert not {p.name for p in zhongshan} & {p.name for p in plan}


def check(projects: list[Project]) -> None:
    """The published headlines, in 万元."""
    assert len(projects) == GD23_PROJECTS
    assert sum(p.stage == "新开工" for p in projects) == GD23_NEW
    assert sum(p.stage == "续建" for p in projects) == GD23_ONGOING
    assert sum(p.total for p in projects) == GD23_TOTAL
    assert sum(p.annual or 0 for p in projects) == GD23_ANNUAL
    assert sum(p.total >= GD23_BIG_FLOOR for p in projects) == GD23_BIG_N
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    assert len({p.name for p in projects}) == len(projects)


def item(seq: int, p: Project) -> dict[str, object]:
    """One entry of data.items, keys in the order the published JSON uses."""
    return {
        "序号": seq,
        "项目名称": p.name,
        "地市": p.place,
        "类别": p.category,
        "建设性质": p.stage,
        "建设起止年限": p.period,
        "总投资": p.total,
        "2023年计划投资": p.annual,
        "建设单位": p.owner,
    }


def write(projects: list[Project], out_dir: Path) -> Path:
    """Check the headlines, then write one item per line (diffs of the sample stay readable)."""
    check(projects)
    path = out_dir / FILE_NAME
    note = SAMPLE_NOTE + "：广东省2023年重点建设项目计划（1530个项目，总投资8.5万亿元，年度计划投资1万亿元）"
    head = json.dumps({"note": note, "单位": "万元"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(item(seq, p), ensure_ascii=False) for seq, p in enumerate(projects, 1))
    path.write_text(f'{head}, "data": {{"items": [\n{lines}\n]}}}}\n', encoding="utf-8")
    summary(path, len(projects), wan_as_yi(GD23_TOTAL), wan_as_yi(GD23_ANNUAL), "UTF-8 JSON, 万元 integers")
    return path


def generate(run: Run, out_dir: Path) -> list[Path]:
    """Make the plan from the Shenzhen and Foshan batches already in run, check the overlaps, write it."""
    projects = make(run.namer, run.projects)
    check_overlaps(projects, run)
    run.projects[FAMILY] = projects
    return [write(projects, out_dir)]
