from __future__ import annotations

import contextlib

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.announcements.loading import load_prepared_announcement
from etl.core.errors import WarehouseError
from etl.core.settings import Settings
from etl.fetching.catalog import Source
from etl.run.outcomes import Outcome, Prepared, Status, failure_message
from etl.run.progress import timed_phase
from etl.warehouse.commits import ensure_claim_rows, in_transaction
from etl.warehouse.held import Held, what_is_held
from etl.warehouse.lists import loads_rows
from etl.warehouse.records import record_outcome


@task(cache_policy=NO_CACHE, task_run_name="look up what is held")
def look_up_held(published: str, sources: list[Source], settings: Settings) -> Held:
    """Per source, what the published warehouse holds (for unchanged checks, conditional GETs and
    reprocessing), and per list the figures its announcements gave: one read-only look, before the
    writer lock, so fetching never waits for another run's load."""
    return what_is_held(published, warehouse.WarehouseConfig.from_settings(settings), sources)


@task(cache_policy=NO_CACHE, task_run_name="bring the schema up to date")
def update_schema(db: str, settings: Settings) -> None:
    """Create missing tables and refresh macros and views where the run loads, once per run (when a
    publication is unchanged, record_unchanged does it over its own connection instead): the task around
    etl.warehouse.schema.apply_schema, which `warehouse.connect` calls."""
    with warehouse.connect(db, warehouse.WarehouseConfig.from_settings(settings)):
        pass


@task(cache_policy=NO_CACHE, task_run_name="record {n} unchanged publications")
def record_unchanged(
    db: str, settings: Settings, run_id: str | None, unchanged: list[tuple[Source, Prepared]], n: int
) -> list[Outcome]:
    """The outcome (and the conditional GET's validators) of every publication with nothing to load, over
    one connection that first brings the schema up to date: a no-change daily run opens the warehouse
    once, not once per publication."""
    config = warehouse.WarehouseConfig.from_settings(settings)
    with warehouse.connect(db, config) as con:  # one commit for them all, not two each
        return in_transaction(con, f"recording {n} unchanged publications", lambda: [
            warehouse.record_prepared(con, run_id, source, prepared, settings) for source, prepared in unchanged],
            settings.lake_commit_attempts)  # fmt: skip


def record_failure(
    db: str, settings: Settings, run_id: str | None, source_id: str, sha256: str | None, message: str
) -> None:
    """A publication_runs row for a publication whose load failed unexpectedly, over a connection of its
    own: the failed load's transaction has been rolled back."""
    with warehouse.connect(db, warehouse.WarehouseConfig.from_settings(settings), schema=False) as con:
        record_outcome(con, run_id, source_id, Status.FAILED, sha256, message=message)


def load_one(con, run_id: str | None, source: Source, prepared: Prepared, settings: Settings) -> Outcome:
    """Log the fetch and the checks of one publication and, if the gates passed, load the version, in one
    transaction of the writer's connection. A long list logs the phase's rows and rate (etl/run/progress.py)."""
    try:
        with timed_phase(get_run_logger(), "load", source.id) as rows:
            if source.is_announcement:
                return load_prepared_announcement(con, run_id, source, prepared, settings)
            outcome = warehouse.load_prepared(con, run_id, source, prepared, settings)
            if outcome.status == Status.LOADED and prepared.normalized is not None:
                rows(prepared.normalized.rows_read)
        return outcome
    finally:
        if prepared.normalized is not None:
            prepared.normalized.discard()  # the staging file has served its purpose


def _failed(
    db: str, settings: Settings, run_id: str | None, source: Source, prepared: Prepared, exc: Exception
) -> Outcome:
    """Whatever escaped a load fails that publication only: its transaction is rolled back, the failure
    is recorded (a publication_runs row) and the next publication loads."""
    get_run_logger().error("loading %s failed", source.id, exc_info=exc)
    message = failure_message(source, exc, "loading it")
    try:
        sha256 = prepared.fetched.sha256 if prepared.fetched else None
        record_failure(db, settings, run_id, source.id, sha256, message)
    except Exception as again:  # the warehouse itself is failing: the summary still says why
        get_run_logger().error("recording the failure of %s failed too", source.id, exc_info=again)
    return Outcome(source.id, Status.FAILED, message)


def _claim_rows_first(con, source_ids: list[str], attempts: int) -> list[str]:
    """The load_claims rows of every source about to load, in one commit for the run rather than one per
    new source (etl.warehouse.commits.ensure_claim_rows); returns what is left to claim: nothing. Should
    that commit fail, each load still makes its own row, and its own failure names its publication."""
    with contextlib.suppress(duckdb.Error, WarehouseError):
        ensure_claim_rows(con, source_ids, attempts)
    return []


@task(cache_policy=NO_CACHE, task_run_name="load {n} publications")
def load_publications(
    db: str,
    settings: Settings,
    run_id: str | None,
    items: list[tuple[Source, Prepared]],
    done: dict[str, Outcome],
    n: int,
) -> list[Outcome]:
    """The single writer's pass: every publication not `done` (recorded unchanged) loaded in turn over one
    connection, each in a transaction of its own, logging one line per publication as it goes (a task per
    publication cost more than a small list's load, and gave no retry: a load is not retried). A failure
    rolls back and fails only its own publication; the others load over a connection opened afresh, as the
    run's `settings` say."""
    logger, outcomes, position = get_run_logger(), [], 0
    config = warehouse.WarehouseConfig.from_settings(settings)

    def log(index: int, outcome: Outcome) -> None:
        say = logger.info if outcome.status in {Status.LOADED, Status.UNCHANGED} else logger.error
        say("[%d/%d] %s: %s", index, len(items), outcome.status.upper(), outcome.message)
        outcomes.append(outcome)

    claims = [
        s.id
        for s, p in items
        if s.id not in done and (p.status == "ready" if s.is_announcement else loads_rows(p))
    ]
    while position < len(items):
        try:  # a full disk while it is open is named as such (etl/core/disk_full.py)
            with warehouse.connect(db, config, schema=False) as con:  # brought up to date when loading began
                claims = _claim_rows_first(con, claims, config.lake_commit_attempts)
                for source, prepared in items[position:]:
                    outcome = done.get(source.id) or load_one(con, run_id, source, prepared, settings)
                    log(position + 1, outcome)
                    position += 1
        except Exception as exc:
            if position == len(items):
                raise
            source, prepared = items[position]
            position += 1
            log(position, _failed(db, settings, run_id, source, prepared, exc))
    return outcomes
