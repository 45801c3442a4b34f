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

Bounds: pdf_max_pages; each page's content streams are inflated (bounded) and measured before pdfminer
parses them (pdf_max_page_bytes); a deadline over the whole reading (pdf_max_seconds); columns and
cells as for every reader.
"""

from __future__ import annotations

import io
import time
import zlib
from dataclasses import dataclass, field

from etl.errors import ReadError
from etl.headers import fold_header, header_score
from etl.readers.limits import LimitExceeded, ReaderLimits, refuse, resolved
from etl.readers.table import HEADER_SEARCH_ROWS, RawTable, table_from_rows
from etl.units import fold_text, unit_in_note

Rows = list[list[str | None]]


@dataclass
class _Run:
    """One table, possibly continued over pages: its rows and the text around it."""

    width: int
    rows: Rows = field(default_factory=list)
    header_rows: set[tuple[str, ...]] = field(default_factory=set)  # the header as it repeats on pages
    notes_above: list[str] = field(default_factory=list)
    notes_below: list[str] = field(default_factory=list)


def _content_bytes(page, cap: int) -> int:
    """What a page's content streams inflate to, inflating at most cap + 1 bytes of each.

    Flate (alone or after ASCII85) is inflated here, bounded, before pdfminer inflates it whole; other
    filters (rare in content streams) count their encoded size."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import literal_name

    contents = resolve1(page.page_obj.attrs.get("Contents"))
    total = 0
    for stream in (resolve1(s) for s in (contents if isinstance(contents, list) else [contents])):
        raw = getattr(stream, "rawdata", None)
        if raw is None:
            continue
        names = [literal_name(f[0] if isinstance(f, tuple) else f) for f in stream.get_filters()]
        if names[:1] in (["ASCII85Decode"], ["A85"]):
            import base64

            raw, names = base64.a85decode(raw.strip().removesuffix(b"~>"), adobe=False), names[1:]
        if names in (["FlateDecode"], ["Fl"]):
            total += len(zlib.decompressobj().decompress(raw, cap + 1))
        else:
            total += len(raw)
        if total > cap:
            break
    return total


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
    for number, page in enumerate(pdf.pages, 1):
        where = f"on page {number}"
        if time.monotonic() - started > limits.pdf_max_seconds:
            raise refuse("pdf_max_seconds", limits.pdf_max_seconds, f"reading {len(pdf.pages):,} pages took too long",
                         f"stopped {where}")  # fmt: skip
        if _content_bytes(page, limits.pdf_max_page_bytes) > limits.pdf_max_page_bytes:
            raise refuse("pdf_max_page_bytes", limits.pdf_max_page_bytes, "a page's content", where)
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


def read_pdf(payload: bytes, header_row: int | None = None, limits: ReaderLimits | None = None) -> RawTable:
    """The project table of a PDF: of the tables found, the one whose header scores best."""
    import pdfplumber

    limits = resolved(limits)
    try:
        with pdfplumber.open(io.BytesIO(payload)) as pdf:
            if len(pdf.pages) > limits.pdf_max_pages:
                raise refuse("pdf_max_pages", limits.pdf_max_pages, f"a PDF of {len(pdf.pages):,} pages")
            runs, chars = _collect_runs(pdf, limits)
    except ReadError:
        raise
    except Exception as exc:  # pdfminer raises a zoo of errors on damaged files; all mean the same
        raise ReadError(f"not a readable PDF: {type(exc).__name__}: {str(exc)[:200]}") from None
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
        score = header_score(table.header) * 100000 + len(table.rows)
        if best is None or score > best[0]:
            best = (score, table, run)
    if best is None:
        raise ReadError(f"none of the PDF's {len(runs)} tables has a project header (项目名称 …)")
    _, table, run = best
    table.notes = run.notes_above + table.notes + run.notes_below
    table.unit_hint = table.unit_hint or next((u for u in map(unit_in_note, table.notes) if u), None)
    return table
