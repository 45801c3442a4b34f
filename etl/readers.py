"""Turn a payload (bytes) into a RawTable: header labels, data rows with their source row numbers, notes.

Readers only find the table; they do not interpret values. Every row after the header is kept, blank
or not, so the normalizer can account for each one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field

from etl.headers import canonical_column, header_score
from etl.units import fold_text, unit_in_note

HEADER_SEARCH_ROWS = 20


class ReadError(ValueError):
    """The payload is not a readable table of the declared format; the message names the reason."""


@dataclass
class RawRow:
    line: int  # 1-based row in the source: CSV line, sheet row, table row, or JSON record index
    cells: list[str | None]


@dataclass
class RawTable:
    header: list[str]
    rows: list[RawRow]
    notes: list[str] = field(default_factory=list)  # title and note rows above the header
    unit_hint: str | None = None  # a unit stated in a note row such as '单位：万元'


def decode(payload: bytes, encoding: str | None = None) -> str:
    """Text of a payload: declared encoding, else UTF-8 (BOM or not), else GB18030 (a superset of GBK)."""
    if encoding:
        return payload.decode(encoding).removeprefix("\ufeff")
    if payload.startswith(b"\xef\xbb\xbf"):
        return payload[3:].decode("utf-8")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 and not GB18030/GBK text (byte {exc.start})") from None


def sniff_format(payload: bytes) -> str | None:
    """What the bytes really are, whatever the file name says: guards against error pages."""
    head = payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        return "empty"
    if head.startswith(b"pk\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<table", b"<meta", b"<?xml")):
        return "html"
    if head[:1] in (b"[", b"{"):
        return "json"
    return None


@dataclass
class HeaderSpot:
    """Where a table starts in a grid: its header (one or two rows joined) and what sits above it."""

    header: list[str]
    body_from: int  # index in the grid of the first row under the header
    notes: list[str]
    unit_hint: str | None


def locate_header(grid: list[tuple[int, list[str | None]]], header_override: int | None = None) -> HeaderSpot:
    """Find the header row among the first rows of a grid of (line, cells)."""
    header_at = None
    if header_override is not None:
        header_at = next((i for i, (line, _) in enumerate(grid) if line == header_override), None)
        if header_at is None:
            raise ReadError(f"header_row {header_override} is beyond the end of the table")
    else:
        for i, (_, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
            if header_score(cells) >= 3:
                header_at = i
                break
    if header_at is None:
        raise ReadError(
            f"no header row in the first {HEADER_SEARCH_ROWS} rows (need a project-name column such as "
            "项目名称 and one more known column); set header_row in the catalog if the file has one"
        )
    notes = [" ".join(fold_text(c) for c in cells if c) for _, cells in grid[:header_at]]
    notes = [n for n in notes if n]
    header = [fold_text(c) for c in grid[header_at][1]]
    body_from = header_at + 1
    if body_from < len(grid) and is_header_continuation(header, grid[body_from][1]):
        header = join_header_rows(header, grid[body_from][1])
        body_from += 1
    unit_hint = next((u for u in (unit_in_note(n) for n in notes) if u), None)
    return HeaderSpot(header, body_from, notes, unit_hint)


def table_from_rows(grid: list[tuple[int, list[str | None]]], header_override: int | None = None) -> RawTable:
    """Find the header row in a grid of (line, cells) and split it into notes / header / rows."""
    spot = locate_header(grid, header_override)
    width = len(spot.header)
    rows = [
        RawRow(line, (cells + [None] * width)[: max(width, len(cells))])
        for line, cells in grid[spot.body_from :]
    ]
    return RawTable(header=spot.header, rows=rows, notes=spot.notes, unit_hint=spot.unit_hint)


# Child labels that sit under a merged parent such as "2023年投资计划".
HEADER_CHILD_WORDS = frozenset(
    {"小计", "合计", "其中", "计划投资", "投资", "主要建设内容", "建设内容", "完成投资"}
)


def is_header_continuation(header: list[str], cells: list[str | None]) -> bool:
    """Is the row under the header its second line ('2023年投资计划' over '小计' / '主要建设内容')?

    Yes when the row holds no numbers, repeats the header where cells were merged vertically, and
    every new label in it is a known header or a known child word.
    """
    new_labels = []
    for i, cell in enumerate(cells):
        text = fold_text(cell)
        if not text or (i < len(header) and text == header[i]):
            continue
        if re.fullmatch(r"[\d.,\s]+", text):
            return False
        new_labels.append(text)
    if not new_labels:
        return False
    return all(canonical_column(t) or t.replace(" ", "") in HEADER_CHILD_WORDS for t in new_labels)


def join_header_rows(header: list[str], cells: list[str | None]) -> list[str]:
    """Parent/child labels: 'parent/child' where they differ, the parent alone where merged vertically."""
    joined = []
    for i in range(max(len(header), len(cells))):
        parent = header[i] if i < len(header) else ""
        child = fold_text(cells[i]) if i < len(cells) else ""
        if not parent:
            # A merged parent leaves only its first cell filled: borrow it from the left.
            parent = next((header[j] for j in range(i - 1, -1, -1) if header[j]), "") if child else ""
        joined.append(f"{parent}/{child}" if child and child != parent and parent else parent or child)
    return joined


def read_csv(payload: bytes, encoding: str | None = None, header_row: int | None = None) -> RawTable:
    text = decode(payload, encoding)
    grid = [
        (i, [c if c != "" else None for c in cells])
        for i, cells in enumerate(csv.reader(io.StringIO(text)), 1)
    ]
    if not grid:
        raise ReadError("the CSV is empty")
    return table_from_rows(grid, header_row)


def _find_records(node: object, path: str = "$") -> tuple[str, list[dict]] | None:
    """The largest list of objects anywhere in a JSON document ({"data": {"items": [...]}} included)."""
    best: tuple[str, list[dict]] | None = None
    if isinstance(node, list) and node and all(isinstance(x, dict) for x in node):
        best = (path, node)
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        found = _find_records(child, f"{path}.{key}")
        if found and (best is None or len(found[1]) > len(best[1])):
            best = found
    return best


def read_json(payload: bytes, encoding: str | None = None) -> RawTable:
    try:
        document = json.loads(decode(payload, encoding))
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON: {exc}") from None
    found = _find_records(document)
    if not found:
        raise ReadError("no list of records (objects) in the JSON document")
    _, records = found
    header: list[str] = []
    for record in records:
        header.extend(k for k in record if k not in header)
    rows = [
        RawRow(i, [None if record.get(k) is None else str(record[k]) for k in header])
        for i, record in enumerate(records, 1)
    ]
    notes = (
        [f"{k}: {v}" for k, v in document.items() if isinstance(v, str)] if isinstance(document, dict) else []
    )
    unit_hint = next((u for u in (unit_in_note(n) for n in notes) if u), None)
    return RawTable(header=[fold_text(h) for h in header], rows=rows, notes=notes, unit_hint=unit_hint)


def _cell_text(value: object) -> str | None:
    """A spreadsheet value as the text a reader of the printed list would see."""
    if value is None:
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value)
    return text if text.strip() else None


def read_xlsx(payload: bytes, sheet: str | None = None, header_row: int | None = None) -> RawTable:
    """The project table of a workbook: the named sheet, else the sheet whose header scores best.

    Merged cells hold their value only in the top-left cell; every cell of a merged range gets it here,
    so a 地市 merged over ten rows gives each of the ten rows its city.
    """
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(payload), data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and XML errors for damaged files
        raise ReadError(f"not a readable XLSX workbook: {type(exc).__name__}: {exc}") from None
    if sheet is not None and sheet not in workbook.sheetnames:
        raise ReadError(f"no sheet {sheet!r}; the workbook has {workbook.sheetnames}")
    candidates = [workbook[sheet]] if sheet else workbook.worksheets
    best: tuple[int, RawTable] | None = None
    errors = []
    for worksheet in candidates:
        grid = _sheet_grid(worksheet)
        try:
            table = table_from_rows(grid, header_row)
        except ReadError as exc:
            errors.append(f"sheet {worksheet.title!r}: {exc}")
            continue
        score = header_score(table.header) * 100000 + len(table.rows)
        if best is None or score > best[0]:
            best = (score, table)
    if best is None:
        raise ReadError("; ".join(errors) or "the workbook has no sheets")
    return best[1]


def _sheet_grid(worksheet) -> list[tuple[int, list[str | None]]]:
    rows = [[_cell_text(v) for v in row] for row in worksheet.iter_rows(values_only=True)]
    for merged in worksheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(rows) else None
        for r in range(merged.min_row, min(merged.max_row, len(rows)) + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    while rows and all(v is None for v in rows[-1]):  # formatted but empty rows at the bottom
        rows.pop()
    return list(enumerate(rows, 1))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def _decode_html(payload: bytes, encoding: str | None) -> str:
    if encoding is None:
        declared = _META_CHARSET.search(payload[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            encoding = "gb18030" if name in {"gb2312", "gbk", "gb18030"} else name
            try:
                return payload.decode(encoding).removeprefix("\ufeff")
            except (LookupError, UnicodeDecodeError):
                encoding = None
    return decode(payload, encoding)


def _html_grid(table) -> list[tuple[int, list[str | None]]]:
    """Expand rowspan/colspan: every cell a span covers gets the spanning cell's text."""
    grid: list[list[str | None]] = []
    pending: dict[tuple[int, int], str | None] = {}
    # Only this table's own rows: a table nested in one of its cells is read on its own.
    own_rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    for r, tr in enumerate(own_rows):
        row: list[str | None] = []
        col = 0
        for td in tr:
            if td.tag not in {"td", "th"}:
                continue
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            text = fold_text(td.text_content()) or None
            rowspan = max(1, int(re.sub(r"\D", "", td.get("rowspan") or "1") or 1))
            colspan = max(1, int(re.sub(r"\D", "", td.get("colspan") or "1") or 1))
            for dc in range(colspan):
                row.append(text)
                for dr in range(1, rowspan):
                    pending[(r + dr, col + dc)] = text
            col += colspan
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        grid.append(row)
    return [(i, row) for i, row in enumerate(grid, 1)]


def read_html(payload: bytes, encoding: str | None = None, header_row: int | None = None) -> RawTable:
    """The project table of a web page: of all <table>s, the one whose header scores best.

    Nested tables count on their own (a layout table around the list is common). Row numbers count
    the <tr> elements of that table (1 = its first row).
    """
    import lxml.html

    text = _decode_html(payload, encoding)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        document = lxml.html.fromstring(text)
    except Exception as exc:
        raise ReadError(f"not readable HTML: {exc}") from None
    tables = document.xpath("//table")
    if not tables:
        raise ReadError("the page has no <table>")
    best: tuple[int, RawTable] | None = None
    for table in tables:
        try:
            found = table_from_rows(_html_grid(table), header_row)
        except ReadError:
            continue
        score = header_score(found.header) * 100000 + len(found.rows)
        if best is None or score > best[0]:
            best = (score, found)
    if best is None:
        raise ReadError(f"none of the page's {len(tables)} tables has a project header (项目名称 …)")
    page_notes = [fold_text(p.text_content()) for p in document.xpath("//h1|//h2|//h3|//p")][:10]
    table = best[1]
    table.notes = [n for n in page_notes if n] + table.notes
    table.unit_hint = table.unit_hint or next((u for u in (unit_in_note(n) for n in table.notes) if u), None)
    return table


FORMATS = ("csv", "json", "xlsx", "html")


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


def checked_format(payload: bytes, fmt: str) -> str:
    """The format to read the payload as; a ReadError for bytes that are plainly something else."""
    sniffed = sniff_format(payload)
    if sniffed == "empty":
        raise ReadError("the payload is empty")
    if fmt == "auto":
        fmt = sniffed if sniffed in FORMATS else "csv"
    if sniffed in {"xls", "pdf"}:
        hint = (
            "save it as XLSX" if sniffed == "xls" else "PDF lists are not read (yet); find an XLSX/HTML copy"
        )
        raise ReadError(f"the payload is {sniffed.upper()}: {hint}")
    if sniffed in {"html", "xlsx", "json"} and sniffed != fmt:
        raise ReadError(
            f"expected {fmt} but the payload is {sniffed.upper()} (an error page or a wrong link?)"
        )
    if fmt == "xlsx" and sniffed != "xlsx":
        raise ReadError(
            "expected xlsx but the payload is not a ZIP workbook (an error page or a wrong link?)"
        )
    return fmt
