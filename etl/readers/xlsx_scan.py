"""An XLSX measured before calamine reads it: calamine builds each sheet as one dense block from its first
to its last cell, so two cells at A1 and XFD1048576 ask it for 17 billion cells and the process aborts.

One pass over every member (bounded chunks, CRC checked: etl/readers/archive.py) finds, per worksheet,
the last row and column holding a value, the merged ranges it declares and the longest text run, and
per shared-string table the number of strings. A DTD is refused outright, anywhere in a member
(etl/readers/archive.py): OOXML never needs one, and it is how entity-expansion bombs start.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

from etl.core.errors import ReadError
from etl.readers.archive import verified_chunks
from etl.readers.limits import ReaderLimits, refuse

# Fast path: writers put the reference first (<c r="AB12" s="1">); every cell is then counted, values or
# not, which can only overstate the extent. Anything else, or an extent over a limit, is walked exactly.
_FAST_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})')
_FAST_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})')
_ROW_OR_CELL = re.compile(rb"<(?:\w+:)?(row|c)(\s[^>]*)?>")
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")
_SHARED_STRING_TABLE = re.compile(rb"<(?:\w+:)?sst[\s>]")
_PREFIXED_ROOT = re.compile(rb"<\w+:worksheet[\s>]")
MAX_TAG_BYTES = 1024 * 1024


@dataclass
class SheetExtent:
    """The last row and column (1-based) holding a value, and how many merges the sheet declares."""

    member: str
    rows: int = 0
    columns: int = 0
    merges: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_number(letters: bytes | str) -> int:
    """'A' → 1, 'Z' → 26, 'AA' → 27, 'XFD' → 16384."""
    number = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + ord(ch) - 64
    return number


def _tags(archive: zipfile.ZipFile, name: str):
    """The member's text cut at tag boundaries (no tag split between two pieces), bounded in size."""
    leftover = b""
    for chunk in verified_chunks(archive, name, "XLSX workbook"):  # which refuses a DTD anywhere
        buffer = leftover + chunk
        cut = buffer.rfind(b"<")
        if cut < 0 or buffer.find(b">", cut) >= 0:
            cut = len(buffer)
        leftover = buffer[cut:]
        if len(leftover) > MAX_TAG_BYTES:
            raise ReadError(
                f"not a readable XLSX workbook: {name} holds a tag of more than {MAX_TAG_BYTES:,} bytes"
            )
        yield buffer[:cut]
    if leftover:
        yield leftover


def _exact_extent(archive: zipfile.ZipFile, extent: SheetExtent) -> None:
    """Rows and cells without an `r` attribute follow the one before them: walk the tags in order."""
    row = column = 0
    for piece in _tags(archive, extent.member):
        for match in _ROW_OR_CELL.finditer(piece):
            kind, attributes = match.group(1), match.group(2) or b""
            ref = _REF.search(attributes)
            if kind == b"row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                column = 0
                continue
            column = column_number(ref.group(1)) if ref and ref.group(1) else column + 1
            if ref and ref.group(2):
                row = int(ref.group(2))
            if not match.group(0).endswith(b"/>"):
                extent.rows, extent.columns = max(extent.rows, row), max(extent.columns, column)


def scan_sheet(archive: zipfile.ZipFile, member: str, limits: ReaderLimits) -> SheetExtent:
    extent = SheetExtent(member)
    letters: set[bytes] = set()
    rows: set[bytes] = set()
    exact = False
    for number, piece in enumerate(_tags(archive, member)):
        exact = exact or (number == 0 and bool(_PREFIXED_ROOT.search(piece)))
        exact = exact or piece.count(b'<c r="') != piece.count(b"<c ") + piece.count(b"<c>")
        if not exact:
            letters.update(_FAST_LETTERS.findall(piece))
            rows.update(_FAST_ROWS.findall(piece))
        extent.merges += piece.count(b"mergeCell ")  # <mergeCell ref=…>, prefixed or not
    extent.columns = max((column_number(c) for c in letters), default=0)
    extent.rows = max((int(r) for r in rows), default=0)
    if exact or extent.columns > limits.max_columns or extent.cells > limits.max_cells:
        extent.rows = extent.columns = 0
        _exact_extent(archive, extent)
    return extent


def _shared_strings(archive: zipfile.ZipFile, name: str) -> int | None:
    """How many strings a shared-string table holds; None if the member is not one (its root is <sst>)."""
    count, table = 0, False
    for number, piece in enumerate(_tags(archive, name)):
        table = table or (number == 0 and bool(_SHARED_STRING_TABLE.search(piece[:4096])))
        if not table:
            return None
        count += len(_SHARED_STRING.findall(piece))
    return count if table else None


def scan_workbook(archive: zipfile.ZipFile, limits: ReaderLimits) -> list[SheetExtent]:
    """Check every member against the limits; the worksheets' extents, for the reader's own checks.

    Every XML member is measured as if it were a sheet, whatever its name: calamine finds sheets through
    the workbook's relationships, which may name any member."""
    sheets = []
    for info in archive.infolist():
        name = info.filename
        if info.is_dir():
            continue
        if not name.lower().endswith((".xml", ".rels")):
            for _ in verified_chunks(archive, name, "XLSX workbook"):
                pass
            continue
        strings = _shared_strings(archive, name)
        if strings is not None:
            if strings > limits.max_cells:
                raise refuse("max_cells", limits.max_cells, f"{strings:,} shared strings", f"in {name}")
            continue
        extent = scan_sheet(archive, name, limits)
        check_extent(extent, limits, f"in {name}")
        if extent.cells:
            sheets.append(extent)
    return sheets


def check_extent(extent: SheetExtent, limits: ReaderLimits, where: str) -> None:
    if extent.columns > limits.max_columns:
        raise refuse("max_columns", limits.max_columns, f"a value in column {extent.columns:,}", where)
    if extent.cells > limits.max_cells:
        raise refuse(
            "max_cells", limits.max_cells, f"{extent.rows:,} rows × {extent.columns:,} columns", where
        )
    if extent.merges > limits.max_merge_cells:
        raise refuse("max_merge_cells", limits.max_merge_cells, f"{extent.merges:,} merged ranges", where)
