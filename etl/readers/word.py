"""Word (.docx) attachments: the project table among the document's paragraphs and tables.

Only word/document.xml is read, with lxml set to expand no entities, fetch nothing and keep libxml2's
depth and text limits (a table nested 100,000 deep fails there, as damaged XML). Of all tables (nested
ones count on their own, as in the HTML reader) the one whose header scores best is the list. Merged
cells become copies of their text, as HTML spans do: `w:gridSpan` across (clamped to max_colspan, as
browsers clamp colspan), `w:vMerge` down (a continuing cell takes the text above it). Paragraphs in a
cell are lines of its text ("\\n"). The paragraphs before the table (title, 单位：万元) and after it
(notes) become the table's notes.
"""

from __future__ import annotations

from lxml import etree

from etl.core.errors import ReadError
from etl.readers.archive import open_zip, read_member
from etl.readers.limits import LimitExceeded, ReaderLimits, refuse, resolved
from etl.readers.table import RawTable, table_from_rows, table_score
from etl.rules.units import fold_text, unit_in_note

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KIND = "DOCX document"
NOTE_PARAGRAPHS = 10  # paragraphs kept as notes on each side of the table


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr"):
        parts.append(node.text or "" if node.tag == W + "t" else "\t" if node.tag == W + "tab" else "\n")
    return "".join(parts)


def _cell_text(cell) -> str | None:
    lines = [_paragraph_text(p) for p in cell.iter(W + "p") if _owner(p, W + "tc") is cell]
    text = "\n".join(line for line in lines if line.strip())
    return text if text.strip() else None


def _owner(node, tag: str):
    """The nearest ancestor with this tag: which row a cell belongs to, which cell a paragraph."""
    return next(node.iterancestors(tag), None)


def _val(element, path: str, default: str | None = None) -> str | None:
    found = element.find(path)
    return default if found is None else found.get(W + "val", default)


def _count(text: str | None, cap: int) -> int:
    digits = "".join(ch for ch in text or "" if ch.isdigit())[:9]
    return min(cap, max(1, int(digits or 1)))


def _table_grid(table, limits: ReaderLimits, number: int) -> list[tuple[int, list[str | None]]]:
    """The table's own rows with gridSpan copied across and vMerge copied down."""
    grid: list[list[str | None]] = []
    cells = 0
    for r, row in enumerate(tr for tr in table.iter(W + "tr") if _owner(tr, W + "tbl") is table):
        out: list[str | None] = [None] * _count(_val(row, f"{W}trPr/{W}gridBefore", "0"), limits.max_columns)
        for cell in (tc for tc in row.iter(W + "tc") if _owner(tc, W + "tr") is row):
            if len(out) >= limits.max_columns:
                raise refuse("max_columns", limits.max_columns, "a table row with more cells",
                             f"in table {number}, row {r + 1}")  # fmt: skip
            span = min(_count(_val(cell, f"{W}tcPr/{W}gridSpan", "1"), limits.max_colspan),
                       limits.max_columns - len(out))  # fmt: skip
            merge = _val(cell, f"{W}tcPr/{W}vMerge", "missing")
            if merge not in ("missing", "restart"):  # continues the cell above
                above = grid[-1] if grid else []
                text = above[len(out)] if len(out) < len(above) else None
            elif _val(cell, f"{W}tcPr/{W}hMerge", "missing") not in ("missing", "restart") and out:
                text = out[-1]
            else:
                text = _cell_text(cell)
            out.extend([text] * span)
        cells += len(out)
        if cells > limits.max_cells:
            raise refuse("max_cells", limits.max_cells, "table cells", f"in table {number}")
        grid.append(out)
    return list(enumerate(grid, 1))


def _document(payload: bytes, limits: ReaderLimits):
    archive = open_zip(payload, limits, KIND)
    try:
        xml = read_member(archive, "word/document.xml", KIND)
    except KeyError:
        raise ReadError("not a readable DOCX document: it has no word/document.xml") from None
    # lxml spends ~250 bytes per element: bound the elements before parsing ('<' counts every tag).
    if xml.count(b"<") > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"a document of up to {xml.count(b'<'):,} XML tags")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"not a readable DOCX document: word/document.xml: {exc}") from None


def read_docx(payload: bytes, header_row: int | None = None, limits: ReaderLimits | None = None) -> RawTable:
    """The project table of a Word document: of all its tables, the one whose header scores best."""
    limits = resolved(limits)
    root = _document(payload, limits)
    body = root.find(W + "body")
    tables = list(root.iter(W + "tbl"))
    if body is None or not tables:
        raise ReadError("the Word document has no table")
    best: tuple[int, RawTable, object] | None = None
    for number, table in enumerate(tables, 1):
        try:
            found = table_from_rows(_table_grid(table, limits, number), header_row, limits)
        except LimitExceeded:
            raise
        except ReadError:
            continue
        score = table_score(found)
        if best is None or score > best[0]:
            best = (score, found, table)
    if best is None:
        raise ReadError(f"none of the document's {len(tables)} tables has a project header (项目名称 …)")
    _, table, element = best
    table.notes = _notes_around(body, element, table.notes)
    table.unit_hint = table.unit_hint or next((u for u in map(unit_in_note, table.notes) if u), None)
    return table


def _notes_around(body, table, inside: list[str]) -> list[str]:
    """Paragraphs of the body before the table (title, unit line), the table's own notes, and after."""
    top = table
    while top.getparent() is not None and top.getparent() is not body:
        top = top.getparent()
    blocks = list(body)
    at = blocks.index(top) if top in blocks else len(blocks)
    before = [fold_text(_paragraph_text(p)) for p in blocks[:at] if p.tag == W + "p"]
    after = [fold_text(_paragraph_text(p)) for p in blocks[at + 1 :] if p.tag == W + "p"]
    before, after = [n for n in before if n], [n for n in after if n]
    return before[-NOTE_PARAGRAPHS:] + inside + after[:NOTE_PARAGRAPHS]
