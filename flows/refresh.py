"""The refresh both flows share: prepare publications in parallel, load them one by one, publish.

Fetch, parse and validate run side by side on the flow's task runner (threads by default, a Dask
cluster with GDMP_TASK_RUNNER=dask); only `load_publication` writes, one publication at a time, into a
work copy of the warehouse that is published atomically at the end (etl/publish.py).
"""

from __future__ import annotations

from prefect import get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State

from etl.catalog import Source
from etl.publication import Outcome, Prepared
from etl.publish import exclusive_build
from etl.settings import warehouse_path
from etl.staging import remove_stale as remove_stale_staging
from etl.summary import by_status, one_line
from tasks.load import load_publication, look_up_held_versions
from tasks.prepare import prepare_publication
from tasks.publish import publish_warehouse
from tasks.report import build_data_docs_site, publish_run_artifacts, report_totals


def refresh_sources(sources: list[Source], force: bool = False, reprocess: bool = False) -> State:
    logger = get_run_logger()
    run_id = flow_run.id
    published = warehouse_path()
    runner = type(FlowRunContext.get().task_runner).__name__
    logger.info("Refreshing %d publications into %s (task runner: %s)", len(sources), published, runner)
    remove_stale_staging()  # what a killed run left behind
    with exclusive_build(published, holder=f"flow run {flow_run.name or run_id}") as work:
        held = look_up_held_versions(str(work), sources)
        futures = [prepare_publication.submit(s, held.get(s.id), force, reprocess) for s in sources]
        outcomes: list[Outcome] = []
        for index, (source, future) in enumerate(zip(sources, futures, strict=True), 1):
            try:
                prepared = future.result()
            except Exception as exc:  # a bug or a broken suite in one publication must not stop the others
                prepared = Prepared(source.id, "failed", f"{source.id}: {type(exc).__name__}: {exc}")
            try:
                outcome = load_publication(str(work), run_id, source, prepared)
            except Exception as exc:  # a database error: this publication is not loaded, the others go on
                outcome = Outcome(source.id, "failed", f"{source.id}: {type(exc).__name__}: {exc}")
            log = logger.info if outcome.status in {"loaded", "unchanged"} else logger.error
            log("[%d/%d] %s: %s", index, len(sources), outcome.status.upper(), outcome.message)
            outcomes.append(outcome)
        report = report_totals(str(work))
        publish_warehouse(str(work), str(published))
    print(report)
    publish_run_artifacts(outcomes)
    docs = build_data_docs_site(outcomes)
    if docs:
        logger.info("Data Docs: %s", docs)
    statuses = by_status(outcomes)
    if statuses["unchanged"]:
        logger.info("Unchanged since the last load: %s", ", ".join(statuses["unchanged"]))
    bad = [o for o in outcomes if o.status in {"rejected", "failed"}]
    if bad:
        return Failed(message=f"{one_line(outcomes)}. " + " || ".join(o.message for o in bad))
    return Completed(message=one_line(outcomes), data=statuses)
