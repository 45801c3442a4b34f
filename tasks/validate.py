from __future__ import annotations

import json
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.run.outcomes import Prepared, Verdict
from etl.run.progress import timed_phase
from etl.validate.gates import GatePolicy, judge
from etl.validate.quality import ExpectationOutcome, ValidationReport, validate_frames, validate_normalized
from etl.validate.reconcile import Expected


def keep_result(source: Source, fetched: Fetched, report: ValidationReport, results: Path) -> None:
    """GX's result of this version, for Data Docs (`results`/<source>/<sha256>.json; the run's
    Settings.validations_dir: data/validations)."""
    if report.result_json is not None:
        target = results / source.id / f"{fetched.sha256}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(report.result_json, ensure_ascii=False, default=str), encoding="utf-8")


@task(cache_policy=NO_CACHE, task_run_name="validate {source.id}")
def validate_publication(
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    policy: GatePolicy,
    results: Path,
    announced: list[Expected] | None = None,
) -> tuple[Verdict, list[ExpectationOutcome]]:
    """Run the GX row suite, quarantine failing rows, reconcile with what was announced (the figures of its
    announcements, else the typed headline), gate with the run's `policy`; keep GX's result in `results`. A
    long list logs the phase's rows and rate (etl/run/progress.py)."""
    with timed_phase(get_run_logger(), "validate", source.id) as rows:
        report = validate_normalized(normalized)
        keep_result(source, fetched, report, results)
        verdict = judge(source, normalized, report.outcomes, policy, announced)
        rows(normalized.rows_read)
    return verdict, report.outcomes


def _judged(
    source: Source,
    parsed: Prepared,
    report: ValidationReport,
    announced: list[Expected] | None,
    policy: GatePolicy,
    results: Path,
) -> Prepared:
    try:
        keep_result(source, parsed.fetched, report, results)
        verdict = judge(source, parsed.normalized, report.outcomes, policy, announced, parsed.small.tally)
    except BaseException:
        parsed.normalized.discard()  # nothing will load it
        raise
    return Prepared(source.id, "ready", verdict.message, parsed.fetched, parsed.normalized, verdict, report.outcomes,
                    parsed.drift)  # fmt: skip


@task(cache_policy=NO_CACHE, task_run_name="validate {n} publications")
def validate_publications(
    sources: list[Source],
    parsed: list[Prepared],
    announced: list[list[Expected] | None],
    policy: GatePolicy,
    results: Path,
    workers: int,
    n: int,
) -> list[Prepared | BaseException]:
    """The GX row suite over many parsed small lists, in one GX call per batch (etl/validate/quality_batch.py),
    each keeping its own result, quarantine and verdict; then each judged (reconciliation, row
    accounting), side by side. Per publication: its Prepared, or what escaped its judging (the flow fails
    that one only). A suite that cannot run fails them all, as it would one by one."""
    from concurrent.futures import ThreadPoolExecutor

    try:
        reports = validate_frames([p.small.frame for p in parsed])
    except BaseException:
        for p in parsed:
            p.normalized.discard()
        raise
    for p in parsed:
        p.small.frame = None  # validated: the rows stay in the staging file only
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_judged, *args, policy, results)
            for args in zip(sources, parsed, reports, announced, strict=True)
        ]
    return [f.exception() or f.result() for f in futures]
