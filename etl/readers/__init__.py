"""Turn a payload (bytes) into a RawTable: header labels, data rows with their source row numbers, notes.

Readers only find the table; they do not interpret values. One module per kind of file: delimited (CSV),
records (JSON), spreadsheet (XLSX, XLS, ODS), web_page (HTML), pdf (PDF with a text layer), word (DOCX);
formats is the registry of the formats they read (the catalog and the sniffer take their names from it),
sniff says what the bytes are, table holds the shape they all produce and the header search they share,
limits the bounds every reader keeps to (a payload past one is refused, naming the limit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from etl.core.errors import ReadError
from etl.readers.delimited import read_csv
from etl.readers.formats import FORMATS, READABLE
from etl.readers.limits import ReaderLimits, resolved
from etl.readers.pdf import read_pdf
from etl.readers.records import read_json
from etl.readers.sniff import checked_format, sniff_format
from etl.readers.spreadsheet import read_spreadsheet, read_xlsx
from etl.readers.table import HeaderSpot, RawRow, RawTable, locate_header, table_from_rows
from etl.readers.text import decode
from etl.readers.web_page import read_html
from etl.readers.word import read_docx

__all__ = [
    "FORMATS",
    "HeaderSpot",
    "RawRow",
    "RawTable",
    "ReaderLimits",
    "checked_format",
    "decode",
    "locate_header",
    "read_csv",
    "read_docx",
    "read_html",
    "read_json",
    "read_pdf",
    "read_spreadsheet",
    "read_table",
    "read_xlsx",
    "sniff_format",
    "table_from_rows",
]

ET_HINT = "the payload is a WPS .et spreadsheet that cannot be read as an Excel 97 workbook: save it as .xlsx"


def read_table(
    payload: bytes,
    fmt: str,
    encoding: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    limits: ReaderLimits | None = None,
) -> RawTable:
    """Read a payload of the declared format, refusing bytes that are plainly something else.

    fmt 'auto' reads whatever the bytes are (XLSX, XLS, ODS, DOCX, PDF, HTML, JSON, else CSV).
    """
    fmt = checked_format(payload, fmt)
    reader = READERS.get(fmt)
    if reader is None:
        raise ReadError(f"no reader for format {fmt!r}")
    return reader(payload, fmt, ReadOptions(encoding, sheet, header_row, resolved(limits)))


@dataclass(frozen=True)
class ReadOptions:
    """What a catalog entry says about reading its payload, and the limits to keep to."""

    encoding: str | None
    sheet: str | None
    header_row: int | None
    limits: ReaderLimits


def _read_et(payload: bytes, fmt: str, o: ReadOptions) -> RawTable:
    try:
        return read_spreadsheet(payload, "xls", o.sheet, o.header_row, o.limits)
    except ReadError as exc:
        raise ReadError(f"{ET_HINT} ({exc})") from None


# The reader of each readable format of the registry (etl/readers/formats.py).
READERS: dict[str, Callable[[bytes, str, ReadOptions], RawTable]] = {
    "csv": lambda payload, fmt, o: read_csv(payload, o.encoding, o.header_row, o.limits),
    "json": lambda payload, fmt, o: read_json(payload, o.encoding, o.limits),
    "xlsx": lambda payload, fmt, o: read_spreadsheet(payload, fmt, o.sheet, o.header_row, o.limits),
    "xls": lambda payload, fmt, o: read_spreadsheet(payload, fmt, o.sheet, o.header_row, o.limits),
    "ods": lambda payload, fmt, o: read_spreadsheet(payload, fmt, o.sheet, o.header_row, o.limits),
    "et": _read_et,
    "html": lambda payload, fmt, o: read_html(payload, o.encoding, o.header_row, o.limits),
    "pdf": lambda payload, fmt, o: read_pdf(payload, o.header_row, o.limits),
    "docx": lambda payload, fmt, o: read_docx(payload, o.header_row, o.limits),
}
if set(READERS) != set(READABLE):  # a format registered without a reader, or a reader without a format
    raise ImportError(f"readers {sorted(READERS)} do not match the registry's formats {sorted(READABLE)}")
