"""A publication's rows in a DuckDB file of their own, between reading and loading.

Big lists (the benchmark's reach 1M rows) must not become Python objects row by row: reading, normalizing,
checking and loading them run as DuckDB SQL over a staging file, and only values that need the Python
rules of etl/ (an odd amount, a place name, a period) leave DuckDB, once per distinct value.

The staging file is a plain path, so a Prepared publication can travel between processes (Dask workers)
and the single writer ATTACHes it to load. `discard` removes it; the run's writer calls it after loading.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import functools
import getpass
import itertools
import os
import re
import shutil
import stat
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb

from etl.core.duck import insert_rows, sql_text
from etl.core.errors import SettingsError
from etl.core.settings import Settings
from etl.readers import RawTable


@dataclass(frozen=True)
class Staging:
    """Where a publication's staging file goes and the buffer pool DuckDB opens it with: what staging
    takes of the run's settings. Picklable: it travels to the reader worker with the job (etl/contain/).

    folder: the run's private folder (run_folder), or the staging folder itself (staging_dir);
    memory_limit: GDMP_DUCKDB_MEMORY_LIMIT (a big list spills to disk rather than grow the process past
    the 1 GiB the benchmark holds it to)."""

    folder: Path
    memory_limit: str

    @classmethod
    def in_staging_dir(cls, settings: Settings) -> Staging:
        """Staging files straight in the settings' staging folder (made, and checked private, now)."""
        return cls(staging_dir(settings.staging_root), settings.duckdb_memory_limit)


def staging_dir(root: Path) -> Path:
    """The staging folder `root` (Settings.staging_root: GDMP_STAGING_DIR, else a folder of this user's in
    the system temp folder), made if missing. It must be private — ours, mode 0700 — because staged rows
    are read back as trusted: in a shared /tmp another user could create it first and read or swap what
    we stage."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = root.lstat()
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022:
        root.chmod(0o700)  # ours, and nobody else could write in it (an older release made it 0755)
        info = root.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise SettingsError(
            f"the staging folder {root} is not private (owner uid {info.st_uid}, mode "
            f"{stat.S_IMODE(info.st_mode):o}); remove it, or set GDMP_STAGING_DIR to a folder only this user can use"
        )
    return root


def run_folder(label: str, root: Path) -> Path:
    """A private folder (mode 0700) in the staging folder `root` for one run's staging files, removed when
    the run has loaded."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:40] or "run"
    return Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=staging_dir(root)))


def remove_stale(root: Path, data_docs: Path, max_age_hours: float = 24) -> None:
    """What a killed run left behind, removed when a run starts: staging files in the staging folder
    `root` (a run deletes its own once loaded), the spill folders of its ended processes (_spill_folder) and
    the Data Docs scratch folders in `data_docs` (etl/present/data_docs/build.py)."""
    from etl.present.data_docs.build import remove_leftovers

    cutoff = time.time() - max_age_hours * 3600
    for path in staging_dir(root).iterdir():
        try:
            if path.stat().st_mtime < cutoff:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError:
            pass  # another run's file, or gone already
    _remove_spill_folders_of_ended_processes(cutoff)
    remove_leftovers(data_docs)


def new_staging_path(label: str, folder: Path) -> Path:
    """A new staging file's path in `folder` (the run's, run_folder; or the staging folder itself)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:60] or "publication"
    return folder / f"{safe}-{uuid.uuid4().hex[:12]}.duckdb"


# Every join over staged rows is big (the rows) ⋈ small (a lookup of distinct values): the small side
# must be the hash table. DuckDB's cost model, misled by IS NOT DISTINCT FROM keys, sometimes built
# the hash table from the 1M rows and ran out of memory; this keeps joins as written.
BIG_SIDE_PROBES = "build_side_probe_side"


def duckdb_config(memory_limit: str) -> dict[str, str]:
    """Settings for every connection this pipeline opens (staging files and the warehouse): a bounded
    buffer pool (`memory_limit`: GDMP_DUCKDB_MEMORY_LIMIT, default 400MB; past it DuckDB spills to disk),
    and freed memory handed back to the OS soon rather than kept for reuse."""
    return {"memory_limit": memory_limit, "allocator_flush_threshold": "32MB",
            "allocator_bulk_deallocation_flush_threshold": "64MB"}  # fmt: skip


def open_staging(path: Path, memory_limit: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A staging file's connection, a DuckDB instance of its own: a big list's (new_staging), or a file
    read back (Normalized.connect)."""
    # A spill folder of its own: DuckDB gives a read-only connection none by default.
    config = {
        **duckdb_config(memory_limit),
        "temp_directory": f"{path}.spill",
        "disabled_optimizers": BIG_SIDE_PROBES,
    }
    con = duckdb.connect(str(path), read_only=read_only, config=config)
    con.execute("SET enable_progress_bar = false")
    return con


# The allocator of the DuckDB kept for small lists holds at most this much freed memory for reuse (the
# defaults, duckdb_config: 32 and 64 MB). A reader worker that kept its DuckDB across 80 bench lists held
# ~20 MB more resident memory than one opening a DuckDB per list, and the same address space; with the
# defaults, 30–60 MB and 120 MB more, taken from the next reading's room under the worker's memory cap. With 0
# it handed memory back at each free: 60–100 ms more CPU a list (docs/benchmarks.md, issue 25).
KEPT_ALLOCATOR = {"allocator_flush_threshold": "16MB", "allocator_bulk_deallocation_flush_threshold": "32MB"}

# by `small` (on one DuckDB thread, or DuckDB's default): the DuckDB and the memory limit it was made with
_readers: dict[bool, tuple[duckdb.DuckDBPyConnection, str]] = {}
_reader_lock = threading.Lock()
_aliases = itertools.count(1)
# A small list of more rows than this is staged in the kept DuckDB, which then lets go of what it held: a list of
# 20,000 rows left it ~90 MB more resident memory, 50,000 rows ~130 MB (a bench list of 266 rows, ~20 MB).
KEPT_AFTER_ROWS = 5_000


def _reader(memory_limit: str, small: bool) -> duckdb.DuckDBPyConnection:
    """A cursor of the process's in-memory DuckDB that staging files are attached to (attached_read_only,
    new_staging), made by the first call: one for small lists, one for big lists. A small list's ~60
    staging statements and six judging ones each take a millisecond or a few: handed to a pool of threads
    they cost more CPU than they saved (~25 % of a bench list's reading; judging 12–20 → 11–14 ms a list,
    docs/benchmarks.md, issue 25), so they run on the calling thread alone (threads = 1): two reader
    workers, or the judging threads, already keep the two cores busy."""
    with _reader_lock:
        if small in _readers and _readers[small][1] != memory_limit:  # another run's setting: made anew
            del _readers[small]
        if small not in _readers:
            spill = Path(tempfile.mkdtemp(prefix="small-" if small else "big-", dir=_spill_folder()))
            config = {
                **duckdb_config(memory_limit),
                "temp_directory": str(spill),
                "disabled_optimizers": BIG_SIDE_PROBES,
            }
            if small:  # kept from one small list to the next, holding less of what it frees (KEPT_ALLOCATOR)
                config |= {"threads": "1", **KEPT_ALLOCATOR}
            con = duckdb.connect(":memory:", config=config)
            con.execute("SET enable_progress_bar = false")
            _readers[small] = (con, memory_limit)
        return _readers[small][0].cursor()


SPILL_PREFIX = "gdmp-attached-"  # + the process id: the folder each process's in-memory DuckDBs spill into


@functools.cache
def _spill_folder() -> Path:
    """The process's private folder (mkdtemp: mode 0700) its in-memory DuckDBs spill into, made once and
    removed when the process ends (by that process only: a forked child inherits the exit handler); those of
    processes that ended without removing theirs (a reader worker killed at its cap) go with the other
    leftovers of killed runs (remove_stale)."""
    folder = Path(tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}-"))
    atexit.register(_remove_own_folder, folder, os.getpid())
    return folder


def _remove_own_folder(folder: Path, owner: int) -> None:
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_spill_folders_of_ended_processes(cutoff: float) -> None:
    """The spill folders (_spill_folder) of processes that have ended, untouched since `cutoff`."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SPILL_PREFIX}*-*"):
        pid = folder.name.removeprefix(SPILL_PREFIX).partition("-")[0]
        try:
            ended = pid.isdigit() and not Path(f"/proc/{pid}").exists() and folder.stat().st_mtime < cutoff
            if ended and folder.owner() == getpass.getuser():
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # gone already, or another user's
            continue


def let_go_of_small_instance() -> None:
    """Drop the process's DuckDB for small lists (_reader), to be made again when next needed; it is closed
    once the cursors still open on it (none, in a reader worker between jobs) are. A reader worker keeps it
    from one small list to the next (new_staging), with what its allocator holds (~20 MB resident); reading
    anything else (a PDF, a spreadsheet, a big CSV) needs that room under the worker's memory cap, so the
    reader lets go of it first (etl.readers.parse.parse_publication)."""
    with _reader_lock:
        _readers.pop(True, None)


@contextmanager
def attached_read_only(
    path: Path | str, memory_limit: str, small: bool = False
) -> Iterator[tuple[duckdb.DuckDBPyConnection, str]]:
    """A staging file attached read-only, under a name of its own, to one in-memory DuckDB of the process,
    over a cursor of its own (temporary tables and views stay the cursor's): (cursor, name). Opening a
    file makes a DuckDB instance of its own, ~12–15 ms of CPU each; attaching it to the one already open
    ~1 ms (docs/benchmarks.md, issue 25). Thread-safe: the judging threads of a run share it. It is made
    by the first call, with that call's `memory_limit` (the staging file's: Normalized.memory_limit), and
    spills into a private folder of its own (mkdtemp: mode 0700), as staged rows are read back as trusted.
    `small`: a small list's file (at most SMALL_LIST_ROWS rows), read on one DuckDB thread (_reader)."""
    cursor = _reader(memory_limit, small)
    name = f"staging_{next(_aliases)}"
    try:
        cursor.execute(f"ATTACH {sql_text(str(path))} AS {name} (READ_ONLY)")
        try:
            yield cursor, name
        finally:
            cursor.execute(f"DETACH {name}")
    finally:
        cursor.close()


@contextmanager
def new_staging(path: Path, memory_limit: str, small: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that writes a new staging file at `path`. A small input's file (small_input) is
    attached to the process's one DuckDB for small lists (_reader: one thread) and made the connection's
    default database (USE), so the staging steps read and write it by plain names; a DuckDB instance of its
    own (open_staging) cost ~10–13 ms of CPU a list, most of what opening a file costs (docs/benchmarks.md,
    issue 25). A big list's file gets an instance of its own, with its own spill folder and threads."""
    if not small:
        with open_staging(path, memory_limit) as con:
            yield con
        return
    cursor = _reader(memory_limit, small=True)
    name = f"staging_{next(_aliases)}"
    try:
        cursor.execute(f"ATTACH {sql_text(str(path))} AS {name}")
        try:
            cursor.execute(f"USE {name}")
            yield cursor
        finally:
            with contextlib.suppress(duckdb.Error):  # a failure mid-transaction: drop its work, or DETACH
                cursor.execute("ROLLBACK")  # refuses and its error hides the failure (none open: an error)
            cursor.execute("USE memory")
            cursor.execute(f"DETACH {name}")
    finally:
        cursor.close()


SMALL_LIST_ROWS = 50_000  # a list of at most these rows is settled (materialize) and validated with
# others in one GX call (etl/validate/quality_batch.py)
SMALL_INPUT_BYTES = 4 * 1024 * 1024  # a CSV of at most this is staged on one DuckDB thread (new_staging)


def small_input(payload: bytes | Path | None = None, rows: int | None = None) -> bool:
    """Whether a publication is small enough to stage on one DuckDB thread: a table read in Python of at
    most SMALL_LIST_ROWS rows, or a CSV (its bytes, or the archived file) of at most SMALL_INPUT_BYTES."""
    if rows is not None:
        return rows <= SMALL_LIST_ROWS
    size = len(payload) if isinstance(payload, bytes) else payload.stat().st_size if payload else None
    return size is not None and size <= SMALL_INPUT_BYTES


def materialize(con: duckdb.DuckDBPyConnection, view: str) -> None:
    """A staged view computed once, into a table of the same name, within the caller's transaction. A
    small list's views are read several times (the lookups, the duplicates step, GX, the gates, the
    writer) and each read re-runs what they compute; a big list keeps its views, which stream instead of
    holding the rows (the 1M-row bound, docs/benchmarks.md)."""
    con.execute(f"CREATE TABLE {view}__rows AS SELECT * FROM {view}")
    con.execute(f"DROP VIEW {view}")
    con.execute(f"ALTER TABLE {view}__rows RENAME TO {view}")


def column_names(con: duckdb.DuckDBPyConnection, relation: str) -> list[str]:
    """A table's or view's columns, from binding a query that reads no row (a scan of duckdb_columns()
    cost ~20 ms in a fresh staging file)."""
    return [d[0] for d in con.execute(f"SELECT * FROM {relation} LIMIT 0").description]


@cache
def _process_symbols() -> ctypes.CDLL:
    return ctypes.CDLL(None)  # the libraries already loaded, libc among them


def release_free_memory() -> None:
    """Hand memory freed after a big step (a staged list, a GX frame) back to the OS. glibc keeps freed
    heap for reuse, so without this a run's resident size only ever grows; elsewhere it does nothing."""
    symbols = _process_symbols()
    if hasattr(symbols, "malloc_trim"):
        symbols.malloc_trim(0)


def discard(path: Path | str | None) -> None:
    if path is None:
        return
    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(f"{path}.spill", ignore_errors=True)


def drop_raw(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the staged raw cells once normalized (a table, or a view over DuckDB's CSV read)."""
    if con.execute("""SELECT count(*) FROM duckdb_views()
                      WHERE view_name = 'raw' AND database_name = current_database()""").fetchone()[0]:
        con.execute("DROP VIEW raw")
    con.execute("DROP TABLE IF EXISTS raw")
    con.execute("DROP TABLE IF EXISTS raw_body")


def cell_columns(width: int) -> list[str]:
    """Column names of the staged raw cells: c1 … cN (cell index i is column c{i+1})."""
    return [f"c{i + 1}" for i in range(width)]


def stage_raw_table(con: duckdb.DuckDBPyConnection, table: RawTable) -> int:
    """RawTable (XLSX, HTML, JSON, or a CSV Python had to read) → table raw(row_number, c1…cN)."""
    width = max([len(table.header), *(len(r.cells) for r in table.rows)])
    columns = cell_columns(width)
    con.execute(
        f"CREATE OR REPLACE TABLE raw (row_number INTEGER, {', '.join(f'{c} VARCHAR' for c in columns)})"
    )
    cells = [
        {"row_number": r.line, **{c: v or None for c, v in zip(columns, r.cells, strict=False)}}
        for r in table.rows
    ]
    insert_rows(con, "raw", cells)  # an empty cell is NULL, as DuckDB's CSV reader gives it
    return width
