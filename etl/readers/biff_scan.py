"""An Excel 97 (.xls) workbook measured before calamine reads it.

calamine builds each sheet as one dense block from its first to its last cell; BIFF allows 65,536 rows
× 256 columns, so one value at A1 and one at IV65536 ask it for 16.7M cells, about 600 MB, before any
check can run on the sheet. Here the OLE2 container is opened (its FAT, directory and mini stream, every
chain bounded by the file's size), the `Workbook` (or BIFF5 `Book`) stream is read, and its records are
walked: the last row and column holding a value, per sheet.
"""

from __future__ import annotations

import struct

from etl.errors import ReadError
from etl.readers.limits import ReaderLimits, refuse

END_OF_CHAIN, FREE = 0xFFFFFFFE, 0xFFFFFFFF
# Records holding a cell value: (row, column) are their first two u16. MULRK holds a run of columns.
VALUE_RECORDS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6})
MULRK, BOF, FILEPASS = 0x00BD, 0x0809, 0x002F


class _Compound:
    """The streams of an OLE2 compound file (read-only, bounded)."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise ReadError("not a readable XLS workbook: not an OLE2 compound file")
        self.data = data
        self.sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_sector = 1 << struct.unpack_from("<H", data, 0x20)[0]
        if self.sector not in (512, 4096) or self.mini_sector != 64:
            raise ReadError("not a readable XLS workbook: unusual OLE2 sector sizes")
        first_dir = struct.unpack_from("<I", data, 0x30)[0]
        self.cutoff, first_minifat = struct.unpack_from("<II", data, 0x38)
        first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
        self.fat = self._fat(list(struct.unpack_from("<109I", data, 0x4C)), first_difat, difat_count)
        directory = self._chain_bytes(first_dir)
        self.entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
        root = self.entries[0] if self.entries else b""
        self.mini_stream = self._chain_bytes(struct.unpack_from("<I", root, 116)[0]) if root else b""
        self.minifat = self._as_ints(self._chain_bytes(first_minifat)) if first_minifat < END_OF_CHAIN else []

    def _sector_bytes(self, number: int) -> bytes:
        start = (number + 1) * self.sector
        if start >= len(self.data):
            raise ReadError("not a readable XLS workbook: a sector beyond the end of the file")
        return self.data[start : start + self.sector]

    @staticmethod
    def _as_ints(raw: bytes) -> list[int]:
        return list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))

    def _fat(self, difat: list[int], next_difat: int, count: int) -> list[int]:
        per_sector = self.sector // 4 - 1
        for _ in range(min(count, len(self.data) // self.sector)):
            if next_difat >= END_OF_CHAIN:
                break
            values = self._as_ints(self._sector_bytes(next_difat))
            difat += values[:per_sector]
            next_difat = values[per_sector]
        return [v for s in difat if s < END_OF_CHAIN for v in self._as_ints(self._sector_bytes(s))]

    def _chain(self, start: int, table: list[int]) -> list[int]:
        chain, seen = [], set()
        while start < END_OF_CHAIN:
            if start in seen or start >= len(table):
                raise ReadError("not a readable XLS workbook: a broken sector chain")
            seen.add(start)
            chain.append(start)
            start = table[start]
        return chain

    def _chain_bytes(self, start: int) -> bytes:
        return b"".join(self._sector_bytes(s) for s in self._chain(start, self.fat))

    def stream(self, names: tuple[str, ...]) -> bytes | None:
        for entry in self.entries:
            length = min(64, struct.unpack_from("<H", entry, 64)[0])
            name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
            if entry[66] == 2 and name.lower() in {n.lower() for n in names}:
                start, size = struct.unpack_from("<II", entry, 116)
                if size < self.cutoff:
                    sectors = self._chain(start, self.minifat)
                    raw = b"".join(self.mini_stream[s * 64 : s * 64 + 64] for s in sectors)
                else:
                    raw = self._chain_bytes(start)
                return raw[:size]
        return None


def sheet_extents(payload: bytes) -> list[tuple[int, int]]:
    """(rows, columns) up to the last value of each sheet substream of the workbook."""
    try:
        book = _Compound(payload).stream(("Workbook", "Book"))
    except (struct.error, IndexError, ValueError) as exc:
        raise ReadError(f"not a readable XLS workbook: a damaged OLE2 container ({exc})") from None
    if book is None:
        raise ReadError("not a readable XLS workbook: no Workbook stream")
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
