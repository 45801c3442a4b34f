"""Turn a payload (bytes) into a RawTable: header labels, data rows with their source row numbers, notes.

Readers only find the table; they do not interpret values. One module per kind of file: delimited (CSV),
records (JSON), spreadsheet (XLSX), web_page (HTML); sniff says what the bytes are, table holds the shape
they all produce and the header search they share.
"""

from __future__ import annotations

from etl.errors import ReadError
from etl.readers.delimited import read_csv
from etl.readers.records import read_json
from etl.readers.sniff import FORMATS, checked_format, sniff_format
from etl.readers.spreadsheet import read_xlsx
from etl.readers.table import HeaderSpot, RawRow, RawTable, locate_header, table_from_rows
from etl.readers.text import decode
from etl.readers.web_page import read_html

__all__ = ["FORMATS", "HeaderSpot", "RawRow", "RawTable", "checked_format", "decode", "locate_header",
           "read_csv", "read_html", "read_json", "read_table", "read_xlsx", "sniff_format", "table_from_rows"]  # fmt: skip


def read_table(
    payload: bytes,
    fmt: str,
    encoding: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Read a payload of the declared format, refusing bytes that are plainly something else.

    fmt 'auto' reads whatever the bytes are (XLSX, HTML, JSON, else CSV).
    """
    fmt = checked_format(payload, fmt)
    if fmt == "csv":
        return read_csv(payload, encoding, header_row)
    if fmt == "json":
        return read_json(payload, encoding)
    if fmt == "xlsx":
        return read_xlsx(payload, sheet, header_row)
    if fmt == "html":
        return read_html(payload, encoding, header_row)
    raise ReadError(f"no reader for format {fmt!r}")
