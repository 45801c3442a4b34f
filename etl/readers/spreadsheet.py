"""Workbooks: the project sheet of an XLSX file, merged cells filled with their top-left value."""

from __future__ import annotations

import datetime as dt
import io

from etl.errors import ReadError
from etl.headers import header_score
from etl.readers.table import RawTable, table_from_rows


def _cell_text(value: object) -> str | None:
    """A spreadsheet value as the text a reader of the printed list would see."""
    if value is None:
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value)
    return text if text.strip() else None


def read_xlsx(payload: bytes, sheet: str | None = None, header_row: int | None = None) -> RawTable:
    """The project table of a workbook: the named sheet, else the sheet whose header scores best.

    Merged cells hold their value only in the top-left cell; every cell of a merged range gets it here,
    so a 地市 merged over ten rows gives each of the ten rows its city.
    """
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(payload), data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and XML errors for damaged files
        raise ReadError(f"not a readable XLSX workbook: {type(exc).__name__}: {exc}") from None
    if sheet is not None and sheet not in workbook.sheetnames:
        raise ReadError(f"no sheet {sheet!r}; the workbook has {workbook.sheetnames}")
    candidates = [workbook[sheet]] if sheet else workbook.worksheets
    best: tuple[int, RawTable] | None = None
    errors = []
    for worksheet in candidates:
        grid = _sheet_grid(worksheet)
        try:
            table = table_from_rows(grid, header_row)
        except ReadError as exc:
            errors.append(f"sheet {worksheet.title!r}: {exc}")
            continue
        score = header_score(table.header) * 100000 + len(table.rows)
        if best is None or score > best[0]:
            best = (score, table)
    if best is None:
        raise ReadError("; ".join(errors) or "the workbook has no sheets")
    return best[1]


def _sheet_grid(worksheet) -> list[tuple[int, list[str | None]]]:
    rows = [[_cell_text(v) for v in row] for row in worksheet.iter_rows(values_only=True)]
    for merged in worksheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(rows) else None
        for r in range(merged.min_row, min(merged.max_row, len(rows)) + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    while rows and all(v is None for v in rows[-1]):  # formatted but empty rows at the bottom
        rows.pop()
    return list(enumerate(rows, 1))
