"""JSON documents: the largest list of records anywhere in them, one column per key.

A JSON document is read whole by `json.loads`, so it is bounded before: its values cannot outnumber its
commas and brackets (checked against max_cells), Python's parser stops at ~1,000 levels (RecursionError,
turned into a refusal), and the document is walked without recursion, refusing past json_max_depth.
"""

from __future__ import annotations

import json

from etl.core.errors import ReadError
from etl.readers.limits import ReaderLimits, refuse, resolved
from etl.readers.table import RawRow, RawTable
from etl.readers.text import decode
from etl.rules.text import fold_text
from etl.rules.units import unit_in_note


def _find_records(document: object, limits: ReaderLimits) -> tuple[str, list[dict]] | None:
    """The largest list of objects anywhere in a JSON document ({"data": {"items": [...]}} included).

    Depth-first without recursion: a document nested past json_max_depth is refused.
    """
    best: tuple[str, list[dict]] | None = None
    stack: list[tuple[object, str, int]] = [(document, "$", 1)]
    while stack:
        node, path, depth = stack.pop()
        if depth > limits.json_max_depth:
            raise refuse("json_max_depth", limits.json_max_depth, "JSON nested too deep", f"at {path[:80]}")
        if isinstance(node, list):
            if node and all(isinstance(x, dict) for x in node) and (best is None or len(node) > len(best[1])):
                best = (path, node)
            children = [(child, f"{path}[{i}]") for i, child in enumerate(node)]
        elif isinstance(node, dict):
            children = [(child, f"{path}.{key}") for key, child in node.items()]
        else:
            continue
        # Reversed onto the stack: visited in document order, so the first of equal lists wins.
        stack.extend(
            (child, where, depth + 1) for child, where in reversed(children) if isinstance(child, dict | list)
        )
    return best


def _parse(payload: bytes, encoding: str | None, limits: ReaderLimits) -> object:
    values = payload.count(b",") + payload.count(b"{") + payload.count(b"[")
    if values > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"a JSON document of up to {values:,} values")
    try:
        return json.loads(decode(payload, encoding))
    except RecursionError:
        raise refuse("json_max_depth", limits.json_max_depth, "JSON nested too deep for the parser") from None
    except ValueError as exc:  # JSONDecodeError, and ints longer than Python converts
        raise ReadError(f"invalid JSON: {exc}") from None


def _header(records: list[dict], limits: ReaderLimits) -> list[str]:
    seen: dict[str, None] = {}
    for number, record in enumerate(records, 1):
        seen.update(dict.fromkeys(record))
        if len(seen) > limits.max_columns:
            raise refuse(
                "max_columns", limits.max_columns, "distinct keys in the records", f"by record {number}"
            )
    if len(seen) * len(records) > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"{len(records):,} records × {len(seen):,} keys")
    return list(seen)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def read_json(payload: bytes, encoding: str | None = None, limits: ReaderLimits | None = None) -> RawTable:
    limits = resolved(limits)
    document = _parse(payload, encoding, limits)
    found = _find_records(document, limits)
    if not found:
        raise ReadError("no list of records (objects) in the JSON document")
    _, records = found
    header = _header(records, limits)
    rows = [RawRow(i, [_text(record.get(k)) for k in header]) for i, record in enumerate(records, 1)]
    notes = (
        [f"{k}: {v}" for k, v in document.items() if isinstance(v, str)] if isinstance(document, dict) else []
    )
    unit_hint = next((u for u in (unit_in_note(n) for n in notes) if u), None)
    return RawTable(header=[fold_text(h) for h in header], rows=rows, notes=notes, unit_hint=unit_hint)
