"""The Excel export: one workbook, a first sheet "说明 About", then one sheet per view.

Each view sheet has a header row "中文 / column" (etl/present/exports/titles.py) whose cells carry the column's
description from the data dictionary as a comment, the header frozen and filterable, and the rows as
etl/present/exports/cells.py converts them. Written with openpyxl in write-only mode: rows stream from DuckDB in
batches and are never all in memory. The About sheet comes first but is written last, so that it can
list what the view sheets could not hold as stored (a text cut, an amount written as text).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from etl.core.errors import ExportError
from etl.present.data_dictionary import column_comments
from etl.present.exports.about import SHEET, gather, write_about
from etl.present.exports.cells import Notes, converter
from etl.present.exports.titles import column_title

MAX_ROWS = 1_048_575  # an Excel sheet's 1,048,576 rows, less the header
BATCH = 10_000
HEADER_FONT, HEADER_FILL = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")


def _columns(con: duckdb.DuckDBPyConnection, view: str) -> list[tuple[str, str]]:
    return con.execute(
        """SELECT column_name, data_type FROM duckdb_columns()
           WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ?
           ORDER BY column_index""",
        [view],
    ).fetchall()


def _header(sheet: WriteOnlyWorksheet, name: str, description: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, column_title(name))
    cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if description:
        cell.comment = Comment(description, "data dictionary", height=120, width=320)
    return cell


def _query(view: str, columns: list[tuple[str, str]]) -> str:
    """The view's columns, its zoned times as China time computed by DuckDB: a time Python cannot hold
    (year 10000 in China time) then arrives as text instead of failing the fetch."""
    select = [f"timezone('Asia/Shanghai', \"{name}\") AS \"{name}\"" if data_type == "TIMESTAMP WITH TIME ZONE"
              else f'"{name}"' for name, data_type in columns]  # fmt: skip
    return f'SELECT {", ".join(select)} FROM "{view}"'


def write_view(sheet: WriteOnlyWorksheet, con: duckdb.DuckDBPyConnection, view: str, notes: Notes) -> int:
    """The view's rows under its header; return how many. What could not be written as stored goes to
    `notes`."""
    columns, comments = _columns(con, view), column_comments(con, view)
    for index, (_, data_type) in enumerate(columns, 1):
        wide = data_type in {"VARCHAR", "JSON"} or data_type.endswith("[]")
        sheet.column_dimensions[get_column_letter(index)].width = 28 if wide else 16
    sheet.freeze_panes = "A2"
    sheet.append([_header(sheet, name, comments.get(name, "")) for name, _ in columns])
    convert = [converter(name, data_type, f"{view}.{name}", notes) for name, data_type in columns]
    cursor = con.execute(_query(view, columns))
    rows = 0
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            sheet.append([to_cell(sheet, value) for to_cell, value in zip(convert, row, strict=True)])
        rows += len(batch)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"
    return rows


def write_workbook(
    con: duckdb.DuckDBPyConnection, views: tuple[str, ...], target: Path, warehouse_name: str
) -> Path:
    """The workbook at `target` (written beside it, then renamed into place)."""
    about = gather(con, views)
    too_big = [f"{view} ({rows:,} rows)" for view, _, rows, _ in about.views if rows > MAX_ROWS]
    if too_big:
        raise ExportError(f"an Excel sheet holds {MAX_ROWS:,} rows: {', '.join(too_big)}; "
                          "export --format parquet or csv")  # fmt: skip
    workbook, notes = Workbook(write_only=True), Notes()
    about_sheet = workbook.create_sheet(SHEET)  # first in the workbook, written last
    for view in views:
        write_view(workbook.create_sheet(view), con, view, notes)
    write_about(about_sheet, about, warehouse_name, notes)
    partial = target.with_name(f".{target.name}.partial")
    try:
        workbook.save(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
