from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.catalog import Source
from etl.fetching import Fetched
from etl.normalize import Normalized
from etl.publication import Verdict


@task(cache_policy=NO_CACHE, task_run_name="load {source.id}")
def load_publication(
    run_id: str | None,
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    verdict: Verdict,
    outcomes: list,
) -> None:
    """Record the checks and, if the gates passed, swap this version in (one transaction)."""
    with warehouse.connect() as con:
        warehouse.record_checks(con, run_id, source.id, fetched.sha256, outcomes, verdict.checks)
        if verdict.status == "loaded":
            warehouse.replace_publication(
                con, run_id, source, fetched, normalized, verdict.projects, verdict.quarantined
            )
