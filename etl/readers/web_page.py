"""Web pages: the project table among a page's tables, rowspan/colspan expanded."""

from __future__ import annotations

import re

from etl.core.errors import ReadError
from etl.readers.limits import LimitExceeded, ReaderLimits, refuse, resolved
from etl.readers.table import RawTable, table_from_rows, table_score
from etl.readers.text import decode
from etl.rules.text import fold_text
from etl.rules.units import unit_in_note

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


def _span(td, name: str, cap: int) -> int:
    """A rowspan/colspan as browsers read it: digits only, at least 1, clamped to `cap`."""
    digits = re.sub(r"\D", "", td.get(name) or "1")[:9]
    return min(cap, max(1, int(digits or 1)))


def _html_grid(table, limits: ReaderLimits) -> list[tuple[int, list[str | None]]]:
    """Expand rowspan/colspan: every cell a span covers gets the spanning cell's text.

    Spans are clamped as browsers clamp them (colspan 1000, rowspan 65534, and a rowspan ends with the
    table), and copies a span would put past max_columns are dropped; a row with more real cells than
    max_columns is refused.
    """
    grid: list[list[str | None]] = []
    pending: dict[tuple[int, int], str | None] = {}
    # Only this table's own rows: a table nested in one of its cells is read on its own.
    own_rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    width_cap, cells = limits.max_columns, 0
    for r, tr in enumerate(own_rows):
        row: list[str | None] = []
        col = 0
        for td in tr:
            if td.tag not in {"td", "th"}:
                continue
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            if col >= width_cap:
                raise refuse("max_columns", width_cap, "a table row with more cells", f"in row {r + 1}")
            text = (
                td.text_content().strip() or None
            )  # folded by the normalizer: ① and line breaks count there
            rowspan = min(_span(td, "rowspan", limits.max_rowspan), len(own_rows) - r)
            colspan = min(_span(td, "colspan", limits.max_colspan), width_cap - col)
            if cells + len(row) + len(pending) + rowspan * colspan > limits.max_cells:
                raise refuse("max_cells", limits.max_cells, "table cells (spans expanded)", f"in row {r + 1}")
            for dc in range(colspan):
                row.append(text)
                for dr in range(1, rowspan):
                    pending[(r + dr, col + dc)] = text
            col += colspan
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        cells += len(row)
        grid.append(row)
    return [(i, row) for i, row in enumerate(grid, 1)]


def read_html(
    payload: bytes,
    encoding: str | None = None,
    header_row: int | None = None,
    limits: ReaderLimits | None = None,
) -> RawTable:
    """The project table of a web page: of all <table>s, the one whose header scores best.

    Nested tables count on their own (a layout table around the list is common). Row numbers count
    the <tr> elements of that table (1 = its first row).
    """
    import lxml.html

    limits = resolved(limits)
    # lxml spends ~250 bytes per element: bound the elements before parsing ('<' counts every tag).
    if payload.count(b"<") > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"a page of up to {payload.count(b'<'):,} tags")
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
            found = table_from_rows(_html_grid(table, limits), header_row, limits)
        except LimitExceeded:
            raise
        except ReadError:
            continue
        score = table_score(found)
        if best is None or score > best[0]:
            best = (score, found)
    if best is None:
        raise ReadError(f"none of the page's {len(tables)} tables has a project header (项目名称 …)")
    page_notes = [fold_text(p.text_content()) for p in document.xpath("//h1|//h2|//h3|//p")][:10]
    table = best[1]
    table.notes = [n for n in page_notes if n] + table.notes
    table.unit_hint = table.unit_hint or next((u for u in (unit_in_note(n) for n in table.notes) if u), None)
    return table
