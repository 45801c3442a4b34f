"""Exports of the warehouse's main views for people who do not use SQL: Parquet, CSV, one Excel workbook.

    gdmp export [--format xlsx|parquet|csv] [--out DIR]

- parquet: one file per view (`DIR/<view>.parquet`), written by DuckDB itself (COPY … FORMAT parquet):
  types kept exactly (DECIMAL amounts, TIMESTAMPTZ, lists);
- csv: one file per view (`DIR/<view>.csv`), UTF-8 with a byte-order mark — without it Excel decodes
  the file in the system's ANSI code page and shows Chinese as mojibake; times in China time (UTC+8);
  a text a spreadsheet would run as a formula gets a leading single quote (etl/present/exports/injection.py);
- xlsx: one workbook (`DIR/gd-major-projects.xlsx`), one sheet per view behind a first sheet
  "说明 About" (etl/present/exports/about.py), titles "中文 / column" (etl/present/exports/titles.py), amounts as numbers
  shown in 亿元, formula-like text quote-prefixed, what a cell cannot hold (a text past 32,767
  characters, 16 digits, year 1) written another way and listed on the About sheet (etl/present/exports/cells.py).

Plain functions, no Prefect; the warehouse is opened read-only. Files are written beside their target
and renamed into place, so a reader never opens a half-written export.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.present.data_dictionary import views_in_order
from etl.warehouse import WarehouseConfig, label, open_reader

FORMATS = ("xlsx", "parquet", "csv")
WORKBOOK_NAME = "gd-major-projects.xlsx"
# Every view an analyst reads (docs/analysts.md): each file of sql/views/, in reading order.
MAIN_VIEWS = views_in_order()


def open_read_only(warehouse: Path | str, config: WarehouseConfig) -> duckdb.DuckDBPyConnection:
    """A read-only connection (to a file or a lake) showing times in China time, as the lists are dated."""
    con = open_reader(warehouse, config)
    con.execute("SET TimeZone = 'Asia/Shanghai'")
    return con


def export(warehouse: Path | str, config: WarehouseConfig, fmt: str, out: Path) -> list[Path]:
    """Write every main view of `warehouse` (opened as `config` says) in `fmt` under the folder `out`;
    return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    con = open_read_only(warehouse, config)
    try:
        if fmt == "xlsx":
            from etl.present.exports.workbook import write_workbook

            return [write_workbook(con, MAIN_VIEWS, out / WORKBOOK_NAME, label(warehouse))]
        from etl.present.exports.columnar import write_files

        return write_files(con, MAIN_VIEWS, out, fmt)
    finally:
        con.close()
