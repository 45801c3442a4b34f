"""Publications "from publishers nobody here has seen", each written with the truth of what must load.

    .venv/bin/python -m scripts.corpus.unseen_lists OUT_DIR     # write the files, print the truth as JSON

Every file imitates something a new publisher really does: a data portal with English or pinyin-initial
keys, a signing list with 签约金额 and 落户地, a PDF converted to HTML (Kangxi radicals, names broken over
two lines), three levels of headings, a record printed twice, control characters, a list that publishes
no amounts. `build(out_dir)` writes them all and returns one `Case` per file: the catalog entry a user
would write for it, and the truth — counts, non-project rows by kind, exact totals in 万元, cities,
heading paths, the name each project must load under.

The truth is counted here, row by row, as each file is written (`Tally`), with Decimal arithmetic on the
amounts the file prints: never by running the pipeline. Totals and subtotals the files declare (合计 rows,
"（6个）" on headings, subtotal amounts on heading rows) are computed from the rows beneath them, so every
file is consistent with itself unless its case says otherwise.

Conventions the truth follows (docs/conventions.md and the issue "Never load a list we did not understand,
and count every project exactly once"):
- amounts in 万元; a unit written in a cell wins over the column's;
- a place counts for the city that administers it (深汕特别合作区 → 深圳); a town we do not know counts for
  the list's own city; "广州、佛山" is multi-city and "不分市" unassigned;
- names lose control and format characters (Unicode Cc/Cf), are NFKC-folded, and a line break inside a
  cell joins without a space between Chinese characters and with one between Latin words;
- heading rows: the top level is kind `category`, every deeper level `subcategory`; a heading's path label
  has neither its numbering marker nor its declared count;
- an exact duplicate (identical after normalization) is one project, its extra copy a non-project row of
  kind `duplicate`; a conflicting duplicate (same name and place, different content) quarantines both rows,
  each reason naming the other row ("row 12").

Deterministic: fixed data, one seeded generator per case that needs many rows, fixed XLSX timestamps.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import openpyxl

from scripts.samples.output import deterministic_xlsx

WAN = Decimal(1)  # 万元 per 万元
YI = Decimal(10000)  # 万元 per 亿元
COVERAGE_NEEDED = "95%"  # GDMP_MIN_AMOUNT_COVERAGE's default, as a rejection message would print it

# ---------------------------------------------------------------------------------------------------
# The truth of one file


@dataclass
class Case:
    """One publication of the corpus and the truth of what the pipeline must make of it.

    Amounts are exact decimal strings in 万元 (None where no loaded row has one). `quarantined` maps a row
    number to a text its quarantine reason must contain; `duplicates` maps an extra copy's row number to
    the row kept; `names` maps every loaded project's row number to the name it must load under;
    `heading_paths` maps project names to their headings, top level first; `city_totals` maps a city label
    (`city_name`: "深圳", "广州、佛山", "不分市") to its projects and total investment.
    """

    file: str
    format: Literal["csv", "json", "xlsx", "html"]
    entry: dict[str, Any]
    what: str
    expect: Literal["loaded", "rejected"]
    rows_read: int | None = None
    projects: int | None = None
    quarantined: dict[int, str] = field(default_factory=dict)
    non_project_rows: dict[str, int] = field(default_factory=dict)
    total_investment_wan: str | None = None
    annual_plan_wan: str | None = None
    city_totals: dict[str, dict[str, Any]] = field(default_factory=dict)
    heading_paths: dict[str, list[str]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    duplicates: dict[int, int] = field(default_factory=dict)
    in_file_disagreements: int = 0
    rejection: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.entry["id"]


@dataclass(frozen=True)
class Loaded:
    """A row that must load as a project."""

    row: int
    name: str
    city: str
    total_wan: Decimal | None
    annual_wan: Decimal | None
    path: tuple[str, ...]


def loaded_text(text: str) -> str:
    """A name or label as it must load: NFKC-folded, runs of spaces as one (the clean text is written
    by hand in this module; only its compatibility forms such as （ ） change)."""
    assert not any(unicodedata.category(c) in {"Cc", "Cf"} for c in text), f"not a clean text: {text!r}"
    return " ".join(unicodedata.normalize("NFKC", text).split())


def scrubbed(printed: str) -> str:
    """What the issue's text hygiene makes of a printed cell; used only to check this module's own data
    (a printed variant must scrub to the clean text written beside it)."""
    kept = "".join(c for c in printed if c == "\n" or unicodedata.category(c) not in {"Cc", "Cf"})
    parts = kept.split("\n")
    joined = parts[0]
    for part in parts[1:]:
        latin = joined[-1:].isascii() and joined[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum()
        joined += (" " if latin else "") + part
    return " ".join(unicodedata.normalize("NFKC", joined).split())


def exact(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def total_of(values: Iterable[Decimal | None]) -> Decimal | None:
    """SQL's sum: None when every value is None."""
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


class Tally:
    """The rows of one file under its header, and what each must become: written and counted at once.

    first_row is the row number the first body row has in its format: the CSV record, the sheet row, the
    <tr> of the table (1 = its first row), the JSON record (1 = the first).
    """

    def __init__(self, first_row: int) -> None:
        self.first_row = first_row
        self.rows: list[Any] = []
        self.loaded: list[Loaded] = []
        self.kinds: Counter[str] = Counter()
        self.quarantined: dict[int, str] = {}
        self.duplicates: dict[int, int] = {}

    @property
    def next_row(self) -> int:
        return self.first_row + len(self.rows)

    def _add(self, cells: Any) -> int:
        row = self.next_row
        self.rows.append(cells)
        return row

    def project(
        self,
        cells: Any,
        name: str,
        city: str,
        total_wan: Decimal | None,
        annual_wan: Decimal | None = None,
        path: Sequence[str] = (),
    ) -> int:
        row = self._add(cells)
        self.loaded.append(Loaded(row, loaded_text(name), city, total_wan, annual_wan, tuple(path)))
        return row

    def other(self, cells: Any, kind: str) -> int:
        """A row that is not a project: category, subcategory, total, note, blank."""
        self.kinds[kind] += 1
        return self._add(cells)

    def duplicate(self, cells: Any, of: int) -> int:
        row = self.other(cells, "duplicate")
        self.duplicates[row] = of
        return row

    def quarantine(self, cells: Any, reason: str = "") -> int:
        row = self._add(cells)
        self.quarantined[row] = reason
        return row

    def case(
        self,
        file: str,
        fmt: Literal["csv", "json", "xlsx", "html"],
        entry: dict[str, Any],
        what: str,
        headings: bool = False,
        in_file_disagreements: int = 0,
    ) -> Case:
        """The truth of a file that must load."""
        assert all(self.quarantined.values()), "every quarantined row needs a reason to look for"
        assert len({p.name for p in self.loaded}) == len(self.loaded), "two loaded projects share a name"
        cities: dict[str, list[Loaded]] = {}
        for p in self.loaded:
            cities.setdefault(p.city, []).append(p)
        case = Case(
            file=file,
            format=fmt,
            entry=entry,
            what=what,
            expect="loaded",
            rows_read=len(self.rows),
            projects=len(self.loaded),
            quarantined=dict(self.quarantined),
            non_project_rows=dict(sorted(self.kinds.items())),
            total_investment_wan=exact(total_of(p.total_wan for p in self.loaded)),
            annual_plan_wan=exact(total_of(p.annual_wan for p in self.loaded)),
            city_totals={
                city: {"projects": len(ps), "total_investment_wan": exact(total_of(p.total_wan for p in ps))}
                for city, ps in sorted(cities.items())
            },
            heading_paths={p.name: list(p.path) for p in self.loaded} if headings else {},
            names={p.row: p.name for p in self.loaded},
            duplicates=dict(self.duplicates),
            in_file_disagreements=in_file_disagreements,
        )
        assert case.rows_read == case.projects + len(case.quarantined) + sum(case.non_project_rows.values())
        return case


def rejected(file: str, fmt: Literal["csv", "json", "xlsx", "html"], entry: dict, what: str,
             message_contains: list[str]) -> Case:  # fmt: skip
    """The truth of a file that must be rejected: only what its message must say."""
    return Case(file=file, format=fmt, entry=entry, what=what, expect="rejected", rejection=message_contains)


def entry(
    id: str, title: str, publisher: str, list_kind: str, city: str, published: str, file: str, fmt: str,
    **extra: Any,
) -> dict[str, Any]:  # fmt: skip
    """A catalog entry as a user would write it; extra holds only what they would have to set."""
    return {"id": id, "title": title, "publisher": publisher, "list_kind": list_kind, "city": city,
            "published": published, "location": file, "format": fmt, **extra}  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# Headings: a tree whose declared counts and subtotals are computed from the rows beneath


@dataclass
class Item:
    """A project row of a list with headings: amounts in the file's unit, as printed."""

    name: str  # as it must load
    place: str  # the place cell as printed
    city: str  # the city label it counts for
    total: str  # printed amount, in the file's unit
    annual: str
    printed: str | None = None  # the name cell as printed, where it differs (radicals, line breaks)
    extra: tuple[str, ...] = ()


@dataclass
class Heading:
    """A heading row: `marker` + `label` (+ "（N个）") in the name cell, or `seq` in the 序号 cell."""

    label: str  # as it must read in a heading path
    children: list[Heading | Item]
    marker: str = ""  # '一、', '１．', '(2)', '①' … printed before the label in the name cell
    seq: str = ""  # '（一）', '-1' … printed in the 序号 cell instead
    printed_label: str | None = None  # the label as printed, where it differs (Kangxi radicals)
    count: bool = True  # print "（N个）" after the label
    amounts: bool = True  # print the subtotal amounts in the amount cells

    def items(self) -> list[Item]:
        found: list[Item] = []
        for child in self.children:
            found.extend(child.items() if isinstance(child, Heading) else [child])
        return found

    def name_cell(self) -> str:
        count = f"（{len(self.items())}个）" if self.count else ""
        return f"{self.marker}{self.printed_label or self.label}{count}"


def subtotal(items: Iterable[Item], column: str, places: int) -> str:
    value = sum((Decimal(getattr(i, column)) for i in items), Decimal(0))
    return f"{value:.{places}f}"


def write_tree(
    tally: Tally,
    nodes: list[Heading | Item],
    factor: Decimal,
    heading_row: Callable[[Heading], list],
    item_row: Callable[[Item, int], list],
    path: tuple[str, ...] = (),
    numbered: list[int] | None = None,
) -> None:
    """Write headings and projects in order; projects are numbered 1, 2, … across headings."""
    numbered = [0] if numbered is None else numbered
    for node in nodes:
        if isinstance(node, Heading):
            tally.other(heading_row(node), "category" if not path else "subcategory")
            write_tree(tally, node.children, factor, heading_row, item_row, (*path, node.label), numbered)
        else:
            numbered[0] += 1
            if node.printed is not None:
                assert scrubbed(node.printed) == loaded_text(node.name), node.printed
            tally.project(item_row(node, numbered[0]), node.name, node.city, Decimal(node.total) * factor,
                          Decimal(node.annual) * factor, path)  # fmt: skip


def all_items(nodes: list[Heading | Item]) -> list[Item]:
    return [i for n in nodes for i in (n.items() if isinstance(n, Heading) else [n])]


# ---------------------------------------------------------------------------------------------------
# Writers: bytes that are the same on every run

FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def full_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


def printed_number(text: str) -> Decimal | None:
    """A plain printed amount (full-width digits, thousands separators) as a Decimal; None for a
    placeholder. Only for amounts without a unit or approximation word: those are spelled out where used."""
    folded = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    return None if folded in {"", "-", "——"} else Decimal(folded)


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8", newline: str = "\n") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_xlsx(path: Path, rows: list[list[Any]], merges: Sequence[str] = (), sheet: str = "Sheet1") -> None:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    for cell_range in merges:
        worksheet.merge_cells(cell_range)
    path.write_bytes(deterministic_xlsx(workbook))


def write_json(path: Path, document: Any, ascii_only: bool = False) -> None:
    path.write_text(json.dumps(document, ensure_ascii=ascii_only, indent=1) + "\n", encoding="utf-8")


def json_number(text: str) -> int | float:
    """An amount as a JSON number whose text is exactly `text` (json.dumps prints repr(float))."""
    number = int(text) if text.lstrip("-").isdigit() else float(text)
    assert repr(number) == text, (text, number)
    return number


def html_cell(text: Any, tag: str = "td") -> str:
    return f"<{tag}>{'' if text is None else html.escape(str(text), quote=False)}</{tag}>"


def html_table(header: list[str], body: list[list[Any]], above: Sequence[str] = ()) -> str:
    """A table: `above` rows span its width (title, unit), then the header, then the body rows."""
    width = len(header)
    lines = ['<table border="1" cellspacing="0">', "<thead>"]
    lines += [f'<tr><td colspan="{width}">{html.escape(text, quote=False)}</td></tr>' for text in above]
    lines += ["<tr>" + "".join(html_cell(h, "th") for h in header) + "</tr>", "</thead>", "<tbody>"]
    lines += ["<tr>" + "".join(html_cell(c) for c in row) + "</tr>" for row in body]
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def write_html(path: Path, title: str, paragraphs: Sequence[str], table: str, layout: bool = False) -> None:
    """A page: a title, paragraphs of text, the table (inside a layout table when `layout`)."""
    text = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
    content = f"<h2>{html.escape(title, quote=False)}</h2>\n{text}{table}"
    if layout:
        content = f'<table class="layout" width="100%"><tr><td>\n{content}\n</td></tr></table>'
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title, quote=False)}</title>\n</head>\n<body>\n{content}\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------------------------------
# JSON from data portals


def huizhou_signing_camel_case(out: Path) -> Case:
    """A city data portal's signing list with camelCase English keys (projectName, totalInvestment, town,
    signedOn) — the issue's first report: only the name was mapped and every amount loaded NULL. The
    amounts' unit is nowhere in the file (the portal's field description says 亿元), so the catalog states
    it. Towns are ones we do not know: they count for Huizhou."""
    file = "huizhou_2024q1_signing_portal.json"
    tally = Tally(first_row=1)
    signings = [
        ("仲恺高新区超高清显示模组产业园项目", "45.6", "仲恺高新区", "2024-03-28", "广东华显光电科技有限公司"),
        ("惠阳区新能源电池材料生产基地项目", "38.25", "惠阳区", "2024-03-28", "惠州锂源新材料有限公司"),
        ("博罗县智能家居制造总部项目", "12.8", "博罗县", "2024-03-28", "博罗智居家具集团有限公司"),
        ("大亚湾石化区高性能树脂新材料项目", "66", "大亚湾开发区", "2024-03-28", "惠州湾区化工新材料有限公司"),
        ("惠东县海上风电运维基地项目", "9.75", "惠东县", "2024-03-29", "粤东海风运维服务有限公司"),
        ("龙门县温泉康养旅游综合体项目", "15.3", "龙门县", "2024-03-29", "龙门南昆山文旅发展有限公司"),
        ("惠城区数字经济产业园项目", "20.05", "惠城区", "2024-03-29", "惠州数港科技发展有限公司"),
        ("仲恺高新区半导体封装测试项目", "27.4", "仲恺高新区", "2024-03-29", "惠州芯测半导体有限公司"),
    ]  # fmt: skip
    for n, (name, amount, town, signed, investor) in enumerate(signings, 1):
        # Some portals serve numbers, some strings; this one mixes them.
        value = amount if n in {5, 7} else json_number(amount)
        record = {"projectId": f"HZQY-2024-{n:03d}", "projectName": name, "totalInvestment": value,
                  "town": town, "signedOn": signed, "investor": investor}  # fmt: skip
        tally.project(record, name, "惠州", Decimal(amount) * YI)
    document = {"success": True, "message": "ok", "pageInfo": {"pageNum": 1, "pageSize": 20, "total": 8},
                "result": tally.rows}  # fmt: skip
    write_json(out / file, document)
    return tally.case(
        file, "json",
        entry("huizhou-2024q1-signing-portal", "惠州市2024年一季度重大项目集中签约项目（开放数据）",
              "惠州市投资促进局", "signing", "惠州", "2024-03-29", file, "json", unit="亿元"),
        "camelCase English keys (projectName, totalInvestment, town, signedOn); unit from the catalog",
    )  # fmt: skip


def foshan_nanhai_snake_case_nested(out: Path) -> Case:
    """A district portal's API response, records nested in {"code":0,"data":{"rows":[…]}}, snake_case keys
    (project_name, investment_amount, district), amounts as strings with thousands separators, the unit in
    a remark beside the data ("金额单位：万元"). One project lies in a district of another city (白云区 is
    Guangzhou's): it counts for Guangzhou."""
    file = "foshan_nanhai_2024_04_groundbreaking_api.json"
    tally = Tally(first_row=1)
    projects = [
        ("南海区狮山镇新能源汽车零部件智造园项目", "186,000", "狮山镇", "先进制造", "佛山"),
        ("大沥镇有色金属新材料产业升级项目", "52,350", "大沥镇", "先进材料", "佛山"),
        ("里水镇智能家电产业园一期项目", "78,600", "里水镇", "智能家电", "佛山"),
        ("千灯湖创投小镇二期项目", "125,000", "桂城街道", "现代服务业", "佛山"),
        ("西樵山文旅提升工程", "23,800.5", "西樵镇", "文化旅游", "佛山"),
        ("丹灶镇氢能产业园基础设施项目", "41,200", "丹灶镇", "新能源", "佛山"),
        ("九江镇预制菜产业园项目", "16,750", "九江镇", "现代农业与食品", "佛山"),
        ("广佛同城白云湖片区配套路网工程", "64,000", "白云区", "基础设施", "广州"),
        ("南海区人民医院新院区项目", "98,500", "桂城街道", "民生", "佛山"),
    ]
    for name, amount, district, industry, city in projects:
        record = {
            "project_name": name,
            "investment_amount": amount,
            "district": district,
            "industry": industry,
        }
        tally.project(record, name, city, Decimal(amount.replace(",", "")) * WAN)
    document = {"code": 0, "msg": "success", "remark": "金额单位：万元",
                "data": {"total": len(projects), "pageNo": 1, "pageSize": 50, "rows": tally.rows}}  # fmt: skip
    write_json(out / file, document)
    return tally.case(
        file, "json",
        entry("foshan-nanhai-2024-04-groundbreaking", "佛山市南海区2024年4月重大项目集中动工项目清单",
              "佛山市南海区发展和改革局", "groundbreaking", "佛山", "2024-04-18", file, "json"),
        "nested {code,data:{rows}}, snake_case keys, 万元 from a remark, thousands separators, "
        "a district of another city",
    )  # fmt: skip


def zhuhai_title_case_with_zero_width_copy(out: Path) -> Case:
    """An English data portal list: a bare JSON array, Title Case keys, the unit inside the key
    ("Amount (10k yuan)" = 万元). One record is served twice, the second copy with a zero-width space
    inside its name: after hygiene the copies are identical, so the project counts once and the copy is a
    `duplicate` row (the issue: both loaded, the project counted twice)."""
    file = "zhuhai_2024_key_projects_open_data.json"
    tally = Tally(first_row=1)
    projects = [
        ("横琴粤澳深度合作区科学城二期项目", "356000", "横琴粤澳深度合作区", "续建"),
        ("金湾区航空产业园配套道路工程", "48650", "金湾区", "新开工"),
        ("斗门区富山工业园智能制造基地项目", "125300", "斗门区", "新开工"),
        ("香洲区城市更新前山片区项目", "210000", "香洲区", "续建"),
        ("高新区唐家湾科创中心项目", "86500.5", "高新区", "续建"),
        ("高栏港经济区液化天然气储运项目", "167800", "高栏港经济区", "新开工"),
        ("鹤洲新区防洪排涝工程", "73240", "鹤洲新区", "新开工"),
    ]
    row_of: dict[str, int] = {}
    for name, amount, district, stage in projects:
        record = {
            "Name": name,
            "Amount (10k yuan)": json_number(amount),
            "District": district,
            "Stage": stage,
        }
        row_of[name] = tally.project(record, name, "珠海", Decimal(amount) * WAN)
    copy = {"Name": "金湾区航空产业园\u200b配套道路工程", "Amount (10k yuan)": 48650, "District": "金湾区",
            "Stage": "新开工"}  # fmt: skip
    tally.duplicate(copy, of=row_of["金湾区航空产业园配套道路工程"])
    name = "珠海市人民医院横琴医院扩建项目"
    record = {"Name": name, "Amount (10k yuan)": 59800, "District": "横琴粤澳深度合作区", "Stage": "续建"}
    tally.project(record, name, "珠海", Decimal(59800))
    write_json(out / file, tally.rows)
    return tally.case(
        file, "json",
        entry("zhuhai-2024-key-projects-en", "Zhuhai 2024 key construction projects (open data)",
              "珠海市发展和改革局", "city_plan", "珠海", "2024-02-20", file, "json"),
        "bare array, Title Case keys, unit in the key ('Amount (10k yuan)'), a copy differing by U+200B",
    )  # fmt: skip


def guangzhou_huangpu_pinyin_keys(out: Path) -> Case:
    """A project-library export with the pinyin-initial keys of Chinese government systems (xh 序号,
    xmmc 项目名称, jsdd 建设地点, ztz 总投资, ndjh 年度计划, jsnr 建设内容), nested under data.rows, every
    non-ASCII character \\u-escaped, the unit in a top-level field ("dw": "单位：万元"). Names and places
    carry what such exports carry: NUL, ESC, U+202E, U+200D, U+FEFF, U+200B and a line break inside a
    name ("广州地铁十号线\\n（一期）工程" must read "广州地铁十号线(一期)工程")."""
    file = "guangzhou_huangpu_2024_xmk.json"
    tally = Tally(first_row=1)
    projects = [  # (printed name, clean name, jsdd as printed, ztz, ndjh)
        ("广州地铁十号线\n（一期）工程", "广州地铁十号线（一期）工程", "广州市黄埔区", "1856000", "240000"),
        ("知识城\x00生物医药创新中心项目", "知识城生物医药创新中心项目", "广州市黄埔区", "325000", "52000"),
        ("黄埔港现代物流\x1b园项目", "黄埔港现代物流园项目", "\ufeff广州市黄埔区", "146800", "30500"),
        ("\u202e长岭居保障性住房项目", "长岭居保障性住房项目", "黄埔区\u200b", "88600", "21000"),
        ("广州开发区集成电路封测基地项目", None, "黄埔区", "412000", "65000"),
        ("中新广州知识城国际校区项目", None, "广州市黄埔区", "156300", "28000"),
        ("黄埔区长洲岛\u200d文旅提升工程", "黄埔区长洲岛文旅提升工程", "广州市黄埔区\x1b", "47250.5", "9800"),
        ("萝岗中心区城市更新项目", None, "黄埔区", "268000", "45000"),
        ("广州国际生物岛三期项目", None, "广州市黄埔区", "198400", "36000"),
        ("科学城智能网联汽车测试基地项目", None, "黄埔区", "73500", None),
    ]
    for n, (printed, clean, place, total, annual) in enumerate(projects, 1):
        name = clean or printed
        assert scrubbed(printed) == loaded_text(name)
        record = {"xh": str(n), "xmmc": printed, "jsdd": place, "ztz": json_number(total),
                  "ndjh": None if annual is None else json_number(annual),
                  "jsnr": f"建设内容详见项目库（编号GZHP-2024-{n:04d}）"}  # fmt: skip
        tally.project(record, name, "广州", Decimal(total) * WAN, None if annual is None else Decimal(annual))
    document = {
        "code": 0,
        "msg": "操作成功",
        "dw": "单位：万元",
        "data": {"total": len(projects), "rows": tally.rows},
    }
    write_json(out / file, document, ascii_only=True)
    return tally.case(
        file, "json",
        entry("guangzhou-huangpu-2024-xmk", "黄埔区2024年重点建设项目（项目库导出）",
              "广州市黄埔区发展和改革局", "city_plan", "广州", "2024-03-05", file, "json"),
        "pinyin-initial keys (xh, xmmc, jsdd, ztz, ndjh, jsnr) nested in data.rows, \\u-escaped; NUL, ESC, "
        "U+202E, U+200D, U+FEFF, U+200B and a line break in names and places; unit in a top-level field",
    )  # fmt: skip


DONGGUAN_PORTAL_KEYS = ("id", "name", "val", "area", "yr")


def dongguan_portal_records(rows: list[tuple[str, str, str]]) -> dict:
    """The records of Dongguan's portal: keys no vocabulary can read as an amount ("val")."""
    items = [dict(zip(DONGGUAN_PORTAL_KEYS, (n, name, val, area, "2024"), strict=True))
             for n, (name, val, area) in enumerate(rows, 1)]  # fmt: skip
    return {"status": "ok", "count": len(items), "items": items}


def dongguan_unreadable_amount_key(out: Path) -> Case:
    """English keys where nothing says which one is the investment ("val"): the list must be rejected,
    not loaded with NULL amounts, and the message must name the canonical column it could not find
    (total_investment), the headers it saw, and the `columns:` line that would fix the catalog entry."""
    file = "dongguan_2024_portal_export.json"
    rows = [
        ("松山湖科学城大科学装置配套项目", "58.6", "东莞市松山湖"),
        ("滨海湾新区海洋装备产业园项目", "36.2", "东莞市滨海湾新区"),
        ("东莞港麻涌港区综合物流园项目", "24.5", "东莞市麻涌镇"),
        ("水乡功能区污水处理提标工程", "7.85", "东莞市中堂镇"),
        ("塘厦镇新型显示材料产业园项目", "19.3", "东莞市塘厦镇"),
        ("银瓶合作创新区智能装备基地项目", "42", "东莞市谢岗镇"),
    ]
    write_json(out / file, dongguan_portal_records(rows))
    return rejected(
        file, "json",
        entry("dongguan-2024-portal-export", "东莞市2024年重大项目（开放数据接口）", "东莞市政务服务数据管理局",
              "city_plan", "东莞", "2024-05-10", file, "json"),
        "English keys, no amount key any vocabulary can read ('val') → rejected, never loaded with NULLs",
        ["total_investment", "val", "columns:"],
    )  # fmt: skip


def dongguan_amount_key_mapped_in_catalog(out: Path) -> Case:
    """The same portal's next export, read with the catalog line the rejection above asks for
    (`columns: {val: total_investment}`) and the unit its field description gives (亿元): it loads.
    Places are written "东莞市<town>" and count for Dongguan however the key "area" ends up read."""
    file = "dongguan_2024_portal_export_batch2.json"
    rows = [
        ("松山湖生物医药产业基地二期项目", "31.4", "东莞市松山湖"),
        ("长安镇智能终端产业园项目", "27.65", "东莞市长安镇"),
        ("虎门港综合保税区跨境电商项目", "15.8", "东莞市虎门镇"),
        ("东莞东站综合交通枢纽工程", "88", "东莞市常平镇"),
        ("黄江镇新能源汽车零部件项目", "12.35", "东莞市黄江镇"),
        ("石龙镇城市更新中山路片区项目", "9.6", "东莞市石龙镇"),
        ("凤岗镇数据中心项目", "21.75", "东莞市凤岗镇"),
    ]
    document = dongguan_portal_records(rows)
    tally = Tally(first_row=1)
    for record, (name, val, _) in zip(document["items"], rows, strict=True):
        tally.project(record, name, "东莞", Decimal(val) * YI)
    write_json(out / file, document)
    return tally.case(
        file, "json",
        entry("dongguan-2024-portal-export-batch2", "东莞市2024年重大项目第二批（开放数据接口）",
              "东莞市政务服务数据管理局", "city_plan", "东莞", "2024-06-12", file, "json",
              unit="亿元", columns={"val": "total_investment"}),
        "the same unreadable key, mapped by the catalog's columns: line (the rejection's fix) → loads",
    )  # fmt: skip


def shantou_upper_snake_unit_in_key(out: Path) -> Case:
    """UPPER_SNAKE keys with the unit spelled into them (TOTAL_INVESTMENT_100M_YUAN: 100 million yuan =
    亿元), an annual-plan key of the same kind and a county key; records nested under result.list."""
    file = "shantou_2024h1_groundbreaking.json"
    tally = Tally(first_row=1)
    projects = [
        ("汕头港广澳港区二期工程", "42.8", "8.5", "濠江区", "2024-06-18"),
        ("华侨试验区数字产业园项目", "25.6", "4.2", "龙湖区", "2024-06-18"),
        ("潮阳区纺织印染环保综合处理中心项目", "18.35", "3.6", "潮阳区", "2024-06-18"),
        ("潮南区陇田镇光伏发电项目", "9.8", "2.45", "潮南区", "2024-06-19"),
        ("澄海区玩具创意产业园项目", "12.5", "3", "澄海区", "2024-06-19"),
        ("南澳县海上风电场配套工程", "56", "11.2", "南澳县", "2024-06-19"),
        ("金平区城市更新小公园片区项目", "15.75", "2.8", "金平区", "2024-06-20"),
        ("汕头大学附属医院扩建项目", "8.6", "1.9", "金平区", "2024-06-20"),
    ]
    for name, total, annual, county, start in projects:
        record = {"PROJECT_NAME": name, "TOTAL_INVESTMENT_100M_YUAN": total, "ANNUAL_PLAN_100M_YUAN": annual,
                  "COUNTY": county, "START_DATE": start}  # fmt: skip
        tally.project(record, name, "汕头", Decimal(total) * YI, Decimal(annual) * YI)
    write_json(out / file, {"success": True, "result": {"count": len(projects), "list": tally.rows}})
    return tally.case(
        file, "json",
        entry("shantou-2024h1-groundbreaking", "汕头市2024年上半年重大项目集中开工项目",
              "汕头市发展和改革局", "groundbreaking", "汕头", "2024-06-20", file, "json"),
        "UPPER_SNAKE keys with the unit in the key (_100M_YUAN = 亿元), annual plan and county keys",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# CSV


def jiangmen_pinyin_csv_with_control_characters(out: Path) -> Case:
    """A CSV exported from a project-management system: a title line, then pinyin-initial headers (xh, xmmc,
    jsdd, ztz, ndjh, jsnr); no unit anywhere (the system's manual says 万元: the catalog states it).
    Cells carry NUL, ESC, U+202E and U+200B, and a name broken over two lines inside quotes."""
    file = "jiangmen_2024_xmk_export.csv"
    tally = Tally(first_row=3)
    projects = [  # (printed name, clean name, jsdd as printed, ztz, ndjh)
        ("江门市中微子实验站\n配套道路工程", "江门市中微子实验站配套道路工程", "江门市开平市", "56,800", "12,000"),
        ("新会区银洲湖纸业基地\x00扩建项目", "新会区银洲湖纸业基地扩建项目", "江门市新会区", "238,000", "45,000"),
        ("台山市广海湾\x1b工业园配套工程", "台山市广海湾工业园配套工程", "江门市台山市", "91,500", "18,300"),
        ("蓬江区\u202e智能制造产业园项目", "蓬江区智能制造产业园项目", "江门市蓬江区", "67,400", "-"),
        ("鹤山市工业城污水处理厂三期工程", None, "江门市鹤山市", "12,650", "5,000"),
        ("恩平市温泉旅游度假区提升项目", None, "江门市\x1b恩平市", "35,200", "6,800"),
        ("江海区高新区标准厂房项目", None, "江门市江海区", full_width("32000"), full_width("8000")),
        ("江门站综合交通枢纽二期工程", None, "江门市蓬江区", "145,000", "26,500"),
        ("开平碉楼\u200b文化旅游区提升项目", "开平碉楼文化旅游区提升项目", "江门市开平市", "28,750", "4,250"),
    ]  # fmt: skip
    for n, (printed, clean, place, total, annual) in enumerate(projects, 1):
        name = clean or printed
        assert scrubbed(printed) == loaded_text(name)
        cells = [str(n), printed, place, total, annual, "按项目库登记内容建设"]
        tally.project(cells, name, "江门", printed_number(total), printed_number(annual))
    rows = [["江门市重点项目管理系统数据导出（2024-01-31）"], ["xh", "xmmc", "jsdd", "ztz", "ndjh", "jsnr"]]
    write_csv(out / file, rows + tally.rows)
    return tally.case(
        file, "csv",
        entry("jiangmen-2024-xmk-export", "江门市2024年重点项目库导出", "江门市发展和改革局", "city_plan", "江门",
              "2024-01-31", file, "csv", unit="万元"),
        "pinyin-initial headers in a CSV under a title line; NUL, ESC, U+202E, U+200B, a quoted line break; "
        "full-width digits; unit from the catalog",
    )  # fmt: skip


def maoming_gb18030_chinese_variants(out: Path) -> Case:
    """A GB18030 CSV with CRLF line ends and Chinese header variants (所属区县, 投资总额（亿元）,
    本年计划投资（亿元）, 项目业主): amounts with thousands separators and full-width digits, a placeholder,
    a 合计（12个） row whose figures are the exact sums, a blank line and a 备注 note under the table."""
    file = "maoming_2024_key_projects_gb18030.csv"
    tally = Tally(first_row=3)
    projects = [  # (name, 所属区县, 投资总额 as printed, 本年计划投资 as printed, period)
        ("茂名石化炼化一体化转型升级项目", "茂南区", "1,234.5", "86.4", "2022-2026"),
        ("茂名港博贺新港区东区通用码头工程", "电白区", full_width("38.6"), full_width("9.2"), "2023-2026"),
        ("高州市冼太故里文旅融合项目", "高州市", "12.3", "3.1", "2024-2027"),
        ("信宜市抽水蓄能电站项目", "信宜市", "86", "10.5", "2023-2029"),
        ("化州市化橘红产业园项目", "化州市", "6.85", "2.4", "2024-2025"),
        ("茂名滨海新区绿色化工园基础设施项目", "滨海新区", "45.2", "8.6", "2023-2026"),
        ("茂名高新区氢能产业园项目", "高新区", "22.4", "5.5", "2024-2026"),
        ("茂南区城市更新官渡片区项目", "茂南区", "31.75", "6", "2024-2028"),
        ("电白区海上风电配套产业基地项目", "电白区", "18.9", "——", "2024-2026"),
        ("茂名市人民医院新院区项目", "茂南区", "27.6", "7.8", "2023-2026"),
        ("广湛高铁茂名段配套工程", "茂南区", "15.2", "4.6", "2024-2027"),
        ("信宜市东镇工业园基础设施项目", "信宜市", "4.35", "1.2", "2024-2025"),
    ]
    for n, (name, county, total, annual, period) in enumerate(projects, 1):
        cells = [str(n), name, county, total, annual, period, f"{county}项目业主单位"]
        annual_yi = printed_number(annual)
        tally.project(
            cells, name, "茂名", printed_number(total) * YI, None if annual_yi is None else annual_yi * YI
        )
    total_yi = sum((printed_number(p[2]) for p in projects), Decimal(0))
    annual_yi = sum((printed_number(p[3]) or Decimal(0) for p in projects), Decimal(0))
    tally.other(
        ["", f"合计（{len(projects)}个）", "", f"{total_yi:,.2f}", f"{annual_yi:.2f}", "", ""], "total"
    )
    tally.other([], "blank")
    tally.other(["备注：项目业主以项目备案信息为准；本年计划投资“——”为待核定。"], "note")
    header = ["序号", "项目名称", "所属区县", "投资总额（亿元）", "本年计划投资（亿元）", "建设起止年限", "项目业主"]  # fmt: skip
    write_csv(out / file, [["茂名市2024年重点建设项目计划表"], header] + tally.rows, "gb18030", "\r\n")
    return tally.case(
        file, "csv",
        entry("maoming-2024-key-projects", "茂名市2024年重点建设项目计划表", "茂名市发展和改革局", "city_plan", "茂名",
              "2024-02-28", file, "csv"),
        "GB18030 + CRLF, 所属区县 / 投资总额（亿元）/ 本年计划投资（亿元）, separators, full-width digits, "
        "a consistent 合计 row, a blank line and a note",
    )  # fmt: skip


def shaoguan_exact_duplicates(out: Path) -> Case:
    """A groundbreaking list in which two records are printed twice: one copy identical to the letter, the
    other identical but for how its amount is written ("1.5亿元" in a 万元 column vs "15000万元": the unit
    in the cell wins, both are 15000万元). Each project counts once; each extra copy is a `duplicate`
    row pointing at the first (the issue: both copies quarantined, the project vanished)."""
    file = "shaoguan_2024q2_groundbreaking.csv"
    tally = Tally(first_row=3)
    projects = [  # (序号, name, 建设地点, 总投资 as printed, 年度计划投资, stage)
        ("1", "武江区甘棠片区路网工程", "韶关市武江区", "45600", "12000", "新开工"),
        ("2", "浈江区城市更新一期项目", "韶关市浈江区", "86300", "15500", "新开工"),
        ("3", "曲江区新材料产业园基础设施项目", "韶关市曲江区", "1.5亿元", "4200", "新开工"),
        ("4", "乐昌市峡谷旅游公路工程", "韶关市乐昌市", "23800", "6000", "新开工"),
        ("5", "南雄市精细化工园扩园项目", "韶关市南雄市", "31500", "8200", "新开工"),
        ("6", "仁化县丹霞山景区提升工程", "韶关市仁化县", "18650", "5100", "新开工"),
        ("7", "始兴县现代农业产业园项目", "韶关市始兴县", "9800", "3600", "新开工"),
        ("8", "翁源县兰花产业园项目", "韶关市翁源县", "12400", "4000", "新开工"),
    ]
    later = [
        ("9", "新丰县数据中心项目", "韶关市新丰县", "56000", "14000", "新开工"),
        ("10", "乳源瑶族自治县南岭文旅综合体项目", "韶关市乳源瑶族自治县", "27300", "6500", "新开工"),
        ("11", "韶关高新区装备制造产业园项目", "韶关市武江区", "64800", "13200", "新开工"),
        ("12", "韶关市第一人民医院改扩建项目", "韶关市浈江区", "38900", "9700", "新开工"),
    ]
    last = [
        ("13", "韶关丹霞机场航站区改扩建工程", "韶关市曲江区", "42000", "11000", "新开工"),
        ("14", "浈江区产业转移工业园标准厂房项目", "韶关市浈江区", "15750", "4800", "新开工"),
    ]
    first_copy: dict[str, int] = {}

    def write(rows: list[tuple[str, ...]]) -> None:
        for row in rows:
            _, name, _, total, annual, _ = row
            wan = Decimal("1.5") * YI if total == "1.5亿元" else printed_number(total)
            first_copy[name] = tally.project(list(row), name, "韶关", wan, Decimal(annual))

    write(projects)
    tally.duplicate(list(projects[7]), of=first_copy[projects[7][1]])  # 翁源县兰花产业园项目, to the letter
    write(later)
    reprint = ("3", "曲江区新材料产业园基础设施项目", "韶关市曲江区", "15000万元", "4200", "新开工")
    tally.duplicate(list(reprint), of=first_copy[reprint[1]])
    write(last)
    header = ["序号", "项目名称", "建设地点", "总投资（万元）", "年度计划投资（万元）", "建设性质"]
    write_csv(out / file, [["韶关市2024年第二季度重大项目集中开工项目表"], header] + tally.rows)
    return tally.case(
        file, "csv",
        entry("shaoguan-2024q2-groundbreaking", "韶关市2024年第二季度重大项目集中开工项目表", "韶关市发展和改革局",
              "groundbreaking", "韶关", "2024-05-16", file, "csv"),
        "exact duplicates: a record printed twice; a copy whose amount differs only in formatting "
        "('1.5亿元' vs '15000万元')",
    )  # fmt: skip


def shanwei_no_amounts(out: Path) -> Case:
    """A list of names and places only: the publisher prints no amounts at all, and the catalog entry
    says so (`amounts: none`), so it loads with every amount NULL. One project lies in 深汕特别合作区,
    a zone of Shanwei's territory administered by Shenzhen: it counts for Shenzhen."""
    file = "shanwei_2024_key_projects_names_only.csv"
    tally = Tally(first_row=3)
    projects = [
        ("汕尾港新港区作业区码头工程", "城区", "汕尾"),
        ("海丰县红色旅游融合发展项目", "海丰县", "汕尾"),
        ("陆丰市甲湖湾电厂扩建配套工程", "陆丰市", "汕尾"),
        ("陆河县青梅产业园项目", "陆河县", "汕尾"),
        ("华侨管理区污水处理厂项目", "华侨管理区", "汕尾"),
        ("深汕特别合作区新能源汽车零部件产业园配套项目", "深汕特别合作区", "深圳"),
        ("汕尾市人民医院二期工程", "城区", "汕尾"),
        ("红海湾经济开发区滨海旅游公路工程", "红海湾经济开发区", "汕尾"),
        ("汕尾高新区电子信息产业园项目", "汕尾高新区", "汕尾"),
    ]
    for n, (name, county, city) in enumerate(projects, 1):
        tally.project([str(n), name, county, "详见项目批复文件", f"{county}人民政府"], name, city, None)
    header = ["序号", "项目名称", "所属区县", "建设内容", "责任单位"]
    write_csv(out / file, [["汕尾市2024年重点项目名单"], header] + tally.rows)
    return tally.case(
        file, "csv",
        entry("shanwei-2024-key-projects", "汕尾市2024年重点项目名单", "汕尾市发展和改革局", "city_plan", "汕尾",
              "2024-03-12", file, "csv", amounts="none"),
        "no amount column at all, declared with amounts: none → loads, every amount NULL; 深汕 → 深圳",
    )  # fmt: skip


def heyuan_amounts_mostly_pending(out: Path) -> Case:
    """A list whose amounts are mostly not published yet ("待定", "另行公布", "——", blank): 9 of 25 project
    rows have a readable total, far below the 95 % needed. Loading it would report a total that is a
    third of the real one, so it is rejected, saying how many totals were readable ("9 of 25") against
    what is needed ("95%")."""
    file = "heyuan_2024_batch1_pending_amounts.csv"
    rng = random.Random(20240125)
    counties = ["源城区", "东源县", "高新区", "龙川县", "紫金县", "连平县", "江东新区"]
    kinds = ["工业园区扩园项目", "城乡供水一体化工程", "农村公路提级改造工程", "乡镇卫生院提升项目",
             "旅游风景道建设项目"]  # fmt: skip
    pending = ["待定", "另行公布", "——", "暂无", "", "待定", "——", "暂无", "待定", "", "——", "待定", "暂无", "——", "待定",
               "待定"]  # fmt: skip
    published = iter(str(Decimal(rng.randint(150, 4800)) / 100) for _ in range(9))
    rows = []
    for n in range(25):
        county, kind = counties[n % len(counties)], kinds[n % len(kinds)]
        total = next(published) if n % 3 == 0 else pending.pop(0)
        rows.append([str(n + 1), f"{county}{kind}", f"河源市{county}", total, "按批复建设"])
    readable = sum(1 for r in rows if r[3][:1].isdigit())
    assert readable == 9 and sum(1 for r in rows if r[3] == "另行公布") == 1
    header = ["序号", "项目名称", "建设地点", "总投资（亿元）", "建设内容"]
    write_csv(out / file, [["河源市2024年重点项目计划（第一批）"], header, *rows])
    return rejected(
        file, "csv",
        entry("heyuan-2024-batch1", "河源市2024年重点项目计划（第一批）", "河源市发展和改革局", "city_plan", "河源",
              "2024-01-25", file, "csv"),
        "amounts mostly '待定' / '另行公布' / blank: 9 of 25 readable → rejected for coverage",
        [f"{readable} of {len(rows)}", COVERAGE_NEEDED],  # how many totals are readable, and what is needed
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# XLSX


def zhanjiang_three_heading_levels(out: Path) -> Case:
    """The issue's heading trap in a workbook: 一、基础设施工程（6个） → （一）交通工程（4个） in the 序号
    column → "-1" / "−2" (Unicode minus) 国铁干线项目 / 港口航道项目; a top level with a second level but no
    third (产业项目), one with projects directly under it (民生保障). Every heading states its count and
    subtotals; the 合计 row the grand total. All consistent: no in-file check may disagree (today the top
    level's count is checked against 0 projects)."""
    file = "zhanjiang_2024_key_projects.xlsx"
    tree: list[Heading | Item] = [
        Heading("基础设施工程", marker="一、", children=[
            Heading("交通工程", seq="（一）", children=[
                Heading("国铁干线项目", seq="-1", children=[
                    Item("湛江至海口高铁湛江段工程", "湛江市", "湛江", "1860000", "210000", extra=("续建", "2023-2028")),
                    Item("湛江至茂名城际铁路前期工程", "湛江、茂名", "湛江、茂名", "425000", "68000",
                         extra=("新开工", "2024-2027")),
                ]),
                Heading("港口航道项目", seq="−2", count=False, children=[
                    Item("湛江港30万吨级航道改扩建工程", "湛江市", "湛江", "386000", "95000", extra=("续建", "2022-2025")),
                    Item("徐闻港区南山作业区二期工程", "湛江市徐闻县", "湛江", "148500", "40000",
                         extra=("新开工", "2024-2026")),
                ]),
            ]),
            Heading("能源工程", seq="（二）", children=[
                Item("湛江LNG接收站二期工程", "湛江市坡头区", "湛江", "620000", "85000", extra=("新开工", "2024-2027")),
                Item("雷州市海上风电场项目", "湛江市雷州市", "湛江", "960000", "180000", extra=("续建", "2023-2026")),
            ]),
        ]),
        Heading("产业项目", marker="二、", children=[
            Heading("先进制造业", seq="（一）", children=[
                Item("东海岛钢铁基地零碳工厂项目", "湛江市东海岛", "湛江", "1250000", "300000", extra=("续建", "2023-2026")),
                Item("湛江经开区新能源电池材料项目", "湛江市", "湛江", "356000", "60000", extra=("新开工", "2024-2026")),
                Item("廉江市小家电产业园项目", "湛江市廉江市", "湛江", "48000", "20000", extra=("新开工", "2024-2025")),
            ]),
            Heading("现代服务业", seq="（二）", children=[
                Item("霞山区冷链物流中心项目", "湛江市霞山区", "湛江", "36500", "15000", extra=("新开工", "2024-2025")),
            ]),
        ]),
        Heading("民生保障", marker="三、", children=[
            Item("湛江市中心人民医院新院区项目", "湛江市赤坎区", "湛江", "158000", "42000", extra=("续建", "2022-2025")),
            Item("湛江湾实验室二期项目", "湛江市麻章区", "湛江", "96000", "25000", extra=("新开工", "2024-2026")),
        ]),
    ]  # fmt: skip
    tally = Tally(first_row=4)

    def heading_row(h: Heading) -> list:
        items = h.items()
        return [h.seq or None, h.name_cell(), None, None, None, int(subtotal(items, "total", 0)),
                int(subtotal(items, "annual", 0)), None]  # fmt: skip

    def item_row(i: Item, n: int) -> list:
        return [n, i.name, i.place, i.extra[0], i.extra[1], int(i.total), int(i.annual), "按批复内容建设"]

    write_tree(tally, tree, WAN, heading_row, item_row)
    items = all_items(tree)
    tally.other([None, f"合计（{len(items)}个）", None, None, None, int(subtotal(items, "total", 0)),
                 int(subtotal(items, "annual", 0)), None], "total")  # fmt: skip
    tally.other(["备注：本表项目以省下达计划为准，跨市项目列入牵头市。"], "note")
    header = ["序号", "项目名称", "建设地点", "建设性质", "建设起止年限", "总投资", "2024年计划投资", "主要建设内容"]  # fmt: skip
    rows = [["湛江市2024年重点建设项目计划表"], ["单位：万元"], header, *tally.rows]
    write_xlsx(out / file, rows, merges=["A1:H1", "A2:H2"])
    return tally.case(
        file, "xlsx",
        entry("zhanjiang-2024-key-projects", "湛江市2024年重点建设项目计划表", "湛江市发展和改革局", "city_plan", "湛江",
              "2024-02-06", file, "xlsx"),
        "three heading levels 一、（N个） → （一） → -1 / −2, subtotals on every heading, 合计, a multi-city row; "
        "unit from a note row",
        headings=True,
    )  # fmt: skip


def dongguan_signing_hidden_characters(out: Path) -> Case:
    """A signing list (签约项目) with 协议投资额（亿元） and 镇街, written by someone who pasted names from web
    pages: U+FEFF at the start of a name, U+202E inside one, U+200B in a name and in a town, a line break
    Alt-Entered between Chinese characters (joins without a space) and one between Latin words (joins
    with a space), and a 合计 row. XLSX cannot hold NUL or ESC; the JSON and CSV cases carry those."""
    file = "dongguan_2024_0318_signing.xlsx"
    tally = Tally(first_row=3)
    signings = [  # (printed name, clean name, 签约企业, 镇街 as printed, 协议投资额)
        ("\ufeff松山湖高端医疗器械研发制造基地项目", "松山湖高端医疗器械研发制造基地项目", "东莞松湖医疗科技有限公司",
         "松山湖", "35.5"),
        ("滨海湾新区\u202e新型储能电池项目", "滨海湾新区新型储能电池项目", "广东湾储新能源有限公司", "滨海湾新区", "62"),
        ("长安镇智能终端\n精密结构件项目", "长安镇智能终端精密结构件项目", "东莞长精智造有限公司", "长安镇", "18.6"),
        ("松山湖 Micro\nLED 显示模组项目", "松山湖 Micro LED 显示模组项目", "东莞微显光电有限公司", "松山湖", "26.8"),
        ("虎门镇跨境电商产业园项目", None, "虎门跨境供应链管理有限公司", "虎门镇\u200b", "12.35"),
        ("水乡新城生物医药产业园项目", None, "东莞水乡生物科技有限公司", "麻涌镇", "9.7"),
        ("清溪镇新一代电子信息产业园项目", None, "清溪电子信息产业投资有限公司", "清溪镇", "21.4"),
        ("东莞港集装箱码头四期\u200b工程", "东莞港集装箱码头四期工程", "东莞港务集团有限公司", "沙田镇", "45"),
    ]  # fmt: skip
    for n, (printed, clean, company, town, amount) in enumerate(signings, 1):
        name = clean or printed
        assert scrubbed(printed) == loaded_text(name)
        tally.project([n, printed, company, town, amount, "2024-03-18"], name, "东莞", Decimal(amount) * YI)
    total = sum((Decimal(s[4]) for s in signings), Decimal(0))
    tally.other([None, "合计", None, None, f"{total:.2f}", None], "total")
    header = ["序号", "项目名称", "签约企业", "镇街", "协议投资额（亿元）", "签约日期"]
    write_xlsx(out / file, [["东莞市2024年3月重大项目集中签约项目表"], header, *tally.rows], merges=["A1:F1"])
    return tally.case(
        file, "xlsx",
        entry("dongguan-2024-0318-signing", "东莞市2024年3月重大项目集中签约项目表", "东莞市投资促进局", "signing",
              "东莞", "2024-03-18", file, "xlsx"),
        "signing list: 协议投资额（亿元）, 镇街; U+FEFF, U+202E, U+200B; line breaks between Chinese "
        "characters and between Latin words; a 合计 row",
    )  # fmt: skip


def qingyuan_conflicting_duplicates(out: Path) -> Case:
    """A 46-row city plan (计划总投资(万元), 年度计划投资(万元), 县区) in which: one project is printed twice
    with different totals (68000 vs 86000: transposed digits) — both rows are quarantined, each naming the
    other, since nothing says which is right; one is printed twice, the copy with a zero-width space inside
    the name — one project; one is printed twice, once as a number (23500) and once as "2.35亿元" — one
    project. 2 quarantined of 46 rows read as projects is within the 5 % allowed: the list loads."""
    file = "qingyuan_2024_city_plan.xlsx"
    rng = random.Random(20240305)
    counties = ["清城区", "清新区", "英德市", "连州市", "佛冈县", "阳山县", "连山壮族瑶族自治县", "连南瑶族自治县"]  # fmt: skip
    kinds = ["工业园区基础设施配套项目", "城乡供水一体化工程", "人民医院住院综合楼项目", "产业转移园标准厂房项目",
             "污水处理设施提质增效工程", "中小学校扩容提质项目", "农产品冷链物流中心项目", "美丽圩镇建设项目"]  # fmt: skip
    combos = [(c, k) for k in kinds for c in counties]
    rng.shuffle(combos)
    regular = []
    for county, kind in combos[:42]:
        total = rng.randint(80, 3500) * 100
        annual = total * rng.randint(10, 40) // 100
        regular.append((f"{county}{kind}", county, total, annual))
    conflict = "佛冈县汤塘温泉旅游度假区基础设施项目"
    zero_width = ("清新区太和古洞生态旅游区项目", "清新区", 45800, 9600)
    formatted = ("英德市英红工业园新能源电池产业园项目", "英德市", 23500, 7000)
    tally = Tally(first_row=3)
    numbers = itertools.count(1)

    def cells(seq: int, name: str, county: str, total: int | str, annual: int) -> list:
        return [seq, name, county, total, annual, f"{county}城市建设投资有限公司", "新开工"]

    def project(seq: int, name: str, county: str, total: int, annual: int) -> int:
        return tally.project(
            cells(seq, name, county, total, annual), name, "清远", Decimal(total), Decimal(annual)
        )

    conflicting: list[int] = []
    for n, (name, county, total, annual) in enumerate(regular):
        project(next(numbers), name, county, total, annual)
        if n in {8, 29}:  # the same project twice, with transposed digits: which total is right?
            total = 68000 if n == 8 else 86000
            conflicting.append(tally.quarantine(cells(next(numbers), conflict, "佛冈县", total, 12000), "?"))
        if n == 14:  # printed twice in a row, the copy with U+200B inside its name
            seq = next(numbers)
            kept = project(seq, *zero_width)
            tally.duplicate(cells(seq, "清新区太和古洞\u200b生态旅游区项目", *zero_width[1:]), of=kept)
        if n == 20:
            formatted_seq = next(numbers)
            formatted_row = project(formatted_seq, *formatted)
    # Reprinted at the end under the same 序号, its total written in 亿元 (the cell's unit wins: 23500万元).
    name, county, _, annual = formatted
    tally.duplicate(cells(formatted_seq, name, county, "2.35亿元", annual), of=formatted_row)
    first, second = conflicting
    tally.quarantined[first], tally.quarantined[second] = f"row {second}", f"row {first}"
    header = ["序号", "项目名称", "县区", "计划总投资(万元)", "年度计划投资(万元)", "项目单位", "建设性质"]
    write_xlsx(out / file, [["清远市2024年重点建设项目计划"], header, *tally.rows], merges=["A1:G1"])
    return tally.case(
        file, "xlsx",
        entry("qingyuan-2024-city-plan", "清远市2024年重点建设项目计划", "清远市发展和改革局", "city_plan", "清远",
              "2024-03-05", file, "xlsx"),
        "conflicting duplicates (both quarantined, each naming the other row), a U+200B copy and an "
        "'2.35亿元' vs 23500 copy (each counted once); 计划总投资(万元)",
    )  # fmt: skip


def yangjiang_amount_formats(out: Path) -> Case:
    """A 万元 workbook as a clerk types it: numeric cells (integers and decimals), text with thousands
    separators, full-width digits, "约32000", a cell with its own unit ("3.2亿元" in a 万元 column), a
    placeholder, a multi-city row (阳江、云浮) and a consistent 合计（9个） row. Nothing here is new to the
    pipeline: a control case today's code already reads right."""
    file = "yangjiang_2024_key_projects.xlsx"
    tally = Tally(first_row=3)
    projects: list[tuple[str, str, str, Any, Any, Decimal, Decimal | None, str]] = [
        ("阳江港吉树作业区码头工程", "阳江市江城区", "阳江", 286000, 52000, Decimal(286000), Decimal(52000), "2023-2026"),
        ("阳江高新区合金材料产业园项目", "阳江市阳东区", "阳江", 41236.5, 8200.5, Decimal("41236.5"),
         Decimal("8200.5"), "2024-2026"),
        ("阳春市新材料产业园基础设施项目", "阳江市阳春市", "阳江", "1,234,567", "125,000", Decimal(1234567),
         Decimal(125000), "2024-2028"),
        ("阳西县海上风电项目", "阳江市阳西县", "阳江", full_width("123456"), full_width("23456"), Decimal(123456),
         Decimal(23456), "2024-2027"),
        ("海陵岛旅游公路工程", "阳江", "阳江", "约32000", 6000, Decimal(32000), Decimal(6000), "2024-2025"),
        ("阳江滨海新区污水处理厂项目", "阳江市江城区", "阳江", "3.2亿元", "——", Decimal(32000), None, "2024-2025"),
        ("阳江至云浮高速公路扩容工程", "阳江、云浮", "阳江、云浮", 758000, 96000, Decimal(758000), Decimal(96000),
         "2024-2028"),
        ("阳江市人民医院新院区项目", "阳江市江城区", "阳江", 98765.43, 15000, Decimal("98765.43"), Decimal(15000),
         "2023-2026"),
        ("阳东区五金刀剪产业园项目", "阳江市阳东区", "阳江", "45800", "9000", Decimal(45800), Decimal(9000), "2024-2026"),
    ]  # fmt: skip
    for n, (name, place, city, total, annual, total_wan, annual_wan, period) in enumerate(projects, 1):
        tally.project([n, name, place, total, annual, period], name, city, total_wan, annual_wan)
    total = sum((p[5] for p in projects), Decimal(0))
    annual = sum((p[6] for p in projects if p[6] is not None), Decimal(0))
    tally.other([None, f"合计（{len(projects)}个）", None, f"{total:.2f}", f"{annual:.2f}", None], "total")
    header = ["序号", "项目名称", "所在地", "总投资（万元）", "2024年计划投资（万元）", "建设起止年限"]
    write_xlsx(
        out / file, [["阳江市2024年重点建设项目"], header, *tally.rows], merges=["A1:F1"], sheet="Table"
    )
    return tally.case(
        file, "xlsx",
        entry("yangjiang-2024-key-projects", "阳江市2024年重点建设项目", "阳江市发展和改革局", "city_plan", "阳江",
              "2024-02-01", file, "xlsx"),
        "control: numeric and text amounts, separators, full-width, 约, a cell unit, a placeholder, "
        "a multi-city row, a consistent 合计",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------
# HTML


def shunde_three_levels_full_width(out: Path) -> Case:
    """A district's web page with headings 一、 → １． / 2. → （１） / (2), full-width and half-width forms
    mixed as typed, each heading with its count and subtotals (亿元, two decimals), a 合计（11个） row; the
    towns (镇街) are ones we do not know and count for Foshan."""
    file = "foshan_shunde_2024_key_projects.html"
    tree: list[Heading | Item] = [
        Heading("产业项目", marker="一、", children=[
            Heading("先进制造业", marker="１．", children=[
                Heading("新能源汽车", marker="（１）", children=[
                    Item("北滘镇新能源汽车电驱系统项目", "北滘镇", "佛山", "32.50", "6.80"),
                    Item("容桂街道汽车热管理部件项目", "容桂街道", "佛山", "12.80", "3.20"),
                ]),
                Heading("智能家电", marker="(2)", children=[
                    Item("北滘镇智能家电总部基地项目", "北滘镇", "佛山", "45.60", "9.50"),
                    Item("勒流街道小家电智造园项目", "勒流街道", "佛山", "8.75", "2.40"),
                ]),
            ]),
            Heading("现代服务业", marker="2.", children=[
                Item("乐从镇家具会展中心改造项目", "乐从镇", "佛山", "15.20", "4.10"),
                Item("大良街道金融科技产业园项目", "大良街道", "佛山", "20.35", "5.60"),
            ]),
        ]),
        Heading("基础设施项目", marker="二、", children=[
            Heading("交通设施", marker="１．", children=[
                Item("容桂水道大桥工程", "容桂街道", "佛山", "18.60", "5.00"),
                Item("伦教街道城市主干道改造工程", "伦教街道", "佛山", "6.45", "2.10"),
            ]),
            Heading("市政设施", marker="2.", children=[
                Item("均安镇污水处理厂三期工程", "均安镇", "佛山", "3.80", "1.50"),
            ]),
        ]),
        Heading("民生项目", marker="三、", children=[
            Item("顺德区中医院新院区项目", "大良街道", "佛山", "16.90", "4.30"),
            Item("杏坛镇九年一贯制学校项目", "杏坛镇", "佛山", "4.25", "1.80"),
        ]),
    ]  # fmt: skip
    tally = Tally(first_row=2)
    write_tree(tally, tree, YI,
               lambda h: [None, h.name_cell(), None, subtotal(h.items(), "total", 2), subtotal(h.items(), "annual", 2), None],
               lambda i, n: [n, i.name, i.place, i.total, i.annual, "按备案内容建设"])  # fmt: skip
    items = all_items(tree)
    tally.other([None, f"合计（{len(items)}个）", None, subtotal(items, "total", 2), subtotal(items, "annual", 2), None],
                "total")  # fmt: skip
    header = ["序号", "项目名称", "镇街", "总投资（亿元）", "2024年计划投资（亿元）", "建设内容"]
    write_html(out / file, "佛山市顺德区2024年重点项目计划", ["发布机构：佛山市顺德区发展和改革局", "发布日期：2024-02-22"],
               html_table(header, tally.rows))  # fmt: skip
    return tally.case(
        file, "html",
        entry("foshan-shunde-2024-key-projects", "佛山市顺德区2024年重点项目计划", "佛山市顺德区发展和改革局",
              "city_plan", "佛山", "2024-02-22", file, "html"),
        "three heading levels 一、 → １．/2. → （１）/(2), full- and half-width, subtotals on each, 合计",
        headings=True,
    )  # fmt: skip


def guangdong_signing_landing_places(out: Path) -> Case:
    """A province-wide signing event on a web page inside a layout table: 签约金额（亿元） and 落户地, the
    landing place being a city, a city's district, a zone (深汕特别合作区 counts for Shenzhen) or two cities
    (广州、佛山: multi-city). A province-wide list has no default city: a place not understood could not
    be placed."""
    file = "guangdong_2024_gba_signing.html"
    tally = Tally(first_row=2)
    signings = [
        ("南沙国际邮轮母港综合体项目", "广东湾区邮轮发展有限公司", "广州市南沙区", "广州", "120"),
        ("前海国际金融城二期项目", "前海金融城开发有限公司", "深圳", "深圳", "85.5"),
        ("深汕特别合作区新能源储能产业园项目", "深汕储能科技有限公司", "深汕特别合作区", "深圳", "60"),
        ("顺德智能机器人产业基地项目", "粤智机器人科技有限公司", "佛山市顺德区", "佛山", "42.3"),
        ("东海岛高端化工新材料项目", "湛江湾化工新材料有限公司", "湛江市", "湛江", "150"),
        ("茂名绿色石化循环经济产业园项目", "茂石循环经济发展有限公司", "茂名", "茂名", "98.6"),
        ("揭阳大南海石化区下游配套项目", "揭阳南海新材料有限公司", "揭阳市", "揭阳", "75"),
        ("广佛全域同城化轨道交通装备产业园项目", "广佛轨道装备产业投资有限公司", "广州、佛山", "广州、佛山", "55.8"),
        ("银湖湾滨海新区海洋科技产业园项目", "江门银湖湾海洋科技有限公司", "江门市", "江门", "33.25"),
        ("肇庆新区氢燃料电池汽车产业园项目", "肇庆氢能汽车产业园有限公司", "肇庆市", "肇庆", "28.4"),
    ]  # fmt: skip
    for n, (name, party, landing, city, amount) in enumerate(signings, 1):
        tally.project([n, name, party, landing, amount], name, city, Decimal(amount) * YI)
    total = sum((Decimal(s[4]) for s in signings), Decimal(0))
    tally.other([None, f"合计（{len(signings)}个）", None, None, f"{total:.2f}"], "total")
    header = ["序号", "项目名称", "签约方", "落户地", "签约金额（亿元）"]
    write_html(out / file, "2024年粤港澳大湾区重大项目签约活动签约项目", ["本次活动共签约项目10个。"],
               html_table(header, tally.rows), layout=True)  # fmt: skip
    return tally.case(
        file, "html",
        entry("guangdong-2024-gba-signing", "2024年粤港澳大湾区重大项目签约活动签约项目", "广东省商务厅", "signing",
              "广东省", "2024-05-20", file, "html"),
        "province-wide signing list: 签约金额（亿元）, 落户地 (city, district, 深汕 zone, 广州、佛山), layout table",
    )  # fmt: skip


def zhaoqing_pdf_conversion(out: Path) -> Case:
    """A PDF list converted to HTML: the PDF's fonts gave Kangxi radicals for common characters (⽬ U+2F6C
    for 目, ⼯ U+2F2F, ⾏ U+2F8F, ⼀ U+2F00, ⼆ U+2F06, ⾼, ⼤, ⼒, ⼦, ⽔, ⼴), in the header, in headings and in
    names, which NFKC folds back; long names wrapped inside their cell; headings 一、 → 1. → ① (a circled
    digit: NFKC turns ① into a bare "1", so it must be recognized as a marker before folding)."""
    file = "zhaoqing_2024_key_projects_from_pdf.html"
    tree: list[Heading | Item] = [
        Heading("产业项目", marker="一、", printed_label="产业项⽬", children=[
            Heading("先进制造业", marker="1.", amounts=False, children=[
                Heading("新能源汽车", marker="①", amounts=False, children=[
                    Item("肇庆高新区新能源汽车零部件产业园项目", "肇庆市⾼要区", "肇庆", "186000", "42000",
                         printed="肇庆⾼新区新能源汽车\n零部件产业园项⽬"),
                    Item("大旺高新区动力电池项目", "肇庆市四会市", "肇庆", "124500", "30000", printed="⼤旺⾼新区动⼒电池项⽬"),
                ]),
                Heading("电子信息", marker="②", amounts=False, children=[
                    Item("端州区电子元器件产业园项目", "肇庆市端州区", "肇庆", "56800", "15000", printed="端州区电⼦元器件产业园项⽬"),
                ]),
            ]),
            Heading("现代农业", marker="2.", amounts=False, children=[
                Item("德庆县贡柑产业园项目", "肇庆市德庆县", "肇庆", "12600", "5000"),
                Item("封开县油栗深加工项目", "肇庆市封开县", "肇庆", "8450", "3200", printed="封开县油栗深加⼯项⽬"),
            ]),
        ]),
        Heading("基础设施项目", marker="⼆、", printed_label="基础设施项⽬", children=[
            Heading("交通", marker="1.", amounts=False, children=[
                Item("肇庆东站综合交通枢纽一期工程", "肇庆市鼎湖区", "肇庆", "96000", "22000",
                     printed="肇庆东站综合交通枢纽\n⼀期⼯程"),
                Item("怀集县国道改线及行人通道工程", "肇庆市怀集县", "肇庆", "45300", "12000",
                     printed="怀集县国道改线及⾏人通道⼯程"),
            ]),
            Heading("水利", marker="2.", printed_label="⽔利", amounts=False, children=[
                Item("广宁县水库除险加固工程", "肇庆市广宁县", "肇庆", "9870", "4500", printed="⼴宁县⽔库除险加固⼯程"),
            ]),
        ]),
    ]  # fmt: skip
    tally = Tally(first_row=3)

    def heading_row(h: Heading) -> list:
        items = h.items()
        amounts = [subtotal(items, "total", 0), subtotal(items, "annual", 0)] if h.amounts else [None, None]
        return [None, h.name_cell(), None, *amounts]

    write_tree(
        tally, tree, WAN, heading_row, lambda i, n: [n, i.printed or i.name, i.place, i.total, i.annual]
    )
    items = all_items(tree)
    tally.other([None, f"合计（{len(items)}个）", None, subtotal(items, "total", 0), subtotal(items, "annual", 0)],
                "total")  # fmt: skip
    header = ["序号", "项⽬名称", "建设地点", "计划总投资（万元）", "年度计划投资（万元）"]
    write_html(out / file, "肇庆市2024年重点建设项⽬计划", ["（根据PDF附件转换）"],
               html_table(header, tally.rows, above=["肇庆市2024年重点建设项⽬计划表"]))  # fmt: skip
    return tally.case(
        file, "html",
        entry("zhaoqing-2024-key-projects", "肇庆市2024年重点建设项目计划", "肇庆市发展和改革局", "city_plan", "肇庆",
              "2024-02-27", file, "html"),
        "PDF converted to HTML: Kangxi radicals in header, headings and names; wrapped names; "
        "headings 一、 → 1. → ①",
        headings=True,
    )  # fmt: skip


def guangdong_multi_city_with_misprinted_total(out: Path) -> Case:
    """A provincial list (估算总投资（亿元）, 2025年计划投资（亿元）, 地市) with multi-city rows (广州、佛山;
    梅州市、河源市; 汕头、潮州、揭阳), 不分市 rows and a 深汕 row. Its 合计 row prints the annual figure 0.2亿
    too high (a publisher's slip, beyond the 0.1亿 its last digit allows): exactly one in-file check
    disagrees, and the list still loads (in-file checks are recorded, they do not gate)."""
    file = "guangdong_2025_provincial_selection.html"
    tally = Tally(first_row=2)
    projects = [
        ("广州至佛山城际轨道延伸线工程", "广州、佛山", "广州、佛山", "268.5", "32.4", "新开工"),
        ("全省农村供水保障提升工程", "不分市", "不分市", "120", "18.6", "续建"),
        ("深汕特别合作区科教城项目", "深汕特别合作区", "深圳", "85", "12.5", "新开工"),
        ("汕头港广澳港区三期工程", "汕头市", "汕头", "64.2", "9.8", "新开工"),
        ("梅州至龙川铁路配套工程", "梅州市、河源市", "梅州、河源", "96.75", "14.2", "续建"),
        ("韶关丹霞机场改扩建工程", "韶关", "韶关", "18.6", "4.5", "新开工"),
        ("粤北生态保护修复工程", "不分市", "不分市", "42.3", "6.8", "续建"),
        ("潮州港金狮湾港区工程", "潮州市", "潮州", "55.4", "8.1", "续建"),
        ("清远抽水蓄能电站二期工程", "清远市", "清远", "78", "11.6", "新开工"),
        ("粤东高速公路改扩建工程", "汕头、潮州、揭阳", "汕头、潮州、揭阳", "136.8", "20.4", "续建"),
    ]
    for n, (name, place, city, total, annual, stage) in enumerate(projects, 1):
        tally.project(
            [n, name, place, total, annual, stage], name, city, Decimal(total) * YI, Decimal(annual) * YI
        )
    total = sum((Decimal(p[3]) for p in projects), Decimal(0))
    annual = sum((Decimal(p[4]) for p in projects), Decimal(0))
    misprinted = annual + Decimal("0.2")
    tally.other(
        [None, f"合计（{len(projects)}个）", None, f"{total:.2f}", f"{misprinted:.1f}", None], "total"
    )
    header = ["序号", "项目名称", "地市", "估算总投资（亿元）", "2025年计划投资（亿元）", "建设性质"]
    write_html(
        out / file,
        "2025年省重点建设项目（粤东西北部分）",
        ["来源：省发展改革委"],
        html_table(header, tally.rows),
    )
    return tally.case(
        file, "html",
        entry("guangdong-2025-provincial-selection", "2025年省重点建设项目（粤东西北部分）", "广东省发展和改革委员会",
              "provincial_plan", "广东省", "2025-03-10", file, "html"),
        "multi-city, 不分市 and 深汕 rows; 估算总投资; a 合计 whose annual figure is misprinted → 1 in-file "
        "disagreement, still loaded",
        in_file_disagreements=1,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------

CASES: tuple[Callable[[Path], Case], ...] = (
    huizhou_signing_camel_case,
    foshan_nanhai_snake_case_nested,
    zhuhai_title_case_with_zero_width_copy,
    guangzhou_huangpu_pinyin_keys,
    dongguan_unreadable_amount_key,
    dongguan_amount_key_mapped_in_catalog,
    shantou_upper_snake_unit_in_key,
    jiangmen_pinyin_csv_with_control_characters,
    maoming_gb18030_chinese_variants,
    shaoguan_exact_duplicates,
    shanwei_no_amounts,
    heyuan_amounts_mostly_pending,
    zhanjiang_three_heading_levels,
    dongguan_signing_hidden_characters,
    qingyuan_conflicting_duplicates,
    yangjiang_amount_formats,
    shunde_three_levels_full_width,
    guangdong_signing_landing_places,
    zhaoqing_pdf_conversion,
    guangdong_multi_city_with_misprinted_total,
)


def build(out_dir: Path) -> list[Case]:
    """Write every publication of the corpus into out_dir and return the truth of each, in order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    cases = [make(out_dir) for make in CASES]
    assert len({c.id for c in cases}) == len(cases) and len({c.file for c in cases}) == len(cases)
    return cases


def main(argv: list[str] | None = None) -> None:
    """python -m scripts.corpus.unseen_lists OUT_DIR: write the corpus, print the truth as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: python -m scripts.corpus.unseen_lists OUT_DIR")
    cases = build(Path(args[0]))
    print(json.dumps([asdict(c) for c in cases], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
