"""Does the published warehouse file open, whole? Asked before a run does any work, and by every command
that reads it (`gdmp status`, `report`, `docs`, `export`), so that a damaged file is said in one line with
the way back, instead of raw DuckDB errors — or a whole run of work that dies at the final CHECKPOINT.

The check opens the file read-only and reads all of it that a query can reach:

- it must open as a DuckDB database (a damaged header, or another kind of file, does not);
- it must be long enough for the blocks in use its header counts (`PRAGMA database_size`; DuckDB cuts
  free blocks off the end, so the file may be shorter than all its blocks);
- it must hold the tables every warehouse of ours has (`publications`, `publication_runs`);
- every table's storage metadata is read (`pragma_storage_info`) and every row hashed, so DuckDB reads,
  and verifies the checksum of, every block a table uses. Indexes are not read (a run rebuilds none).

Cost: ~0.03 s for the samples' 6 MB; ~2 s for a 470 MB file (2 cores); once per file a process (`problem`). The DuckLake backend has no single
file: there is nothing to check (docs/operations.md, "Recovery").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from etl.core.duck import sql_text
from etl.core.errors import WarehouseDamaged
from etl.core.settings import Settings
from etl.readers.staging import duckdb_config
from etl.warehouse.generations import previous_path
from etl.warehouse.lake import is_lake

HEADERS_BYTES = 3 * 4096  # DuckDB's main header and two database headers precede the first block
OUR_TABLES = ("publications", "publication_runs")
MISSING = "missing"


def _duckdb_said(exc: duckdb.Error, path: Path) -> str:
    """DuckDB's message as a short phrase: the kind of damage it points to, then its first line."""
    line = str(exc).splitlines()[0].removeprefix("IO Error: ")
    if "Could not read enough bytes" in line:
        return f"truncated: DuckDB read past its end, at {path.stat().st_size:,} bytes"
    if "not a valid DuckDB database file" in line:
        return "not a DuckDB database file: its header is damaged, or it is another kind of file"
    if "checksum" in line:
        return f"a block fails its checksum: {line}"
    return f"DuckDB: {line}"


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'checked' ORDER BY table_name"
    ).fetchall()]  # fmt: skip


def _read_everything(con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
    """What is wrong with the attached file `checked`, or None (it is whole)."""
    used, block_size = con.execute(
        "SELECT used_blocks, block_size FROM pragma_database_size() WHERE database_name = 'checked'"
    ).fetchone()
    size, least = path.stat().st_size, HEADERS_BYTES + used * block_size
    if size < least:  # (free blocks at the end are cut off the file: only the used ones must be there)
        return f"truncated: {size:,} bytes, too short for the {used} blocks in use its header counts"
    tables = _tables(con)
    if missing := [name for name in OUR_TABLES if name not in tables]:
        return f"not a warehouse of this pipeline: no table {', '.join(missing)}"
    for table in tables:
        name = f"checked.main.{table}"
        con.execute(f"SELECT count(*) FROM pragma_storage_info({sql_text(name)})").fetchall()
        con.execute(f"SELECT bit_xor(hash(t)) FROM {name} AS t").fetchall()
    return None


_found_whole: set[tuple] = set()  # files this process read whole, by identity (see problem)


def _identity(path: Path) -> tuple:
    status = path.stat()
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns


def problem(path: Path, memory_limit: str) -> str | None:
    """What is wrong with the warehouse file at `path` (one phrase), or None when it is whole; read with
    DuckDB's buffer pool at `memory_limit` (GDMP_DUCKDB_MEMORY_LIMIT).

    A file this process found whole is not read again while it is the same file (device, inode, size,
    modification and change times): a run checks the published file before any work and again under the
    writer lock before copying it, and each read is the whole file (~0.25 s at 200 lists, ~2 s at 470 MB).
    A publish puts a new file in its place (a new inode), and a write to it changes its times."""
    try:
        identity = _identity(Path(path))
    except OSError:
        identity = None
    if identity is not None and identity in _found_whole:
        return None
    con = duckdb.connect(config=duckdb_config(memory_limit))
    try:
        con.execute(f"ATTACH {sql_text(path)} AS checked (READ_ONLY)")
        what = _read_everything(con, path)
    except duckdb.Error as exc:
        return _duckdb_said(exc, path)
    finally:
        con.close()
    if what is None and identity is not None:
        _found_whole.add(identity)
    return what


def advice(path: Path, what: str) -> str:
    """One line: the file, what is wrong, and how to get back a whole warehouse."""
    previous = previous_path(path)
    if previous.exists():
        kept = dt.datetime.fromtimestamp(previous.stat().st_mtime, dt.UTC)
        back = (f"`gdmp restore` puts back the previous generation ({previous.name}, published "
                f"{kept:%Y-%m-%d %H:%M} UTC) and moves this file aside")  # fmt: skip
    else:
        back = (f"no previous generation is kept ({previous.name}): move the file aside and `gdmp run` "
                "builds a new one from the publishers")  # fmt: skip
    state = "is missing" if what == MISSING else f"is damaged ({what})"
    return f"the published warehouse {path} {state}; {back}"


def check_published(path: Path, memory_limit: str) -> None:
    """Raise WarehouseDamaged, with the advice, unless the file at `path` is whole, or absent with no
    previous generation either (nothing loaded yet). Absent beside a previous generation, it was lost:
    a run would start afresh, and its second publish would drop the way back."""
    if not path.exists():
        if previous_path(path).exists():
            raise WarehouseDamaged(advice(path, MISSING))
    elif what := problem(path, memory_limit):
        raise WarehouseDamaged(advice(path, what))


def check_target(target: Path | str, memory_limit: str) -> None:
    """For a command that reads `target` (a file's path, or ducklake:…): WarehouseDamaged when it is a
    damaged file; a lake has no file to check."""
    if not is_lake(target):
        check_published(Path(target), memory_limit)


def damaged_warehouse(settings: Settings) -> str | None:
    """Before a run does any work: the advice when the published file is damaged, else None (a file
    backend with no file yet, or the DuckLake backend, has nothing to check)."""
    if settings.warehouse_backend != "file":
        return None
    try:
        check_published(settings.warehouse_path, settings.duckdb_memory_limit)
    except WarehouseDamaged as exc:
        return str(exc)
    return None
