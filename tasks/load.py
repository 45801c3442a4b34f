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
from etl.readers.staging import SMALL_LIST_ROWS
from etl.run.outcomes import Outcome, Prepared, Status, failure_message
from etl.run.progress import timed_phase
from etl.warehouse.commits import ensure_claim_rows, in_transaction
from etl.warehouse.held import Held, what_is_held
from etl.warehouse.lists import load_prepared_together, load_settings, loads_rows
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


def load_one(
    con, run_id: str | None, source: Source, prepared: Prepared, settings: Settings, claimed: bool = False
) -> Outcome:
    """Log the fetch and the checks of one publication and, if the gates passed, load the version, in one
    transaction of the writer's connection (its load settings set for the pass: load_settings). A long
    list logs the phase's rows and rate (etl/run/progress.py). `claimed`: its claim row was made for the run."""
    try:
        with timed_phase(get_run_logger(), "load", source.id) as rows:
            if source.is_announcement:
                return load_prepared_announcement(con, run_id, source, prepared, settings)
            outcome = warehouse.load_prepared(
                con, run_id, source, prepared, settings, claimed, set_for_pass=True
            )
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


def _claim_rows_first(con, source_ids: list[str], attempts: int) -> bool:
    """The load_claims rows of every source about to load, in one commit for the run rather than one per
    new source (etl.warehouse.commits.ensure_claim_rows); True when made. Should that commit fail, each
    load still makes its own row, and its own failure names its publication."""
    with contextlib.suppress(duckdb.Error, WarehouseError):
        ensure_claim_rows(con, source_ids, attempts)
        return True
    return False


LOAD_TOGETHER = (
    16  # small publications loaded in one transaction by the writer (one commit, one lake snapshot)
)


def _together(
    items: list[tuple[Source, Prepared]], position: int, done: dict[str, Outcome], most: int
) -> int:
    """How many publications from `position` on may load in one transaction (load_prepared_together): small
    lists of different sources not recorded already, up to `most`; 0 or 1 means one at a time."""
    n, seen = 0, set()
    for source, prepared in items[position : position + most]:
        small = prepared.normalized is None or prepared.normalized.rows_read <= SMALL_LIST_ROWS
        if source.is_announcement or source.id in done or source.id in seen or not small:
            break  # a source twice: its second version's slot depends on the first's (versions.py)
        seen.add(source.id)
        n += 1
    return n


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
    connection, logging one line per publication as it goes (a task per publication cost more than a small
    list's load, and gave no retry: a load is not retried).

    Consecutive small lists load up to LOAD_TOGETHER in one transaction (one commit: in a lake, one snapshot
    that readers see whole or not at all); if anything in it fails, it is rolled back and they load again one
    by one, each in a transaction of its own, so that a failure rolls back and fails only its own
    publication. A lake's commit costs more than a file's, and so does each statement in its transaction:
    a group makes each of its steps once (50 small lists on PostgreSQL: 158 ms a list one by one, 9–16 ms
    grouped; etl.warehouse.lists.load_prepared_together). After a failure the others load over a connection opened afresh, as the run's
    `settings` say."""
    config = warehouse.WarehouseConfig.from_settings(settings)
    logger, outcomes, position = get_run_logger(), [], 0
    most = LOAD_TOGETHER
    alone_until = 0  # a group that failed together loads one by one, up to here

    def log(index: int, outcome: Outcome) -> None:
        say = logger.info if outcome.status in {Status.LOADED, Status.UNCHANGED} else logger.error
        say("[%d/%d] %s: %s", index, len(items), outcome.status.upper(), outcome.message)
        outcomes.append(outcome)

    claims = [
        s.id
        for s, p in items
        if s.id not in done and (p.status == "ready" if s.is_announcement else loads_rows(p))
    ]
    if all(s.id in done for s, _ in items):  # nothing to load (a no-change run): no connection to open
        for index, (source, _) in enumerate(items, 1):
            log(index, done[source.id])
        return outcomes
    claimed = False
    while position < len(items):
        try:  # a full disk while it is open is named as such (etl/core/disk_full.py)
            # the schema was brought up to date when loading began
            with warehouse.connect(db, config, schema=False) as con, load_settings(con, config.memory_limit):
                claimed = claimed or _claim_rows_first(con, claims, config.lake_commit_attempts)
                while position < len(items):
                    together = (
                        _together(items, position, done, most) if claimed and position >= alone_until else 0
                    )
                    if together > 1:
                        group = items[position : position + together]
                        try:
                            loaded = load_prepared_together(con, run_id, group, settings)
                        except Exception as exc:  # loaded again one by one: the failure is its own
                            logger.info("loading %d publications together failed (%s); loading them one by one",
                                        together, type(exc).__name__)  # fmt: skip
                            alone_until = position + together
                            continue
                        for (_, prepared), outcome in zip(group, loaded, strict=True):
                            if prepared.normalized is not None:
                                prepared.normalized.discard()
                            position += 1
                            log(position, outcome)
                        continue
                    source, prepared = items[position]
                    outcome = done.get(source.id) or load_one(
                        con, run_id, source, prepared, settings, claimed
                    )
                    log(position + 1, outcome)
                    position += 1
        except Exception as exc:
            if position == len(items):
                raise
            source, prepared = items[position]
            position += 1
            log(position, _failed(db, settings, run_id, source, prepared, exc))
    return outcomes
