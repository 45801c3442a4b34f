"""CSV read in Python (DuckDB reads the big, plain ones itself: etl/readers/csv_staging.py).

Python's csv module refuses a field longer than its process-wide limit with a bare csv.Error; here that
limit is the reader's (csv_max_field_chars), and the refusal names it and the row.
"""

from __future__ import annotations

import csv
import io

from etl.core.errors import ReadError
from etl.readers.limits import ReaderLimits, refuse, resolved
from etl.readers.table import RawTable, table_from_rows
from etl.readers.text import decode


def read_csv(
    payload: bytes,
    encoding: str | None = None,
    header_row: int | None = None,
    limits: ReaderLimits | None = None,
) -> RawTable:
    limits = resolved(limits)
    text = decode(payload, encoding)
    csv.field_size_limit(limits.csv_max_field_chars)
    reader = csv.reader(io.StringIO(text))
    grid: list[tuple[int, list[str | None]]] = []
    cells = 0
    try:
        for i, row in enumerate(reader, 1):
            if len(row) > limits.max_columns:
                raise refuse("max_columns", limits.max_columns, f"{len(row):,} columns", f"in row {i}")
            cells += len(row)
            if cells > limits.max_cells:
                raise refuse("max_cells", limits.max_cells, "cells", f"by row {i}")
            grid.append((i, [c if c != "" else None for c in row]))
    except csv.Error as exc:
        where = f"in row {len(grid) + 1} (line {reader.line_num})"
        if "field limit" in str(exc):
            raise refuse("csv_max_field_chars", limits.csv_max_field_chars, "a field", where) from None
        raise ReadError(f"not readable as CSV {where}: {exc}") from None
    if not grid:
        raise ReadError("the CSV is empty")
    return table_from_rows(grid, header_row, limits)
