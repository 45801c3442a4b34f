from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.catalog import Source
from etl.publication import Outcome, Prepared


@task(cache_policy=NO_CACHE, task_run_name="look up held versions")
def look_up_held_versions(db: str, sources: list[Source]) -> dict[str, dict | None]:
    """Per source, what the warehouse holds: for unchanged checks, conditional GETs and reprocessing."""
    with warehouse.connect(Path(db)) as con:
        return {source.id: warehouse.loaded_version(con, source.id) for source in sources}


@task(cache_policy=NO_CACHE, task_run_name="load {source.id}")
def load_publication(db: str, run_id: str | None, source: Source, prepared: Prepared) -> Outcome:
    """The single writer: log the fetch and the checks and, if the gates passed, load the version."""
    with warehouse.connect(Path(db)) as con:
        if prepared.fetched is not None:
            warehouse.record_fetch(con, run_id, source, prepared.fetched)
        elif prepared.status == "failed":
            warehouse.record_fetch(con, run_id, source, None, prepared.message)
        if prepared.status != "ready":
            sha = prepared.fetched.sha256 if prepared.fetched else None
            warehouse.record_outcome(con, run_id, source.id, prepared.status, sha, message=prepared.message)
            return Outcome(source.id, prepared.status, prepared.message)
        fetched, normalized, verdict = prepared.fetched, prepared.normalized, prepared.verdict
        warehouse.record_checks(con, run_id, source.id, fetched.sha256, prepared.outcomes, verdict.checks)
        if verdict.status == "loaded":
            warehouse.load_version(
                con, run_id, source, fetched, normalized, verdict.projects, verdict.quarantined
            )
        counts = (
            normalized.rows_read,
            len(verdict.projects),
            len(verdict.quarantined),
            len(normalized.non_projects),
        )
        warehouse.record_outcome(
            con, run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message, prepared.drift
        )
        return Outcome(source.id, verdict.status, verdict.message, counts, verdict.checks, prepared.drift)
