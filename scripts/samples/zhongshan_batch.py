"""Zhongshan, 2023 Q1 groundbreaking batch: a UTF-8 HTML press page with one table.

The page has sample press-release paragraphs around the table, 亿元 in the header, 镇街 cells that
span runs of rows (rowspan) and a 合计 row with colspan. The rows are synthetic (see samples/README.md).
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from .amounts import split_exact, yi
from .names import CITY_NAME_MAKERS, Namer
from .output import SAMPLE_NOTE, summary
from .places import ZHONGSHAN_TOWNS
from .projects import Project, Run

FAMILY = "zhongshan_batch"
FILE_NAME = "zhongshan_2023_q1_sample.html"

ZS_PROJECTS, ZS_TOTAL = 39, 65540  # 655.4亿 in 0.01亿元

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>中山市2023年第一季度重大项目集中开工（样例数据 SAMPLE）</title>
</head>
<body>
  <h1>样例数据（SAMPLE，非官方）：中山市2023年第一季度重大项目集中开工</h1>
  <p class="note">{note}。本页仅项目个数（39个）与总投资（655.4亿元）取自公开报道；
  镇街分布、项目名称与单项金额均为合成数据。</p>
  <p>（样例新闻稿）2023年第一季度，中山市举行重大项目集中开工活动，全市共{count}个重大项目集中开工，
  总投资{total}亿元。其中产业项目{industrial}个，覆盖新一代电子信息、高端装备制造、生物医药与健康等产业集群。</p>
  <p>（样例新闻稿）此次开工项目分布在火炬开发区、翠亨新区及各镇街，将进一步夯实全市制造业发展基础。</p>
  <table border="1">
    <thead>
      <tr><th>序号</th><th>镇街</th><th>项目名称</th><th>总投资（亿元）</th><th>类别</th></tr>
    </thead>
    <tbody>
{body}
    </tbody>
  </table>
</body>
</html>
"""


def make(namer: Namer) -> list[Project]:
    """Zhongshan 2023 Q1 groundbreaking batch: 39 projects, 655.4亿 total (no annual figure)."""
    rng = random.Random(20230320)
    towns = rng.sample(ZHONGSHAN_TOWNS[2:], 10)
    towns = ["火炬开发区", "翠亨新区", *towns]  # the two big platforms always appear
    places = towns + rng.choices(towns, weights=[6, 5] + [1] * (len(towns) - 2), k=ZS_PROJECTS - len(towns))
    categories = ["产业"] * 31 + ["基础设施"] * 5 + ["民生"] * 3
    rng.shuffle(categories)
    totals = split_exact(ZS_TOTAL, ZS_PROJECTS, rng, floor=150)
    projects = []
    for place, category, total in zip(places, categories, totals, strict=True):
        name = namer.unique(rng, lambda r, c=category: CITY_NAME_MAKERS[c](r, ""))
        projects.append(Project(name, place, category, total))
    order = list(ZHONGSHAN_TOWNS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def table_rows(projects: list[Project]) -> list[str]:
    """The <tr> lines: the 镇街 cell opens a rowspan over each run of the same town; then 合计."""
    e = html.escape
    body = []
    for i, p in enumerate(projects):
        cells = [f"<td>{i + 1}</td>"]
        if i == 0 or projects[i - 1].place != p.place:
            span = 1
            while i + span < len(projects) and projects[i + span].place == p.place:
                span += 1
            cells.append(f'<td rowspan="{span}">{e(p.place)}</td>' if span > 1 else f"<td>{e(p.place)}</td>")
        cells += [f"<td>{e(p.name)}</td>", f"<td>{yi(p.total)}</td>", f"<td>{e(p.category)}</td>"]
        body.append("      <tr>" + "".join(cells) + "</tr>")
    body.append(f'      <tr><td colspan="3">合计</td><td>{yi(ZS_TOTAL)}</td><td></td></tr>')
    return body


def write(projects: list[Project], out_dir: Path) -> Path:
    """Check the headlines, then write the page."""
    assert len(projects) == ZS_PROJECTS
    assert sum(p.total for p in projects) == ZS_TOTAL
    path = out_dir / FILE_NAME
    page = PAGE.format(
        note=html.escape(SAMPLE_NOTE),
        count=ZS_PROJECTS,
        total=yi(ZS_TOTAL),
        industrial=sum(p.category == "产业" for p in projects),
        body="\n".join(table_rows(projects)),
    )
    path.write_text(page, encoding="utf-8")
    summary(path, len(projects), yi(ZS_TOTAL), None, "UTF-8 HTML, 亿元 in the header, rowspan 镇街")
    return path


def generate(run: Run, out_dir: Path) -> list[Path]:
    """Make the batch (recorded in run, so the provincial plan can be checked not to share names) and
    write it."""
    projects = make(run.namer)
    run.projects[FAMILY] = projects
    return [write(projects, out_dir)]
