"""A publication's rows in a DuckDB file of their own, between reading and loading.

Big lists (the benchmark's reach 1M rows) must not become Python objects row by row: reading, normalizing,
checking and loading them run as DuckDB SQL over a staging file, and only values that need the Python
rules of etl/ (an odd amount, a place name, a period) leave DuckDB, once per distinct value.

The staging file is a plain path, so a Prepared publication can travel between processes (Dask workers)
and the single writer ATTACHes it to load. `discard` removes it; the run's writer calls it after loading.
"""

from __future__ import annotations

import csv
import ctypes
import io
import os
import re
import shutil
import stat
import tempfile
import time
import uuid
from functools import cache
from pathlib import Path

import duckdb

from etl.duck import insert_rows, sql_text
from etl.errors import ReadError, SettingsError
from etl.readers import RawTable, decode, locate_header, read_csv
from etl.readers.limits import ReaderLimits, resolved
from etl.readers.table import HeaderSpot
from etl.settings import get_settings

# Extra columns DuckDB may find beyond the header: a longer row than this falls back to Python's csv.
CSV_SLACK_COLUMNS = 16
CSV_HEAD_BYTES = 256 * 1024


def staging_dir() -> Path:
    """Where staging folders go: GDMP_STAGING_DIR, else a folder of this user's in the system temp
    folder. It must be private — ours, mode 0700 — because staged rows are read back as trusted: in a
    shared /tmp another user could create it first and read or swap what we stage."""
    folder = get_settings().staging_root
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.lstat()
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022:
        folder.chmod(0o700)  # ours, and nobody else could write in it (an older release made it 0755)
        info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise SettingsError(
            f"the staging folder {folder} is not private (owner uid {info.st_uid}, mode "
            f"{stat.S_IMODE(info.st_mode):o}); remove it, or set GDMP_STAGING_DIR to a folder only this user can use"
        )
    return folder


def run_folder(label: str) -> Path:
    """A private folder (mode 0700) for one run's staging files, removed when the run has loaded."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:40] or "run"
    return Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=staging_dir()))


def remove_stale(max_age_hours: float = 24) -> None:
    """Staging files a killed run left behind (a run deletes its own once loaded)."""
    cutoff = time.time() - max_age_hours * 3600
    for path in staging_dir().iterdir():
        try:
            if path.stat().st_mtime < cutoff:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError:
            pass  # another run's file, or gone already


def new_staging_path(label: str, folder: Path | None = None) -> Path:
    """A new staging file's path: in the run's folder (run_folder), else in the staging folder itself."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", label)[:60] or "publication"
    return (folder or staging_dir()) / f"{safe}-{uuid.uuid4().hex[:12]}.duckdb"


# Every join over staged rows is big (the rows) ⋈ small (a lookup of distinct values): the small side
# must be the hash table. DuckDB's cost model, misled by IS NOT DISTINCT FROM keys, sometimes built
# the hash table from the 1M rows and ran out of memory; this keeps joins as written.
BIG_SIDE_PROBES = "build_side_probe_side"


def memory_limit() -> str:
    """DuckDB's buffer pool for our own connections (GDMP_DUCKDB_MEMORY_LIMIT, default 400MB): a big
    list spills to disk rather than grow the process past the 1 GiB the benchmark holds it to."""
    return get_settings().duckdb_memory_limit


def duckdb_config() -> dict[str, str]:
    """Settings for every connection this pipeline opens (staging files and the warehouse): a bounded
    buffer pool, and freed memory handed back to the OS soon rather than kept for reuse."""
    return {"memory_limit": memory_limit(), "allocator_flush_threshold": "32MB",
            "allocator_bulk_deallocation_flush_threshold": "64MB"}  # fmt: skip


def open_staging(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    # A spill folder of its own: DuckDB gives a read-only connection none by default.
    config = {**duckdb_config(), "temp_directory": f"{path}.spill", "disabled_optimizers": BIG_SIDE_PROBES}
    con = duckdb.connect(str(path), read_only=read_only, config=config)
    con.execute("SET enable_progress_bar = false")
    return con


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
    if con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'raw'").fetchone()[0]:
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


def _head_records(text: str) -> tuple[list[tuple[int, list[str | None]]], list[int]]:
    """The CSV records of a text, with the character offset where each one starts."""
    offsets: list[int] = []
    consumed = 0

    def lines():
        nonlocal consumed
        for line in io.StringIO(text, newline=""):
            consumed += len(line)  # before the yield: the reader returns a record once it has its lines
            yield line

    grid = []
    start = 0
    for i, cells in enumerate(csv.reader(lines()), 1):
        offsets.append(start)
        grid.append((i, [c if c != "" else None for c in cells]))
        start = consumed
    return grid, offsets


def _read_differently(payload: bytes, start: int) -> bool:
    """Does the CSV body from `start` hold what DuckDB's reader and Python's csv module read differently?

    A blank line: Python yields a row, DuckDB skips it. A lone CR: it ends a record for Python only. A
    space or tab next to a quote: Python quotes a field only when its first character is the quote and
    keeps what follows the closing one; DuckDB skips blanks around quotes ('1, "甲,x"' is three fields for
    Python, two for DuckDB). Quotes are few in published lists, so they are visited one by one.
    """
    if payload.startswith((b"\n", b"\r\n"), start) or payload.find(b"\n\n", start) >= 0:
        return True
    if payload.find(b"\n\r\n", start) >= 0 or payload.count(b"\r", start) != payload.count(b"\r\n", start):
        return True
    if payload.count(b'"', start) > 1_000_000:
        return any(payload.find(pair, start) >= 0 for pair in (b' "', b'" ', b'\t"', b'"\t'))
    quote = payload.find(b'"', start)
    while quote >= 0:
        if payload[quote - 1 : quote] in (b" ", b"\t") or payload[quote + 1 : quote + 2] in (b" ", b"\t"):
            return True
        quote = payload.find(b'"', quote + 1)
    return False


def _folder_of(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The folder of the staging file a connection has open (the run's folder), None in memory."""
    path = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()[0]
    return Path(path).parent if path else None


def _utf8_head(payload: bytes, start: int) -> tuple[str, bool] | None:
    """The first CSV_HEAD_BYTES of the payload as text, cut at a line end, and whether more follows;
    None when they are not UTF-8."""
    head = payload[start : start + CSV_HEAD_BYTES]
    truncated = len(payload) - start > CSV_HEAD_BYTES
    cut = head.rfind(b"\n") + 1 if truncated else len(head)
    try:
        return head[:cut].decode("utf-8"), truncated
    except UnicodeDecodeError:
        return None


def _body_start(payload: bytes, start: int, head: tuple[str, bool], header_row: int | None,
                limits: ReaderLimits) -> tuple[HeaderSpot, int, int] | None:  # fmt: skip
    """Where the table's body begins: (the header found, the body's first line number, its byte offset),
    or None when DuckDB's reader should not be trusted with this file."""
    text, truncated = head
    try:
        grid, offsets = _head_records(text)
    except csv.Error:
        return None  # a field over the limit: the Python reader names it and the row
    if not grid:
        return None
    spot = locate_header(grid, header_row)
    if len(spot.header) > limits.max_columns:
        return None
    if spot.body_from >= len(grid) - truncated:  # the head's last record may be cut: too close to call
        return None
    body = start + len(text[: offsets[spot.body_from]].encode("utf-8"))
    if _read_differently(payload, body):
        return None
    return spot, grid[spot.body_from][0], body


def _load_body(con: duckdb.DuckDBPyConnection, body: memoryview, columns: list[str], label: str) -> bool:
    """DuckDB reads the body into the temp table raw_body (all VARCHAR); False if it cannot."""
    path = new_staging_path(label, _folder_of(con)).with_suffix(".csv")
    spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in columns) + "}"
    try:
        path.write_bytes(body)
        for parallel in ("true", "false"):  # quoted newlines with null padding need the serial reader
            try:
                con.execute(
                    f"CREATE OR REPLACE TEMP TABLE raw_body AS SELECT * FROM read_csv({sql_text(path)}, header = false, "
                    f"auto_detect = false, delim = ',', quote = '\"', escape = '\"', null_padding = true, "
                    f"strict_mode = true, parallel = {parallel}, columns = {spec})"
                )
                return True
            except duckdb.Error as exc:
                if parallel == "false" or "parallel" not in str(exc):
                    return False
        return False
    finally:
        path.unlink(missing_ok=True)


def _raw_view(con: duckdb.DuckDBPyConnection, columns: list[str], header_width: int, first_line: int,
              limits: ReaderLimits) -> bool:  # fmt: skip
    """The view raw(row_number, c…) over raw_body, without the unused slack columns; False when a field
    is longer than the Python reader allows (it then refuses it, naming the row)."""
    counts = con.execute(
        f"SELECT {', '.join(f'count(nullif({c}, {chr(39) * 2}))' for c in columns)}, "
        f"max(greatest({', '.join(f'length({c})' for c in columns)})) FROM raw_body"
    ).fetchone()
    if (counts[-1] or 0) > limits.csv_max_field_chars:
        return False
    used = [i for i, n in enumerate(counts[:-1]) if n]
    columns = columns[: max(header_width, used[-1] + 1 if used else 0)]
    cells = ", ".join(f"nullif({c}, '') AS {c}" for c in columns)
    con.execute(  # a view: the normalizer reads it once, so a copy would only cost time
        f"CREATE OR REPLACE VIEW raw AS SELECT CAST(rowid AS INTEGER) + {first_line} AS row_number, {cells} "
        "FROM raw_body"
    )
    return True


def read_csv_fast(
    con: duckdb.DuckDBPyConnection,
    payload: bytes,
    encoding: str | None,
    header_row: int | None,
    label: str,
    limits: ReaderLimits | None = None,
) -> RawTable | None:
    """Stage a CSV with DuckDB's reader: Python reads only the rows above the body (title, notes,
    header) to find where the table starts; DuckDB reads the body into raw(row_number, c…).

    Returns the table's header/notes (rows empty), or None when DuckDB cannot read this file exactly as
    Python's csv module would (blank lines, stray carriage returns, a row longer than the header plus
    slack, bytes that are not UTF-8 after decoding, a header wider than max_columns or a field longer
    than csv_max_field_chars): the caller then reads it in Python, which refuses what is over a limit,
    naming the row.
    """
    limits = resolved(limits)
    if encoding and encoding.lower().replace("-", "") not in {"utf8", "utf8sig"}:
        payload = decode(payload, encoding).encode("utf-8")
    start = 3 if payload.startswith(b"\xef\xbb\xbf") else 0  # offsets, not slices: no copy of a big payload
    head = _utf8_head(payload, start)
    if head is None:
        if encoding:
            return None  # declared UTF-8 but it is not: the Python reader says so
        try:  # GB18030/GBK: DuckDB reads UTF-8, so hand it a UTF-8 copy
            payload = payload.decode("gb18030").encode("utf-8")
        except UnicodeDecodeError:
            return None
        return read_csv_fast(con, payload, "utf-8", header_row, label, limits)
    found = _body_start(payload, start, head, header_row, limits)
    if found is None:
        return None
    spot, first_line, body = found
    columns = cell_columns(len(spot.header) + CSV_SLACK_COLUMNS)
    if not _load_body(con, memoryview(payload)[body:], columns, label):
        return None
    if not _raw_view(con, columns, len(spot.header), first_line, limits):
        return None
    return RawTable(header=spot.header, rows=[], notes=spot.notes, unit_hint=spot.unit_hint)


def stage_csv(con: duckdb.DuckDBPyConnection, payload: bytes, encoding: str | None, header_row: int | None,
              label: str, limits: ReaderLimits | None = None) -> RawTable:  # fmt: skip
    """A CSV into raw: DuckDB's reader when it reads the file exactly as Python would, else Python's."""
    limits = resolved(limits)
    try:
        table = read_csv_fast(con, payload, encoding, header_row, label, limits)
    except ReadError:
        table = None  # let the Python reader give its own, complete error
    if table is not None:
        return table
    table = read_csv(payload, encoding, header_row, limits)
    stage_raw_table(con, table)
    return RawTable(header=table.header, rows=[], notes=table.notes, unit_hint=table.unit_hint)
