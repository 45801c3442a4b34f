"""The first sheet of the workbook, "说明 About": what each sheet answers, when the warehouse was built,
from which publications (lists, and the releases announcing them), what the workbook could not hold as
stored (texts cut, amounts written as text: etl/present/exports/cells.py), and — in bold, at the top — that the
figures are SAMPLE data when any publication in force is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from etl.present.data_dictionary import view_comments
from etl.present.exports.cells import Notes, converter, excel_time, text_cell
from etl.present.exports.titles import VIEWS, column_title

SHEET = "说明 About"
TITLE = "广东省重大项目清单 · 数据仓库导出 / Guangdong major investment projects — warehouse export"
PUBLICATION_COLUMNS = {
    "source_kind": "VARCHAR", "source_id": "VARCHAR", "title": "VARCHAR", "publisher": "VARCHAR", "list_kind": "VARCHAR",
    "year": "INTEGER", "version": "INTEGER", "published": "DATE", "fetched_at": "TIMESTAMP",
    "loaded_at": "TIMESTAMP", "in_force_now": "BOOLEAN", "is_sample": "BOOLEAN",
}  # fmt: skip
# The times as China time computed by DuckDB (a time Python cannot hold then arrives as text).
CHINA_TIME = {
    "fetched_at": "timezone('Asia/Shanghai', fetched_at)",
    "loaded_at": "timezone('Asia/Shanghai', loaded_at)",
}
NOTES = (
    ("规则 / The one rule", "不同类型的清单不能相加：同一项目常同时列入省计划、所在市清单和开工批次。"
     " / Never add lists of different kinds (list_kind): the same project sits in the provincial plan, its "
     "city's list and often a groundbreaking batch. Sheet project_overlaps lists them."),
    ("金额 / Amounts", "单元格为数值，单位（亿元、万元）为显示格式；仓库中精确到0.0001亿元。 / Cells hold numbers; the "
     "unit (亿元, 万元) is their display format. The warehouse holds them exactly, to 0.0001亿元."),
    ("时间 / Times", "北京时间（UTC+8）。 / China Standard Time (UTC+8)."),
)  # fmt: skip
BOLD, RED_BOLD = Font(bold=True), Font(bold=True, color="C00000", size=12)
# Every loaded version of every publication: the lists (publications) and the releases announcing them.
LOADED = """
SELECT * EXCLUDE (valid_to), valid_to IS NULL AS in_force_now FROM (
    SELECT 'list' AS source_kind, source_id, title, publisher, list_kind, year, version, published, fetched_at, loaded_at, is_sample,
           valid_to FROM publications
    UNION ALL BY NAME
    SELECT 'announcement' AS source_kind, source_id, title, publisher, list_kind, year, version, published,
           fetched_at, loaded_at, is_sample, valid_to FROM announcements)
"""


@dataclass(frozen=True)
class About:
    built_at: dt.datetime | str | None  # the newest loaded_at (China time): when the warehouse last changed
    views: list[tuple[str, str, int, str]]  # view, Chinese name, rows, what it answers
    publications: list[tuple]  # PUBLICATION_COLUMNS of every loaded version of a list or an announcement
    in_force: int  # lists and announcements in force now (one version each)
    samples: int  # how many of them are SAMPLE data


def gather(con: duckdb.DuckDBPyConnection, views: tuple[str, ...]) -> About:
    comments = view_comments(con)
    counts = {v: con.execute(f'SELECT count(*) FROM "{v}"').fetchone()[0] for v in views}
    select = ", ".join(f"{CHINA_TIME[c]} AS {c}" if c in CHINA_TIME else c for c in PUBLICATION_COLUMNS)
    publications = con.execute(
        f"""SELECT {select} FROM ({LOADED})
            ORDER BY list_kind, year, published, source_kind DESC, source_id, version"""
    ).fetchall()
    built_at, in_force, samples = con.execute(
        f"""SELECT max({CHINA_TIME["loaded_at"]}), count(*) FILTER (in_force_now),
                   count(*) FILTER (in_force_now AND is_sample)
            FROM ({LOADED})"""
    ).fetchone()
    rows = [(v, VIEWS.get(v, ""), counts[v], comments.get(v, "")) for v in views]
    return About(built_at, rows, publications, in_force, samples)


def _cell(sheet: WriteOnlyWorksheet, value: object, font: Font | None = None) -> WriteOnlyCell:
    """A text cell (never a formula), or a number, in the given font."""
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s" if isinstance(value, str) else cell.data_type
    if font:
        cell.font = font
    return cell


def sample_warning(about: About) -> str:
    return (f"样例数据 SAMPLE：{about.samples} 份现行清单和公告为本项目随附的合成样例，并非官方发布，请勿引用。"
            f" / {about.samples} of the {about.in_force} lists and announcements in force are SAMPLE data, "
            "synthetic and written by this project to match published headline figures, not the real "
            "publications: do not cite them.")  # fmt: skip


def _time_cell(sheet: WriteOnlyWorksheet, value: dt.datetime | str | None) -> object:
    if not isinstance(value, dt.datetime) or value.year < 1900:
        return "–" if value is None else text_cell(sheet, str(value))
    cell = WriteOnlyCell(sheet, excel_time(value))
    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return cell


def _notes(sheet: WriteOnlyWorksheet, notes: Notes) -> None:
    """What the sheets could not hold as stored, by column; the CSV and Parquet exports hold it whole."""
    sheet.append([_cell(sheet, "注意 / Not as stored", RED_BOLD),
                  _cell(sheet, "以下单元格与仓库中的值不同，完整值见 CSV / Parquet 导出。 / These cells differ from the "
                               "warehouse's values; the CSV and Parquet exports hold them whole.")])  # fmt: skip
    for (where, reason), count in sorted(notes.items()):
        sheet.append([_cell(sheet, where), _cell(sheet, f"{count:,} × {reason}")])


def _publication_rows(sheet: WriteOnlyWorksheet, about: About, notes: Notes) -> list[list]:
    convert = [converter(c, t, f"{SHEET}.{c}", notes) for c, t in PUBLICATION_COLUMNS.items()]
    return [
        [to_cell(sheet, value) for to_cell, value in zip(convert, row, strict=True)]
        for row in about.publications
    ]


def write_about(
    sheet: WriteOnlyWorksheet, about: About, warehouse_name: str, notes: Notes | None = None
) -> None:
    """The About sheet; `notes`: what the view sheets could not hold as stored, listed near the top."""
    notes = Notes(notes or {})
    publications = _publication_rows(sheet, about, notes)  # first: a cut title is a note too
    for letter, width in zip("ABCDEFGHIJKL", (28, 34, 40, 16, 16, 8, 8, 12, 20, 20, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.append([_cell(sheet, TITLE, Font(bold=True, size=14))])
    if about.samples:
        sheet.append([_cell(sheet, sample_warning(about), RED_BOLD)])
    sheet.append([_cell(sheet, "构建时间 / Built at", BOLD), _time_cell(sheet, about.built_at)])
    sheet.append([_cell(sheet, "导出时间 / Exported at", BOLD), _time_cell(sheet, dt.datetime.now(dt.UTC))])
    sheet.append([_cell(sheet, "数据仓库 / Warehouse", BOLD), _cell(sheet, warehouse_name)])
    for label, text in NOTES:
        sheet.append([_cell(sheet, label, BOLD), _cell(sheet, text)])
    if notes:
        _notes(sheet, notes)
    sheet.append([])
    sheet.append([_cell(sheet, h, BOLD) for h in ("工作表 / Sheet", "中文 / In Chinese", "行数 / Rows",
                                                  "回答的问题 / What it answers")])  # fmt: skip
    for view, chinese, rows, comment in about.views:
        sheet.append([_cell(sheet, view), _cell(sheet, chinese), rows, _cell(sheet, comment)])
    sheet.append([])
    sheet.append(
        [_cell(sheet, "清单和公告 / Publications: lists and announcements, every loaded version", BOLD)]
    )
    sheet.append([_cell(sheet, column_title(c), BOLD) for c in PUBLICATION_COLUMNS])
    for row in publications:
        sheet.append(row)
