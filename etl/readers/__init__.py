"""Turn a payload (bytes) into a RawTable: header labels, data rows with their source row numbers, notes.

Readers only find the table; they do not interpret values. One module per kind of file: delimited (CSV),
records (JSON), spreadsheet (XLSX, XLS, ODS), web_page (HTML), pdf (PDF with a text layer), word (DOCX);
sniff says what the bytes are, table holds the shape they all produce and the header search they share,
limits the bounds every reader keeps to (a payload past one is refused, naming the limit).
"""

from __future__ import annotations

from etl.errors import ReadError
from etl.readers.delimited import read_csv
from etl.readers.limits import ReaderLimits, resolved
from etl.readers.pdf import read_pdf
from etl.readers.records import read_json
from etl.readers.sniff import FORMATS, checked_format, sniff_format
from etl.readers.spreadsheet import read_spreadsheet, read_xlsx
from etl.readers.table import HeaderSpot, RawRow, RawTable, locate_header, table_from_rows
from etl.readers.text import decode
from etl.readers.web_page import read_html
from etl.readers.word import read_docx

__all__ = ["FORMATS", "HeaderSpot", "RawRow", "RawTable", "ReaderLimits", "checked_format", "decode",
           "locate_header", "read_csv", "read_docx", "read_html", "read_json", "read_pdf", "read_spreadsheet",
           "read_table", "read_xlsx", "sniff_format", "table_from_rows"]  # fmt: skip

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
    limits = resolved(limits)
    if fmt == "csv":
        return read_csv(payload, encoding, header_row, limits)
    if fmt == "json":
        return read_json(payload, encoding, limits)
    if fmt in {"xlsx", "xls", "ods"}:
        return read_spreadsheet(payload, fmt, sheet, header_row, limits)
    if fmt == "et":
        try:
            return read_spreadsheet(payload, "xls", sheet, header_row, limits)
        except ReadError as exc:
            raise ReadError(f"{ET_HINT} ({exc})") from None
    if fmt == "html":
        return read_html(payload, encoding, header_row, limits)
    if fmt == "pdf":
        return read_pdf(payload, header_row, limits)
    if fmt == "docx":
        return read_docx(payload, header_row, limits)
    raise ReadError(f"no reader for format {fmt!r}")
