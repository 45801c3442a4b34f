"""The DuckDB warehouse file: its schema (sql/ddl, sql/macros, sql/views) and connections to it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl import storage
from etl.settings import SQL_DIR, get_settings, warehouse_path
from etl.staging import duckdb_config


def _sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def _schema_files() -> list[Path]:
    return [path for folder in ("ddl", "macros", "views") for path in _sql_files(folder)]


def schema_fingerprint() -> str:
    """sha256 of every file in sql/, in the order they are applied."""
    digest = hashlib.sha256()
    for path in _schema_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def apply_schema(con: duckdb.DuckDBPyConnection, force: bool = False) -> None:
    """Create missing tables and (re)create every macro and view from sql/ — unless this warehouse
    already has exactly these files applied (a no-change daily run should cost nothing)."""
    fingerprint = schema_fingerprint()
    con.execute("CREATE TABLE IF NOT EXISTS schema_applied (fingerprint VARCHAR, applied_at TIMESTAMPTZ)")
    applied = con.execute(
        "SELECT fingerprint FROM schema_applied ORDER BY applied_at DESC LIMIT 1"
    ).fetchone()
    if applied and applied[0] == fingerprint and not force:
        return
    for path in _schema_files():
        con.execute(path.read_text(encoding="utf-8"))
    con.execute("INSERT INTO schema_applied VALUES (?, now())", [fingerprint])


@contextmanager
def connect(
    path: Path | None = None, read_only: bool = False, schema: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse; a writable connection brings the schema up to date first, unless the caller
    knows it already is (schema=False: a run applies sql/ once, then loads publication by publication).
    A new file is created in the storage version of GDMP_STORAGE_VERSION (etl/storage.py)."""
    path = path or warehouse_path()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            storage.create(path, get_settings().storage_version)
    con = duckdb.connect(str(path), read_only=read_only, config=duckdb_config())
    try:
        if not read_only and schema:
            apply_schema(con)
        yield con
    finally:
        con.close()
