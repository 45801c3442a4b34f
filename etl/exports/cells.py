"""Values of a view as Excel cells: each DuckDB type becomes the Excel value that shows it best.

- amounts (DECIMAL) become numbers, because Excel has no decimal type: a number sums, sorts and charts,
  text would not. A double holds 15 significant digits exactly; the views' amounts have 4 decimals and
  at most 11 digits before the point (10^11 亿元 is a thousand times China's GDP), so every amount read
  back from the workbook and rounded to the view's scale is the view's value. A value beyond that is
  refused rather than rounded. Columns in 亿元 (`*_yi`) show `#,##0.00"亿元"`, in 万元 `#,##0.00"万元"`,
  percentages `0.00"%"`: the unit is a display format, the cell holds the plain number;
- times (TIMESTAMPTZ) become China time (UTC+8) without a zone, which Excel cannot store, to the
  millisecond, Excel's own resolution; dates stay dates;
- text stays text, even when it starts with "=" (a list's cell is never a formula), with the characters
  XML cannot hold (control characters) replaced by U+FFFD; lists are joined with " > "; JSON is its text;
  an empty text or list is an empty cell (Excel has no empty text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from etl.errors import ExportError

SHANGHAI = ZoneInfo("Asia/Shanghai")
EXACT_DIGITS = 15  # significant digits a double always holds exactly (DBL_DIG)
MAX_TEXT = 32767  # characters an Excel cell holds
ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # what XML 1.0 (and openpyxl) refuses
LIST_SEPARATOR = " > "
FORMATS = {"_yi": '#,##0.00"亿元"', "_wan": '#,##0.00"万元"', "_pct": '0.00"%"'}

Convert = Callable[[WriteOnlyWorksheet, object], object]


def number_format(column: str) -> str | None:
    """The display format of an amount column, by its unit suffix; None: Excel's General."""
    return next((fmt for suffix, fmt in FORMATS.items() if column.endswith(suffix)), None)


def excel_time(value: dt.datetime) -> dt.datetime:
    """An aware time as China time without a zone, to the millisecond."""
    local = value.astimezone(SHANGHAI).replace(tzinfo=None)
    return local.replace(microsecond=local.microsecond // 1000 * 1000)


def excel_text(value: str, where: str) -> str:
    if len(value) > MAX_TEXT:
        raise ExportError(f"{where}: a text of {len(value):,} characters does not fit an Excel cell "
                          f"({MAX_TEXT:,}); export --format parquet or csv")  # fmt: skip
    return ILLEGAL.sub("\ufffd", value)


def _decimal(column: str, where: str) -> Convert:
    fmt = number_format(column)

    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if value is None:
            return None
        if len(value.as_tuple().digits) > EXACT_DIGITS:
            raise ExportError(f"{where}: {value} has more digits than an Excel number holds exactly; "
                              "export --format parquet or csv")  # fmt: skip
        cell = WriteOnlyCell(sheet, float(value))
        if fmt:
            cell.number_format = fmt
        return cell

    return convert


def _text(where: str) -> Convert:
    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if value is None:
            return None
        text = excel_text(
            LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list) else str(value), where
        )
        if not text.startswith("="):
            return text
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"  # text, even "=…": openpyxl would otherwise write a formula
        return cell

    return convert


def _plain(sheet: WriteOnlyWorksheet, value: object) -> object:
    """Integers, booleans and dates as they are (openpyxl shows dates as yyyy-mm-dd)."""
    return value


def _time(sheet: WriteOnlyWorksheet, value: object) -> object:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, excel_time(value))
    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return cell


def converter(column: str, data_type: str, where: str) -> Convert:
    """How a column of this DuckDB type becomes cells; `where` (view.column) names it in errors."""
    if data_type.startswith("DECIMAL"):
        return _decimal(column, where)
    if data_type == "TIMESTAMP WITH TIME ZONE":
        return _time
    if data_type in {"INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BOOLEAN", "DATE", "TIMESTAMP", "DOUBLE"}:
        return _plain
    return _text(where)  # VARCHAR, JSON, lists
