"""JSON documents: the largest list of records anywhere in them, one column per key."""

from __future__ import annotations

import json

from etl.errors import ReadError
from etl.readers.table import RawRow, RawTable
from etl.readers.text import decode
from etl.text import fold_text
from etl.units import unit_in_note


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
