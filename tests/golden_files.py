"""What the pipeline makes of each bundled sample, as text files a reviewer can read and diff.

For every source of the bundled catalog, tests/goldens/ holds two files:

- `<source id>.csv`: a list's rows in file order, each as it was loaded (a project with its normalized
  columns), held back (quarantined, with its reasons) or kept aside (a heading, total, note, blank or
  duplicate, with what it declares); a release's figures as read from its prose;
- `<source id>.accounting.json`: the row accounting and what the list was checked against (headline,
  release figures, the totals it prints), or a release's own record and consistency checks.

Timestamps, run ids, paths and the build fingerprint are left out: they change from run to run.
tests/test_goldens.py compares a fresh build with the committed files and prints a unified diff;
`make goldens` (scripts/goldens.py) rewrites them after a change of behaviour made on purpose.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import duckdb

from etl import warehouse
from etl.core.settings import REPO_ROOT
from tests.entry import warehouse_config

GOLDENS_DIR = REPO_ROOT / "tests" / "goldens"

# One line per row of a list, whatever became of it; empty cells where a column does not apply.
LIST_ROWS = """
SELECT row_number, 'project' AS outcome, seq, project_name, place_kind, city_code, district, section,
       subsection, category, cluster, stage, start_year, end_year, event_date, total_investment_raw,
       total_investment_unit, total_investment_wan, annual_plan_raw, annual_plan_unit, annual_plan_wan,
       NULL AS detail, NULL AS raw
FROM projects WHERE source_id = $source
UNION ALL
SELECT row_number, 'quarantined', NULL, project_name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, array_to_string(reasons, ' | '), raw
FROM quarantine WHERE source_id = $source
UNION ALL
SELECT row_number, kind, NULL, label, NULL, NULL, NULL, context, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, declared_total_investment_wan, NULL, NULL, declared_annual_plan_wan,
       concat_ws(' | ', 'level ' || heading_level, 'declares ' || declared_count || ' projects',
                 'duplicate of row ' || duplicate_of), raw
FROM non_project_rows WHERE source_id = $source
ORDER BY row_number
"""
LIST_ACCOUNTING = """
SELECT version, title, list_kind, city_code, year, published, format, is_sample, sha256, rows_read, projects,
       quarantined, non_project_rows, column_map, unmapped_headers
FROM publications WHERE source_id = $source ORDER BY version
"""
RELEASE_FIGURES = """
SELECT figure_no, status, scope_kind, scope_label, figure, value, unit, share_of, qualifier, event, text
FROM announced_figures WHERE source_id = $source ORDER BY version, figure_no
"""
RELEASE_ACCOUNTING = """
SELECT version, title, list_kind, city_code, year, published, is_sample, announces, article_title
FROM announcements WHERE source_id = $source ORDER BY version
"""
CHECKS = """
SELECT check_kind, figure, declared, actual, tolerance, qualifier, ok, figure_source, message
FROM reconciliation WHERE source_id = $source ORDER BY ALL
"""
CONSISTENCY = """
SELECT scope_kind, figure, parts, parts_value, whole, tolerance, ok, message
FROM announced_consistency WHERE source_id = $source ORDER BY ALL
"""


def _plain(value: object) -> object:
    """A value as it reads in a file: decimals without exponent, JSON text parsed, dates as ISO text."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _records(con: duckdb.DuckDBPyConnection, sql: str, source_id: str) -> tuple[list[str], list[tuple]]:
    cursor = con.execute(sql, {"source": source_id})
    return [d[0] for d in cursor.description], cursor.fetchall()


def _csv(columns: list[str], rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])
    return out.getvalue()


def _json_rows(columns: list[str], rows: list[tuple]) -> list[dict]:
    parsed = []
    for row in rows:
        record = {}
        for column, value in zip(columns, row, strict=True):
            if column in {"column_map", "unmapped_headers"} and isinstance(value, str):
                value = json.loads(value)
            record[column] = _plain(value)
        parsed.append(record)
    return parsed


def _source_files(con: duckdb.DuckDBPyConnection, source_id: str, is_release: bool) -> dict[str, str]:
    rows_sql, record_sql, checks_sql = (
        (RELEASE_FIGURES, RELEASE_ACCOUNTING, CONSISTENCY)
        if is_release
        else (LIST_ROWS, LIST_ACCOUNTING, CHECKS)
    )
    accounting = {
        "versions": _json_rows(*_records(con, record_sql, source_id)),
        "checks": _json_rows(*_records(con, checks_sql, source_id)),
    }
    return {
        f"{source_id}.csv": _csv(*_records(con, rows_sql, source_id)),
        f"{source_id}.accounting.json": json.dumps(accounting, ensure_ascii=False, indent=2) + "\n",
    }


def golden_texts(warehouse_file: Path | str) -> dict[str, str]:
    """File name → text, for every source loaded into the warehouse (lists and releases)."""
    texts: dict[str, str] = {}
    with warehouse.connect(warehouse_file, warehouse_config(), read_only=True) as con:
        lists = [
            s for (s,) in con.execute("SELECT DISTINCT source_id FROM publications ORDER BY 1").fetchall()
        ]
        releases = [
            s for (s,) in con.execute("SELECT DISTINCT source_id FROM announcements ORDER BY 1").fetchall()
        ]
        for source_id in lists:
            texts |= _source_files(con, source_id, is_release=False)
        for source_id in releases:
            texts |= _source_files(con, source_id, is_release=True)
    return texts


def committed_texts(folder: Path = GOLDENS_DIR) -> dict[str, str]:
    """The golden files as committed."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*")) if p.is_file()}


def write_goldens(texts: dict[str, str], folder: Path = GOLDENS_DIR) -> list[str]:
    """Replace the golden files with `texts` (stale ones removed); return the names that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    before = committed_texts(folder)
    for name in set(before) - set(texts):
        (folder / name).unlink()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(n for n in set(before) | set(texts) if before.get(n) != texts.get(n))
