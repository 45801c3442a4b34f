"""The DuckLake backend (GDMP_WAREHOUSE_BACKEND=ducklake): one warehouse that writers on several hosts
commit to at the same time.

DuckLake keeps the warehouse's catalog (tables, views, macros, snapshots) in a database — PostgreSQL
for several hosts, a local DuckDB file for one process — and its rows in Parquet files under one data
path. Every commit is a snapshot: readers only ever see whole commits, and a writer needs no lock, no
copy and no rename (compare etl/warehouse/atomic_publish.py, the file backend).

How the pipeline uses it:
- the same sql/ as the file backend, less its PRIMARY KEY clauses and its comments on macros and on
  view columns (DuckLake has none of them; the `load_claims` table makes two loads of one source
  conflict instead of a key, etl/warehouse/commits.py);
- a load is one transaction; a commit that conflicts with another writer's is tried again, and the last
  failure names the table it conflicted on (etl/warehouse/commits.py);
- the extensions come from the registry packages duckdb-extension-ducklake and -postgres and load by
  file path: DuckDB's own extension repository is not reachable from the machines this runs on.
"""

from __future__ import annotations

import importlib.util
import re
import tempfile
from functools import cache
from pathlib import Path

import duckdb

from etl.core.duck import sql_text
from etl.core.errors import WarehouseBusy, WarehouseError

PREFIX = "ducklake:"
NAME = "lake"  # the lake is attached under this name and made the default database
# The postgres extension's entry point is named after its old file name (postgres_scanner_init).
EXTENSION_FILES = {"ducklake": "ducklake", "postgres": "postgres_scanner"}
PASSWORD = re.compile(r"password\s*=\s*\S+", re.IGNORECASE)


def is_lake(target: str | Path) -> bool:
    return str(target).startswith(PREFIX)


def describe(target: str) -> str:
    """The target for messages and logs, without a password the catalog string may carry."""
    return PASSWORD.sub("password=…", target)


def catalog_of(target: str) -> str:
    return target.removeprefix(PREFIX)


def is_postgres(target: str) -> bool:
    return catalog_of(target).startswith("postgres:")


@cache
def extension_file(name: str) -> Path:
    """The extension's file from its registry package, under the name DuckDB expects it to have."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or not spec.submodule_search_locations:
        raise WarehouseError(f"the DuckDB extension {name} is missing: install duckdb-extension-{name}")
    shipped = Path(next(iter(spec.submodule_search_locations))) / "extensions" / f"v{duckdb.__version__}"
    path = shipped / f"{name}.duckdb_extension"
    if not path.is_file():
        raise WarehouseError(f"no {name} extension for DuckDB {duckdb.__version__} in {shipped.parent}: "
                             f"install duckdb-extension-{name}=={duckdb.__version__}")  # fmt: skip
    wanted = EXTENSION_FILES[name]
    if wanted == name:
        return path
    alias = (
        Path(tempfile.gettempdir())
        / f"gdmp-duckdb-extensions-{duckdb.__version__}"
        / f"{wanted}.duckdb_extension"
    )
    alias.parent.mkdir(parents=True, exist_ok=True)
    if not alias.is_symlink() or alias.resolve() != path.resolve():
        alias.unlink(missing_ok=True)
        alias.symlink_to(path)
    return alias


def attach_statement(target: str, data_path: Path, read_only: bool) -> str:
    """ATTACH the lake as `lake`. Writers give the data path (recorded in the catalog when the lake is
    created); readers take the one the catalog records."""
    options = "READ_ONLY" if read_only else f"DATA_PATH {sql_text(str(data_path) + '/')}"
    return f"ATTACH {sql_text(target)} AS {NAME} ({options})"


def open_lake(
    target: str, data_path: Path, read_only: bool, config: dict[str, str]
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached and in use: queries name its tables as in the file."""
    if not read_only and not is_postgres(target):
        Path(catalog_of(target)).parent.mkdir(parents=True, exist_ok=True)
        data_path.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(config=config)
    try:
        con.execute(f"LOAD {sql_text(str(extension_file('ducklake')))}")
        if is_postgres(target):
            con.execute(f"LOAD {sql_text(str(extension_file('postgres')))}")
        _attach(con, target, data_path, read_only)
        con.execute(f"USE {NAME}")
    except duckdb.Error as exc:
        con.close()
        if "lock" in str(exc).lower():  # a local catalog file is one process's at a time
            raise WarehouseBusy(f"the lake catalog {describe(target)} is held by another process: {exc} "
                                "(a catalog file takes one writer process; several writers need PostgreSQL)") from None  # fmt: skip
        raise WarehouseError(f"cannot attach the lake {describe(target)}: {exc}", transient=True) from None
    return con


def _attach(con: duckdb.DuckDBPyConnection, target: str, data_path: Path, read_only: bool) -> None:
    """Attach the lake. Two writers that meet a new PostgreSQL lake at once (the daily run and a backfill)
    both make its catalog tables, and one of them fails with "already exists": the lake is there then,
    made by the other, so it attaches once more."""
    try:
        con.execute(attach_statement(target, data_path, read_only))
    except duckdb.Error as exc:
        if "already exists" not in str(exc):
            raise
        con.execute(attach_statement(target, data_path, read_only))


def lake_exists(target: str, data_path: Path, config: dict[str, str]) -> bool:
    """Whether there is a lake to read yet: its catalog file, or a PostgreSQL catalog that holds one."""
    if not is_postgres(target):
        return Path(catalog_of(target)).exists()
    try:
        open_lake(target, data_path, True, config).close()
    except WarehouseError as exc:
        if "does not exist" in str(exc):  # the database is there, no run has made a lake in it yet
            return False
        raise
    return True


def for_ducklake(sql: str, tables: set[str]) -> str:
    """The file backend's SQL as DuckLake takes it: no PRIMARY KEY or UNIQUE constraints, no comments on
    macros and none on the columns of views (DuckLake stores neither; the data dictionary, built from a
    warehouse file, has them). `tables`: the base tables, whose column comments DuckLake keeps."""
    sql = re.sub(r",([ \t]*--[^\n]*)?\s*PRIMARY KEY\s*\([^)]*\)", r"\1", sql)
    sql = re.sub(r"COMMENT ON MACRO (TABLE )?\w+ IS '(?:[^']|'')*';", "", sql)
    return re.sub(
        r"COMMENT ON COLUMN (\w+)\.\w+ IS '(?:[^']|'')*';",
        lambda found: found.group(0) if found.group(1) in tables else "",
        sql,
    )


def conflicting_table(con: duckdb.DuckDBPyConnection, message: str) -> str | None:
    """The table a conflict message means: DuckLake names it by its catalog id ('table with index "7"')."""
    found = re.search(r'table with index "(\d+)"', message)
    if not found:
        return None
    try:
        row = con.execute(
            f"SELECT table_name FROM __ducklake_metadata_{NAME}.ducklake_table WHERE table_id = ? "
            "ORDER BY begin_snapshot DESC LIMIT 1",
            [int(found.group(1))],
        ).fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None
