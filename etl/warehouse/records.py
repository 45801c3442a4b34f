"""The logs a run writes for every source it looked at: fetches, outcomes, rule results, checks."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from collections import defaultdict

import duckdb

from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.run.outcomes import Outcome, Prepared, Status
from etl.validate.quality import ExpectationOutcome
from etl.validate.reconcile import HeadlineCheck


class Log:
    """Rows of the run's logs (fetch_log, publication_runs, validation_results, reconciliation) held until
    write(), which inserts each table's in one statement: a group of publications loading together logs
    them in one INSERT per table rather than four or five a publication (in a lake on PostgreSQL, ~1–2 ms
    each inside the group's transaction). The record_* functions below write one publication's at once."""

    def __init__(self) -> None:
        self.rows: dict[str, list[list]] = defaultdict(list)

    def fetch(
        self, run_id: str | None, source: Source, fetched: Fetched | None, error: str | None = None
    ) -> Log:
        """The fetch of a source, or its failure (`fetched` None, `error` saying why)."""
        if fetched is None:
            row = [run_id, source.id, source.location, dt.datetime.now(dt.UTC), "failed", *[None] * 4, error,
                   *[None] * 3]  # fmt: skip
        else:
            row = [run_id, source.id, source.location, fetched.fetched_at,
                   "not_modified" if fetched.not_modified else "fetched", fetched.http_status, fetched.size,
                   fetched.sha256, fetched.archive_path, None, fetched.attempts, fetched.etag,
                   fetched.last_modified]  # fmt: skip
        self.rows["fetch_log"].append(row)
        return self

    def outcome(self, run_id: str | None, source_id: str, status: str, sha256: str | None = None,
                counts: tuple[int, int, int, int] | None = None, message: str | None = None,
                drift: list[str] | None = None) -> Log:  # fmt: skip
        """A publication's publication_runs row: its outcome, and its row accounting when it was read."""
        self.rows["publication_runs"].append([run_id, source_id, dt.datetime.now(dt.UTC), status, sha256,
                                              *(counts or (None, None, None, None)), message,
                                              json.dumps(drift or [], ensure_ascii=False)])  # fmt: skip
        return self

    def checks(self, run_id: str | None, source_id: str, sha256: str, outcomes: list[ExpectationOutcome],
               checks: list[HeadlineCheck]) -> Log:  # fmt: skip
        """Validation and reconciliation results are kept for rejected publications too: they say why."""
        now = dt.datetime.now(dt.UTC)
        self.rows["validation_results"] += [
            [run_id, source_id, sha256, now, o.suite, o.expectation, o.success, o.unexpected_count,
             json.dumps(o.sample, ensure_ascii=False)] for o in outcomes]  # fmt: skip
        self.rows["reconciliation"] += [
            [run_id, source_id, sha256, now, c.kind, c.figure, c.declared, c.actual, c.tolerance, c.qualifier,
             c.ok, c.figure_source, c.message] for c in checks]  # fmt: skip
        return self

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        """Each table's rows in one INSERT, then none held."""
        for table, rows in self.rows.items():
            _insert_many(con, table, rows)
        self.rows.clear()


def record_fetch(con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source, fetched: Fetched | None,
                 error: str | None = None) -> None:  # fmt: skip
    Log().fetch(run_id, source, fetched, error).write(con)


def record_outcome(con: duckdb.DuckDBPyConnection, run_id: str | None, source_id: str, status: str,
                   sha256: str | None = None, counts: tuple[int, int, int, int] | None = None,
                   message: str | None = None, drift: list[str] | None = None) -> None:  # fmt: skip
    Log().outcome(run_id, source_id, status, sha256, counts, message, drift).write(con)


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, rows: list[list]) -> None:
    """Rows into a table in one statement (one INSERT per row cost ~1 ms each, ten or more per list)."""
    if rows:
        one = f"({', '.join('?' * len(rows[0]))})"
        con.execute(
            f"INSERT INTO {table} VALUES {', '.join([one] * len(rows))}", [v for row in rows for v in row]
        )


def settle(log: Log, run_id: str | None, source: Source, prepared: Prepared) -> Outcome | None:
    """The first part of every load, lists and announcements alike, into `log`: the fetch (or its failure)
    and, when the publication is not ready to load (unchanged, rejected before gating, failed), its
    outcome, which is returned; None: it is ready, the caller loads it."""
    if prepared.fetched is not None:
        log.fetch(run_id, source, prepared.fetched)
    elif prepared.status == Status.FAILED:
        log.fetch(run_id, source, None, prepared.message)
    if prepared.status == "ready":
        return None
    sha = prepared.fetched.sha256 if prepared.fetched else None
    log.outcome(run_id, source.id, prepared.status, sha, message=prepared.message)
    return Outcome(source.id, Status(prepared.status), prepared.message)


def record_fetch_and_settle(
    con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source, prepared: Prepared
) -> Outcome | None:
    """settle() written at once: one publication's fetch and, if it is not ready, its outcome."""
    log = Log()
    settled = settle(log, run_id, source, prepared)
    log.write(con)
    return settled


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
