"""An ODS measured before calamine reads it, and its merged cells, which calamine does not report.

ODS compresses repetition into attributes: `table:number-rows-repeated="1048576"` over a row whose
cell says `table:number-columns-repeated="16384"` is 17 billion cells in a few hundred bytes, and
calamine expands repeated cells that hold a value. LibreOffice itself writes such repeats for the empty
rest of every sheet, so only cells holding a value count. One streaming pass over content.xml (lxml,
no entities, no network, libxml2's default depth and text limits) gives each table's extent and its
spans (`table:number-columns-spanned` / `number-rows-spanned`: the merged cells).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from etl.core.errors import ReadError
from etl.readers.archive import MemberStream
from etl.readers.limits import ReaderLimits, refuse

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


@dataclass
class OdsSheet:
    name: str
    rows: int = 0  # last row (1-based) holding a value
    columns: int = 0
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based, inclusive


def _count(element, name: str) -> int:
    try:
        return max(1, int(element.get(TABLE + name, "1")))
    except ValueError:
        return 1


def _read_row(row, sheet: OdsSheet, row_index: int, limits: ReaderLimits) -> None:
    repeat = _count(row, "number-rows-repeated")
    column = 0
    for cell in row:
        if cell.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
            continue
        repeat_columns = _count(cell, "number-columns-repeated")
        has_value = cell.tag == TABLE + "table-cell" and (
            cell.get(OFFICE + "value-type") is not None or len(cell)
        )
        if has_value:
            sheet.columns = max(sheet.columns, column + repeat_columns)
            sheet.rows = max(sheet.rows, row_index + repeat)
            across, down = _count(cell, "number-columns-spanned"), _count(cell, "number-rows-spanned")
            if across > 1 or down > 1:
                sheet.spans.append(((row_index, column), (row_index + down - 1, column + across - 1)))
        column += repeat_columns
        if sheet.columns > limits.max_columns:
            raise refuse("max_columns", limits.max_columns, f"a value in column {sheet.columns:,}",
                         f"in sheet {sheet.name!r}, row {row_index + 1}")  # fmt: skip
    if sheet.rows * sheet.columns > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"{sheet.rows:,} rows × {sheet.columns:,} columns",
                     f"in sheet {sheet.name!r}")  # fmt: skip
    if len(sheet.spans) > limits.max_merge_cells:
        raise refuse("max_merge_cells", limits.max_merge_cells, "merged ranges", f"in sheet {sheet.name!r}")


def scan_content(archive: zipfile.ZipFile, limits: ReaderLimits) -> dict[str, OdsSheet]:
    """Each table of content.xml: its extent and spans; a ReadError past a limit or for damaged XML."""
    sheets: dict[str, OdsSheet] = {}
    sheet: OdsSheet | None = None
    row_index = 0
    if "content.xml" not in archive.namelist():
        raise ReadError("not a readable ODS spreadsheet: it has no content.xml")
    try:
        with MemberStream(archive, "content.xml", "ODS spreadsheet") as stream:  # a DTD refused there
            events = etree.iterparse(
                stream, events=("start", "end"), tag=(TABLE + "table", TABLE + "table-row"),
                resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            )  # fmt: skip
            for event, element in events:
                if element.tag == TABLE + "table" and event == "start":
                    sheet = OdsSheet(element.get(TABLE + "name", f"Sheet{len(sheets) + 1}"))
                    sheets[sheet.name] = sheet
                    row_index = 0
                elif element.tag == TABLE + "table-row" and event == "end" and sheet is not None:
                    _read_row(element, sheet, row_index, limits)
                    row_index += _count(element, "number-rows-repeated")
                    element.clear()
                    while element.getprevious() is not None:
                        del element.getparent()[0]
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ReadError(f"not a readable ODS spreadsheet: content.xml is damaged ({exc})") from None
    return sheets
