from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl.announcements.reading import read_announcement
from etl.announcements.review import review_digest
from etl.contain import WorkerCaps, contained
from etl.core.errors import FetchError, NormalizeError, NotUnderstood, ReadError
from etl.core.settings import Settings
from etl.fetching import FetchPolicy
from etl.fetching.archive import Fetched, HeldVersion, archived_payload
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.readers.limits import ReaderLimits
from etl.readers.parse import SmallList, parse_with_frame
from etl.readers.staging import Staging
from etl.run.outcomes import Prepared
from etl.run.progress import timed_phase
from etl.validate.gates import GatePolicy, schema_drift
from etl.validate.reconcile import Expected
from etl.warehouse.fingerprint import build_fingerprint
from etl.warehouse.records import crash_point
from tasks.fetch import fetch_publication
from tasks.validate import validate_publication


def unchanged_because(
    source: Source, fetched: Fetched, held: HeldVersion | None, reprocess: bool, settings: Settings
) -> str | None:
    """Why there is nothing to do (the bytes, and for a reprocess the code, are those loaded), or None."""
    if not held or held.sha256 != fetched.sha256:
        return None
    if source.is_announcement and held.review_digest != review_digest(settings.reviews_dir, source.id):
        return None  # its reviewed readings changed: read it again
    if not reprocess:
        return (
            "HTTP 304 Not Modified"
            if fetched.not_modified
            else f"sha256 {fetched.sha256[:12]} already loaded"
        )
    if held.build_fingerprint == build_fingerprint(source, settings):
        return f"sha256 {fetched.sha256[:12]} already loaded with this code, rules and catalog entry"
    return None


def read_announced(source: Source, fetched: Fetched, settings: Settings) -> Prepared:
    """An announcement: its article and figures (a page that is no article fails, naming the source),
    read in a reader worker under the memory and time caps (etl/contain/), as every list is."""
    try:
        read = contained(WorkerCaps.from_settings(settings), read_announcement, source, fetched.read(),
                         settings.reviews_dir)  # fmt: skip
    except ReadError as exc:
        return Prepared(source.id, "failed", f"{source.id}: cannot read {source.location}: {exc}", fetched)
    return Prepared(source.id, "ready", f"{source.id}: {read.summary()}", fetched, announcement=read)


def read_list(
    source: Source, fetched: Fetched, staging: Staging, settings: Settings
) -> tuple[Normalized, SmallList | None]:
    """etl.readers.parse.parse_with_frame in a reader worker, under the memory and time caps (etl/contain/):
    read the archived payload and normalize its rows into the run's staging folder; the worker writes the
    staging file, this gets back its path and counts, and for a small list what else the worker took of it
    (etl.readers.parse.SmallList; None for a big one). A long list logs the phase's rows and rate
    (etl/run/progress.py). Not a task of its own (it was one): the `prepare` task run around it
    (prepare_publications) runs only for publications that changed and is named after them, so the run's task
    list already shows which were read, and a task run cost as much as a small list's read."""
    with timed_phase(get_run_logger(), "read+normalize", source.id) as rows:
        normalized, small = contained(
            WorkerCaps.from_settings(settings), parse_with_frame, source, Path(fetched.archive_path), staging,
            ReaderLimits.from_settings(settings),
        )  # fmt: skip
        rows(normalized.rows_read)
    return normalized, small


def payload_of(
    source: Source, held: HeldVersion | None, settings: Settings, force: bool = False, reprocess: bool = False
) -> Fetched | Prepared:
    """A publication's payload — fetched (conditional on what is held), or from the archive for a
    reprocess — or, when there is nothing more to do, its Prepared: 'failed' (it could not be fetched) or
    'unchanged' (unless forced: the same bytes as the loaded version; for a reprocess, also built with
    the same code, SQL, rules and catalog entry, etl/warehouse/fingerprint.py).

    Not a task: the flow runs these side by side on threads (flows/refresh.py, payloads) and starts a
    `prepare` task only for what changed. A task run cost more than a no-change fetch (docs/benchmarks.md),
    and gives nothing here: fetching retries transient faults itself."""
    try:
        fetched = (
            archived_payload(source, held)
            if reprocess
            else fetch_publication.fn(source, FetchPolicy.from_settings(settings), None if force else held)
        )
    except FetchError as exc:
        return Prepared(source.id, "failed", str(exc))
    reason = None if force else unchanged_because(source, fetched, held, reprocess, settings)
    if reason:
        return Prepared(source.id, "unchanged", f"{source.id}: unchanged ({reason})", fetched)
    return fetched


def prepare_publication(
    source: Source,
    held: HeldVersion | None,
    settings: Settings,
    fetched: Fetched,
    staging: str | None = None,
    announced: list[Expected] | None = None,
    validate: bool = True,
) -> Prepared:
    """Parse and gate one publication whose payload changed (payload_of). Writes nothing to the
    warehouse, so many run side by side; a failure comes back as a Prepared with status 'failed', a
    table we cannot understand as 'rejected' (the previous version stays either way).

    settings: the run's, read once when it started; staging: the run's private staging folder
    (etl.readers.staging.run_folder); announced: the figures of the list's announcements, its headline checks
    (etl/announcements/reading.py); validate=False: a small list comes back 'parsed', its rows ready for GX (read by the reader worker), to be
    validated with others in one call (tasks/validate.py).

    Not a task of its own: prepare_publications runs several in one task run."""
    crash_point(f"prepare:{source.id}", settings.crash_point)
    if source.is_announcement:
        return read_announced(source, fetched, settings)
    folder = Path(staging) if staging else Staging.in_staging_dir(settings).folder
    staged = Staging(folder, settings.duckdb_memory_limit)
    try:
        normalized, small = read_list(source, fetched, staged, settings)
    except NotUnderstood as exc:
        return Prepared(source.id, "rejected", f"{source.id}: {exc}", fetched)
    except (ReadError, NormalizeError) as exc:
        return Prepared(source.id, "failed", f"{source.id}: cannot read {source.location}: {exc}", fetched)
    try:
        drift = schema_drift(held, normalized)
        if not validate and small is not None:  # a small list: validated with others (tasks/validate.py)
            return Prepared(source.id, "parsed", "", fetched, normalized, drift=drift, small=small)
        policy = GatePolicy.from_settings(settings)
        verdict, outcomes = validate_publication(source, fetched, normalized, policy, settings.validations_dir,
                                                 announced)  # fmt: skip
    except BaseException:
        normalized.discard()  # nothing will load it
        raise
    return Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict, outcomes, drift)


def chunk_label(sources: list[Source]) -> str:
    """The publications of a prepare_publications task run, as its name shows them in the UI."""
    return ", ".join(s.id for s in sources)


@task(cache_policy=NO_CACHE, task_run_name="prepare {label}")
def prepare_publications(
    label: str,
    sources: list[Source],
    held: list[HeldVersion | None],
    settings: Settings,
    payloads: list[Fetched],
    staging: str | None = None,
    announced: list[list[Expected] | None] | None = None,
    validate: bool = True,
) -> list[Prepared | Exception]:
    """prepare_publication of a few changed publications, one after another, in one task run named after
    them (`label`: chunk_label). A task run per publication cost the Prefect server ~20–50 ms of CPU and the
    flow's task engine more (docs/benchmarks.md, issue 25, fourth round), and gave the operator nothing a
    chunk does not: no retries (a fetch retries itself), and each publication's outcome is its own `[i/N]`
    line. What escapes one publication's preparing (a bug met by one odd input) comes back in its place,
    so it fails that one only (flows/refresh.py logs its traceback); the others go on."""
    done: list[Prepared | Exception] = []
    for source, version, fetched, expected in zip(sources, held, payloads, announced or [None] * len(sources),
                                                  strict=True):  # fmt: skip
        try:
            done.append(prepare_publication(source, version, settings, fetched, staging, expected, validate))
        except Exception as exc:  # noqa: BLE001 - that publication fails, naming it; the others go on
            done.append(exc)
    return done
