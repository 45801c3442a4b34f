"""The refresh both flows share: prepare publications in parallel, then load them one by one, and publish.

Fetch and parse run side by side on the flow's task runner (threads by default, a Dask cluster with
GDMP_TASK_RUNNER=dask) and before the writer lock: a slow publisher never holds up another run's load.
Small lists are validated together as their preparing ends, up to VALIDATE_BATCH to a GX call, on the
flow's own thread while the rest are still read (tasks/validate.validate_publications, ValidatedAsParsed).
Only `load_publications` writes, one publication at a time: into a work copy of the warehouse file
that is published atomically at the end (etl/warehouse/atomic_publish.py), or straight into a DuckLake, where each
load is a commit of its own (etl/warehouse/targets.py).

The lists of publications handed to a task are wrapped in `quote`: Prefect would otherwise walk every
Prepared, field by field, looking for futures to wait on (none are there), before the task starts and
again to record its inputs — ~4 s of a first run of 200 lists (docs/benchmarks.md, issue 25).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from prefect import get_run_logger
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from etl.announcements.reading import expectations_for
from etl.core.settings import Settings
from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.present.run_summary import by_status, one_line
from etl.readers.staging import remove_stale as remove_stale_staging
from etl.readers.staging import run_folder
from etl.run.outcomes import Outcome, Prepared, Status, failure_message
from etl.validate.gates import GatePolicy
from etl.validate.quality import import_gx
from etl.warehouse.held import Held
from etl.warehouse.lake import describe
from etl.warehouse.published_check import damaged_warehouse
from etl.warehouse.targets import load_target
from tasks.identity import link_projects
from tasks.load import load_publications, look_up_held, record_unchanged, update_schema
from tasks.prepare import chunk_label, payload_of, prepare_publications
from tasks.publish_warehouse import publish_warehouse
from tasks.run_artifacts import build_data_docs_site, publish_run_artifacts, report_totals
from tasks.validate import validate_publications

PREPARE_CHUNK = 8  # changed publications prepared in one task run (tasks.prepare.prepare_publications)
VALIDATE_BATCH = (
    48  # parsed small lists validated in one `validate` task run as they come in (ValidatedAsParsed)
)


def _results(
    chunks: list[tuple[list[Source], Any]], each: Callable[[dict[str, Prepared]], None] | None = None
) -> dict[str, Prepared]:
    """Each publication's Prepared, from its chunk's future; whatever escaped its preparation (a suite that
    cannot run, a bug met by one odd input) fails that publication only, with its traceback in the log.
    `each`: given each chunk's Prepared as soon as they are in, on the flow's thread."""
    prepared: dict[str, Prepared] = {}
    for sources, future in chunks:
        try:
            results = future.result()
        except Exception as exc:  # the task run itself failed: each of its publications fails, naming why
            results = [exc] * len(sources)
        for source, result in zip(sources, results, strict=True):
            if isinstance(result, Exception):
                get_run_logger().error("preparing %s failed", source.id, exc_info=result)
                result = Prepared(source.id, "failed", failure_message(source, result, "preparing it"))
            prepared[source.id] = result
        if each:
            each({s.id: prepared[s.id] for s in sources})
    return prepared


def split(pending: list, parts: int) -> list[list]:
    """`pending` cut, in order, into at most `parts` groups of nearly equal size (none empty)."""
    parts = max(1, min(parts, len(pending)))
    size, extra = divmod(len(pending), parts)
    groups, start = [], 0
    for n in range(parts):
        end = start + size + (n < extra)
        groups.append(pending[start:end])
        start = end
    return [g for g in groups if g]


def payloads(
    sources: list[Source], held: Held, settings: Settings, force: bool, reprocess: bool
) -> Iterator[tuple[Source, Fetched | Prepared]]:
    """Each source's payload (or its Prepared when unchanged or not fetched, tasks.prepare.payload_of) as
    soon as it is in: fetched side by side on GDMP_MAX_WORKERS threads of the flow's own process, so an
    unchanged source costs a conditional GET and no task run, and a changed one is prepared while the
    others are still being fetched."""
    with ThreadPoolExecutor(max_workers=settings.max_workers, thread_name_prefix="fetch") as pool:
        futures = {pool.submit(payload_of, s, held.versions.get(s.id), settings, force, reprocess): s
                   for s in sources}  # fmt: skip
        for future in as_completed(futures):
            source = futures[future]
            try:
                yield source, future.result()
            except Exception as exc:  # a bug met by one odd input fails that publication only
                get_run_logger().error("fetching %s failed", source.id, exc_info=exc)
                yield source, Prepared(source.id, "failed", failure_message(source, exc, "fetching it"))


def prepare_each(
    sources: list[Source],
    held: Held,
    settings: Settings,
    force: bool,
    reprocess: bool,
    meanwhile: Callable[[], None] | None = None,
    each: Callable[[dict[str, Prepared]], None] | None = None,
    **prepare,
) -> dict[str, Prepared]:
    """Fetch every source and prepare those that changed in `prepare` task runs of up to PREPARE_CHUNK
    publications each, started as they fill; what is left when fetching ends is spread over
    GDMP_MAX_WORKERS task runs, so a few changed publications are still read side by side (keyword
    arguments `prepare`: those of tasks.prepare.prepare_publications after the payloads, announced as a
    dict by source id). `meanwhile`: run by the flow's own thread, idle otherwise, once something changed,
    while the tasks run; `each`: given each task run's Prepared as they come in (_results)."""
    announced = prepare.pop("announced", {})
    done, chunks, pending = {}, [], []

    def start(chunk: list[tuple[Source, Fetched]]) -> None:
        group = [s for s, _ in chunk]
        # Not wrapped in `quote`: on a Dask worker it arrived as a plain tuple (a chunk is little to walk).
        chunks.append((group, prepare_publications.submit(
            chunk_label(group), group, [held.versions.get(s.id) for s in group], settings, [got for _, got in chunk],
            announced=[announced.get(s.id) for s in group], **prepare)))  # fmt: skip

    for source, got in payloads(sources, held, settings, force, reprocess):
        if isinstance(got, Prepared):
            done[source.id] = got
            continue
        pending.append((source, got))
        if len(pending) == PREPARE_CHUNK:
            start(pending)
            pending = []
    for chunk in split(pending, settings.max_workers):
        start(chunk)
    if chunks and meanwhile:
        meanwhile()
    return done | _results(chunks, each)


def prepare_all(
    sources: list[Source], settings: Settings, force: bool, reprocess: bool, staging: Path
) -> list[Prepared]:
    """Fetch (or take from the archive), parse and gate every source, side by side, before any lock:
    announcements first, because their figures are the headline checks of the lists they announce."""
    held = look_up_held(settings.warehouse_target, sources, settings)
    announcements = [s for s in sources if s.is_announcement]
    lists = [s for s in sources if not s.is_announcement]
    prepared = prepare_each(announcements, held, settings, force, reprocess)
    fresh = {s.id: (s, prepared[s.id].announcement) for s in announcements if prepared[s.id].announcement}
    expected = expectations_for(lists, fresh, held.announced)
    batches = ValidatedAsParsed(lists, expected, settings)
    prepared |= prepare_each(lists, held, settings, force, reprocess, import_gx, batches.add, staging=str(staging),
                             announced=expected, validate=False)  # fmt: skip
    batches.flush()
    prepared |= batches.done
    return [prepared[s.id] for s in sources]


class ValidatedAsParsed:
    """Parsed small lists validated VALIDATE_BATCH at a time as their `prepare` task runs end, on the flow's
    own thread while the reader workers read the rest (validate_parsed): validated all together after the
    last was read, they kept the flow busy for seconds while the workers sat idle (docs/benchmarks.md,
    issue 25, fourth round). A GX call costs ~0.1 s beside ~3 ms a list, so a few calls cost little more
    than one. Each publication keeps its own result and verdict either way."""

    def __init__(self, sources: list[Source], expected: dict, settings: Settings) -> None:
        self.by_id = {s.id: s for s in sources}
        self.expected, self.settings = expected, settings
        self.waiting: dict[str, Prepared] = {}
        self.done: dict[str, Prepared] = {}

    def add(self, prepared: dict[str, Prepared]) -> None:
        """Take a task run's Prepared; validate the parsed ones waiting once there are VALIDATE_BATCH."""
        self.waiting |= {i: p for i, p in prepared.items() if p.status == "parsed"}
        if len(self.waiting) >= VALIDATE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Validate the parsed ones waiting (the last few, when preparing ends)."""
        parsed = [self.by_id[i] for i in self.waiting]
        self.done |= validate_parsed(parsed, self.waiting, self.expected, self.settings)
        self.waiting = {}


def validate_parsed(
    parsed: list[Source], prepared: dict[str, Prepared], expected: dict, settings: Settings
) -> dict[str, Prepared]:
    """The small lists, parsed side by side, validated together (one GX call per batch) and judged one by
    one; whatever escapes one's judging fails that one only."""
    if not parsed:
        return {}
    try:
        judged = validate_publications(quote(parsed), quote([prepared[s.id] for s in parsed]),
                                       quote([expected.get(s.id) for s in parsed]), GatePolicy.from_settings(settings),
                                       settings.validations_dir, settings.max_workers, len(parsed))  # fmt: skip
    except Exception as exc:  # the suite cannot run: every one fails, naming why
        judged = [exc] * len(parsed)
    done = {}
    for source, result in zip(parsed, judged, strict=True):
        if isinstance(result, BaseException):
            get_run_logger().error("validating %s failed", source.id, exc_info=result)
            result = Prepared(source.id, "failed", failure_message(source, result, "validating it"))
        done[source.id] = result
    return done


def load_all(work: str, settings: Settings, sources: list[Source], prepared: list[Prepared]) -> list[Outcome]:
    """The single writer: one publication after another, over one connection. What is unchanged is
    recorded in one go."""
    run_id = flow_run.id
    unchanged = [(s, p) for s, p in zip(sources, prepared, strict=True) if p.status == Status.UNCHANGED]
    done = {}
    if unchanged:  # brings the schema up to date too, over the same connection
        done = {
            o.source_id: o for o in record_unchanged(work, settings, run_id, quote(unchanged), len(unchanged))
        }
    else:
        update_schema(work, settings)
    items = list(zip(sources, prepared, strict=True))
    return load_publications(work, settings, run_id, quote(items), quote(done), len(items) - len(done))


def _data_docs_beside(validated: bool, settings: Settings) -> PrefectFuture[str | None] | None:
    """Data Docs read only the saved results: on the thread task runner they are built on one of its threads
    (in this process, so into this machine's data folder) while the writer loads and links; None on another
    runner (Dask: a worker may be another host), where they are built after publishing, as before."""
    if isinstance(FlowRunContext.get().task_runner, ThreadPoolTaskRunner):
        return build_data_docs_site.submit(validated, settings)
    return None


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
    remove_stale_staging(settings.staging_root, settings.data_docs_dir)  # what a killed run left behind
    staging = run_folder(f"run-{flow_run.id or 'local'}", settings.staging_root)
    try:
        prepared = prepare_all(sources, settings, force, reprocess, staging)
        validated = any(p.status in ("ready", "rejected") for p in prepared)
        docs = _data_docs_beside(validated, settings)
        with load_target(settings, holder=f"flow run {flow_run.name or flow_run.id}") as target:
            outcomes = load_all(target.db, settings, sources, prepared)
            identity_problem = link_projects(target.db, settings)
            report = report_totals(target.db, settings)
            if target.publish_to:
                publish_warehouse(target.db, target.publish_to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(report.text)
    publish_run_artifacts(quote(outcomes), report, describe(settings.warehouse_target))
    docs = docs.result() if docs else build_data_docs_site(validated, settings)
    if docs:
        logger.info("Data Docs: %s", docs)
    statuses = by_status(outcomes)
    if statuses[Status.UNCHANGED]:
        logger.info("Unchanged since the last load: %s", ", ".join(statuses[Status.UNCHANGED]))
    problems = [o.message for o in outcomes if o.status in {Status.REJECTED, Status.FAILED}]
    problems += [identity_problem] if identity_problem else []
    if problems:
        return Failed(message=f"{one_line(outcomes)}. " + " || ".join(problems))
    return Completed(message=one_line(outcomes), data=statuses)
