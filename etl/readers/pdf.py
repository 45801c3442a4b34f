"""PDF attachments with a text layer: the project table, however many pages it runs over.

pdfplumber finds each page's ruled tables (its default, line-based finder: the lists are printed from
Word or Excel with cell borders). A table that runs over pages is the tables of consecutive pages with
the same number of columns; the header each page repeats is dropped. Text that wraps inside a cell
keeps its line break ("\\n"), for the normalizer to join; a heading spanning the row ("一、产业项目（24个）")
comes as its text in the first cell. The title and the unit line above the table on its first page,
and what follows it on its last page, become notes.

Some fonts map glyphs to Kangxi radicals or compatibility ideographs (⼀ for 一): the text is kept as
extracted, and NFKC (fold_text, fold_header) folds it back. A PDF without any text is a scan: refused,
there is no OCR here.

Bounds, each checked before the work it bounds: pdf_max_pages, from the page objects written in the
file, then the page tree's declared count, then page by page (pages are never all built at once); what each page draws (pdf_max_page_bytes): its content
streams and every form XObject each time it is drawn, each stream deciphered and inflated (bounded) here
before pdfminer parses it; a deadline over the whole reading (pdf_max_seconds), checked inside a page too
(etl/readers/deadline.py); columns and cells as for every reader. An owner-password PDF (printing or
copying restricted, common on government sites) is read as any other; a PDF that needs a password to
open is refused saying so. The reader worker's caps (etl/contain/) bound whatever these miss.
"""

from __future__ import annotations

import io
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from etl.core.errors import ReadError
from etl.readers.deadline import deadline
from etl.readers.limits import LimitExceeded, ReaderLimits, refuse, resolved
from etl.readers.table import HEADER_SEARCH_ROWS, RawTable, table_from_rows, table_score
from etl.rules.headers import fold_header, header_score
from etl.rules.units import fold_text, unit_in_note

Rows = list[list[str | None]]
# `/Name Do` in a content stream: draw the XObject the page's (or form's) resources name so.
DRAW_OBJECT = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")
MAX_FORM_DEPTH = 32
# A page object as written in the file, counted before pdfminer parses anything (pages inside compressed
# object streams are not seen: the page tree's /Count, then counting page by page, catch those).
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z0-9#])")


@dataclass
class _Run:
    """One table, possibly continued over pages: its rows and the text around it."""

    width: int
    rows: Rows = field(default_factory=list)
    header_rows: set[tuple[str, ...]] = field(default_factory=set)  # the header as it repeats on pages
    notes_above: list[str] = field(default_factory=list)
    notes_below: list[str] = field(default_factory=list)


def _inflated(stream, cap: int) -> bytes:
    """A stream's bytes as pdfminer will parse them, at most cap + 1 of them: deciphered first (an
    owner-password PDF is encrypted too), then Flate (alone or after ASCII85) inflated here, bounded,
    before pdfminer inflates it whole. Other filters (rare in content streams) give their encoded bytes."""
    import base64

    from pdfminer.psparser import literal_name

    if stream.data is not None:
        return stream.data[: cap + 1]
    raw = stream.rawdata or b""
    if stream.decipher:
        raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
    names = [literal_name(f[0] if isinstance(f, tuple) else f) for f in stream.get_filters()]
    if names[:1] in (["ASCII85Decode"], ["A85"]):
        raw, names = base64.a85decode(raw.strip().removesuffix(b"~>"), adobe=False), names[1:]
    if names in (["FlateDecode"], ["Fl"]):
        return zlib.decompressobj().decompress(raw, cap + 1)
    return raw


class _Drawing:
    """What a page makes pdfminer parse, in inflated bytes: its content streams, and every form XObject
    they draw *each time* they draw it (a form drawing another ten times, six deep, is a million forms).
    Each form is measured once (memoized); a form that draws itself, or forms nested deeper than
    MAX_FORM_DEPTH, count as over the budget. Images cost nothing here: they are not decoded."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.forms: dict[int, int] = {}

    def streams(self, streams: list, resources: dict, open_forms: tuple[int, ...] = ()) -> int:
        from pdfminer.pdftypes import dict_value, resolve1

        total = 0
        xobjects = dict_value(resolve1((resources or {}).get("XObject")) or {})
        for stream in streams:
            if not hasattr(stream, "rawdata"):
                continue
            data = _inflated(stream, self.cap)
            total += len(data)
            for name in DRAW_OBJECT.findall(data) if total <= self.cap else ():
                total += self.form(xobjects.get(name.decode("latin-1")), resources, open_forms)
                if total > self.cap:
                    break
            if total > self.cap:
                break
        return total

    def form(self, reference, resources: dict, open_forms: tuple[int, ...]) -> int:
        from pdfminer.pdftypes import PDFStream, dict_value, resolve1
        from pdfminer.psparser import literal_name

        form = resolve1(reference)
        if not isinstance(form, PDFStream) or literal_name(form.get("Subtype")) != "Form":
            return 0
        key = form.objid if form.objid is not None else id(form)
        if key not in self.forms:
            if key in open_forms or len(open_forms) >= MAX_FORM_DEPTH:
                return self.cap + 1
            own = dict_value(resolve1(form.get("Resources")) or resources or {})
            self.forms[key] = self.streams([form], own, (*open_forms, key))
        return self.forms[key]


def _drawn_bytes(page, cap: int) -> int:
    """What a page draws, forms included, each time drawn (see _Drawing), counting up to past cap."""
    from pdfminer.pdftypes import resolve1

    contents = resolve1(page.page_obj.attrs.get("Contents"))
    streams = [resolve1(s) for s in (contents if isinstance(contents, list) else [contents])]
    return _Drawing(cap).streams(streams, page.page_obj.resources)


def _declared_pages(pdf) -> int:
    """The page count the document's page tree declares (its root's /Count): read before any page is."""
    from pdfminer.pdftypes import resolve1

    root = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(root.get("Count")) if isinstance(root, dict) else None
    return count if isinstance(count, int) else 0


def _pages(pdf, limits: ReaderLimits) -> Iterator:
    """The pages one by one (pdfplumber's `pages` builds every one first: 300,000 of them took a minute
    and a gigabyte): refused at once if the page tree declares too many, else at the first page over."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    declared = _declared_pages(pdf)
    if declared > limits.pdf_max_pages:
        raise refuse("pdf_max_pages", limits.pdf_max_pages, f"a PDF of {declared:,} pages")
    top = 0
    for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
        if number > limits.pdf_max_pages:
            raise refuse("pdf_max_pages", limits.pdf_max_pages, f"a PDF of more than {number - 1:,} pages")
        page = Page(pdf, page_obj, page_number=number, initial_doctop=top)
        top += page.height
        yield page


def _page_tables(page) -> list[tuple[tuple[float, float, float, float], Rows]]:
    tables = page.find_tables()
    return [(t.bbox, t.extract()) for t in tables if t.rows]


def _text_lines(page, top: float, bottom: float) -> list[str]:
    if bottom - top < 1:
        return []
    text = page.crop((0, max(0, top), page.width, min(page.height, bottom))).extract_text() or ""
    return [fold_text(line) for line in text.splitlines() if fold_text(line)]


def _signature(row: list[str | None]) -> tuple[str, ...]:
    return tuple(fold_header(c) for c in row)


def _header_rows(rows: Rows) -> set[tuple[str, ...]]:
    """The header of a table's first page (and its second line): what later pages repeat."""
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if header_score(row) >= 3:
            return {_signature(r) for r in rows[i : i + 2] if sum(1 for c in r if c) >= 2}
    return set()


def _without_repeated_header(run: _Run, rows: Rows) -> Rows:
    skip = 0
    while skip < min(len(rows), 3) and _signature(rows[skip]) in run.header_rows:
        skip += 1
    return rows[skip:]


def _collect_runs(pdf, limits: ReaderLimits) -> tuple[list[_Run], int]:
    """Tables of consecutive pages with the same width joined into runs; repeated headers dropped."""
    runs: list[_Run] = []
    chars = cells = 0
    started = time.monotonic()
    for number, page in enumerate(_pages(pdf, limits), 1):
        where = f"on page {number}"
        if time.monotonic() - started > limits.pdf_max_seconds:
            raise _too_slow(limits, where)
        if _drawn_bytes(page, limits.pdf_max_page_bytes) > limits.pdf_max_page_bytes:
            raise refuse("pdf_max_page_bytes", limits.pdf_max_page_bytes,
                         "what a page draws (its content, and each form each time it is drawn)", where)  # fmt: skip
        chars += len(page.chars)
        for index, (bbox, rows) in enumerate(_page_tables(page)):
            width = max(len(r) for r in rows)
            if width > limits.max_columns:
                raise refuse("max_columns", limits.max_columns, f"a table of {width:,} columns", where)
            cells += width * len(rows)
            if cells > limits.max_cells:
                raise refuse("max_cells", limits.max_cells, "table cells", where)
            continues = runs and runs[-1].width == width and index == 0
            if continues:
                rows = _without_repeated_header(runs[-1], rows)
            else:
                runs.append(
                    _Run(width, notes_above=_text_lines(page, 0, bbox[1]), header_rows=_header_rows(rows))
                )
            run = runs[-1]
            run.rows.extend([c if c not in ("", None) else None for c in row] for row in rows)
            run.notes_below = _text_lines(page, bbox[3], page.height)
        page.close()
    return runs, chars


def _too_slow(limits: ReaderLimits, where: str = "") -> LimitExceeded:
    return refuse("pdf_max_seconds", limits.pdf_max_seconds, "reading the PDF took too long",
                  f"stopped {where}" if where else "")  # fmt: skip


def _unreadable(exc: Exception) -> ReadError:
    """What a failure while reading means. pdfplumber wraps pdfminer's errors (a zoo on damaged files,
    all meaning the same) in PdfminerException, and our own refusals raised inside pdfminer with them."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    inner = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
    if isinstance(inner, ReadError):
        return inner
    if isinstance(inner, PDFPasswordIncorrect):
        return ReadError("the PDF is encrypted with a password needed to open it (a user password): "
                         "it cannot be read without that password; ask the publisher for an open copy")  # fmt: skip
    return ReadError(f"not a readable PDF: {type(inner).__name__}: {str(inner)[:200]}")


def read_pdf(payload: bytes, header_row: int | None = None, limits: ReaderLimits | None = None) -> RawTable:
    """The project table of a PDF: of the tables found, the one whose header scores best."""
    import pdfplumber

    limits = resolved(limits)
    visible = sum(1 for _ in PAGE_OBJECT.finditer(payload))
    if visible > limits.pdf_max_pages:
        raise refuse("pdf_max_pages", limits.pdf_max_pages, f"a PDF of {visible:,} pages or more")
    try:
        with deadline(limits.pdf_max_seconds, lambda: _too_slow(limits)):
            # Not `with pdfplumber.open(…)`: its close() builds every page to close it. The pages we
            # built are closed one by one as they are read, and the payload is bytes in memory.
            runs, chars = _collect_runs(pdfplumber.open(io.BytesIO(payload)), limits)
    except Exception as exc:
        raise _unreadable(exc) from None
    if chars == 0:
        raise ReadError("scanned PDF: no text layer (its pages are images; OCR is not done here)")
    best: tuple[int, RawTable, _Run] | None = None
    for run in runs:
        try:
            table = table_from_rows(list(enumerate(run.rows, 1)), header_row, limits)
        except LimitExceeded:
            raise
        except ReadError:
            continue
        score = table_score(table)
        if best is None or score > best[0]:
            best = (score, table, run)
    if best is None:
        raise ReadError(f"none of the PDF's {len(runs)} tables has a project header (项目名称 …)")
    _, table, run = best
    table.notes = run.notes_above + table.notes + run.notes_below
    table.unit_hint = table.unit_hint or next((u for u in map(unit_in_note, table.notes) if u), None)
    return table
