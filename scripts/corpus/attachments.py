"""Attachments as publishers attach them — PDF, legacy .xls, Word .docx, .ods — each with its truth.

    .venv/bin/python -m scripts.corpus.attachments [OUT_DIR]    # default tests/corpus/attachments/

writes every fixture and a `truth.json` beside them. Tests build the same fixtures in memory
(`fixtures()`), read them through `etl.readers.parse.parse_publication` and compare with the truth
exactly: rows read, project count, total and annual investment in 万元, the non-project rows with
their kinds. What each one exercises is in its docstring.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from etl.rules.units import fold_text
from scripts.corpus.listspec import build
from scripts.corpus.office_lists import docx_bytes, layout, ods_bytes, xls_bytes
from scripts.corpus.pdf_lists import pdf_bytes, scanned_pdf_bytes

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "attachments"
NOTE = "备注：项目总投资为估算数，以批复为准。"


@dataclass
class Fixture:
    name: str
    payload: bytes
    truth: dict
    entry: dict = field(default_factory=dict)  # catalog fields beside the defaults


def pdf_multipage() -> Fixture:
    """5+ pages, header repeated on each, long names wrapping in their cell, a header label broken over
    two lines (总投资（万\\n元）), headings spanning the table, 合计 spanning three cells, title and unit
    line above the table, a note under it; the header and every 4th row in a font whose text layer gives
    Kangxi radicals and compatibility ideographs (项⽬名称, ⼀期, ⼯程)."""
    spec = build("珠海市2023年第一季度重大项目集中开工项目表", "万元",
                 [(1, "产业项目", 44, 44), (1, "基础设施项目", 36, 36)], seed=11, long_names=True)  # fmt: skip
    header = ["序号", "项目名称", "建设地点", "总投资（万<br/>元）", "2023年计划投资（万元）", "建设内容"]
    payload = pdf_bytes(spec, header, "单位：万元", NOTE, odd_every=4)
    return Fixture("zhuhai_multipage.pdf", payload, spec.truth(), {"city": "珠海"})


def pdf_three_levels() -> Fixture:
    """Headings on three levels with declared counts (一、 / （一） / -1), the unit only in the line above
    the table (单位：亿元), compatibility ideographs (路 U+F937, 年 U+F98E) in every 3rd row.
    A heading's declared count covers every project beneath it, at any depth: all agree."""
    layout_ = [(1, "产业项目", 0, 12), (2, "先进制造业", 0, 7), (3, "集成电路", 3, 3), (3, "新能源汽车", 4, 4),
               (2, "现代服务业", 5, 5), (1, "基础设施", 7, 7)]  # fmt: skip
    spec = build("深圳市2023年重大项目计划表", "亿元", layout_, seed=12, places=2)
    header = ["序号", "项目名称", "建设地点", "总投资", "年度计划投资", "建设内容"]
    payload = pdf_bytes(spec, header, "单位：亿元", None, odd_every=3, odd_header=False)
    return Fixture("shenzhen_three_levels.pdf", payload, spec.truth(), {"city": "深圳"})


def xls_yi_floats() -> Fixture:
    """Legacy .xls: title merged over the table, amounts in 亿元 stored as binary floats — 412.3, and 0.3
    written as 0.1 + 0.2 = 0.30000000000000004 — a 合计 merged over three cells, a note row after."""
    spec = build(
        "中山市2023年重点项目表",
        "亿元",
        [(1, "产业项目", 8, 8), (1, "民生项目", 4, 4)],
        seed=13,
        places=1,
    )
    projects = spec.projects
    projects[0].total, projects[1].total, projects[1].annual = (
        Decimal("412.3"),
        Decimal("0.3"),
        Decimal("0.1"),
    )
    header = ["序号", "项目名称", "镇街", "总投资（亿元）", "年度计划投资（亿元）", "建设内容"]
    rows = layout(spec, header)
    payload = xls_bytes(rows, 6, ["中山市2023年重点项目表"], [NOTE], float_bits={Decimal("0.3"): 0.1 + 0.2})
    return Fixture("zhongshan_floats.xls", payload, spec.truth([("note", fold_text(NOTE))]), {"city": "中山"})


def xls_wan_merged_places() -> Fixture:
    """Legacy .xls: an instructions sheet before the list, the unit only in a note row (单位：万元), the
    place merged down over runs of three rows, headings merged across with declared counts."""
    spec = build("江门市2023年重点建设项目", "万元", [(1, "基础设施工程", 9, 9), (1, "产业工程", 12, 12)],
                 seed=14, places=0, group=3)  # fmt: skip
    header = ["序号", "项目名称", "地市", "总投资", "年度计划投资", "建设内容"]
    before = [("填表说明", [["填表说明"], ["1. 金额单位为万元"], ["2. 跨市项目填写所有地市"]])]
    payload = xls_bytes(layout(spec, header), 6, ["江门市2023年重点建设项目", "单位：万元"], [],
                        sheet="项目表", merge_places=True, before=before)  # fmt: skip
    return Fixture("jiangmen_merged.xls", payload, spec.truth(), {"city": "广东省", "list_kind": "city_plan"})


def docx_after_paragraphs() -> Fixture:
    """Word: title and unit paragraphs, then the table: places merged down (vMerge), headings merged
    across (gridSpan), 合计 merged over the first three cells; notes after the table."""
    spec = build("东莞市2023年3月重大项目集中开工", "万元", [(1, "产业项目", 10, 10), (1, "城市更新项目", 6, 6)],
                 seed=15, places=0, group=2)  # fmt: skip
    header = ["序号", "项目名称", "地市", "总投资（万元）", "年度计划投资（万元）", "建设内容"]
    payload = docx_bytes(layout(spec, header), 6, [spec.title, "单位：万元"], [NOTE, "来源：东莞市发展和改革局"],
                         merge_places=True)  # fmt: skip
    return Fixture(
        "dongguan_paragraphs.docx", payload, spec.truth(), {"city": "广东省", "list_kind": "city_plan"}
    )


def docx_several_tables() -> Fixture:
    """Word: a summary table first, then the list with a two-row header (2023年投资计划（亿元） merged over
    小计 / 主要建设内容, the other labels merged down): the list is the table whose header scores best."""
    spec = build(
        "佛山市2023年重点项目",
        "亿元",
        [(1, "产业项目", 7, 7), (1, "基础设施", 5, 5)],
        seed=16,
        places=2,
    )
    header = ["序号", "项目名称", "地市", "总投资（亿元）", "2023年投资计划（亿元）", ""]
    summary = [["类别", "项目个数", "总投资（亿元）"], ["产业项目", "7", ""], ["基础设施", "5", ""]]
    payload = docx_bytes(layout(spec, header), 6, [spec.title], [NOTE], summary=summary,
                         two_row_header=["", "", "", "", "小计", "主要建设内容"])  # fmt: skip
    return Fixture("foshan_two_tables.docx", payload, spec.truth(), {"city": "佛山"})


def ods_merged() -> Fixture:
    """ODS: title spanning the table, the unit in a note row, the place spanning rows (covered cells
    below it), headings spanning the row, 合计 spanning three cells, amounts as floats."""
    spec = build(
        "惠州市2023年重点项目",
        "万元",
        [(1, "产业项目", 8, 8), (1, "民生项目", 7, 7)],
        seed=17,
        places=1,
        group=3,
    )
    header = ["序号", "项目名称", "地市", "总投资", "年度计划投资", "建设内容"]
    payload = ods_bytes(layout(spec, header), 6, [spec.title, "单位：万元"], [], merge_places=True)
    return Fixture("huizhou_merged.ods", payload, spec.truth(), {"city": "广东省", "list_kind": "city_plan"})


def scanned_pdf() -> Fixture:
    """A scan: pages that are images, no text layer. Refused: 'scanned PDF: no text layer'."""
    return Fixture("scanned.pdf", scanned_pdf_bytes(), {"refused": "scanned PDF: no text layer"})


FIXTURES = (pdf_multipage, pdf_three_levels, xls_yi_floats, xls_wan_merged_places, docx_after_paragraphs,
            docx_several_tables, ods_merged, scanned_pdf)  # fmt: skip


def fixtures() -> list[Fixture]:
    return [make() for make in FIXTURES]


def _jsonable(truth: dict) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in truth.items()}


def write(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written, truths = [], {}
    for fixture in fixtures():
        path = out_dir / fixture.name
        path.write_bytes(fixture.payload)
        truths[fixture.name] = {**_jsonable(fixture.truth), "entry": fixture.entry}
        written.append(path)
        print(f"{path}: {len(fixture.payload):,} bytes")
    (out_dir / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1), encoding="utf-8")
    return written


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
