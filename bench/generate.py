"""Deterministic synthetic publications in the shape of a provincial key-project plan, for benchmarks.

One CSV (UTF-8 with BOM) per size, shaped like the real lists (docs: shared domain notes, "What real
lists contain"):

- a title row and a unit note row (单位：…) above the header;
- the header in Chinese, with units in it: 总投资（亿元） and 2023年计划投资（万元) — so one row holds
  amounts in 亿元 and in 万元; some cells carry their own unit ("35000万元", "12.35亿元"), full-width
  digits (１２．３５), thousands separators, 约 (about), and placeholders (——) for unknown amounts;
- non-project rows: 4 category headings with a declared count ("一、基础设施工程（N个）"), 4
  sub-category rows per category ("-1 交通"), a 小计 row closing each category, a 合计 row, a blank
  row and a 备注 note at the end;
- ~0.3 % bad project rows, each with exactly one defect: an unreadable amount (待核实), a quantity
  in an amount column (12万千瓦), an unreadable period (待定), a negative amount, a unit error
  (150000亿), an unknown place, end before start, a year out of range, a duplicated project (both
  rows fail), a project without a name.

Every row's fate is known when it is written, so `generate()` also returns what a correct pipeline must
report (rows read, projects loaded, quarantined row numbers, non-project rows, total investment loaded);
bench/run.py checks every engine against it.

    .venv/bin/python bench/generate.py 100000 /tmp/pub-100k.csv     # writes the CSV and prints the summary
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

YEAR = 2023
TITLE = "广东省{year}年重点建设项目计划（合成基准数据，{n}行，非官方清单）"
NOTE = "单位：亿元（总投资）、万元（年度计划投资）"
HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "项目类别",
    "建设性质",
    "总投资（亿元）",
    f"{YEAR}年计划投资（万元）",
    "建设起止年限",
    "建设单位",
    "主要建设内容",
    "备注",
]
# Lines above the first data row: title, note, header (bench/duckdb_native.py skips them).
HEADER_LINE = 3

CITIES = (
    "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州",
    "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮",
)  # fmt: skip
CITY_CODE = dict(zip(CITIES, (
    "4401", "4402", "4403", "4404", "4405", "4406", "4407", "4408", "4409", "4412", "4413",
    "4414", "4415", "4416", "4417", "4418", "4419", "4420", "4451", "4452", "4453",
), strict=True))  # fmt: skip
DISTRICTS = {"广州": "天河区", "深圳": "南山区", "佛山": "顺德区", "珠海": "香洲区", "东莞": "松山湖"}
SECTIONS = (
    ("基础设施工程", ("交通", "能源", "水利", "信息基础设施")),
    ("产业工程", ("先进制造业", "战略性新兴产业", "现代服务业", "农业")),
    ("民生工程", ("教育", "卫生", "文化体育", "保障性住房")),
    ("生态环境工程", ("污染防治", "生态修复", "园林绿化", "节能环保")),
)
NUMERALS = "一二三四五六七八九十"
STAGES = ("新开工", "续建", "续建", "续建", "预备项目")
WORDS_A = ("新能源", "智能制造", "生物医药", "综合交通", "电子信息", "现代物流", "绿色石化", "数据中心")
WORDS_B = ("产业园", "基地", "枢纽", "示范区", "工程", "中心", "扩建项目", "改造工程")
OWNERS = ("投资控股有限公司", "建设发展有限公司", "实业集团有限公司", "城市更新有限公司", "交通投资集团")
CONTENTS = (
    "新建厂房及配套设施约12万平方米",
    "建设220千伏变电站1座，线路约30公里",
    "购置生产设备，形成年产5万吨产能",
    "新建道路约8公里及配套管网",
    "建设教学楼、宿舍及运动场",
)
DEFECTS = (
    # quarantined while normalizing (the row cannot be read):
    "unreadable_amount",
    "quantity_amount",
    "unreadable_period",
    # quarantined by the `projects` expectation suite:
    "negative_amount",
    "unit_error",
    "unknown_place",
    "end_before_start",
    "year_out_of_range",
    "duplicate",
    "no_name",
)
FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@dataclass
class Expected:
    """What a correct pipeline reports for the file."""

    rows: int  # requested number of data rows (project rows + non-project rows)
    rows_read: int = 0
    projects: int = 0
    non_projects: int = 0
    quarantined_rows: list[int] = field(default_factory=list)
    total_investment_wan: str = "0"  # exact Decimal as text, of the loaded rows
    bad_by_defect: dict[str, int] = field(default_factory=dict)
    sha256: str = ""
    bytes: int = 0

    @property
    def quarantined(self) -> int:
        return len(self.quarantined_rows)


def _amount_yi(rng: random.Random) -> Decimal:
    """A total investment in 亿元, 2 decimals, skewed like real lists (many small, few huge)."""
    return Decimal(int(10 ** rng.uniform(1.5, 4.8))).scaleb(-2)  # 0.32 亿 … 631 亿


def _total_cell(yi: Decimal, rng: random.Random) -> str:
    draw = rng.random()
    if draw < 0.03:
        return f"{yi}亿元"  # unit in the cell, same as the header's
    if draw < 0.05:
        return f"{(yi * 10000).normalize():f}万元"  # unit in the cell overrides the header
    if draw < 0.06:
        return str(yi).translate(FULLWIDTH)  # full-width digits
    if draw < 0.07:
        return f"约{yi}"  # an approximation word
    if draw < 0.09 and yi >= 1000:
        return f"{yi:,}"  # thousands separator
    return str(yi)


def _annual_cell(wan: int | None, rng: random.Random) -> str:
    if wan is None:
        return "——"
    return f"{wan:,}" if wan >= 1000 and rng.random() < 0.05 else str(wan)


def _place(rng: random.Random) -> tuple[str, str]:
    """(cell text, label used in the project key, as etl.rules.places resolves it)."""
    draw = rng.random()
    city = rng.choice(CITIES)
    if draw < 0.60:
        return city + "市", city
    if draw < 0.80:
        return city, city
    if draw < 0.86 and city in DISTRICTS:
        return f"{city}市{DISTRICTS[city]}", city
    if draw < 0.92:
        other = rng.choice([c for c in CITIES if c != city])
        ordered = sorted((city, other), key=CITY_CODE.get)
        return f"{city}、{other}", "、".join(ordered)
    if draw < 0.97:
        return rng.choice(("全省", "跨市")), "不分市"
    return "广东省", "广东省"


def _period(rng: random.Random) -> tuple[str, int | None, int | None]:
    start = rng.randint(2015, 2025)
    end = start + rng.randint(0, 6)
    draw = rng.random()
    if draw < 0.02:
        return "", None, None
    if draw < 0.05:
        return str(start), start, None
    if draw < 0.10:
        return f"{start}年-{end}年", start, end
    return f"{start}-{end}", start, end


def generate(n: int, path: Path, seed: int = 2023, bad_share: float = 0.003) -> Expected:
    """Write a publication of n data rows to path; return what a correct pipeline must report."""
    rng = random.Random(seed)
    n_headings = len(SECTIONS) * (2 + 4) + 3  # heading + 4 sub-headings + 小计 per section; 合计, blank, note
    if n < n_headings * 10:
        raise ValueError(f"n must be at least {n_headings * 10}")
    n_projects = n - n_headings
    per_section = [
        n_projects // len(SECTIONS) + (i < n_projects % len(SECTIONS)) for i in range(len(SECTIONS))
    ]

    expected = Expected(rows=n)
    lines: list[list[str]] = []
    loaded_total = Decimal(0)
    quarantined: set[int] = set()
    last_good: tuple[int, list[str], Decimal] | None = None  # (line, cells, total in 万元) of a clean row
    serial = 0

    def line_no() -> int:
        return HEADER_LINE + len(lines) + 1

    for s, ((section, subsections), count) in enumerate(zip(SECTIONS, per_section, strict=True)):
        lines.append([NUMERALS[s], f"{NUMERALS[s]}、{section}（{count}个）"] + [""] * (len(HEADER) - 2))
        section_total = Decimal(0)
        per_sub = [count // 4 + (i < count % 4) for i in range(4)]
        for k, (subsection, sub_count) in enumerate(zip(subsections, per_sub, strict=True)):
            lines.append([f"-{k + 1}", subsection] + [""] * (len(HEADER) - 2))
            for _ in range(sub_count):
                serial += 1
                place_cell, place_label = _place(rng)
                head = place_label.split("、")[0] if place_label not in {"不分市", "广东省"} else "省"
                name = f"{head}{rng.choice(WORDS_A)}{rng.choice(WORDS_B)}（{serial}号）"
                yi = _amount_yi(rng)
                wan = None if rng.random() < 0.03 else int(yi * 10000 * Decimal(rng.uniform(0.05, 0.6)))
                period, _start, _end = _period(rng)
                cells = [
                    str(serial),
                    name,
                    place_cell,
                    subsection,
                    rng.choice(STAGES),
                    _total_cell(yi, rng),
                    _annual_cell(wan, rng),
                    period,
                    f"{head}{rng.choice(OWNERS)}",
                    rng.choice(CONTENTS),
                    "",
                ]
                total_wan = yi * 10000
                defect = rng.choice(DEFECTS) if rng.random() < bad_share else None
                if defect == "duplicate" and last_good is None:
                    defect = None
                if defect:
                    expected.bad_by_defect[defect] = expected.bad_by_defect.get(defect, 0) + 1
                    quarantined.add(line_no())
                    if defect == "unreadable_amount":
                        cells[5] = "待核实"
                    elif defect == "quantity_amount":
                        cells[5] = "12万千瓦"
                    elif defect == "unreadable_period":
                        cells[7] = "待定"
                    elif defect == "negative_amount":
                        cells[5] = f"-{yi}"
                    elif defect == "unit_error":  # 元 typed where 亿元 was meant: over 1万亿 for one project
                        cells[5] = "150000"
                    elif defect == "unknown_place":
                        cells[2] = "火星市"
                    elif defect == "end_before_start":
                        cells[7] = "2026-2024"
                    elif defect == "year_out_of_range":
                        cells[7] = "1899-2025"
                    elif defect == "no_name":
                        cells[1] = ""
                    elif defect == "duplicate":  # the same project listed twice: both rows are held back
                        good_line, good_cells, good_wan = last_good
                        cells[1], cells[2] = good_cells[1], good_cells[2]
                        quarantined.add(good_line)
                        loaded_total -= good_wan
                        section_total -= good_wan
                        last_good = None
                else:
                    loaded_total += total_wan
                    section_total += total_wan
                    last_good = (line_no(), cells, total_wan)
                lines.append(cells)
        subtotal = (section_total / 10000).quantize(Decimal("0.01"))
        lines.append(["", f"{section}小计", "", "", "", str(subtotal)] + [""] * (len(HEADER) - 6))
    lines.append(["", f"合计（{n_projects}个）", "", "", "", str((loaded_total / 10000).quantize(Decimal("0.01")))]
                 + [""] * (len(HEADER) - 6))  # fmt: skip
    lines.append([""] * len(HEADER))  # a blank row
    lines.append(["备注：本表为基准测试合成数据，金额单位见表头。"])  # a note row, one cell
    assert len(lines) == n, (len(lines), n)

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([TITLE.format(year=YEAR, n=n)])
        writer.writerow([NOTE])
        writer.writerow(HEADER)
        writer.writerows(lines)
    payload = path.read_bytes()
    expected.rows_read = n
    expected.non_projects = n_headings
    expected.quarantined_rows = sorted(quarantined)
    expected.projects = n_projects - len(quarantined)
    expected.total_investment_wan = f"{loaded_total.normalize():f}"
    expected.sha256 = hashlib.sha256(payload).hexdigest()
    expected.bytes = len(payload)
    return expected


def write(n: int, path: Path, seed: int = 2023) -> Expected:
    """generate() plus its expectations as JSON beside the CSV (path + '.expected.json')."""
    expected = generate(n, path, seed)
    Path(f"{path}.expected.json").write_text(
        json.dumps(asdict(expected), ensure_ascii=False), encoding="utf-8"
    )
    return expected


def read_expected(path: Path) -> Expected:
    return Expected(**json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    e = write(args.rows, args.path, args.seed)
    print(
        f"{args.path}: {e.rows_read:,} rows, {e.bytes / 1e6:.1f} MB, sha256 {e.sha256[:16]}; "
        f"{e.projects:,} projects load, {e.quarantined:,} quarantined {e.bad_by_defect}, "
        f"{e.non_projects} non-project rows, total {Decimal(e.total_investment_wan) / 10000:,.2f} 亿元"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
