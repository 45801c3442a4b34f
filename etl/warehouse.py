"""The DuckDB warehouse: schema, views, and the one-transaction load of a publication.

Only this module writes SQL against the warehouse tables; the DDL and the views live in sql/.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb

from etl.archive import Fetched
from etl.catalog import Source
from etl.duck import sql_text
from etl.fingerprint import build_fingerprint
from etl.normalize import Normalized
from etl.outcomes import Outcome, Prepared, Status, Verdict
from etl.quality import ExpectationOutcome
from etl.reconcile import HeadlineCheck
from etl.settings import SQL_DIR, get_settings, warehouse_path
from etl.staging import BIG_SIDE_PROBES, duckdb_config, memory_limit

SHANGHAI = ZoneInfo("Asia/Shanghai")

DATA_TABLES = ("projects", "quarantine", "non_project_rows")


def _sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def _schema_files() -> list[Path]:
    return [path for folder in ("ddl", "macros", "views") for path in _sql_files(folder)]


def schema_fingerprint() -> str:
    """sha256 of every file in sql/, in the order they are applied."""
    digest = hashlib.sha256()
    for path in _schema_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def apply_schema(con: duckdb.DuckDBPyConnection, force: bool = False) -> None:
    """Create missing tables and (re)create every macro and view from sql/ — unless this warehouse
    already has exactly these files applied (a no-change daily run should cost nothing)."""
    fingerprint = schema_fingerprint()
    con.execute("CREATE TABLE IF NOT EXISTS schema_applied (fingerprint VARCHAR, applied_at TIMESTAMPTZ)")
    applied = con.execute(
        "SELECT fingerprint FROM schema_applied ORDER BY applied_at DESC LIMIT 1"
    ).fetchone()
    if applied and applied[0] == fingerprint and not force:
        return
    for path in _schema_files():
        con.execute(path.read_text(encoding="utf-8"))
    con.execute("INSERT INTO schema_applied VALUES (?, now())", [fingerprint])


@contextmanager
def connect(
    path: Path | None = None, read_only: bool = False, schema: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse; a writable connection brings the schema up to date first, unless the caller
    knows it already is (schema=False: a run applies sql/ once, then loads publication by publication)."""
    path = path or warehouse_path()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only, config=duckdb_config())
    try:
        if not read_only and schema:
            apply_schema(con)
        yield con
    finally:
        con.close()


def loaded_version(con: duckdb.DuckDBPyConnection, source_id: str) -> dict | None:
    """What we hold of a publication: the version in force (sha256, columns for schema drift, the HTTP
    validators for a conditional GET) and the newest archived payload (for a reprocess)."""
    current = con.execute(
        """SELECT p.version, p.sha256, p.fetched_at, p.column_map, p.unmapped_headers,
                  f.archive_path, f.etag, f.last_modified, p.build_fingerprint
           FROM publications AS p
           LEFT JOIN (
               SELECT * FROM fetch_log
               WHERE source_id = $source AND status IN ('fetched', 'not_modified')
               QUALIFY row_number() OVER (PARTITION BY sha256 ORDER BY fetched_at DESC) = 1
           ) AS f USING (source_id, sha256)
           WHERE p.source_id = $source AND p.valid_to IS NULL""",
        {"source": source_id},
    ).fetchone()
    newest = con.execute(
        """SELECT sha256, archive_path, fetched_at FROM fetch_log
           WHERE source_id = ? AND status = 'fetched' AND archive_path IS NOT NULL
           ORDER BY fetched_at DESC LIMIT 1""",
        [source_id],
    ).fetchone()
    if not current and not newest:
        return None
    version: dict = {"newest_archive": dict(zip(("sha256", "archive_path", "fetched_at"), newest, strict=True))
                     if newest else None}  # fmt: skip
    if current:
        keys = ("version", "sha256", "fetched_at", "column_map", "unmapped_headers", "archive_path", "etag",
                "last_modified", "build_fingerprint")  # fmt: skip
        version.update(zip(keys, current, strict=True))
        version["column_map"] = json.loads(version["column_map"] or "{}")
        version["unmapped_headers"] = json.loads(version["unmapped_headers"] or "[]")
    return version


def held_versions(published: Path, sources: list[Source]) -> dict[str, dict | None]:
    """loaded_version for each source, read-only from the published file (none yet: nothing held)."""
    if not published.exists():
        return {}
    with connect(published, read_only=True) as con:
        return {source.id: loaded_version(con, source.id) for source in sources}


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


def crash_point(name: str) -> None:
    """Fault injection for the crash-safety test: GDMP_CRASH_POINT=mid-load kills this process (SIGKILL,
    as kill -9 would) with a load half-written. Does nothing unless that variable names this point."""
    if get_settings().crash_point == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _version_slot(
    con: duckdb.DuckDBPyConnection, source: Source, fetched: Fetched
) -> tuple[int, dt.datetime]:
    """(version number, valid_from) for these bytes: the current version again if its bytes are the
    same (a forced re-process rebuilds it in place), else the next version, which closes the current."""
    current = con.execute(
        "SELECT version, sha256, valid_from FROM publications WHERE source_id = ? AND valid_to IS NULL",
        [source.id],
    ).fetchone()
    if current and current[1] == fetched.sha256:
        return current[0], current[2]
    if current is None:
        last = con.execute(
            "SELECT max(version) FROM publications WHERE source_id = ?", [source.id]
        ).fetchone()[0]
        # The first version of a list is in force from the day it was published.
        published = dt.datetime.combine(source.published, dt.time(), tzinfo=SHANGHAI)
        return (last or 0) + 1, published if last is None else fetched.fetched_at
    valid_from = max(fetched.fetched_at, current[2])
    con.execute("UPDATE publications SET valid_to = ? WHERE source_id = ? AND version = ?",
                [valid_from, source.id, current[0]])  # fmt: skip
    return current[0] + 1, valid_from


def load_version(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    verdict: Verdict,
) -> int:
    """Load one version of a publication in one transaction and return its number.

    The rows come straight from the staging file (views passed / quarantined, etl.gates.judge),
    DuckDB to DuckDB. A failure half-way leaves the warehouse as it was; a re-run of the same bytes never
    duplicates.
    """
    con.execute(f"ATTACH {sql_text(normalized.path)} AS staged (READ_ONLY)")
    con.execute(f"SET disabled_optimizers = '{BIG_SIDE_PROBES}'")  # the staged views' joins, as written
    con.execute("SET memory_limit = '256MB'")  # the load streams rows; what it needs above this spills
    con.execute("BEGIN TRANSACTION")
    try:
        version, valid_from = _version_slot(con, source, fetched)
        for table in (*DATA_TABLES, "publications"):
            con.execute(f"DELETE FROM {table} WHERE source_id = ? AND version = ?", [source.id, version])
        params = {"source_id": source.id, "version": version, "sha256": fetched.sha256,
                  "location": source.location, "fetched_at": fetched.fetched_at, "flow_run_id": run_id}  # fmt: skip
        key = "$source_id AS source_id, $version AS version, $sha256 AS sha256"
        con.execute(
            f"""INSERT INTO projects BY NAME SELECT *, {key}, $location AS location, $fetched_at AS fetched_at,
                  $flow_run_id AS flow_run_id FROM staged.passed""",
            params,
        )
        con.execute(
            f"INSERT INTO quarantine BY NAME SELECT *, {key}, $flow_run_id AS flow_run_id FROM staged.quarantined",
            {k: params[k] for k in ("source_id", "version", "sha256", "flow_run_id")},
        )
        con.execute(
            f"""INSERT INTO non_project_rows BY NAME
                SELECT * EXCLUDE (declared_total_investment_precision_wan, declared_annual_plan_precision_wan),
                       {key} FROM staged.non_projects""",
            {k: params[k] for k in ("source_id", "version", "sha256")},
        )
        crash_point("mid-load")
        con.execute(
            """INSERT INTO publications BY NAME SELECT
                 $source_id AS source_id, $version AS version, $valid_from AS valid_from, NULL AS valid_to,
                 $title AS title, $publisher AS publisher, $list_kind AS list_kind, $city_code AS city_code,
                 $year AS year, $published AS published, $location AS location, $format AS format,
                 $is_sample AS is_sample, $sha256 AS sha256, $fetched_at AS fetched_at, now() AS loaded_at,
                 $flow_run_id AS flow_run_id, $rows_read AS rows_read, $projects AS projects,
                 $quarantined AS quarantined, $non_project_rows AS non_project_rows,
                 $column_map AS column_map, $unmapped_headers AS unmapped_headers,
                 $build_fingerprint AS build_fingerprint""",
            {**params, "valid_from": valid_from, "title": source.title, "publisher": source.publisher,
             "list_kind": source.list_kind, "city_code": source.city, "year": source.year,
             "published": source.published, "format": source.resolved_format, "is_sample": source.sample,
             "rows_read": normalized.rows_read, "projects": verdict.projects, "quarantined": verdict.quarantined,
             "non_project_rows": verdict.non_projects,
             "column_map": json.dumps(normalized.column_map, ensure_ascii=False),
             "unmapped_headers": json.dumps(normalized.unmapped_headers, ensure_ascii=False),
             "build_fingerprint": build_fingerprint(source)},
        )  # fmt: skip
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("DETACH staged")
        con.execute("RESET disabled_optimizers")
        con.execute(f"SET memory_limit = '{memory_limit()}'")
    return version


def load_prepared(
    con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source, prepared: Prepared
) -> Outcome:
    """Write what a run learned about one publication: the fetch, the checks, the outcome and — if the
    gates passed — the new version. The single writer of a run calls this once per publication."""
    if prepared.fetched is not None:
        record_fetch(con, run_id, source, prepared.fetched)
    elif prepared.status == Status.FAILED:
        record_fetch(con, run_id, source, None, prepared.message)
    if prepared.status != "ready":
        sha = prepared.fetched.sha256 if prepared.fetched else None
        record_outcome(con, run_id, source.id, prepared.status, sha, message=prepared.message)
        return Outcome(source.id, Status(prepared.status), prepared.message)
    fetched, normalized, verdict = prepared.fetched, prepared.normalized, prepared.verdict
    record_checks(con, run_id, source.id, fetched.sha256, prepared.outcomes, verdict.checks)
    if verdict.status == Status.LOADED:
        load_version(con, run_id, source, fetched, normalized, verdict)
    counts = (
        normalized.rows_read,
        verdict.projects,
        verdict.quarantined,
        verdict.non_projects,
    )
    record_outcome(
        con, run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message, prepared.drift
    )
    return Outcome(source.id, verdict.status, verdict.message, counts, verdict.checks, prepared.drift)
