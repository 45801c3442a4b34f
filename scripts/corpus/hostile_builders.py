"""Small, hand-made containers for the hostile corpus (scripts/corpus/hostile_files.py): an XLSX, a DOCX,
an ODS, an HTML page and PDFs built byte by byte, so that each can carry exactly the hostile part.
Each holds a real little project table, so that what is neutralized can still load.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from decimal import Decimal

from scripts.corpus.hostile_pdfs import document

HEADER = ["序号", "项目名称", "地市", "总投资（万元）"]
PROJECTS = [
    ["1", "广州地铁十号线", "广州", "100"],
    ["2", "南沙港铁路", "广州", "50"],
    ["3", "白云机场T3", "广州", "80"],
]

_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/></Types>')  # fmt: skip
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="{target}"/></Relationships>')  # fmt: skip
_WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Table" sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
_WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/relationships/worksheet" Target="{target}"/></Relationships>')  # fmt: skip
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip


def _zip(members: dict[str, str | bytes], first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first), members.pop(first), zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def with_member(payload: bytes, name: str, change) -> bytes:
    """The zip with member `name` replaced by change(its text); the others (and their order) kept."""
    source, out = zipfile.ZipFile(io.BytesIO(payload)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            data = change(data.decode("utf-8")).encode("utf-8") if info.filename == name else data
            archive.writestr(info, data, info.compress_type)
    return out.getvalue()


def padded_dtd(xml: str, padding: int = 6 * 1024 * 1024) -> str:
    """The XML with a DTD declaring &pad; placed after `padding` bytes of small comments (beyond the first
    chunk a reader inflates, each comment too small to be refused as an oversized tag)."""
    declaration_end = xml.index("?>") + 2
    comments, size, i = [], 0, 0
    while size < padding:
        comments.append(f"<!-- padding {i} -->")
        size, i = size + len(comments[-1]), i + 1
    dtd = '<!DOCTYPE root [<!ENTITY pad "padded">]>'
    return xml[:declaration_end] + "".join(comments) + dtd + xml[declaration_end:]


def _letters(column: int) -> str:
    text = ""
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def xml_rows() -> str:
    """A title, the header and three projects as sheet rows (inline strings)."""
    rows = [["2023年重点项目（测试）"], HEADER, *PROJECTS]
    out = []
    for r, cells in enumerate(rows, 1):
        xml = "".join(
            f'<c r="{_letters(c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(cells, 1)
        )
        out.append(f'<row r="{r}">{xml}</row>')
    return "".join(out)


def xlsx_with_sheet(rows_xml: str, merges: list[str] = (), shared: str | None = None,
                    sheet_path: str = "worksheets/sheet1.xml") -> bytes:  # fmt: skip
    """A one-sheet workbook; `sheet_path` is the sheet's member under xl/, as the relationships name it."""
    merge_xml = (
        f'<mergeCells count="{len(merges)}">'
        + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
        + "</mergeCells>"
    )
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{rows_xml}</sheetData>{merge_xml if merges else ''}</worksheet>")  # fmt: skip
    members = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS.format(target="xl/workbook.xml"),
               "xl/workbook.xml": _WORKBOOK, "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.format(target=sheet_path),
               f"xl/{sheet_path}": sheet}  # fmt: skip
    if shared:
        members["xl/sharedStrings.xml"] = shared
    return _zip(members)


def _docx_cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def docx_with_body(extra_rows: str, extra_body: str = "") -> bytes:
    rows = "".join(
        "<w:tr>" + "".join(_docx_cell(c) for c in cells) + "</w:tr>" for cells in [HEADER, *PROJECTS]
    )
    document = (f'<?xml version="1.0"?><w:document {_W}><w:body><w:p><w:r><w:t>2023年重点项目</w:t></w:r></w:p>'
                f"<w:tbl>{rows}{extra_rows}</w:tbl>{extra_body}</w:body></w:document>")  # fmt: skip
    return _zip({"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS.format(target="word/document.xml"),
                 "word/document.xml": document})  # fmt: skip


def _ods_row(cells: list[str]) -> str:
    def cell(v: str) -> str:
        kind = (
            f'office:value-type="float" office:value="{v}"' if v.isdigit() else 'office:value-type="string"'
        )
        return f"<table:table-cell {kind}><text:p>{v}</text:p></table:table-cell>"

    return "<table:table-row>" + "".join(cell(v) for v in cells) + "</table:table-row>"


def ods_with_rows(extra: str, title: str = "") -> bytes:
    table = title + "".join(_ods_row(cells) for cells in [HEADER, *PROJECTS]) + extra
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Table">{table}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')  # fmt: skip
    members = {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "META-INF/manifest.xml": manifest,
               "content.xml": content}  # fmt: skip
    return _zip(members, first="mimetype")


def html_page(extra_rows: str) -> bytes:
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in [HEADER, *PROJECTS]
    )
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table>{rows}{extra_rows}</table></body></html>'.encode()


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def pdf_pages(count: int, text: bool = False) -> bytes:
    """`count` blank pages, or (text=True) a one-page PDF list of three projects."""
    if text:
        from scripts.corpus.listspec import Heading, ListSpec, Project
        from scripts.corpus.pdf_lists import pdf_bytes

        spec = ListSpec("测试清单", "万元", [Heading(1, "产业项目", 1, 2)], with_annual=False)
        spec.items += [Project(i, f"测试项目{i}", "广州", Decimal(10 * i), None) for i in (1, 2)]
        return pdf_bytes(spec, ["序号", "项目名称", "建设地点", "总投资（万元）", "建设内容"], None, None)
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    for _ in range(count):
        page.showPage()
    page.save()
    return out.getvalue()


def pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF whose page content stream (Flate-compressed) is `content`."""
    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]  # fmt: skip
    return document(objects)


def xls_far_apart() -> bytes:
    """An Excel 97 sheet with a project table and one value in the last cell BIFF allows (IV65536)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Table")
    for r, cells in enumerate([HEADER, *PROJECTS]):
        for c, value in enumerate(cells):
            sheet.write(r, c, value)
    sheet.write(65535, 255, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
