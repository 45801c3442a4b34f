"""A synthetic project list with known truth: what any correct reading of it must find.

A `ListSpec` is the list as a publisher meant it — headings with their declared counts, project rows,
a total row — independent of the file format. Format writers (scripts/corpus/attachments.py) lay it out
as PDF, XLS, DOCX or ODS; `truth()` says what parse_publication must report for it: rows read, projects,
exact totals in 万元, and the non-project rows with their kinds, in order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from etl.rules.units import UNIT_IN_WAN

CITIES = ("广州", "深圳", "珠海", "佛山", "东莞", "中山", "江门", "惠州", "肇庆", "湛江")
NUMERALS = "一二三四五六七八九十"
STEMS = ("智能制造产业园", "新能源汽车零部件基地", "城市轨道交通线", "综合医院新院区", "污水处理厂扩建",
         "集成电路封装测试", "滨海大道快速化改造", "人才公寓及配套", "数据中心一期", "港口物流园",
         "环城路改造工程", "年产十万吨新材料项目", "不锈钢制品厂技改", "行政服务中心")  # fmt: skip


@dataclass
class Project:
    seq: int
    name: str  # as it should read after folding (no line breaks, no Kangxi radicals)
    place: str
    total: Decimal  # in the list's unit
    annual: Decimal | None
    content: str = "建设厂房、道路及配套设施"


@dataclass
class Heading:
    level: int  # 1: 一、… 2: （一）… 3: -1 …
    label: str
    number: int
    declared: int | None

    @property
    def text(self) -> str:
        count = f"（{self.declared}个）" if self.declared is not None else ""
        if self.level == 1:
            return f"{NUMERALS[self.number - 1]}、{self.label}{count}"
        if self.level == 2:
            return f"（{NUMERALS[self.number - 1]}）{self.label}{count}"
        return f"{self.label}{count}"  # the '-N' goes in the 序号 column


@dataclass
class ListSpec:
    title: str
    unit: str  # 万元 or 亿元: the unit amounts are written in
    items: list[Project | Heading] = field(default_factory=list)
    with_annual: bool = True
    total_row: bool = True

    @property
    def projects(self) -> list[Project]:
        return [i for i in self.items if isinstance(i, Project)]

    def total(self) -> Decimal:
        return sum((p.total for p in self.projects), Decimal(0))

    def annual(self) -> Decimal:
        return sum((p.annual or Decimal(0) for p in self.projects), Decimal(0))

    def truth(self, extra_rows: list[tuple[str, str | None]] = (), disagreements: list[str] = ()) -> dict:
        """What parse_publication must report: non-project rows as (kind, label), in file order, and the
        in-file checks expected to disagree (with the reason in the fixture's docstring)."""
        non_projects, open_levels = [], []
        for item in self.items:
            if isinstance(
                item, Heading
            ):  # a heading closes those at its level and below (docs/conventions.md)
                while open_levels and open_levels[-1] >= item.level:
                    open_levels.pop()
                open_levels.append(item.level)
                kind = "category" if len(open_levels) == 1 else "subcategory"
                non_projects.append((kind, item.label, item.declared))
        if self.total_row:
            non_projects.append(("total", "合计", None))
        non_projects += [(kind, label, None) for kind, label in extra_rows]
        factor = UNIT_IN_WAN[self.unit]
        return {
            "rows_read": len(self.items) + int(self.total_row) + len(extra_rows),
            "projects": len(self.projects),
            "total_wan": self.total() * factor,
            "annual_wan": self.annual() * factor if self.with_annual else None,
            "non_projects": non_projects,
            "names": [p.name for p in self.projects],
            "in_file_disagreements": list(disagreements),
        }


def amount(rng: random.Random, low: int, high: int, places: int) -> Decimal:
    return Decimal(rng.randint(low * 10**places, high * 10**places)).scaleb(-places)


def build(title: str, unit: str, layout: list[tuple], seed: int, places: int = 1, long_names: bool = False,
          group: int = 1) -> ListSpec:  # fmt: skip
    """A list from a layout of (level, label, projects right under it, the count its heading declares).

    group: consecutive projects share a place in runs of this length (merged down in office files)."""
    rng = random.Random(seed)
    spec = ListSpec(title, unit)
    numbers = {1: 0, 2: 0, 3: 0}
    seq = 0
    for level, label, count, declared in layout:
        numbers[level] += 1
        for deeper in range(level + 1, 4):
            numbers[deeper] = 0
        spec.items.append(Heading(level, label, numbers[level], declared))
        for _ in range(count or 0):
            seq += 1
            city = CITIES[(seq // group) % len(CITIES)]
            stem = STEMS[rng.randrange(len(STEMS))]
            name = f"{city}{stem}{seq}号项目"
            if long_names:
                name = f"{city}市{stem}（一期）及周边道路、管网、绿化等配套工程建设项目第{seq}号"
            total = amount(rng, 2, 900, places) if unit == "亿元" else amount(rng, 5000, 900000, places)
            annual = (total * Decimal(rng.randint(5, 40)) / 100).quantize(Decimal(1).scaleb(-places))
            spec.items.append(Project(seq, name, city, total, annual))
    return spec
