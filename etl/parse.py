"""Bytes of a publication → its rows, normalized, in a staging file.

A CSV is read by DuckDB when it can read it exactly as Python's csv module would (etl/staging.py); other
formats are read in Python (etl/readers/) and then staged.
"""

from __future__ import annotations

from pathlib import Path

from etl.catalog import Source
from etl.normalize import Normalized, normalize, stage_and_normalize
from etl.readers import checked_format, read_table
from etl.staging import stage_csv


def parse_publication(source: Source, payload: bytes, folder: Path | None = None) -> Normalized:
    """Bytes → normalized rows in a staging file in `folder` (the run's; default: the staging folder).
    Raises ReadError / NotUnderstood with the reason."""
    fmt = checked_format(payload, source.resolved_format)
    if fmt != "csv":
        table = read_table(payload, fmt, source.encoding, source.sheet, source.header_row)
        return normalize(table, source, folder)
    return stage_and_normalize(
        source, lambda con: stage_csv(con, payload, source.encoding, source.header_row, source.id), folder
    )
