from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.catalog import Source
from etl.outcomes import Outcome, Prepared, Status
from etl.progress import timed_phase
from etl.warehouse.announcements import load_prepared_announcement
from etl.warehouse.held import Held, what_is_held
from etl.warehouse.records import record_outcome


@task(cache_policy=NO_CACHE, task_run_name="look up what is held")
def look_up_held(published: str, sources: list[Source]) -> Held:
    """Per source, what the published warehouse holds (for unchanged checks, conditional GETs and
    reprocessing), and per list the figures its announcements gave: one read-only look, before the
    writer lock, so fetching never waits for another run's load."""
    return what_is_held(published, sources)


@task(cache_policy=NO_CACHE, task_run_name="bring the schema up to date")
def update_schema(db: str) -> None:
    """Create missing tables and refresh macros and views where the run loads, once per run (when a
    publication is unchanged, record_unchanged does it over its own connection instead): the task around
    etl.warehouse.schema.apply_schema, which `warehouse.connect` calls."""
    with warehouse.connect(db):
        pass


@task(cache_policy=NO_CACHE, task_run_name="record {n} unchanged publications")
def record_unchanged(
    db: str, run_id: str | None, unchanged: list[tuple[Source, Prepared]], n: int
) -> list[Outcome]:
    """The outcome (and the conditional GET's validators) of every publication with nothing to load, over
    one connection that first brings the schema up to date: a no-change daily run opens the warehouse
    once, not once per publication."""
    with warehouse.connect(db) as con:
        return [warehouse.load_prepared(con, run_id, source, prepared) for source, prepared in unchanged]


@task(cache_policy=NO_CACHE, task_run_name="record the failure of {source_id}")
def record_failure(db: str, run_id: str | None, source_id: str, sha256: str | None, message: str) -> None:
    """A publication_runs row for a publication whose load failed unexpectedly (flows/refresh.py
    load_isolated), over a connection of its own: the failed load's transaction has been rolled back."""
    with warehouse.connect(db, schema=False) as con:
        record_outcome(con, run_id, source_id, Status.FAILED, sha256, message=message)


@task(cache_policy=NO_CACHE, task_run_name="load {source.id}")
def load_publication(db: str, run_id: str | None, source: Source, prepared: Prepared) -> Outcome:
    """The single writer: log the fetch and the checks and, if the gates passed, load the version.
    A long list logs the phase's rows and rate (etl/progress.py)."""
    try:
        with timed_phase(get_run_logger(), "load", source.id) as rows:
            with warehouse.connect(db, schema=False) as con:  # brought up to date when loading began
                if source.is_announcement:
                    return load_prepared_announcement(con, run_id, source, prepared)
                outcome = warehouse.load_prepared(con, run_id, source, prepared)
            if outcome.status == Status.LOADED and prepared.normalized is not None:
                rows(prepared.normalized.rows_read)
        return outcome
    finally:
        if prepared.normalized is not None:
            prepared.normalized.discard()  # the staging file has served its purpose
