from __future__ import annotations

import json

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl.archive import Fetched
from etl.catalog import Source
from etl.gates import GatePolicy, judge
from etl.normalize import Normalized
from etl.outcomes import Verdict
from etl.progress import timed_phase
from etl.quality import ExpectationOutcome, validate_normalized
from etl.reconcile import Expected
from etl.settings import validations_dir


@task(cache_policy=NO_CACHE, task_run_name="validate {source.id}")
def validate_publication(
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    policy: GatePolicy,
    announced: list[Expected] | None = None,
) -> tuple[Verdict, list[ExpectationOutcome]]:
    """Run the GX row suite, quarantine failing rows, reconcile with what was announced (the figures of its
    announcements, else the typed headline), gate with the run's `policy`; keep GX's result. A long list logs the phase's rows and rate
    (etl/progress.py)."""
    with timed_phase(get_run_logger(), "validate", source.id) as rows:
        report = validate_normalized(normalized)
        if report.result_json is not None:
            target = validations_dir() / source.id / f"{fetched.sha256}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                json.dumps(report.result_json, ensure_ascii=False, default=str), encoding="utf-8"
            )
        verdict = judge(source, normalized, report.outcomes, policy, announced)
        rows(normalized.rows_read)
    return verdict, report.outcomes
