"""Values of a view as Excel cells: each DuckDB type becomes the Excel value that shows it best, and no
stored value, however odd, fails the workbook.

- amounts (DECIMAL) become numbers, because Excel has no decimal type: a number sums, sorts and charts,
  text would not. A double holds 15 significant digits exactly; the views' amounts have 4 decimals and
  at most 11 digits before the point (10^11 亿元 is a thousand times China's GDP), so every amount read
  back from the workbook and rounded to the view's scale is the view's value. A value with more digits
  is written as text, exactly, rather than rounded. Columns in 亿元 (`*_yi`) show `#,##0.00"亿元"`, in
  万元 `#,##0.00"万元"`, percentages `0.00"%"`: the unit is a display format, the cell holds the number;
- integers beyond 15 digits and non-finite doubles are written as text too;
- times (TIMESTAMPTZ) come as China time (UTC+8) without a zone, which Excel cannot store (the workbook's
  query converts them, etl/present/exports/workbook.py), to the millisecond, Excel's own resolution; dates stay
  dates; a date or time before 1900 (Excel has none) or past year 9999 is written as its ISO text;
- text stays text: a text a spreadsheet would run as a formula (etl/present/exports/injection.py) is a text cell
  with Excel's quote prefix, an error code (#N/A) a text cell; the characters XML cannot hold (control
  characters, U+FFFE, U+FFFF) are replaced by U+FFFD; a text longer than an Excel cell holds (32,767
  UTF-16 units) is cut, ending in a visible marker; lists are joined with " > "; JSON is its text; an
  empty text or list is an empty cell (Excel has no empty text).

Whatever was not written as stored is counted in `Notes`, which the About sheet lists by column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from etl.present.exports.injection import starts_formula

SHANGHAI = ZoneInfo("Asia/Shanghai")
EXACT_DIGITS = 15  # significant digits a double always holds exactly (DBL_DIG)
MAX_TEXT = 32767  # UTF-16 units an Excel cell holds
ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ufffe\uffff]")  # what XML 1.0 (and lxml) refuses
LIST_SEPARATOR = " > "
FORMATS = {"_yi": '#,##0.00"亿元"', "_wan": '#,##0.00"万元"', "_pct": '0.00"%"'}
FIRST_EXCEL_DAY = dt.date(1900, 1, 1)
# Why a value was not written as stored, as the About sheet says it.
CUT = f"texts longer than an Excel cell holds, cut to {MAX_TEXT:,} characters ending in “…〔已截断 / cut …〕”"
AS_TEXT = {
    "digits": f"numbers of more than {EXACT_DIGITS} digits, written exactly as text",
    "date": "dates or times Excel cannot show (before 1900, past 9999), written as ISO text",
    "float": "non-finite numbers (NaN, Infinity), written as text",
}

Convert = Callable[[WriteOnlyWorksheet, object], object]


class Notes(Counter):
    """(view.column, reason) → how many cells of that column were not written as stored."""

    def add(self, where: str, reason: str) -> None:
        self[(where, reason)] += 1


def cut_marker(length: int) -> str:
    return f"…〔已截断，原文 {length:,} 字 / cut: {length:,} characters in all〕"


def number_format(column: str) -> str | None:
    """The display format of an amount column, by its unit suffix; None: Excel's General."""
    return next((fmt for suffix, fmt in FORMATS.items() if column.endswith(suffix)), None)


def excel_time(value: dt.datetime) -> dt.datetime:
    """A time as China time without a zone, to the millisecond (an aware time is converted first)."""
    local = value.astimezone(SHANGHAI).replace(tzinfo=None) if value.tzinfo else value
    return local.replace(microsecond=local.microsecond // 1000 * 1000)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def excel_text(value: str) -> tuple[str, bool]:
    """The text XML and an Excel cell can hold, and whether it had to be cut."""
    text = ILLEGAL.sub("\ufffd", value)
    length = _utf16_length(text)
    if length <= MAX_TEXT:
        return text, False
    marker = cut_marker(len(value))
    budget = MAX_TEXT - _utf16_length(marker)
    head = text[:budget]
    head = head[: len(head) - max(0, _utf16_length(head) - budget)]  # characters past U+FFFF count twice
    return head + marker, True


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> object:
    """A text as a text cell: never a formula, never an error value."""
    formula = starts_formula(text)
    if not formula and text not in ERROR_CODES:
        return text  # openpyxl makes a plain text cell of it
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    cell.quotePrefix = formula
    return cell


def _as_text(sheet: WriteOnlyWorksheet, value: object, where: str, reason: str, notes: Notes) -> object:
    notes.add(where, AS_TEXT[reason])
    return text_cell(sheet, value.isoformat() if isinstance(value, dt.date) else str(value))


def _decimal(column: str, where: str, notes: Notes) -> Convert:
    fmt = number_format(column)

    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if not isinstance(value, Decimal):
            return value
        if len(value.as_tuple().digits) > EXACT_DIGITS:
            return _as_text(sheet, value, where, "digits", notes)
        cell = WriteOnlyCell(sheet, float(value))
        if fmt:
            cell.number_format = fmt
        return cell

    return convert


def _text(where: str, notes: Notes) -> Convert:
    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if value is None:
            return None
        text, cut = excel_text(
            LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list) else str(value)
        )
        if cut:
            notes.add(where, CUT)
        return text_cell(sheet, text)

    return convert


def _plain(where: str, notes: Notes) -> Convert:
    """Integers, booleans, doubles and dates as they are (openpyxl shows dates as yyyy-mm-dd), unless
    Excel cannot hold them."""

    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int) and abs(value) >= 10**EXACT_DIGITS:
            return _as_text(sheet, value, where, "digits", notes)
        if isinstance(value, float) and not math.isfinite(value):
            return _as_text(sheet, value, where, "float", notes)
        if isinstance(value, str) or (isinstance(value, dt.date) and value < FIRST_EXCEL_DAY):
            return _as_text(sheet, value, where, "date", notes)  # DuckDB gives a date Python lacks as text
        return value

    return convert


def _time(where: str, notes: Notes) -> Convert:
    def convert(sheet: WriteOnlyWorksheet, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.year < FIRST_EXCEL_DAY.year:
            return _as_text(sheet, value, where, "date", notes)
        try:
            local = excel_time(value)
        except OverflowError:  # an aware time in 9999 whose China time is in year 10000
            return _as_text(sheet, value, where, "date", notes)
        cell = WriteOnlyCell(sheet, local)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell

    return convert


def converter(column: str, data_type: str, where: str, notes: Notes) -> Convert:
    """How a column of this DuckDB type becomes cells; `where` (view.column) names it in the notes."""
    if data_type.startswith("DECIMAL"):
        return _decimal(column, where, notes)
    if data_type.startswith("TIMESTAMP"):
        return _time(where, notes)
    if data_type in {"INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BOOLEAN", "DATE", "DOUBLE", "FLOAT"}:
        return _plain(where, notes)
    return _text(where, notes)  # VARCHAR, JSON, lists
