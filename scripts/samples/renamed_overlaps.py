"""Renamed overlaps: batch projects that the 2023 provincial plan lists too, under another name.

Published lists name one project in several ways (issue 26), so the provincial plan also holds some of the
batches' projects renamed: the city written in front (深圳市 / 深圳 / 深), a suffix added or dropped
(项目 / 工程 / 建设项目), （一期） added, or the owner put in front (某某有限公司……项目). For each chosen batch
project, the generated plan row of the same city and category with the nearest total takes the renamed
name and the batch's construction period; its own total, annual amount and stage stay (the plan's figures
differ from the batch's, as they do in published lists), so the plan's headline figures do not move.
These pairs are not the same name without punctuation: the exact identity (`project_identity`) does not
see them, the identity step links them (`project_links`).
"""

from __future__ import annotations

import random

from .places import short
from .projects import Project

# (the plan's city, the batch's family, how many of its projects the plan names renamed)
RENAMED = (("深圳市", "shenzhen_batch", 40), ("佛山市", "foshan_batch", 15), ("中山市", "zhongshan_batch", 8))
SUFFIXES = ("项目", "工程", "建设项目")
BATCH_TO_PLAN_CATEGORY = {"产业": "产业", "基础设施": "基础设施", "民生": "民生保障"}
WAN_PER_CENT_YI = 100  # the batches generate in 0.01亿元, the plan in 万元


def renamed(rng: random.Random, name: str, city: str, owner: str) -> str:
    """The batch's name as the plan writes it: one pattern, never only punctuation apart."""
    stem = next(
        (name.removesuffix(s) for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), name
    )
    pattern = rng.choice(("city", "suffix", "phase", "owner"))
    if pattern == "phase" and "期" in name:
        pattern = "city"  # a phase of its own already: another phase would be another project
    if pattern == "city":
        return rng.choice((city, short(city))) + name
    if pattern == "suffix":
        return stem + rng.choice([s for s in SUFFIXES if not name.endswith(s)])
    if pattern == "phase":
        return stem + "（一期）" + (name[len(stem) :] or "项目")
    return owner + stem + "项目"


def apply(
    rng: random.Random, plan: list[Project], city_lists: dict[str, list[Project]], planted: set[str]
) -> int:
    """Rename plan rows in place after batch projects; returns how many."""
    used: set[int] = set()
    names = {p.name for p in plan}
    count = 0
    for city, family, n in RENAMED:
        batch = [p for p in city_lists.get(family, []) if p.name not in planted]
        for p in rng.sample(batch, min(n, len(batch))):
            category = BATCH_TO_PLAN_CATEGORY.get(p.category, p.category)
            rows = [i for i, q in enumerate(plan) if q.place == city and q.category == category and i not in used
                    and q.name not in planted]  # fmt: skip
            if not rows:
                continue
            i = min(rows, key=lambda j: abs(plan[j].total - p.total * WAN_PER_CENT_YI))
            name = renamed(rng, p.name, city, plan[i].owner)
            if name in names:
                continue
            used.add(i)
            names.add(name)
            plan[i].name, plan[i].period = name, p.period or plan[i].period
            count += 1
    return count
