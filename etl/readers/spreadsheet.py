"""Workbooks — XLSX, legacy XLS (BIFF) and ODS — through one path: calamine reads the cells, merged
cells are filled with their top-left value, and the project sheet is the one whose header scores best.

calamine (Rust) reads a 100k-row sheet in ~1.5 s where openpyxl takes ~20 s (bench/readers.py), and
reads the three formats with one API. It reports merged ranges for XLSX and XLS; ODS spans come from
content.xml (etl/readers/ods_scan.py). Before calamine sees a zip, every member is measured
(etl/readers/xlsx_scan.py, ods_scan.py): calamine builds each sheet as one dense block and aborts the
process on a block it cannot allocate; an XLS is measured by walking its BIFF records
(etl/readers/biff_scan.py).

Numbers become the text Excel shows in General format (15 significant digits, no exponent): a binary
float 412.29999999999995 is the 412.3 the publisher typed.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from decimal import Decimal

from etl.core.errors import ReadError
from etl.readers.archive import open_zip, verify_all
from etl.readers.biff_scan import check_xls
from etl.readers.limits import LimitExceeded, ReaderLimits, refuse, resolved
from etl.readers.ods_scan import scan_content
from etl.readers.table import RawTable, table_from_rows, table_score
from etl.readers.xlsx_scan import scan_workbook

KINDS = {"xlsx": "XLSX workbook", "xls": "XLS (Excel 97) workbook", "ods": "ODS spreadsheet",
         "et": "WPS .et spreadsheet"}  # fmt: skip
Merge = tuple[
    tuple[int, int], tuple[int, int]
]  # ((first row, first column), (last row, last column)), 0-based


def general_number(value: float) -> str:
    """A float as Excel's General format shows it: 15 significant digits, no exponent, no trailing zeros."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.15g}"
    if "e" in text:
        text = format(Decimal(text), "f")
    return "0" if text == "-0" else text


def cell_text(value: object) -> str | None:
    """A spreadsheet value as the text a reader of the printed list would see."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        return general_number(value)
    if isinstance(value, bool | int):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value)
    return text if text.strip() else None


def _measured_merges(payload: bytes, fmt: str, limits: ReaderLimits) -> dict[str, list[Merge]] | None:
    """Check the container against the limits before calamine opens it; ODS spans by sheet name."""
    kind = KINDS[fmt]
    if fmt in {"xls", "et"}:
        check_xls(payload, limits)
    elif fmt == "xlsx":
        scan_workbook(open_zip(payload, limits, kind), limits)
    elif fmt == "ods":
        archive = open_zip(payload, limits, kind)
        sheets = scan_content(archive, limits)
        verify_all(archive, kind, skip=frozenset({"content.xml"}))
        return {name: sheet.spans for name, sheet in sheets.items()}
    return None


def _open(payload: bytes, fmt: str):
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(payload))
    except python_calamine.PasswordError:
        raise ReadError(f"the {KINDS[fmt]} is password-protected: ask for an open copy") from None
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise ReadError(f"not a readable {KINDS[fmt]}: {exc}") from None


def read_spreadsheet(
    payload: bytes,
    fmt: str = "xlsx",
    sheet: str | None = None,
    header_row: int | None = None,
    limits: ReaderLimits | None = None,
) -> RawTable:
    """The project table of a workbook: the named sheet, else the sheet whose header scores best.

    Merged cells hold their value only in the top-left cell; every cell of a merged range gets it here,
    so a 地市 merged over ten rows gives each of the ten rows its city.
    """
    import python_calamine

    limits = resolved(limits)
    spans = _measured_merges(payload, fmt, limits)
    workbook = _open(payload, fmt)
    names = [m.name for m in workbook.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
    if sheet is not None and sheet not in names:
        raise ReadError(f"no sheet {sheet!r}; the workbook has {names}")
    best: tuple[int, RawTable] | None = None
    errors = []
    for name in [sheet] if sheet else names:
        merges = spans.get(name, []) if spans is not None else None
        grid = _sheet_grid(workbook, name, merges, limits, KINDS[fmt])
        try:
            table = table_from_rows(grid, header_row, limits)
        except LimitExceeded:
            raise
        except ReadError as exc:
            errors.append(f"sheet {name!r}: {exc}")
            continue
        score = table_score(table)
        if best is None or score > best[0]:
            best = (score, table)
    if best is None:
        raise ReadError("; ".join(errors) or "the workbook has no sheets")
    return best[1]


def read_xlsx(payload: bytes, sheet: str | None = None, header_row: int | None = None,
              limits: ReaderLimits | None = None) -> RawTable:  # fmt: skip
    return read_spreadsheet(payload, "xlsx", sheet, header_row, limits)


def _sheet_grid(workbook, name: str, merges: list[Merge] | None, limits: ReaderLimits, kind: str):
    import python_calamine

    try:
        worksheet = workbook.get_sheet_by_name(name)
        if worksheet.end is not None:
            rows, columns = worksheet.end[0] + 1, worksheet.end[1] + 1
            if columns > limits.max_columns:
                raise refuse(
                    "max_columns", limits.max_columns, f"a value in column {columns:,}", f"in sheet {name!r}"
                )
            if rows * columns > limits.max_cells:
                raise refuse(
                    "max_cells",
                    limits.max_cells,
                    f"{rows:,} rows × {columns:,} columns",
                    f"in sheet {name!r}",
                )
        values = worksheet.to_python(skip_empty_area=False)
        if merges is None:
            merges = worksheet.merged_cell_ranges or []
    except python_calamine.CalamineError as exc:
        raise ReadError(f"not a readable {kind}: sheet {name!r}: {exc}") from None
    for row in values:  # in place: a second copy of a big sheet would double its memory
        row[:] = [cell_text(v) for v in row]
    fill_merges(values, merges, limits, name)
    while values and all(v is None for v in values[-1]):  # formatted but empty rows at the bottom
        values.pop()
    return list(enumerate(values, 1))


def fill_merges(rows: list[list[str | None]], merges: list[Merge], limits: ReaderLimits, sheet: str) -> None:
    """Every cell of a merged range gets the range's top-left value; ranges are clamped to the data."""
    covered = 0
    for (top, left), (bottom, right) in merges:
        if top >= len(rows) or not rows[top] or left >= len(rows[top]):
            continue
        value = rows[top][left]
        bottom = min(bottom, len(rows) - 1)
        for r in range(top, bottom + 1):
            row = rows[r]
            last = min(right, len(row) - 1)
            covered += max(0, last - left + 1)
            if covered > limits.max_merge_cells:
                raise refuse("max_merge_cells", limits.max_merge_cells, "cells covered by merged ranges",
                             f"in sheet {sheet!r}")  # fmt: skip
            row[left : last + 1] = [value] * max(0, last - left + 1)
