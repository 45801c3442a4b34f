"""How much of a payload a reader will build before it refuses: the defences against hostile files.

A fetched payload is capped at 50 MB, but what it unpacks to is not: a 1 KB XLSX whose mergeCell covers
the whole sheet, a 104-byte page with colspan=10000000, a zip whose member inflates to gigabytes, JSON
nested 100,000 deep. Every reader takes a `ReaderLimits` and checks it *before* it builds what the
limit bounds, so that any payload up to the fetch cap is read or refused within 1 GiB and a minute.

A refusal is a `ReadError` whose message names the limit, its setting (GDMP_…) and where in the file it
was met; the caller adds the source. Spans are clamped, not refused, as browsers clamp them.

Why these defaults (each is written once, in etl/core/settings.py):
- max_cells 2,000,000: a cell read in Python costs ~100 bytes as it is read (the value object, its slot
  in the row list) and ~250 bytes more while it is staged for DuckDB (etl/readers/staging.py builds one dict per
  row), so 2M cells stay within ~700 MB on top of the pipeline's ~280 MB of imports: under 1 GiB. Real
  lists are far smaller: the provincial plan's 1,570 rows × 12 columns are 19k cells; a 100k-row sheet
  of 10 columns, five times any list published, is 1M.
- max_merge_cells 2,000,000: merges are first clamped to the sheet's data extent, so only overlapping
  or absurdly many merges can cover more cells than the sheet holds; past this the sheet is refused.
- pdf_max_page_bytes 1 MiB and pdf_max_seconds 60: pdfminer parses ~0.1 MiB of drawing operators a
  second, and a table page is ~50 KB; a 5,000-row list (100 pages) reads in ~30-45 s on 2 cores, so
  the deadline stops a PDF that is merely long (2,000 pages of tables) as well as a crafted one.
- max_unzipped_bytes 256 MiB and max_zip_ratio 100 (for members over 1 MiB): the 100k-row sheet above
  is 85 MB of XML at a ratio of 15 (inline strings; shared strings make it smaller); a 50 MB zip at
  ratio 100 would be 5 GB. Calamine holds a sheet's text in Rust and Python at once, so a single
  256 MB cell costs ~700 MB at worst.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from etl.core.errors import ReadError
from etl.core.settings import Settings

# Members this small may compress at any ratio (a sheet of empty rows does): the ratio check skips them.
RATIO_EXEMPT_BYTES = 1024 * 1024


def _default(name: str) -> int:
    """The default of the Settings field of that name: each limit's default is written once, there."""
    return Settings.model_fields[name].default


@dataclass(frozen=True)
class ReaderLimits:
    """Bounds every reader applies. Each field is a Settings field of the same name (GDMP_<NAME>), whose
    default it takes: a new limit is a Settings field plus a line here, its default written once."""

    max_columns: int = _default("max_columns")
    max_cells: int = _default("max_cells")
    max_colspan: int = _default("max_colspan")  # clamped, as browsers clamp colspan
    max_rowspan: int = _default("max_rowspan")  # clamped, as browsers clamp rowspan
    max_unzipped_bytes: int = _default("max_unzipped_bytes")
    max_zip_ratio: int = _default("max_zip_ratio")
    max_zip_members: int = _default("max_zip_members")
    max_merge_cells: int = _default("max_merge_cells")
    json_max_depth: int = _default("json_max_depth")
    csv_max_field_chars: int = _default("csv_max_field_chars")
    pdf_max_pages: int = _default("pdf_max_pages")
    pdf_max_page_bytes: int = _default("pdf_max_page_bytes")
    pdf_max_seconds: int = _default("pdf_max_seconds")

    @classmethod
    def from_settings(cls, settings: Settings) -> ReaderLimits:
        """The limits as the run's `settings` set them (etl/core/settings.py, block 'reader limits')."""
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})


class LimitExceeded(ReadError):
    """A payload past one of the limits: refused whole, never skipped over like a table without a header."""


def setting_name(limit: str) -> str:
    return f"GDMP_{limit.upper()}"


def refuse(limit: str, value: int, what: str, where: str = "") -> LimitExceeded:
    """The error for a limit passed: names the limit, its setting and where it was met."""
    place = f" {where}" if where else ""
    return LimitExceeded(
        f"{what}{place}: over the limit {limit} = {value:,} (setting {setting_name(limit)}); "
        "raise it if the file is genuine"
    )


def resolved(limits: ReaderLimits | None) -> ReaderLimits:
    """The limits to apply: those given (a run passes its own, ReaderLimits.from_settings), else the
    defaults — never the environment: etl/ reads no setting (etl/core/settings.py)."""
    return limits if limits is not None else ReaderLimits()
