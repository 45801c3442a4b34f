"""The first sheet of the workbook, "说明 About": what each sheet answers, when the warehouse was built,
from which publications, and — in bold, at the top — that the figures are SAMPLE data when any are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from etl.data_dictionary import view_comments
from etl.exports.cells import converter, excel_time
from etl.exports.titles import VIEWS, column_title

SHEET = "说明 About"
TITLE = "广东省重大项目清单 · 数据仓库导出 / Guangdong major investment projects — warehouse export"
PUBLICATION_COLUMNS = {
    "source_id": "VARCHAR", "title": "VARCHAR", "publisher": "VARCHAR", "list_kind": "VARCHAR",
    "year": "INTEGER", "version": "INTEGER", "published": "DATE", "fetched_at": "TIMESTAMP WITH TIME ZONE",
    "loaded_at": "TIMESTAMP WITH TIME ZONE", "in_force_now": "BOOLEAN", "is_sample": "BOOLEAN",
}  # fmt: skip
NOTES = (
    ("规则 / The one rule", "不同类型的清单不能相加：同一项目常同时列入省计划、所在市清单和开工批次。"
     " / Never add lists of different kinds (list_kind): the same project sits in the provincial plan, its "
     "city's list and often a groundbreaking batch. Sheet project_overlaps lists them."),
    ("金额 / Amounts", "单元格为数值，单位（亿元、万元）为显示格式；仓库中精确到0.0001亿元。 / Cells hold numbers; the "
     "unit (亿元, 万元) is their display format. The warehouse holds them exactly, to 0.0001亿元."),
    ("时间 / Times", "北京时间（UTC+8）。 / China Standard Time (UTC+8)."),
)  # fmt: skip
BOLD, RED_BOLD = Font(bold=True), Font(bold=True, color="C00000", size=12)


@dataclass(frozen=True)
class About:
    built_at: dt.datetime | None  # the newest loaded_at: when the warehouse last changed
    views: list[tuple[str, str, int, str]]  # view, Chinese name, rows, what it answers
    publications: list[tuple]  # PUBLICATION_COLUMNS of every loaded version
    in_force: int  # lists in force now (one version each)
    samples: int  # how many of them are SAMPLE data


def gather(con: duckdb.DuckDBPyConnection, views: tuple[str, ...]) -> About:
    comments = view_comments(con)
    counts = {v: con.execute(f'SELECT count(*) FROM "{v}"').fetchone()[0] for v in views}
    publications = con.execute(
        f"""SELECT {", ".join(c if c != "in_force_now" else "valid_to IS NULL" for c in PUBLICATION_COLUMNS)}
            FROM publications ORDER BY list_kind, year, published, source_id, version"""
    ).fetchall()
    (built_at,) = con.execute("SELECT max(loaded_at) FROM publications").fetchone()
    in_force, samples = con.execute(
        "SELECT count(*), count(*) FILTER (is_sample) FROM publications WHERE valid_to IS NULL"
    ).fetchone()
    rows = [(v, VIEWS.get(v, ""), counts[v], comments.get(v, "")) for v in views]
    return About(built_at, rows, publications, in_force, samples)


def _cell(
    sheet: WriteOnlyWorksheet, value: object, font: Font | None = None, wrap: bool = False
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s" if isinstance(value, str) else cell.data_type
    if font:
        cell.font = font
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def sample_warning(about: About) -> str:
    return (f"样例数据 SAMPLE：{about.samples} 份现行清单为随附的合成样例（按公布的总数生成），并非官方清单，请勿引用。"
            f" / {about.samples} of the {about.in_force} lists in force are SAMPLE data — synthetic rows modelled on "
            "published headline figures, not the real lists: do not cite them.")  # fmt: skip


def _time_cell(sheet: WriteOnlyWorksheet, value: dt.datetime | None) -> object:
    if value is None:
        return "–"
    cell = WriteOnlyCell(sheet, excel_time(value))
    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return cell


def write_about(sheet: WriteOnlyWorksheet, about: About, warehouse_name: str) -> None:
    for letter, width in zip("ABCDEFGHIJK", (28, 34, 40, 16, 8, 8, 12, 20, 20, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.append([_cell(sheet, TITLE, Font(bold=True, size=14))])
    if about.samples:
        sheet.append([_cell(sheet, sample_warning(about), RED_BOLD)])
    sheet.append([_cell(sheet, "构建时间 / Built at", BOLD), _time_cell(sheet, about.built_at)])
    sheet.append([_cell(sheet, "导出时间 / Exported at", BOLD), _time_cell(sheet, dt.datetime.now(dt.UTC))])
    sheet.append([_cell(sheet, "数据仓库 / Warehouse", BOLD), _cell(sheet, warehouse_name)])
    for label, text in NOTES:
        sheet.append([_cell(sheet, label, BOLD), _cell(sheet, text)])
    sheet.append([])
    sheet.append([_cell(sheet, h, BOLD) for h in ("工作表 / Sheet", "中文 / In Chinese", "行数 / Rows",
                                                  "回答的问题 / What it answers")])  # fmt: skip
    for view, chinese, rows, comment in about.views:
        sheet.append([_cell(sheet, view), _cell(sheet, chinese), rows, _cell(sheet, comment)])
    sheet.append([])
    sheet.append([_cell(sheet, "清单 / Publications (every loaded version)", BOLD)])
    sheet.append([_cell(sheet, column_title(c), BOLD) for c in PUBLICATION_COLUMNS])
    convert = [converter(c, t, f"publications.{c}") for c, t in PUBLICATION_COLUMNS.items()]
    for row in about.publications:
        sheet.append([to_cell(sheet, value) for to_cell, value in zip(convert, row, strict=True)])
