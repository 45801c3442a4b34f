"""Writing sample files so that two runs give identical bytes, and the one-line summary of each file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SAMPLE_NOTE = "样例数据（SAMPLE，非官方清单）：按公开报道的总数生成"
FIXED_TIME = dt.datetime(2023, 1, 1, 0, 0, 0)  # XLSX document properties and zip entry times
# Stored in the XLSX document properties: changing it changes the bytes of the committed sample.
XLSX_CREATOR = "scripts/make_samples.py"


def write_csv(path: Path, rows: list[list[str]], encoding: str, lineterminator: str) -> None:
    """CSV rows in the given encoding and line ending (the samples model both UTF-8 and GB18030/CRLF)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=lineterminator).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def deterministic_xlsx(wb: Workbook) -> bytes:
    """XLSX bytes with fixed document times and zip entry times (openpyxl's save() stamps 'now')."""
    wb.properties.creator = XLSX_CREATOR
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(wb, archive).save()  # closes the archive
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def summary(path: Path, projects: int, total: str, annual: str | None, detail: str) -> None:
    """Print what a file holds, so a run shows at a glance that every headline was met."""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    annual_text = f", annual {annual}亿" if annual is not None else ""
    print(f"{shown}: {projects} projects, total {total}亿{annual_text} ({detail})")
