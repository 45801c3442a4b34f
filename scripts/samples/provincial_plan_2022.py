"""Guangdong provincial key-project plan 2022: an XLSX made for printing, amounts in 万元.

It models a print layout rather than a table: a title row, a two-row merged header, category and
sub-category rows between the projects, 地市 cells merged over runs of one city, a few amounts typed
as text, and a 合计 row. The rows are synthetic; the counts and totals are the published ones
(see samples/README.md).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from .amounts import lognormal_weights, split_capped, split_exact, wan_as_yi
from .names import (
    UNASSIGNED_INFRA,
    UNASSIGNED_SOCIAL,
    Namer,
    big_infra_name,
    content_text,
    industry_name,
    owner_name,
    social_name,
)
from .output import deterministic_xlsx, summary
from .places import CITIES, MULTI_CITY, UNASSIGNED, place_order, short
from .projects import Project, Run, new_period, ongoing_period

FAMILY = "provincial_plan_2022"
FILE_NAME = "guangdong_2022_provincial_plan_sample.xlsx"

GD22_NEW, GD22_ONGOING = 294, 1276
GD22_TOTAL, GD22_ANNUAL, GD22_UNASSIGNED_ANNUAL = (
    767_000_000,
    90_000_000,
    5_600_000,
)  # 7.67万亿 / 9000亿 / 560亿
GD22_SECTIONS = (  # label, category, declared count, total investment (a modelling choice), annual
    ("一、基础设施工程", "基础设施", 559, 430_000_000, 49_490_000),
    ("二、产业工程", "产业", 696, 230_000_000, 28_970_000),
    ("三、民生保障工程", "民生保障", 315, 107_000_000, 11_540_000),
)
GD22_INFRA_SUBCATEGORIES = {  # sub-category → number of projects (adds to 559)
    "国铁干线项目": 14,
    "城际铁路项目": 22,
    "高速公路项目": 88,
    "港口航道项目": 25,
    "机场项目": 8,
    "能源项目": 120,
    "水利项目": 92,
    "城市轨道及市政项目": 190,
}
GD22_UNASSIGNED_INFRA_N, GD22_UNASSIGNED_SOCIAL_N = 5, 3
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
MINUS_SIGNS = ("-", "\u2212")  # sub-category numbers: ASCII hyphen and Unicode minus, alternating
OddCells = dict[int, tuple[str, str]]  # id(project) → (column, style) of an amount typed as text


@dataclass
class Section:
    """A category block of the plan (一、基础设施工程 …) with its declared count and subtotals."""

    label: str
    category: str
    total: int
    annual: int
    groups: list[tuple[str | None, list[Project]]]  # (sub-category or None, its projects)

    @property
    def projects(self) -> list[Project]:
        """All rows of the section in sheet order (the checks count them against the declared count)."""
        return [p for _, group in self.groups for p in group]


# ---------------------------------------------------------------------------------------------------
# Making the plan
# ---------------------------------------------------------------------------------------------------
def subcategories(rng: random.Random, category: str, count: int, unassigned: list[str]) -> list[str | None]:
    """The sub-category of each row of a section: the province-wide rows' own first, the rest shuffled
    (only 基础设施 has sub-categories)."""
    if category != "基础设施":
        return [None] * count
    subs = [s for s, n in GD22_INFRA_SUBCATEGORIES.items() for _ in range(n)]
    for name in unassigned:
        subs.remove(UNASSIGNED_INFRA[name])
    rng.shuffle(subs)
    return [UNASSIGNED_INFRA[n] for n in unassigned] + subs


def city_row(rng: random.Random, namer: Namer, category: str, sub: str | None) -> tuple[str, str]:
    """(place, name) of a row that is not province-wide; some rail rows span several cities."""
    place = rng.choices(list(CITIES), weights=list(CITIES.values()))[0]
    if sub in ("国铁干线项目", "城际铁路项目") and rng.random() < 0.2:
        place = rng.choice(MULTI_CITY)
    prefix = short(place) if place in CITIES and rng.random() < 0.5 else ""
    if category == "基础设施":
        name = namer.unique(rng, lambda r, p=prefix, s=sub: p + big_infra_name(r, s))
    elif category == "产业":
        name = namer.unique(rng, lambda r, p=prefix: industry_name(r, p))
    else:
        name = namer.unique(rng, lambda r, p=prefix: social_name(r, p))
    return place, name


def section_projects(
    rng: random.Random,
    namer: Namer,
    stages: list[str],
    spec: tuple[str, str, int, int, int],
    unassigned: list[str],
) -> tuple[list[Project], list[str | None]]:
    """The projects of one section and their sub-categories; province-wide rows take some of the
    largest totals, the rest of the totals are shuffled. Stages are popped from the shared list."""
    _, category, count, total, _ = spec
    totals = sorted(split_exact(total, count, rng, floor=5000), reverse=True)
    top = rng.sample(range(30), len(unassigned))
    rest = [t for i, t in enumerate(totals) if i not in top]
    rng.shuffle(rest)
    subs = subcategories(rng, category, count, unassigned)
    projects: list[Project] = []
    for i, sub in enumerate(subs):
        stage = stages.pop()
        if i < len(unassigned):
            name, place, amount = namer.take(f"{unassigned[i]}（2022年度）"), UNASSIGNED, totals[top[i]]
        else:
            amount = rest[i - len(unassigned)]
            place, name = city_row(rng, namer, category, sub)
        period = new_period(rng, 2022, amount, 2_000_000) if stage == "新开工" else ongoing_period(rng, 2022)
        owner = owner_name(rng, place, category)
        content = content_text(rng, category, sub)
        projects.append(
            Project(name, place, category, amount, stage=stage, period=period, owner=owner, content=content)
        )
    return projects, subs


def grouped(
    projects: list[Project], subs: list[str | None], category: str
) -> list[tuple[str | None, list[Project]]]:
    """Rows under their sub-category (in the plan's order), each group in city order."""
    groups: list[tuple[str | None, list[Project]]] = []
    for sub in GD22_INFRA_SUBCATEGORIES if category == "基础设施" else [None]:
        members = [p for p, s in zip(projects, subs, strict=True) if s == sub]
        members.sort(key=lambda p: place_order(p.place))
        groups.append((sub, members))
    return groups


def assign_annuals(rng: random.Random, sections: list[Section], unassigned: list[Project]) -> None:
    """Annual amounts: first the 不分市 bucket (560亿), then the rest of each category's published
    annual figure; no project spends more than 60% of its total in the year."""
    caps = [p.total * 6 // 10 for p in unassigned]
    weights = lognormal_weights(len(unassigned), rng, 0.5)
    for p, annual in zip(
        unassigned, split_capped(GD22_UNASSIGNED_ANNUAL, caps, 10_000, weights), strict=True
    ):
        p.annual = annual
    for section in sections:
        others = [p for p in section.projects if p.annual is None]
        left = section.annual - sum(p.annual or 0 for p in section.projects)
        caps = [p.total * 6 // 10 for p in others]
        weights = [p.total * w for p, w in zip(others, lognormal_weights(len(others), rng, 0.4), strict=True)]
        for p, annual in zip(others, split_capped(left, caps, 500, weights), strict=True):
            p.annual = annual


def make(namer: Namer) -> list[Section]:
    """Provincial plan 2022: 1570 projects (新开工 294 + 续建 1276), 7.67万亿 total, 9000亿 planned
    for 2022 — 基础设施 559 projects (4949亿), 产业 696 (2897亿), 民生保障 315 (1154亿) — and a
    不分市 bucket of 560亿 (8 province-wide projects)."""
    rng = random.Random(2022)
    stages = ["新开工"] * GD22_NEW + ["续建"] * GD22_ONGOING
    rng.shuffle(stages)
    unassigned_by_category = {
        "基础设施": rng.sample(list(UNASSIGNED_INFRA), GD22_UNASSIGNED_INFRA_N),
        "民生保障": rng.sample(UNASSIGNED_SOCIAL, GD22_UNASSIGNED_SOCIAL_N),
    }
    sections: list[Section] = []
    all_unassigned: list[Project] = []
    for spec in GD22_SECTIONS:
        label, category, _, total, annual = spec
        unassigned = unassigned_by_category.get(category, [])
        projects, subs = section_projects(rng, namer, stages, spec, unassigned)
        sections.append(Section(label, category, total, annual, grouped(projects, subs, category)))
        all_unassigned += [p for p in projects if p.place == UNASSIGNED]
    assign_annuals(rng, sections, all_unassigned)
    return sections


# ---------------------------------------------------------------------------------------------------
# Writing the sheet
# ---------------------------------------------------------------------------------------------------
def check(sections: list[Section]) -> None:
    """The published headlines, in 万元, overall, per category and for the 不分市 bucket."""
    projects = [p for s in sections for p in s.projects]
    assert len(projects) == sum(s[2] for s in GD22_SECTIONS) == 1570
    assert sum(p.stage == "新开工" for p in projects) == GD22_NEW
    assert sum(p.stage == "续建" for p in projects) == GD22_ONGOING
    assert sum(p.total for p in projects) == GD22_TOTAL
    assert sum(p.annual or 0 for p in projects) == GD22_ANNUAL
    for section, (_, _, count, total, annual) in zip(sections, GD22_SECTIONS, strict=True):
        assert len(section.projects) == count
        assert sum(p.total for p in section.projects) == total
        assert sum(p.annual or 0 for p in section.projects) == annual
    assert sum(p.annual or 0 for p in projects if p.place == UNASSIGNED) == GD22_UNASSIGNED_ANNUAL
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    assert len({p.name for p in projects}) == len(projects)


def new_sheet() -> tuple[Workbook, Worksheet]:
    """A workbook with the title, the unit row and the two-row merged header (rows 1–4)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Table"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append(["广东省2022年重点建设项目计划表（样例数据 SAMPLE，非官方）"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.append(["单位：万元"])
    ws.append(
        ["序号", "项目名称", "地市", "建设性质", "建设起止年限", "总投资", "2022年投资计划", None, "建设单位"]
    )
    ws.append([None, None, None, None, None, None, "小计", "主要建设内容", None])
    for col in "ABCDEFI":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:H3")
    for row in ws["A3:I4"]:
        for cell in row:
            cell.font = bold
            cell.alignment = center
    return wb, ws


def odd_cells(rng: random.Random, sections: list[Section]) -> OddCells:
    """A few amount cells typed as text, still exact: full-width digits, thousands separators."""
    industry, social = sections[1].projects, sections[2].projects
    infra = sections[0].projects
    odd = {id(p): ("total", "full") for p in rng.sample(industry, 2)}
    odd |= {
        id(p): ("annual", "comma") for p in rng.sample([p for p in social if (p.annual or 0) >= 10_000], 2)
    }
    odd[id(rng.choice([p for p in infra if p.total >= 1_000_000]))] = ("total", "comma")
    odd[id(rng.choice([p for p in industry if id(p) not in odd]))] = ("annual", "full")
    return odd


def amount_cell(p: Project, which: str, odd: OddCells) -> int | str:
    """The total or annual amount of p as a number, or as text where odd says so."""
    value = p.total if which == "total" else (p.annual or 0)
    column, style = odd.get(id(p), (None, None))
    if column != which:
        return value
    return str(value).translate(FULL_WIDTH) if style == "full" else f"{value:,}"


def append_projects(
    ws: Worksheet, members: list[Project], merge_places: bool, odd: OddCells, seq: int
) -> int:
    """One row per project, numbered on from seq; with merge_places, 地市 is merged over each run of the
    same city. Returns the last number used."""
    run_start = ws.max_row + 1
    for i, p in enumerate(members):
        seq += 1
        total, annual = amount_cell(p, "total", odd), amount_cell(p, "annual", odd)
        ws.append([seq, p.name, p.place, p.stage, p.period, total, annual, p.content, p.owner])
        last = i == len(members) - 1 or members[i + 1].place != p.place
        if last:
            end = ws.max_row
            if merge_places and end > run_start:
                ws.merge_cells(f"C{run_start}:C{end}")
                ws[f"C{run_start}"].alignment = Alignment(vertical="center")
            run_start = end + 1
    return seq


def append_section(ws: Worksheet, section: Section, index: int, odd: OddCells, seq: int) -> int:
    """The category row with its declared count and subtotals (the 产业 one in 项目名称, as printed),
    then its sub-category rows and projects. Returns the last project number used."""
    bold = Font(bold=True)
    declared = f"{section.label}（{len(section.projects)}个）"
    row = ws.max_row + 1
    if section.category == "产业":
        ws.append([None, declared, None, None, None, section.total, section.annual])
    else:
        ws.append([declared, None, None, None, None, section.total, section.annual])
        ws.merge_cells(f"A{row}:B{row}")
    for cell in ws[row]:
        cell.font = bold
    for sub_index, (sub, members) in enumerate(section.groups, 1):
        if sub is not None:
            ws.append([f"{MINUS_SIGNS[(sub_index + 1) % 2]}{sub_index}", sub])
        # 地市 merged over runs of the same city (产业 and 民生保障 only).
        seq = append_projects(ws, members, index > 0, odd, seq)
    return seq


def append_total(ws: Worksheet) -> None:
    """The 合计 row, merged over 序号 and 项目名称."""
    row = ws.max_row + 1
    ws.append(["合计", None, None, None, None, GD22_TOTAL, GD22_ANNUAL])
    ws.merge_cells(f"A{row}:B{row}")
    for cell in ws[row]:
        cell.font = Font(bold=True)


def set_print_layout(ws: Worksheet) -> None:
    """Column widths, number formats, frozen header and A4 landscape fitted to one page wide."""
    for column, width in zip("ABCDEFGHI", (8, 40, 14, 10, 13, 13, 12, 36, 30), strict=True):
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows(min_row=5, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "#,##0"
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write(sections: list[Section], out_dir: Path) -> Path:
    """Check the headlines, then write the sheet with fixed timestamps (identical bytes every run)."""
    check(sections)
    path = out_dir / FILE_NAME
    projects = [p for s in sections for p in s.projects]
    rng = random.Random(20220)
    wb, ws = new_sheet()
    odd = odd_cells(rng, sections)
    seq = 0
    for index, section in enumerate(sections):
        seq = append_section(ws, section, index, odd, seq)
    append_total(ws)
    assert seq == len(projects)
    set_print_layout(ws)
    path.write_bytes(deterministic_xlsx(wb))
    detail = "XLSX sheet 'Table', 万元, two-row merged header, merged 地市 runs"
    summary(path, len(projects), wan_as_yi(GD22_TOTAL), wan_as_yi(GD22_ANNUAL), detail)
    return path


def generate(run: Run, out_dir: Path) -> list[Path]:
    """Make the plan (it shares only the Namer with the other families) and write it."""
    sections = make(run.namer)
    run.projects[FAMILY] = [p for s in sections for p in s.projects]
    return [write(sections, out_dir)]
