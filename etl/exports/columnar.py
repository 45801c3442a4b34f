"""Parquet and CSV exports: one file per view, written by DuckDB's COPY (no rows pass through Python)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from etl.duck import sql_text

BOM = "\ufeff".encode()


def _copy(con: duckdb.DuckDBPyConnection, view: str, target: Path, options: str) -> None:
    con.execute(f'COPY (SELECT * FROM "{view}") TO {sql_text(target)} ({options})')


def write_parquet(con: duckdb.DuckDBPyConnection, view: str, target: Path) -> None:
    """Types kept exactly: DECIMAL amounts, dates, TIMESTAMPTZ (UTC-adjusted), lists, JSON as text."""
    partial = target.with_name(f".{target.name}.partial")
    _copy(con, view, partial, "FORMAT parquet, COMPRESSION zstd")
    os.replace(partial, target)


def write_csv(con: duckdb.DuckDBPyConnection, view: str, target: Path) -> None:
    """UTF-8 with a byte-order mark, so that Excel reads Chinese as UTF-8 (without it, Excel decodes a
    CSV in the system's ANSI code page — GBK on a Chinese Windows, cp1252 elsewhere). NULL is an empty
    field, an empty text is "". Times carry their offset (+08)."""
    body = target.with_name(f".{target.name}.body")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(con, view, body, "FORMAT csv, HEADER true")
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
    written = []
    for view in views:
        target = out / f"{view}.{fmt}"
        writer(con, view, target)
        written.append(target)
    return written
