"""Parquet and CSV exports: one file per view, written by DuckDB's COPY (no rows pass through Python).

Parquet keeps every value as stored: it is read by programs, not opened by spreadsheets. CSV is opened by
spreadsheets, so its text columns go through the csv_text macro (etl/present/exports/sql/csv_text.sql): a text
that a spreadsheet would run as a formula gets a leading single quote (etl/present/exports/injection.py).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from etl.core.duck import sql_text
from etl.present.exports.injection import FORMULA_START, PLAIN_NUMBER

BOM = "\ufeff".encode()
CSV_TEXT = Path(__file__).parent / "sql" / "csv_text.sql"


def _copy(con: duckdb.DuckDBPyConnection, query: str, target: Path, options: str) -> None:
    con.execute(f"COPY ({query}) TO {sql_text(target)} ({options})")


def _csv_query(con: duckdb.DuckDBPyConnection, view: str) -> str:
    """The view's columns, its VARCHAR ones through csv_text (lists start with '[' and JSON with '{', '['
    or '"', so neither can start a formula)."""
    columns = con.execute(
        """SELECT column_name, data_type FROM duckdb_columns()
           WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ?
           ORDER BY column_index""",
        [view],
    ).fetchall()
    patterns = f"{sql_text(FORMULA_START)}, {sql_text(PLAIN_NUMBER)}"
    select = [f'csv_text("{name}", {patterns}) AS "{name}"' if data_type == "VARCHAR" else f'"{name}"'
              for name, data_type in columns]  # fmt: skip
    return f'SELECT {", ".join(select)} FROM "{view}"'


def write_parquet(con: duckdb.DuckDBPyConnection, view: str, target: Path) -> None:
    """Types kept exactly: DECIMAL amounts, dates, TIMESTAMPTZ (UTC-adjusted), lists, JSON as text."""
    partial = target.with_name(f".{target.name}.partial")
    _copy(con, f'SELECT * FROM "{view}"', partial, "FORMAT parquet, COMPRESSION zstd")
    os.replace(partial, target)


def write_csv(con: duckdb.DuckDBPyConnection, view: str, target: Path) -> None:
    """UTF-8 with a byte-order mark, so that Excel reads Chinese as UTF-8 (without it, Excel decodes a
    CSV in the system's ANSI code page — GBK on a Chinese Windows, cp1252 elsewhere). NULL is an empty
    field, an empty text is "". Times carry their offset (+08). Text that would start a formula is quoted."""
    body = target.with_name(f".{target.name}.body")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(con, _csv_query(con, view), body, "FORMAT csv, HEADER true")
        with open(partial, "wb") as out, open(body, "rb") as rows:
            out.write(BOM)
            shutil.copyfileobj(rows, out, 1024 * 1024)
        os.replace(partial, target)
    finally:
        body.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)


def write_files(con: duckdb.DuckDBPyConnection, views: tuple[str, ...], out: Path, fmt: str) -> list[Path]:
    """One `<view>.<fmt>` per view under `out`."""
    writer = write_parquet if fmt == "parquet" else write_csv
    if fmt == "csv":
        con.execute(CSV_TEXT.read_text(encoding="utf-8"))
    written = []
    for view in views:
        target = out / f"{view}.{fmt}"
        writer(con, view, target)
        written.append(target)
    return written
