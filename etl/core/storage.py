"""Which DuckDB releases can open the warehouse file: its storage version, a setting (GDMP_STORAGE_VERSION).

A DuckDB file records the storage format it was written in, and a reader opens only formats it knows:
the DuckDB CLI from the package registry, DBeaver's JDBC driver and every tool embedding a DuckDB 1.x
library must be able to read the published file. duckdb 1.5.5 writes, on request, any format from
v0.10.0 to v1.5.5 ("latest" is its newest, v1.5.0); without one it writes the v1.0.0 format (its
`storage_compatibility_version` is v0.10.2), which every DuckDB since 0.10 reads. Facts checked with 1.5.5:

- a new file takes the version given to ATTACH … (STORAGE_VERSION '…'), tagged e.g. `v1.4.0+` in
  duckdb_databases(); versions that changed nothing share a tag (v0.10.0 … v1.1.3 → `v1.0.0+`);
- an existing file keeps its format: ATTACHing it with an older STORAGE_VERSION is refused ("The storage
  version of an existing database cannot be lowered"), and with a newer one the header changes only if
  that session writes something. So a file in another format is rebuilt: COPY FROM DATABASE into a new
  file (tables, views, macros, comments and constraints come along; ~0.1 s for the samples' 4.7 MB).

`conform` brings a file to the setting's format; `etl.warehouse.atomic_publish` calls it on each run's work copy,
so the file a run publishes is always in the format the setting names, and `etl.warehouse.connect`
creates new files in it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import duckdb

from etl.core.duck import sql_text


@cache
def check_version(version: str) -> str:
    """The version if this DuckDB can write it, else ValueError with DuckDB's list of valid ones (settings
    are read often: a valid answer is remembered)."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH ':memory:' AS probe (STORAGE_VERSION {sql_text(version)})")
    except duckdb.Error as exc:
        raise ValueError(str(exc).removeprefix("Invalid Input Error: ")) from None
    finally:
        con.close()
    return version


def file_version(path: Path) -> str:
    """The storage tag of an existing file, e.g. 'v1.0.0+' (read-only: never changes the file)."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {sql_text(path)} AS probe (READ_ONLY)")
        return con.execute(
            "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = 'probe'"
        ).fetchone()[0]
    finally:
        con.close()


@cache
def tag_for(version: str) -> str:
    """The tag a file written in `version` carries (v1.1.0 → 'v1.0.0+'): found by writing an empty one."""
    with tempfile.TemporaryDirectory(prefix="gdmp-storage-") as folder:
        probe = Path(folder) / "probe.duckdb"
        create(probe, version)
        return file_version(probe)


def create(path: Path, version: str) -> None:
    """A new, empty database file in the given storage version."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH {sql_text(path)} AS created (STORAGE_VERSION {sql_text(version)})")
    finally:
        con.close()


def conform(path: Path, version: str, memory_limit: str, tag: str | None = None) -> str:
    """Bring an existing file to `version`'s format and return its tag (`tag`: the file's, if the caller
    has read it). A file in another format is rebuilt, with DuckDB's buffer pool at `memory_limit`
    (GDMP_DUCKDB_MEMORY_LIMIT): copied into a new file in that format, then renamed over it."""
    if (tag or file_version(path)) == tag_for(version):
        return tag_for(version)
    _rebuild(path, version, memory_limit)
    return file_version(path)


def _rebuild(path: Path, version: str, memory_limit: str) -> None:
    rebuilt = path.with_name(path.name + ".rebuilding")
    for leftover in (rebuilt, rebuilt.with_name(rebuilt.name + ".wal")):
        leftover.unlink(missing_ok=True)
    spill = path.with_name(path.name + ".spill")  # past the memory limit, DuckDB spills here
    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(spill)})
    try:
        con.execute(f"ATTACH {sql_text(path)} AS old (READ_ONLY)")
        con.execute(f"ATTACH {sql_text(rebuilt)} AS new (STORAGE_VERSION {sql_text(version)})")
        con.execute("COPY FROM DATABASE old TO new")
        con.execute("CHECKPOINT new")
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
    os.replace(rebuilt, path)
