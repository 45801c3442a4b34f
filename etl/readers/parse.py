"""A publication (its bytes, or the archived file) → its rows, normalized, in a staging file.

A CSV is read by DuckDB when it can read it exactly as Python's csv module would (etl/readers/csv_staging.py),
from the archived file without loading it whole; other formats are read in Python (etl/readers/) and
then staged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from etl.fetching.catalog import Source
from etl.normalize import Normalized, Then, normalize, stage_and_normalize
from etl.readers import checked_format, read_table
from etl.readers.csv_staging import stage_csv
from etl.readers.limits import ReaderLimits
from etl.readers.staging import SMALL_LIST_ROWS, Staging, let_go_of_small_instance, small_input
from etl.validate.gates import Tally, tally_as_staged
from etl.validate.quality import frame_of

SNIFF_BYTES = 2048  # etl/readers/sniff.py looks no further, except into a container's directory
CONTAINERS = (
    b"pk\x03\x04",
    b"\xd0\xcf\x11\xe0",
)  # zip (XLSX, DOCX, ODS) and OLE2 (XLS, DOC), as sniff_format sees them


def sniffable(path: Path) -> tuple[bytes, bool]:
    """Enough of a file to tell its format, and whether that is all of it: all of a container, whose
    directory says what it holds; the first bytes of anything else."""
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if not head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(CONTAINERS):
            return head, len(head) < SNIFF_BYTES
        return head + stream.read(), True


def parse_publication(
    source: Source, payload: bytes | Path, staging: Staging, limits: ReaderLimits, then: Then | None = None
) -> Any:
    """Bytes, or the path of the archived payload → normalized rows in a staging file, as `staging` says
    (the run's folder), read within the run's `limits`: a Normalized, or what `then` reads besides over
    the same connection (etl.normalize.stage_and_normalize). Raises ReadError / NotUnderstood with the
    reason."""
    data, whole = sniffable(payload) if isinstance(payload, Path) else (payload, True)
    fmt = checked_format(data, source.resolved_format)
    small = fmt == "csv" and small_input(payload)
    if not small:
        let_go_of_small_instance()  # its memory is this reading's room
    if fmt != "csv":
        data = data if whole else payload.read_bytes()
        table = read_table(data, fmt, source.encoding, source.sheet, source.header_row, limits)
        return normalize(table, source, staging, then)
    return stage_and_normalize(
        source,
        lambda con: stage_csv(con, payload, source.encoding, source.header_row, source.id, limits),
        staging,
        then,
        small=small,
    )


@dataclass
class SmallList:
    """What the reader worker takes of a small list besides its staging file, over the connection that
    wrote it, so that the run's own process need not open the file to read it: its rows as GX validates them
    (validated with others in one GX call, etl/validate/quality_batch.py; None once validated) and its tally as
    if no rule failed a row (judged without opening the file when none did)."""

    frame: Any  # etl.validate.quality.frame_of
    tally: Tally  # etl.validate.gates.tally_as_staged


def with_small_frame(
    con: duckdb.DuckDBPyConnection, normalized: Normalized
) -> tuple[Normalized, SmallList | None]:
    """(normalized, what the reader takes of a small list: SmallList; None for a big list, which is validated
    and judged alone), read over the connection that wrote them."""
    if normalized.rows_read > SMALL_LIST_ROWS:
        return normalized, None
    return normalized, SmallList(frame_of(con), tally_as_staged(con))


def parse_with_frame(
    source: Source, payload: bytes | Path, staging: Staging, limits: ReaderLimits
) -> tuple[Normalized, SmallList | None]:
    """parse_publication for a run, in the reader worker: a small list's SmallList is taken too."""
    return parse_publication(source, payload, staging, limits, with_small_frame)
