"""A ListSpec printed as a PDF table, the way notices attach lists: ruled cells, the header repeated on
every page, long names wrapping inside their cell, headings spanning the table, a 合计 row whose label
spans the first cells, the title and unit line above the table and a note under it.

Fonts: scripts/corpus/pdf_font.py (STSong-Light, nothing to install); `odd_every` rows, and the header
if `odd_header`, use the font whose text layer gives Kangxi radicals and compatibility ideographs.
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from scripts.corpus.listspec import Heading, ListSpec, Project
from scripts.corpus.pdf_font import register_fonts


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    plain, odd = register_fonts()
    body = ParagraphStyle("body", fontName=plain, fontSize=8, leading=10, wordWrap="CJK")
    quirky = ParagraphStyle("quirky", parent=body, fontName=odd)
    title = ParagraphStyle("title", parent=body, fontSize=14, leading=18)
    return body, quirky, title


def _number(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def _rows(spec: ListSpec, header: list[str], odd_every: int, odd_header: bool):
    body, quirky, _ = _styles()
    rows: list[list] = [[Paragraph(h, quirky if odd_header else body) for h in header]]
    spans = []
    for item in spec.items:
        r = len(rows)
        if isinstance(item, Heading) and item.level < 3:
            rows.append([item.text] + [""] * (len(header) - 1))
            spans.append(("SPAN", (0, r), (-1, r)))
        elif isinstance(item, Heading):
            rows.append([f"-{item.number}", item.text] + [""] * (len(header) - 2))
            spans.append(("SPAN", (1, r), (-1, r)))
        else:
            assert isinstance(item, Project)
            style = quirky if odd_every and item.seq % odd_every == 0 else body
            cells = [
                str(item.seq),
                Paragraph(item.name, style),
                Paragraph(item.place, style),
                _number(item.total),
            ]
            if spec.with_annual:
                cells.append(_number(item.annual))
            rows.append(cells + [Paragraph(item.content, style)])
    if spec.total_row:
        r = len(rows)
        cells = ["合计", "", "", _number(spec.total())]
        if spec.with_annual:
            cells.append(_number(spec.annual()))
        rows.append(cells + [""])
        spans.append(("SPAN", (0, r), (2, r)))
    return rows, spans


def pdf_bytes(spec: ListSpec, header: list[str], unit_line: str | None, note: str | None,
              odd_every: int = 5, odd_header: bool = True, encrypt=None) -> bytes:  # fmt: skip
    """The list as a multi-page PDF; `header` labels may hold '<br/>' to break a label over lines;
    `encrypt`: a reportlab StandardEncryption (an owner or user password)."""
    body, _, title = _styles()
    plain = body.fontName
    rows, spans = _rows(spec, header, odd_every, odd_header)
    widths = [34, 230, 56, 70, 80, 200][: len(header) - 1] + [200]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), plain, 8),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))  # fmt: skip
    story = [Paragraph(spec.title, title)]
    if unit_line:
        story.append(Paragraph(unit_line, body))
    story.append(table)
    if note:
        story.append(Paragraph(note, body))
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=landscape(A4), title=spec.title, invariant=1,
                                 topMargin=36, bottomMargin=36, encrypt=encrypt)  # fmt: skip
    document.build(story)
    return out.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A 'scan': two pages holding only an image of a table, no text layer."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(picture)
    for y in range(20, 300, 40):
        draw.line((20, y, 580, y), fill=0, width=2)
    for x in (20, 80, 380, 480, 580):
        draw.line((x, 20, x, 260), fill=0, width=2)
    png = io.BytesIO()
    picture.save(png, format="PNG")
    out = io.BytesIO()
    story = [
        Image(io.BytesIO(png.getvalue()), 500, 250),
        PageBreak(),
        Image(io.BytesIO(png.getvalue()), 500, 250),
    ]
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()
