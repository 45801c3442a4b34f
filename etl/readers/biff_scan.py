"""An Excel 97 (.xls) workbook measured before calamine reads it.

calamine builds each sheet as one dense block from its first to its last cell; BIFF allows 65,536 rows
× 256 columns, so one value at A1 and one at IV65536 ask it for 16.7M cells, about 600 MB, before any
check can run on the sheet. Here olefile opens the OLE2 container (its FAT, directory and mini stream,
every sector checked against the file's size), the `Workbook` (or BIFF5 `Book`) stream is read, and its
records are walked: the last row and column holding a value, per sheet.
"""

from __future__ import annotations

import io
import struct

import olefile

from etl.core.errors import ReadError
from etl.readers.limits import ReaderLimits, refuse

# Records holding a cell value: (row, column) are their first two u16. MULRK holds a run of columns.
VALUE_RECORDS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6})
MULRK, BOF, FILEPASS = 0x00BD, 0x0809, 0x002F
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def workbook_stream(payload: bytes) -> bytes:
    """The `Workbook` (BIFF8) or `Book` (BIFF5) stream of an OLE2 compound file, read by olefile, which
    checks every sector index, chain and size against the file; any defect it finds is a ReadError."""
    if payload[:8] != OLE2_MAGIC:
        raise ReadError("not a readable XLS workbook: not an OLE2 compound file")
    try:
        with olefile.OleFileIO(io.BytesIO(payload)) as ole:
            name = next((name for name in ("Workbook", "Book") if ole.exists(name)), None)
            if name is None:
                raise ReadError("not a readable XLS workbook: no Workbook stream")
            if ole.get_size(name) > len(payload):  # a looping sector chain would be read round and round
                raise ReadError(
                    f"not a readable XLS workbook: a damaged OLE2 container (its {name} stream claims "
                    f"{ole.get_size(name):,} bytes in a file of {len(payload):,})"
                )
            return ole.openstream(name).read()
    except (OSError, struct.error, IndexError, ValueError, KeyError) as exc:
        raise ReadError(f"not a readable XLS workbook: a damaged OLE2 container ({exc})") from None


def sheet_extents(payload: bytes) -> list[tuple[int, int]]:
    """(rows, columns) up to the last value of each sheet substream of the workbook."""
    book = workbook_stream(payload)
    extents: list[tuple[int, int]] = []
    rows = columns = 0
    at, end, unpack = 0, len(book) - 4, struct.unpack_from
    while at <= end:
        kind, length = unpack("<HH", book, at)
        body = at + 4
        if kind in VALUE_RECORDS and length >= 4:
            row, column = unpack("<HH", book, body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind == MULRK and length >= 6:
            row = unpack("<H", book, body)[0]
            last = unpack("<H", book, body + length - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, last + 1)
        elif kind == BOF:
            extents.append((rows, columns))
            rows = columns = 0
        elif kind == FILEPASS:
            raise ReadError("the XLS workbook is password-protected: ask the publisher for an open copy")
        at = body + length
    extents.append((rows, columns))
    return [e for e in extents if e != (0, 0)]


def check_xls(payload: bytes, limits: ReaderLimits) -> None:
    for number, (rows, columns) in enumerate(sheet_extents(payload), 1):
        where = f"in sheet {number} of the workbook"
        if columns > limits.max_columns:
            raise refuse("max_columns", limits.max_columns, f"a value in column {columns:,}", where)
        if rows * columns > limits.max_cells:
            raise refuse("max_cells", limits.max_cells, f"{rows:,} rows × {columns:,} columns", where)
