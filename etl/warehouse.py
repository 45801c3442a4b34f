"""The DuckDB warehouse: schema, views, and the one-transaction load of a publication.

Only this module writes SQL against the warehouse tables; the DDL and the views live in sql/.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

import duckdb

from etl.catalog import Source
from etl.fetching import Fetched
from etl.normalize import Normalized
from etl.quality import ExpectationOutcome
from etl.reconcile import HeadlineCheck
from etl.settings import SQL_DIR, warehouse_path

PROJECT_COLUMNS = (
    "source_id", "row_number", "seq", "project_name", "project_key", "place_kind", "city_code", "city_name",
    "city_pinyin", "place_raw", "district", "section", "subsection", "category", "cluster", "stage", "funding",
    "owner", "content", "remark", "start_year", "end_year", "period_raw", "total_investment_wan", "total_investment_raw",
    "total_investment_unit", "annual_plan_wan", "annual_plan_raw", "annual_plan_unit", "raw", "location",
    "sha256", "fetched_at", "flow_run_id",
)  # fmt: skip
DATA_TABLES = ("projects", "quarantine", "non_project_rows")


def _sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and (re)create every view from sql/."""
    for path in _sql_files("ddl"):
        con.execute(path.read_text(encoding="utf-8"))
    for path in _sql_files("views"):
        con.execute(path.read_text(encoding="utf-8"))


@contextmanager
def connect(path: Path | None = None, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse; a writable connection brings the schema up to date first."""
    path = path or warehouse_path()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        if not read_only:
            apply_schema(con)
        yield con
    finally:
        con.close()


def loaded_version(con: duckdb.DuckDBPyConnection, source_id: str) -> dict | None:
    """The loaded version of a publication: its sha256, the columns it had (for schema drift) and the
    validators the publisher sent with it (for a conditional GET)."""
    row = con.execute(
        """SELECT p.sha256, p.column_map, p.unmapped_headers, f.archive_path, f.etag, f.last_modified
           FROM publications AS p
           LEFT JOIN (
               SELECT * FROM fetch_log
               WHERE source_id = $source AND status IN ('fetched', 'not_modified')
               QUALIFY row_number() OVER (PARTITION BY sha256 ORDER BY fetched_at DESC) = 1
           ) AS f USING (source_id, sha256)
           WHERE p.source_id = $source""",
        {"source": source_id},
    ).fetchone()
    if not row:
        return None
    keys = ("sha256", "column_map", "unmapped_headers", "archive_path", "etag", "last_modified")
    version = dict(zip(keys, row, strict=True))
    version["column_map"] = json.loads(version["column_map"] or "{}")
    version["unmapped_headers"] = json.loads(version["unmapped_headers"] or "[]")
    return version


def record_fetch(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    fetched: Fetched | None,
    error: str | None = None,
) -> None:
    if fetched is None:
        con.execute(
            "INSERT INTO fetch_log (flow_run_id, source_id, location, fetched_at, status, error) "
            "VALUES (?, ?, ?, ?, 'failed', ?)",
            [run_id, source.id, source.location, dt.datetime.now(dt.UTC), error],
        )
        return
    con.execute(
        "INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
        [run_id, source.id, source.location, fetched.fetched_at,
         "not_modified" if fetched.not_modified else "fetched", fetched.http_status, fetched.size,
         fetched.sha256, fetched.archive_path, fetched.attempts, fetched.etag, fetched.last_modified],
    )  # fmt: skip


def record_outcome(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source_id: str,
    status: str,
    sha256: str | None = None,
    counts: tuple[int, int, int, int] | None = None,
    message: str | None = None,
    drift: list[str] | None = None,
) -> None:
    rows_read, projects, quarantined, non_project = counts or (None, None, None, None)
    con.execute(
        "INSERT INTO publication_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            source_id,
            dt.datetime.now(dt.UTC),
            status,
            sha256,
            rows_read,
            projects,
            quarantined,
            non_project,
            message,
            json.dumps(drift or [], ensure_ascii=False),
        ],
    )


def record_checks(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source_id: str,
    sha256: str,
    outcomes: list[ExpectationOutcome],
    checks: list[HeadlineCheck],
) -> None:
    """Validation and reconciliation results are kept for rejected publications too: they say why."""
    now = dt.datetime.now(dt.UTC)
    for o in outcomes:
        con.execute(
            "INSERT INTO validation_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                source_id,
                sha256,
                now,
                o.suite,
                o.expectation,
                o.success,
                o.unexpected_count,
                json.dumps(o.sample, ensure_ascii=False),
            ],
        )
    for c in checks:
        con.execute(
            "INSERT INTO reconciliation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                source_id,
                sha256,
                now,
                c.kind,
                c.figure,
                c.declared,
                c.actual,
                c.tolerance,
                c.qualifier,
                c.ok,
                c.figure_source,
                c.message,
            ],
        )


def _frame(rows: list[dict], columns: tuple[str, ...]):
    """A DataFrame DuckDB can scan; Decimals travel as text and are cast back exactly in SQL."""
    import pandas as pd

    return pd.DataFrame(
        [[str(r.get(c)) if isinstance(r.get(c), Decimal) else r.get(c) for c in columns] for r in rows],
        columns=list(columns),
        dtype=object,
    )


def replace_publication(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    projects: list[dict],
    quarantined: list[dict],
) -> None:
    """Swap in this version of a publication in one transaction: a re-run never duplicates rows and a
    failure half-way leaves the previous version in place."""
    provenance = {
        "source_id": source.id,
        "location": source.location,
        "sha256": fetched.sha256,
        "fetched_at": fetched.fetched_at,
        "flow_run_id": run_id,
    }
    project_rows = _frame([{**p, **provenance} for p in projects], PROJECT_COLUMNS)  # noqa: F841 (read by SQL)
    quarantine_rows = _frame(  # noqa: F841
        [{**q, "reasons": q["reasons"], **provenance} for q in quarantined],
        ("source_id", "row_number", "project_name", "reasons", "raw", "sha256", "flow_run_id"),
    )
    non_project_frame = _frame(  # noqa: F841
        [{**n, **provenance} for n in normalized.non_projects],
        (
            "source_id",
            "row_number",
            "kind",
            "label",
            "declared_count",
            "declared_total_investment_wan",
            "declared_annual_plan_wan",
            "context",
            "raw",
            "sha256",
        ),
    )
    amount_casts = {"total_investment_wan", "annual_plan_wan"}
    select_projects = ", ".join(
        f"CAST({c} AS DECIMAL(20, 4)) AS {c}" if c in amount_casts else c for c in PROJECT_COLUMNS
    )
    con.execute("BEGIN TRANSACTION")
    try:
        for table in (*DATA_TABLES, "publications"):
            con.execute(f"DELETE FROM {table} WHERE source_id = ?", [source.id])
        if projects:
            con.execute(
                f"INSERT INTO projects ({', '.join(PROJECT_COLUMNS)}) SELECT {select_projects} FROM project_rows"
            )
        if quarantined:
            con.execute(
                "INSERT INTO quarantine SELECT source_id, row_number, project_name, "
                "CAST(reasons AS VARCHAR[]), raw, sha256, flow_run_id FROM quarantine_rows"
            )
        if normalized.non_projects:
            con.execute(
                "INSERT INTO non_project_rows SELECT source_id, row_number, kind, label, declared_count, "
                "CAST(declared_total_investment_wan AS DECIMAL(20, 4)), "
                "CAST(declared_annual_plan_wan AS DECIMAL(20, 4)), context, raw, sha256 FROM non_project_frame"
            )
        con.execute(
            "INSERT INTO publications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source.id,
                source.title,
                source.publisher,
                source.list_kind,
                source.city,
                source.year,
                source.published,
                source.location,
                source.resolved_format,
                source.sample,
                fetched.sha256,
                fetched.fetched_at,
                dt.datetime.now(dt.UTC),
                run_id,
                normalized.rows_read,
                len(projects),
                len(quarantined),
                len(normalized.non_projects),
                json.dumps(normalized.column_map, ensure_ascii=False),
                json.dumps(normalized.unmapped_headers, ensure_ascii=False),
            ],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}


def checks_as_dicts(checks: list[HeadlineCheck]) -> list[dict]:
    return [asdict(c) for c in checks]
