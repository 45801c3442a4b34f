"""A ListSpec as the office files city lists come in: legacy .xls (xlwt), Word .docx (python-docx) and
.ods (odfpy) — titles merged over the table, headings merged across it, a place merged down over the
rows of one city, a 合计 row whose label is merged over the first cells, amounts as binary floats.
"""

from __future__ import annotations

import io
from decimal import Decimal

from scripts.corpus.listspec import Heading, ListSpec, Project

# A table row in every writer: (kind, cells), kind one of header | heading | sub | project | total; the
# rows above the table (title, unit line) and below it (notes) are passed as text.


def layout(spec: ListSpec, header: list[str]) -> list[tuple]:
    rows: list[tuple] = [("header", header)]
    for item in spec.items:
        if isinstance(item, Heading):
            rows.append(
                ("heading", [item.text]) if item.level < 3 else ("sub", [f"-{item.number}", item.text])
            )
        else:
            assert isinstance(item, Project)
            cells = [item.seq, item.name, item.place, item.total] + (
                [item.annual] if spec.with_annual else []
            )
            rows.append(("project", cells + [item.content]))
    if spec.total_row:
        rows.append(
            ("total", ["合计", None, None, spec.total()] + ([spec.annual()] if spec.with_annual else []))
        )
    return rows


def _with_text_rows(rows: list[tuple], above: list[str], below: list[str]) -> list[tuple]:
    return [("text", [t]) for t in above] + rows + [("text", [t]) for t in below]


def _place_runs(rows: list[tuple]) -> list[tuple[int, int]]:
    """(first, last) indexes of runs of project rows with the same place: merged down in the file."""
    runs, i = [], 0
    while i < len(rows):
        if rows[i][0] != "project":
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == "project" and rows[j + 1][1][2] == rows[i][1][2]:
            j += 1
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def xls_bytes(rows: list[tuple], width: int, above: list[str], below: list[str], sheet: str = "Sheet1",
              float_bits: dict | None = None, merge_places: bool = False,
              before: list[tuple[str, list[list]]] = ()) -> bytes:  # fmt: skip
    """`float_bits`: amount → the float written instead of float(amount) (0.1 + 0.2 for 0.3)."""
    import xlwt

    rows = _with_text_rows(rows, above, below)
    book = xlwt.Workbook(encoding="utf-8")
    for name, extra in before:
        other = book.add_sheet(name)
        for r, cells in enumerate(extra):
            for c, value in enumerate(cells):
                other.write(r, c, value)
    ws = book.add_sheet(sheet)
    runs = _place_runs(rows) if merge_places else []
    covered = {r for first, last in runs for r in range(first + 1, last + 1)}
    for r, (kind, cells) in enumerate(rows):
        if kind in {"text", "heading"}:
            ws.write_merge(r, r, 0, width - 1, cells[0])
            continue
        if kind == "total":
            ws.write_merge(r, r, 0, 2, "合计")
        for c, value in enumerate(cells):
            if kind == "total" and c < 3 or value is None or (c == 2 and r in covered):
                continue
            if isinstance(value, Decimal):
                value = (float_bits or {}).get(value, float(value))
            ws.write(r, c, value)
    for first, last in runs:
        ws.merge(first, last, 2, 2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx_bytes(rows: list[tuple], width: int, above: list[str], below: list[str], merge_places: bool = False,
               summary: list[list[str]] | None = None, two_row_header: list[str] | None = None) -> bytes:  # fmt: skip
    """Paragraphs, then (optionally) a summary table, then the list; notes after it are paragraphs.

    two_row_header: the second header line (blank where the first line's label is merged down)."""
    import docx

    document = docx.Document()
    for text in above:
        document.add_paragraph(text)
    if summary:
        small = document.add_table(rows=len(summary), cols=len(summary[0]))
        small.style = "Table Grid"
        for r, cells in enumerate(summary):
            for c, text in enumerate(cells):
                small.cell(r, c).text = text
        document.add_paragraph("下表为项目清单：")
    extra = 1 if two_row_header else 0
    table = document.add_table(rows=len(rows) + extra, cols=width)
    table.style = "Table Grid"
    runs = _place_runs(rows) if merge_places else []
    covered = {r for first, last in runs for r in range(first + 1, last + 1)}
    for r, (kind, cells) in enumerate(rows):
        row = r + extra if r else 0
        if kind == "heading":
            table.cell(row, 0).merge(table.cell(row, width - 1)).text = cells[0]
            continue
        for c, value in enumerate(cells):
            if value is not None and not (c == 2 and r in covered):
                table.cell(row, c).text = f"{value:f}" if isinstance(value, Decimal) else str(value)
        if kind == "sub":
            table.cell(row, 1).merge(table.cell(row, width - 1))
        if kind == "total":
            table.cell(row, 0).merge(table.cell(row, 2))
    for first, last in runs:
        table.cell(first + extra, 2).merge(table.cell(last + extra, 2))
    if two_row_header:
        for c, text in enumerate(two_row_header):
            if text:
                table.cell(1, c).text = text
            else:
                table.cell(0, c).merge(table.cell(1, c))
        parent = [c for c, text in enumerate(two_row_header) if text]
        table.cell(0, parent[0]).merge(table.cell(0, parent[-1]))
    for text in below:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def ods_bytes(rows: list[tuple], width: int, above: list[str], below: list[str], sheet: str = "Sheet1",
              merge_places: bool = False) -> bytes:  # fmt: skip
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    rows = _with_text_rows(rows, above, below)
    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    runs = {first: last for first, last in (_place_runs(rows) if merge_places else [])}
    covered = {r for first, last in runs.items() for r in range(first + 1, last + 1)}

    def cell(value, **spans) -> TableCell:
        if isinstance(value, Decimal | int):
            made = TableCell(valuetype="float", value=str(value), **spans)
        else:
            made = TableCell(valuetype="string", **spans)
        if value is not None:
            made.addElement(P(text=f"{value:f}" if isinstance(value, Decimal) else str(value)))
        return made

    for r, (kind, cells) in enumerate(rows):
        tr = TableRow()
        if kind in {"text", "heading"}:
            tr.addElement(cell(cells[0], numbercolumnsspanned=width))
            for _ in range(width - 1):
                tr.addElement(CoveredTableCell())
        else:
            for c, value in enumerate(cells):
                if kind == "total" and c == 0:
                    tr.addElement(cell("合计", numbercolumnsspanned=3))
                elif kind == "total" and c < 3 or (c == 2 and r in covered):
                    tr.addElement(CoveredTableCell())
                elif c == 2 and r in runs:
                    tr.addElement(cell(value, numberrowsspanned=runs[r] - r + 1))
                else:
                    tr.addElement(cell(value))
        table.addElement(tr)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()
