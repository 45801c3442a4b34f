"""The logs a run writes for every source it looked at: fetches, outcomes, rule results, checks."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal

import duckdb

from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.run.outcomes import Outcome, Prepared, Status
from etl.validate.quality import ExpectationOutcome
from etl.validate.reconcile import HeadlineCheck


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
    _insert_many(con, "validation_results", [
        [run_id, source_id, sha256, now, o.suite, o.expectation, o.success, o.unexpected_count,
         json.dumps(o.sample, ensure_ascii=False)] for o in outcomes
    ])  # fmt: skip
    _insert_many(con, "reconciliation", [
        [run_id, source_id, sha256, now, c.kind, c.figure, c.declared, c.actual, c.tolerance, c.qualifier, c.ok,
         c.figure_source, c.message] for c in checks
    ])  # fmt: skip


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, rows: list[list]) -> None:
    """Rows into a table in one statement (one INSERT per row cost ~1 ms each, ten or more per list)."""
    if rows:
        one = f"({', '.join('?' * len(rows[0]))})"
        con.execute(
            f"INSERT INTO {table} VALUES {', '.join([one] * len(rows))}", [v for row in rows for v in row]
        )


def record_fetch_and_settle(
    con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source, prepared: Prepared
) -> Outcome | None:
    """The first part of every load, lists and announcements alike: log the fetch (or its failure) and,
    when the publication is not ready to load (unchanged, rejected before gating, failed), record its
    outcome and return it; None: it is ready, the caller loads it."""
    if prepared.fetched is not None:
        record_fetch(con, run_id, source, prepared.fetched)
    elif prepared.status == Status.FAILED:
        record_fetch(con, run_id, source, None, prepared.message)
    if prepared.status == "ready":
        return None
    sha = prepared.fetched.sha256 if prepared.fetched else None
    record_outcome(con, run_id, source.id, prepared.status, sha, message=prepared.message)
    return Outcome(source.id, Status(prepared.status), prepared.message)


def crash_point(name: str, points: str | None) -> None:
    """Fault injection for the crash-safety and isolation tests: `points` is the run's GDMP_CRASH_POINT
    (Settings.crash_point), passed like any setting. `mid-load` kills this process (SIGKILL, as kill -9
    would) with a load half-written; `error:<point>` (comma-separated, e.g.
    `error:prepare:<source id>,error:load:<source id>`) raises an exception none of our code expects, as a
    bug met by one odd input would. Does nothing unless `points` names this point."""
    named = (points or "").split(",")
    if name in named:
        os.kill(os.getpid(), signal.SIGKILL)
    if f"error:{name}" in named:
        raise RuntimeError(f"injected fault at {name} (GDMP_CRASH_POINT)")
