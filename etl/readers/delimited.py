"""CSV read in Python (DuckDB reads the big, plain ones itself: etl/staging.py)."""

from __future__ import annotations

import csv
import io

from etl.errors import ReadError
from etl.readers.table import RawTable, table_from_rows
from etl.readers.text import decode


def read_csv(payload: bytes, encoding: str | None = None, header_row: int | None = None) -> RawTable:
    text = decode(payload, encoding)
    grid = [
        (i, [c if c != "" else None for c in cells])
        for i, cells in enumerate(csv.reader(io.StringIO(text)), 1)
    ]
    if not grid:
        raise ReadError("the CSV is empty")
    return table_from_rows(grid, header_row)
