"""A CSV into the staging file: DuckDB's reader when it reads the file exactly as Python's csv module
would, else Python's (etl/readers/delimited.py).

Why two CSV readers (the one place this is said): Python's csv module is the reader of record. It finds
the table in what precedes it (titles, notes, a two-row header), reads every file, and refuses a field
or row over a limit naming the row. DuckDB's read_csv reads a 1M-row body in about a second and never
turns rows into Python objects, which is what keeps a 1M-row list within 3x DuckDB alone and 1 GiB
(docs/benchmarks.md; when every row was a Python object, 1M rows took 150 s and 7.7 GiB: "How the data
path was moved into DuckDB"). So DuckDB reads the body only
where it provably gives the rows Python would (_read_differently lists where they differ), and Python
reads the rest. tests/test_normalize_sql.py holds the two to the same rows on the cases that matter.

Python reads only the rows above the body (title, notes, header) to find where the table starts; DuckDB
reads the body. A payload can be bytes or the archived file itself. A UTF-8 file is never read whole on
this path (a 1M-row list is ~175 MB that would sit in the process while DuckDB reads its own copy): only
its head, then its body in 8 MiB chunks to check it and copy it out for DuckDB. A file in another
encoding (GB18030, a declared one) is read whole and re-encoded to UTF-8 for DuckDB, as before.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.core.duck import sql_text
from etl.core.errors import ReadError
from etl.readers import RawTable, decode, locate_header, read_csv
from etl.readers.limits import ReaderLimits, resolved
from etl.readers.staging import cell_columns, new_staging_path, stage_raw_table
from etl.readers.table import HeaderSpot

# Extra columns DuckDB may find beyond the header: a longer row than this falls back to Python's csv.
CSV_SLACK_COLUMNS = 16
CSV_HEAD_BYTES = 256 * 1024
CHUNK_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class CsvPayload:
    """The bytes of a CSV, in memory (`data`) or in a file (`path`) read `chunk` bytes at a time."""

    data: bytes | None = None
    path: Path | None = None
    chunk: int = CHUNK_BYTES

    def head(self, start: int, size: int) -> bytes:
        if self.data is not None:
            return self.data[start : start + size]
        with self.path.open("rb") as stream:
            stream.seek(start)
            return stream.read(size)

    def size(self) -> int:
        return len(self.data) if self.data is not None else self.path.stat().st_size

    def chunks(self, start: int) -> Iterator[bytes]:
        if self.data is not None:
            for at in range(start, len(self.data), self.chunk):
                yield self.data[at : at + self.chunk]
            return
        with self.path.open("rb") as stream:
            stream.seek(start)
            while chunk := stream.read(self.chunk):
                yield chunk

    def write_body(self, start: int, target: Path) -> None:
        if self.data is not None:
            target.write_bytes(memoryview(self.data)[start:])
            return
        with self.path.open("rb") as source, target.open("wb") as copy:
            source.seek(start)
            shutil.copyfileobj(source, copy, self.chunk)

    def whole(self) -> bytes:
        return self.data if self.data is not None else self.path.read_bytes()


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


# Byte pairs around which the two readers disagree (see _read_differently).
_DIFFERENT = (b"\n\n", b"\n\r\n", b' "', b'" ', b'\t"', b'"\t')


def _window_differs(window: bytes, end: int) -> bool:
    """Whether window[:end] holds a blank line, a lone CR or a blank next to a quote."""
    if any(window.find(pair, 0, end) >= 0 for pair in _DIFFERENT):
        return True
    return window.count(b"\r", 0, end) != window.count(b"\r\n", 0, end)


def _read_differently(payload: CsvPayload, start: int) -> bool:
    """Does the CSV body from `start` hold what DuckDB's reader and Python's csv module read differently?

    A blank line: Python yields a row, DuckDB skips it. A lone CR: it ends a record for Python only. A
    space or tab next to a quote: Python quotes a field only when its first character is the quote and
    keeps what follows the closing one; DuckDB skips blanks around quotes ('1, "甲,x"' is three fields for
    Python, two for DuckDB).

    The body is scanned a chunk at a time; each window starts with the last bytes of the one before, so
    a pair split between two chunks is seen, and a CR ending a chunk waits for the byte after it.
    """
    if payload.head(start, 2).startswith((b"\n", b"\r\n")):
        return True
    carry = b""
    for chunk in payload.chunks(start):
        window = carry + chunk
        end = len(window) - 1 if window.endswith(b"\r") else len(window)
        if _window_differs(window, end):
            return True
        carry = window[max(0, end - 2) :]
    return carry.endswith(b"\r")  # a CR that ends the file is a lone one


def _folder_of(con: duckdb.DuckDBPyConnection) -> Path:
    """The folder of the staging file a connection has open (the run's folder): a CSV is staged into a
    staging file (etl/normalize/__init__.py), never into an in-memory database."""
    path = con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()[0]
    if not path:
        raise ValueError("a CSV is staged into a staging file (etl/readers/staging.py), not in memory")
    return Path(path).parent


def _utf8_head(payload: CsvPayload, start: int) -> tuple[str, bool] | None:
    """The first CSV_HEAD_BYTES of the payload as text, cut at a line end, and whether more follows;
    None when they are not UTF-8."""
    head = payload.head(start, CSV_HEAD_BYTES)
    truncated = payload.size() - start > CSV_HEAD_BYTES
    cut = head.rfind(b"\n") + 1 if truncated else len(head)
    try:
        return head[:cut].decode("utf-8"), truncated
    except UnicodeDecodeError:
        return None


def _body_start(
    payload: CsvPayload, start: int, head: tuple[str, bool], header_row: int | None, limits: ReaderLimits
) -> tuple[HeaderSpot, int, int] | None:
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


def _load_body(
    con: duckdb.DuckDBPyConnection, payload: CsvPayload, body: int, columns: list[str], label: str
) -> bool:
    """DuckDB reads the body into the temp table raw_body (all VARCHAR); False if it cannot."""
    path = new_staging_path(label, _folder_of(con)).with_suffix(".csv")
    spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in columns) + "}"
    try:
        payload.write_body(body, path)
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


def _raw_view(
    con: duckdb.DuckDBPyConnection,
    columns: list[str],
    header_width: int,
    first_line: int,
    limits: ReaderLimits,
) -> bool:
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


def _as_payload(payload: bytes | Path | CsvPayload) -> CsvPayload:
    if isinstance(payload, CsvPayload):
        return payload
    return CsvPayload(path=payload) if isinstance(payload, Path) else CsvPayload(data=payload)


def read_csv_fast(
    con: duckdb.DuckDBPyConnection,
    payload: bytes | Path | CsvPayload,
    encoding: str | None,
    header_row: int | None,
    label: str,
    limits: ReaderLimits | None = None,
) -> RawTable | None:
    """Stage a CSV (bytes, or the path of a file) with DuckDB's reader into raw(row_number, c…).

    Returns the table's header/notes (rows empty), or None when DuckDB cannot read this file exactly as
    Python's csv module would (blank lines, stray carriage returns, a row longer than the header plus
    slack, bytes that are not UTF-8 after decoding, a header wider than max_columns or a field longer
    than csv_max_field_chars): the caller then reads it in Python, which refuses what is over a limit,
    naming the row.
    """
    limits, payload = resolved(limits), _as_payload(payload)
    if encoding and encoding.lower().replace("-", "") not in {"utf8", "utf8sig"}:
        payload = CsvPayload(data=decode(payload.whole(), encoding).encode("utf-8"))
    start = 3 if payload.head(0, 3) == b"\xef\xbb\xbf" else 0  # offsets, not slices: no copy of the body
    head = _utf8_head(payload, start)
    if head is None:
        if encoding:
            return None  # declared UTF-8 but it is not: the Python reader says so
        try:  # GB18030/GBK: DuckDB reads UTF-8, so hand it a UTF-8 copy
            utf8 = payload.whole().decode("gb18030").encode("utf-8")
        except UnicodeDecodeError:
            return None
        return read_csv_fast(con, utf8, "utf-8", header_row, label, limits)
    found = _body_start(payload, start, head, header_row, limits)
    if found is None:
        return None
    spot, first_line, body = found
    columns = cell_columns(len(spot.header) + CSV_SLACK_COLUMNS)
    if not _load_body(con, payload, body, columns, label):
        return None
    if not _raw_view(con, columns, len(spot.header), first_line, limits):
        return None
    return RawTable(header=spot.header, rows=[], notes=spot.notes, unit_hint=spot.unit_hint)


def stage_csv(
    con: duckdb.DuckDBPyConnection,
    payload: bytes | Path,
    encoding: str | None,
    header_row: int | None,
    label: str,
    limits: ReaderLimits | None = None,
) -> RawTable:
    """A CSV into raw: DuckDB's reader when it reads the file exactly as Python would, else Python's
    (which needs the whole payload in memory: then, or for a CSV not in UTF-8, a file is read whole)."""
    limits, payload = resolved(limits), _as_payload(payload)
    try:
        table = read_csv_fast(con, payload, encoding, header_row, label, limits)
    except ReadError:
        table = None  # let the Python reader give its own, complete error
    if table is not None:
        return table
    table = read_csv(payload.whole(), encoding, header_row, limits)
    stage_raw_table(con, table)
    return RawTable(header=table.header, rows=[], notes=table.notes, unit_hint=table.unit_hint)
