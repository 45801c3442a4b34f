"""The refresh both flows share: prepare publications in parallel, then load them one by one, and publish.

Fetch, parse and validate run side by side on the flow's task runner (threads by default, a Dask cluster
with GDMP_TASK_RUNNER=dask) and before the writer lock: a slow publisher never holds up another run's
load. Only `load_publication` writes, one publication at a time: into a work copy of the warehouse file
that is published atomically at the end (etl/atomic_publish.py), or straight into a DuckLake, where each
load is a commit of its own (etl/warehouse/targets.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from prefect import get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State

from etl.announced import expectations_for
from etl.catalog import Source
from etl.errors import PipelineError
from etl.outcomes import Outcome, Prepared, Status
from etl.published_check import damaged_warehouse
from etl.run_summary import by_status, one_line
from etl.settings import Settings
from etl.staging import remove_stale as remove_stale_staging
from etl.staging import run_folder
from etl.warehouse.lake import describe
from etl.warehouse.targets import load_target
from tasks.load import (
    load_publication,
    look_up_held,
    record_failure,
    record_unchanged,
    update_schema,
)
from tasks.prepare import prepare_publication
from tasks.publish_warehouse import publish_warehouse
from tasks.run_artifacts import build_data_docs_site, publish_run_artifacts, report_totals


def failure_message(source: Source, exc: Exception, stage: str) -> str:
    """What a publication's run row says when something escaped its `stage`: our own errors say what
    they mean; anything else is named by its type, and its traceback is in the run's log."""
    if isinstance(exc, PipelineError):
        return f"{source.id}: {exc}"
    return f"{source.id}: unexpected {type(exc).__name__} while {stage}: {exc} (traceback in the run's log)"


def _results(sources: list[Source], futures: list) -> dict[str, Prepared]:
    """Each future's Prepared; whatever escaped a preparation (a suite that cannot run, a bug met by one
    odd input) fails that publication only, with its traceback in the log."""
    prepared = {}
    for source, future in zip(sources, futures, strict=True):
        try:
            prepared[source.id] = future.result()
        except Exception as exc:
            get_run_logger().error("preparing %s failed", source.id, exc_info=exc)
            prepared[source.id] = Prepared(source.id, "failed", failure_message(source, exc, "preparing it"))
    return prepared


def prepare_all(
    sources: list[Source], settings: Settings, force: bool, reprocess: bool, staging: Path
) -> list[Prepared]:
    """Fetch (or take from the archive), parse and gate every source, side by side, before any lock:
    announcements first, because their figures are the headline checks of the lists they announce."""
    held = look_up_held(settings.warehouse_target, sources)
    announcements = [s for s in sources if s.is_announcement]
    lists = [s for s in sources if not s.is_announcement]
    prepared = _results(announcements, [prepare_publication.submit(s, held.versions.get(s.id), settings, force,
                                                                   reprocess) for s in announcements])  # fmt: skip
    fresh = {s.id: (s, prepared[s.id].announcement) for s in announcements if prepared[s.id].announcement}
    expected = expectations_for(lists, fresh, held.announced)
    prepared |= _results(lists, [prepare_publication.submit(s, held.versions.get(s.id), settings, force, reprocess,
                                                            str(staging), expected.get(s.id))
                                 for s in lists])  # fmt: skip
    return [prepared[s.id] for s in sources]


def load_isolated(work: str, run_id: str | None, source: Source, ready: Prepared) -> Outcome:
    """load_publication, except that whatever escapes it fails this publication only: its transaction
    is rolled back, the failure is recorded (a publication_runs row) and the next publication loads."""
    try:
        return load_publication(work, run_id, source, ready)
    except Exception as exc:
        get_run_logger().error("loading %s failed", source.id, exc_info=exc)
        message = failure_message(source, exc, "loading it")
        sha = ready.fetched.sha256 if ready.fetched else None
        try:
            record_failure(work, run_id, source.id, sha, message)
        except Exception as again:  # the warehouse itself is failing: the summary still says why
            get_run_logger().error("recording the failure of %s failed too", source.id, exc_info=again)
        return Outcome(source.id, Status.FAILED, message)


def load_all(work: str, sources: list[Source], prepared: list[Prepared]) -> list[Outcome]:
    """The single writer: one publication after another. What is unchanged is recorded in one go."""
    logger, run_id = get_run_logger(), flow_run.id
    unchanged = [(s, p) for s, p in zip(sources, prepared, strict=True) if p.status == Status.UNCHANGED]
    done = {}
    if unchanged:  # brings the schema up to date too, over the same connection
        done = {o.source_id: o for o in record_unchanged(work, run_id, unchanged, len(unchanged))}
    else:
        update_schema(work)
    outcomes = []
    for index, (source, ready) in enumerate(zip(sources, prepared, strict=True), 1):
        outcome = done.get(source.id) or load_isolated(work, run_id, source, ready)
        log = logger.info if outcome.status in {Status.LOADED, Status.UNCHANGED} else logger.error
        log("[%d/%d] %s: %s", index, len(sources), outcome.status.upper(), outcome.message)
        outcomes.append(outcome)
    return outcomes


def refresh_sources(
    sources: list[Source], settings: Settings, force: bool = False, reprocess: bool = False
) -> State:
    """Prepare, load and publish `sources`, with the run's settings (read once, by the flow)."""
    logger = get_run_logger()
    runner = type(FlowRunContext.get().task_runner).__name__
    logger.info("Refreshing %d publications into %s (task runner: %s)", len(sources),
                describe(settings.warehouse_target), runner)  # fmt: skip
    if damaged := damaged_warehouse(settings):  # before any work: a damaged file says how to restore
        return Failed(message=damaged)
    remove_stale_staging()  # what a killed run left behind
    staging = run_folder(f"run-{flow_run.id or 'local'}")
    try:
        prepared = prepare_all(sources, settings, force, reprocess, staging)
        with load_target(settings, holder=f"flow run {flow_run.name or flow_run.id}") as target:
            outcomes = load_all(target.db, sources, prepared)
            report = report_totals(target.db)
            if target.publish_to:
                publish_warehouse(target.db, target.publish_to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(report.text)
    publish_run_artifacts(outcomes, report, describe(settings.warehouse_target))
    docs = build_data_docs_site(outcomes)
    if docs:
        logger.info("Data Docs: %s", docs)
    statuses = by_status(outcomes)
    if statuses[Status.UNCHANGED]:
        logger.info("Unchanged since the last load: %s", ", ".join(statuses[Status.UNCHANGED]))
    bad = [o for o in outcomes if o.status in {Status.REJECTED, Status.FAILED}]
    if bad:
        return Failed(message=f"{one_line(outcomes)}. " + " || ".join(o.message for o in bad))
    return Completed(message=one_line(outcomes), data=statuses)
