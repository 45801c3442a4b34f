"""Hostile payloads, each small enough to fetch, built to make a reader eat memory or time or crash.

One function per payload returns (file name, bytes, expected): "refused: <part of the error>" or
"loaded" (read, with what was hostile neutralized: spans clamped, merges clamped to the data).
tests/test_reader_limits.py reads each one in a process of its own (etl.readers.parse.parse_publication, so the
catalog's format-by-suffix, sniffing, the reader and the normalizer all run) and checks the outcome,
peak memory (< 1 GiB) and time (< 60 s).

    .venv/bin/python -m scripts.corpus.hostile_files OUT_DIR             # write them all
    .venv/bin/python -m scripts.corpus.hostile_files --read FILE         # read one; prints a JSON line
    .venv/bin/python -m scripts.corpus.hostile_files --serve             # read each FILE given on stdin

`--serve` imports the pipeline once and forks a child per file: each file is still read in a process of
its own, whose memory high-water mark (VmHWM) starts afresh at the fork, without paying ~1 s (several on a
busy machine) of interpreter start and imports per file.
"""

from __future__ import annotations

import functools
import io
import json
import sys
import zipfile
from pathlib import Path

from scripts.corpus import hostile_pdfs
from scripts.corpus.hostile_builders import (
    HEADER,
    PROJECTS,
    csv_bytes,
    docx_with_body,
    html_page,
    ods_with_rows,
    padded_dtd,
    pdf_pages,
    pdf_with_content,
    with_member,
    xls_far_apart,
    xlsx_with_sheet,
    xml_rows,
)

Hostile = tuple[str, bytes, str]


def xlsx_merge_whole_sheet() -> Hostile:
    """mergeCell A1:XFD1048576 over a real table: clamped to the data, every cell takes the title."""
    return (
        "merge_whole_sheet.xlsx",
        xlsx_with_sheet(xml_rows(), merges=["A1:XFD1048576"]),
        "refused: no header row",
    )


def xlsx_merges_beyond_the_data() -> Hostile:
    """Merges across whole rows and over a million rows below the data: clamped, the list loads."""
    return "merges_beyond.xlsx", xlsx_with_sheet(xml_rows(), merges=["A1:XFD1", "A100:XFD1048576"]), "loaded"


def xlsx_cells_far_apart() -> Hostile:
    """A1 and XFD1048576: calamine would allocate 17 billion cells and abort the process."""
    sheet = xml_rows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return "far_apart.xlsx", xlsx_with_sheet(sheet), "refused: GDMP_MAX_COLUMNS"


def xlsx_sheet_elsewhere() -> Hostile:
    """The far-apart cells in a sheet the relationships place at xl/data.xml, not xl/worksheets/."""
    sheet = xml_rows() + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return "sheet_elsewhere.xlsx", xlsx_with_sheet(sheet, sheet_path="data.xml"), "refused: GDMP_MAX_COLUMNS"


def xls_cells_far_apart() -> Hostile:
    """A1 and IV65536 in Excel 97: calamine holds the 16.7M-cell block (BIFF's cap), then it is refused."""
    return "far_apart.xls", xls_far_apart(), "refused: GDMP_MAX_CELLS"


def xlsx_rows_far_down() -> Hostile:
    """Six columns down to row 1,048,576: 6.3M cells."""
    sheet = xml_rows() + '<row r="1048576"><c r="F1048576"><v>1</v></c></row>'
    return "far_down.xlsx", xlsx_with_sheet(sheet), "refused: GDMP_MAX_CELLS"


def xlsx_zip_bomb() -> Hostile:
    """A sheet member of 1 GiB (zeros) in a ~1 MB zip."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_with_sheet(xml_rows()))) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(1024):
                member.write(block)
    return "zip_bomb.xlsx", out.getvalue(), "refused: GDMP_MAX_UNZIPPED_BYTES"


def xlsx_billion_laughs() -> Hostile:
    """Entity expansion in the shared strings: ten levels of ten, a billion 'lol's."""
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    shared = (f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&l9;</t></si></sst>')  # fmt: skip
    return "billion_laughs.xlsx", xlsx_with_sheet(xml_rows(), shared=shared), "refused: declares a DTD"


def xlsx_padded_dtd() -> Hostile:
    """A DTD in the workbook part after 6 MB of comments, its entity naming the sheet: calamine said
    only "Cannot detect file format"."""
    payload = xlsx_with_sheet(xml_rows())
    change = lambda xml: padded_dtd(xml).replace('name="', 'name="&pad;', 1)  # noqa: E731
    return (
        "padded_dtd.xlsx",
        with_member(payload, "xl/workbook.xml", change),
        "refused: xl/workbook.xml declares a DTD",
    )


def ods_padded_dtd() -> Hostile:
    """The same in an ODS's content.xml, the entity in a cell."""
    change = lambda xml: padded_dtd(xml).replace("<text:p>", "<text:p>&pad;", 1)  # noqa: E731
    return (
        "padded_dtd.ods",
        with_member(ods_with_rows(""), "content.xml", change),
        "refused: content.xml declares a DTD",
    )


def docx_padded_dtd() -> Hostile:
    """The same in a DOCX's document, the entity in the title paragraph."""
    change = lambda xml: padded_dtd(xml).replace("<w:t>", "<w:t>&pad;", 1)  # noqa: E731
    return ("padded_dtd.docx", with_member(docx_with_body(""), "word/document.xml", change),
            "refused: word/document.xml declares a DTD")  # fmt: skip


def xlsx_truncated() -> Hostile:
    payload = xlsx_with_sheet(xml_rows())
    return "truncated.xlsx", payload[: len(payload) // 2], "refused: damaged or truncated zip"


def docx_truncated() -> Hostile:
    payload = docx_with_body("")
    return "truncated.docx", payload[: len(payload) * 2 // 3], "refused: damaged or truncated zip"


def docx_grid_span() -> Hostile:
    """A heading row whose cell says gridSpan 10,000,000: clamped like a browser's colspan."""
    heading = '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="10000000"/></w:tcPr><w:p><w:r><w:t>一、产业项目</w:t></w:r></w:p></w:tc></w:tr>'
    return "grid_span.docx", docx_with_body(heading), "loaded"


def docx_nested_tables() -> Hostile:
    """100,000 tables nested in one another's first cell: 4 MB of XML that deflates 400 times."""
    depth = 100_000
    body = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    return "nested_tables.docx", docx_with_body("", extra_body=body), "refused: GDMP_MAX_ZIP_RATIO"


def docx_deep_nesting() -> Hostile:
    """1,000 nested tables, small enough to pass the ratio: libxml2 stops at depth 256."""
    depth = 1_000
    body = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    return "deep_nesting.docx", docx_with_body("", extra_body=body), "refused: not a readable DOCX document"


def ods_repeated_cells() -> Hostile:
    """A cell holding a value repeated 16,384 columns across and a million rows down."""
    bomb = ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated='
            '"16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>')  # fmt: skip
    return "repeated_cells.ods", ods_with_rows(bomb), "refused: GDMP_MAX_COLUMNS"


def ods_spans() -> Hostile:
    """A title spanning a billion columns, a note spanning a billion rows and columns: clamped to the data."""
    span = 'office:value-type="string" table:number-columns-spanned="1000000000"'
    title = f"<table:table-row><table:table-cell {span}><text:p>标题</text:p></table:table-cell></table:table-row>"
    note = (f'<table:table-row><table:table-cell {span} table:number-rows-spanned="1000000000"><text:p>备注：无'
            "</text:p></table:table-cell></table:table-row>")  # fmt: skip
    return "spans.ods", ods_with_rows(note, title=title), "loaded"


def html_colspan() -> Hostile:
    return "colspan.html", html_page('<tr><td colspan="10000000">一、产业项目</td></tr>'), "loaded"


def html_rowspan() -> Hostile:
    return (
        "rowspan.html",
        html_page('<tr><td rowspan="10000000">x</td><td colspan=3>二、基础设施</td></tr>'),
        "loaded",
    )


def html_wide_row() -> Hostile:
    return "wide_row.html", html_page("<tr>" + "<td>1</td>" * 100_000 + "</tr>"), "refused: GDMP_MAX_COLUMNS"


def json_many_keys() -> Hostile:
    records = [{"项目名称": f"项目{i}", **{f"k{i}_{j}": j for j in range(5)}} for i in range(1000)]
    return "many_keys.json", json.dumps(records, ensure_ascii=False).encode(), "refused: GDMP_MAX_COLUMNS"


def json_deep() -> Hostile:
    return "deep.json", b"[" * 100_000 + b"]" * 100_000, "refused: GDMP_JSON_MAX_DEPTH"


def json_not_records() -> Hostile:
    """Records that are lists of lists, numbers and nulls: nothing to read as a table."""
    return (
        "not_records.json",
        json.dumps({"data": [[1, 2], [None, "x"], 3, None]}).encode(),
        "refused: no list of records",
    )


def csv_huge_field() -> Hostile:
    rows = [HEADER, *PROJECTS[:2], ["3", "甲" * 200_000, "广州", "1"]]
    return "huge_field.csv", csv_bytes(rows), "refused: GDMP_CSV_MAX_FIELD_CHARS"


def csv_wide() -> Hostile:
    rows = [HEADER + [f"c{i}" for i in range(10_000)], *PROJECTS]
    return "wide.csv", csv_bytes(rows), "refused: GDMP_MAX_COLUMNS"


def csv_markup_and_control_characters() -> Hostile:
    """Markup, ANSI escapes, NUL and bidi controls in cells: text, loaded as text."""
    rows = [
        HEADER,
        ["1", "<script>alert(1)</script>项目", "广州", "1"],
        ["2", "\x1b[31m红\x00色\u202e项目", "广州", "2"],
    ]
    return "markup.csv", csv_bytes(rows), "loaded"


def pdf_many_pages() -> Hostile:
    return "many_pages.pdf", pdf_pages(10_000), "refused: GDMP_PDF_MAX_PAGES"


def pdf_huge_content() -> Hostile:
    """One page whose content stream inflates to 64 MB of path operators."""
    return (
        "huge_content.pdf",
        pdf_with_content(b"0 0 m 1 1 l S\n" * (64 * 1024 * 1024 // 14)),
        "refused: GDMP_PDF_MAX_PAGE_BYTES",
    )


def pdf_broken_xref() -> Hostile:
    """A text PDF whose cross-reference table points nowhere: pdfminer rebuilds it by scanning."""
    payload = pdf_pages(1, text=True)
    cut = payload.rfind(b"startxref")
    return "broken_xref.pdf", payload[:cut] + b"startxref\n999999\n%%EOF\n", "loaded"


def pdf_nested_forms() -> Hostile:
    """2 KB: a form drawing the previous one ten times, six deep: 10⁷ glyphs (issue 23: 3 GiB in 134 s)."""
    return "nested_forms.pdf", hostile_pdfs.nested_forms(), "refused: GDMP_PDF_MAX_PAGE_BYTES"


def pdf_nested_drawing() -> Hostile:
    """The same with line drawing only (issue 23: past 300 s at 1.6 GB)."""
    return "nested_drawing.pdf", hostile_pdfs.nested_forms(ops=True), "refused: GDMP_PDF_MAX_PAGE_BYTES"


def pdf_inflating_form() -> Hostile:
    """6 MB: the page draws one form whose stream inflates to 3 GiB (issue 23: 3 GiB in 18 s)."""
    return "inflating_form.pdf", hostile_pdfs.inflating_form(3), "refused: GDMP_PDF_MAX_PAGE_BYTES"


def pdf_300k_pages() -> Hostile:
    """31 MB, 300,000 pages (issue 23: refused after 70 s and 1.08 GB)."""
    return "pages_300k.pdf", hostile_pdfs.many_pages(300_000), "refused: GDMP_PDF_MAX_PAGES"


def pdf_owner_password() -> Hostile:
    """Encrypted with an owner password only, as government sites publish: it opens without one."""
    return "owner_password.pdf", hostile_pdfs.owner_password(), "loaded"


def pdf_user_password() -> Hostile:
    return "user_password.pdf", hostile_pdfs.user_password(), "refused: a password needed to open it"


def html_named_xlsx() -> Hostile:
    return (
        "error_page.xlsx",
        b"<!DOCTYPE html><html><body><h1>404</h1></body></html>",
        "refused: the payload is HTML",
    )


_MAKERS = (xlsx_merge_whole_sheet, xlsx_merges_beyond_the_data, xlsx_cells_far_apart, xlsx_sheet_elsewhere,
           xls_cells_far_apart, xlsx_rows_far_down,
           xlsx_zip_bomb, xlsx_billion_laughs, xlsx_padded_dtd, ods_padded_dtd, docx_padded_dtd, xlsx_truncated, docx_truncated, docx_grid_span, docx_nested_tables, docx_deep_nesting,
           ods_repeated_cells, ods_spans, html_colspan, html_rowspan, html_wide_row, json_many_keys, json_deep,
           json_not_records, csv_huge_field, csv_wide, csv_markup_and_control_characters, pdf_many_pages,
           pdf_huge_content, pdf_broken_xref, pdf_nested_forms, pdf_nested_drawing, pdf_inflating_form,
           pdf_300k_pages, pdf_owner_password, pdf_user_password, html_named_xlsx)  # fmt: skip
# Each payload is built once per process and kept (~50 MB in all): a test session asks for the corpus three
# times (tests/test_reader_limits.py, and tests/test_hostile_run.py's parameters and its run), and the zip
# bomb alone deflates 1 GiB (~5 s on an idle core, much more on a busy one).
HOSTILE = tuple(functools.cache(make) for make in _MAKERS)


def read_one(path: Path) -> dict:
    """Read one file as a catalog entry pointing at it would be read; outcome, time and peak memory."""
    import time

    from etl.core.errors import PipelineError
    from etl.core.settings import get_settings
    from etl.fetching.catalog import parse_catalog
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_publication
    from etl.readers.staging import Staging

    entry = {"id": "hostile", "title": "t", "publisher": "p", "list_kind": "city_plan", "city": "广州",
             "published": "2023-01-01", "location": f"lists/{path.name}", "unit": "万元"}  # fmt: skip
    source = parse_catalog({"sources": [entry]})[0]
    payload = path.read_bytes()
    settings = get_settings()  # as a run reads them, once, and passes them down
    staging, limits = Staging.in_staging_dir(settings), ReaderLimits.from_settings(settings)
    started = time.perf_counter()
    try:
        normalized = parse_publication(source, payload, staging, limits)
        outcome = {"outcome": "loaded", "message": f"{normalized.rows_read} rows"}
        normalized.discard()
    except PipelineError as exc:
        outcome = {"outcome": "refused", "message": str(exc), "error": type(exc).__name__}
    status = Path("/proc/self/status").read_text()
    peak_kb = int(status.split("VmHWM:")[1].split()[0])
    return {**outcome, "seconds": round(time.perf_counter() - started, 2), "peak_mb": peak_kb // 1024}


def _read_in_fork(path: Path) -> dict:
    """read_one in a child forked from this process: its own memory high-water mark, and a crash (a
    signal, the address-space limit) is reported, not suffered."""
    import os

    into, out = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read, answer, leave without running the parent's exit handlers
        os.close(into)
        try:
            answer = json.dumps(read_one(path), ensure_ascii=False)
        except BaseException as exc:  # noqa: BLE001 - whatever it was, the parent must hear of it
            answer = json.dumps({"outcome": "crashed", "message": repr(exc)[:2000]})
        os.write(out, answer.encode())
        os._exit(0)
    os.close(out)
    with os.fdopen(into, "rb") as stream:
        answer = stream.read().decode()
    _, status = os.waitpid(pid, 0)
    return json.loads(answer) if answer else {"outcome": "died", "message": f"wait status {status}"}


def serve() -> int:
    """Read each file named on stdin (one path a line) in a fork of this process; one JSON line each."""
    import importlib

    from etl.contain.worker import WARM  # what a reader worker imports before its first job

    for name in ("etl.fetching.catalog", "etl.readers.parse", *WARM):
        importlib.import_module(
            name
        )  # once, here, rather than in every fork (no DuckDB started: it has threads)
    for line in sys.stdin:
        print(json.dumps(_read_in_fork(Path(line.strip())), ensure_ascii=False), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--read"]:
        print(json.dumps(read_one(Path(argv[1])), ensure_ascii=False))
        return 0
    if argv[:1] == ["--serve"]:
        return serve()
    out = Path(argv[0] if argv else "hostile")
    out.mkdir(parents=True, exist_ok=True)
    for make in HOSTILE:
        name, payload, expected = make()
        (out / name).write_bytes(payload)
        print(f"{name}: {len(payload):,} bytes, expected {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
