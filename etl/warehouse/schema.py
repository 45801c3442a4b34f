"""The warehouse's schema (sql/ddl, sql/macros, sql/views) and connections to it, on either backend: a
DuckDB file (etl/warehouse/atomic_publish.py) or a DuckLake (etl/warehouse/lake.py)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.core import storage
from etl.core.disk_full import disk_full_named
from etl.core.settings import SQL_DIR
from etl.readers.staging import duckdb_config
from etl.warehouse.commits import in_transaction
from etl.warehouse.config import WarehouseConfig
from etl.warehouse.lake import describe, for_ducklake, is_lake, lake_exists, open_lake


def _sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def _schema_files() -> list[Path]:
    return [path for folder in ("ddl", "macros", "views") for path in _sql_files(folder)]


def base_tables() -> set[str]:
    """The names of the tables sql/ddl creates (the rest of sql/ is macros and views)."""
    names = set()
    for path in _sql_files("ddl"):
        names |= set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", path.read_text(encoding="utf-8")))
    return names


def schema_fingerprint() -> str:
    """sha256 of every file in sql/, in the order they are applied."""
    digest = hashlib.sha256()
    for path in _schema_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def apply_schema(
    con: duckdb.DuckDBPyConnection, attempts: int, force: bool = False, lake: bool = False
) -> None:
    """Create missing tables and (re)create every macro and view from sql/ — unless this warehouse
    already has exactly these files applied (a no-change daily run should cost nothing). All in one
    transaction: a reader never sees half the views replaced, and two lake writers starting at once
    conflict, the later one then finding the schema applied (`attempts`: at a conflicting commit,
    GDMP_LAKE_COMMIT_ATTEMPTS)."""
    fingerprint = schema_fingerprint()

    def write() -> None:
        con.execute("CREATE TABLE IF NOT EXISTS schema_applied (fingerprint VARCHAR, applied_at TIMESTAMPTZ)")
        applied = con.execute(
            "SELECT fingerprint FROM schema_applied ORDER BY applied_at DESC LIMIT 1"
        ).fetchone()
        if applied and applied[0] == fingerprint and not force:
            return
        tables = base_tables()
        for path in _schema_files():
            sql = path.read_text(encoding="utf-8")
            con.execute(for_ducklake(sql, tables) if lake else sql)
        con.execute("INSERT INTO schema_applied VALUES (?, now())", [fingerprint])

    in_transaction(con, "bringing the warehouse schema up to date", write, attempts)


def open_connection(target: str, config: WarehouseConfig, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse file, or to an in-memory DuckDB with the lake attached and in use."""
    if is_lake(target):
        return open_lake(target, config.lake_files, read_only, duckdb_config(config.memory_limit))
    path = Path(target)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            storage.create(path, config.storage_version)
    return duckdb.connect(str(path), read_only=read_only, config=duckdb_config(config.memory_limit))


def open_reader(target: Path | str, config: WarehouseConfig) -> duckdb.DuckDBPyConnection:
    """A read-only connection as an analyst's tool opens one (report, docs, exports, status): a file with
    DuckDB's defaults — a connection its caller already holds to the file has them, and DuckDB refuses a
    second one in the same process with other settings — or the lake."""
    if is_lake(target):
        return open_lake(str(target), config.lake_files, True, {})
    return duckdb.connect(str(target), read_only=True)


def label(target: Path | str) -> str:
    """How to name the warehouse to a reader: the file's name, or the lake without its password."""
    return describe(str(target)) if is_lake(target) else Path(target).name


def exists(target: Path | str, config: WarehouseConfig) -> bool:
    """Whether there is a warehouse to read yet (no run has written one: nothing is held)."""
    target = str(target)
    if is_lake(target):
        return lake_exists(target, config.lake_files, duckdb_config(config.memory_limit))
    return Path(target).exists()


@contextmanager
def connect(
    target: Path | str, config: WarehouseConfig, read_only: bool = False, schema: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse `target`: a DuckDB file's path, or `ducklake:<catalog>` (the settings' is
    Settings.warehouse_target, GDMP_WAREHOUSE_BACKEND), as the run's `config` says. A writable connection
    brings the schema up to date first, unless the caller knows it already is (schema=False: a run applies
    sql/ once, then loads publication by publication). A new file is created in the storage version of
    GDMP_STORAGE_VERSION (etl/core/storage.py). A full disk while it is open raises DiskFull naming the file
    (etl/core/disk_full.py), not DuckDB's "Out of Memory"."""
    target = str(target)
    con = open_connection(target, config, read_only)
    try:
        with disk_full_named(Path(target) if not is_lake(target) else config.lake_files, "writing"):
            if not read_only and schema:
                apply_schema(con, config.lake_commit_attempts, lake=is_lake(target))
            yield con
    finally:
        con.close()
