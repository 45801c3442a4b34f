"""Turn a payload (bytes) into a RawTable: header labels, data rows with their source row numbers, notes.

Readers only find the table; they do not interpret values. Every row after the header is kept, blank
or not, so the normalizer can account for each one.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from etl.headers import header_score
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


def table_from_rows(grid: list[tuple[int, list[str | None]]], header_override: int | None = None) -> RawTable:
    """Find the header row in a grid of (line, cells) and split it into notes / header / rows."""
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
    width = len(header)
    rows = [
        RawRow(line, (cells + [None] * width)[: max(width, len(cells))])
        for line, cells in grid[header_at + 1 :]
    ]
    unit_hint = next((u for u in (unit_in_note(n) for n in notes) if u), None)
    return RawTable(header=header, rows=rows, notes=notes, unit_hint=unit_hint)


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


READERS = {"csv": read_csv, "json": read_json}


def read_table(payload: bytes, fmt: str, encoding: str | None = None) -> RawTable:
    """Read a payload of the declared format, refusing bytes that are plainly something else."""
    sniffed = sniff_format(payload)
    if sniffed == "empty":
        raise ReadError("the payload is empty")
    if sniffed in {"html", "pdf", "xlsx", "xls"} and sniffed != fmt:
        raise ReadError(
            f"expected {fmt} but the payload is {sniffed.upper()} (an error page or a wrong link?)"
        )
    if fmt == "csv" and sniffed == "json":
        raise ReadError("expected csv but the payload is JSON")
    if fmt not in READERS:
        raise ReadError(f"no reader for format {fmt!r}")
    return READERS[fmt](payload, encoding)
