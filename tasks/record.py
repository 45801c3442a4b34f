from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.catalog import Source
from etl.fetching import Fetched


@task(cache_policy=NO_CACHE, task_run_name="look up {source.id}")
def look_up_loaded_version(source: Source) -> dict | None:
    """The version loaded now (sha256, columns, HTTP validators): for unchanged checks and conditional GETs."""
    with warehouse.connect() as con:
        return warehouse.loaded_version(con, source.id)


@task(cache_policy=NO_CACHE, task_run_name="record fetch {source.id}")
def record_fetch(
    run_id: str | None, source: Source, fetched: Fetched | None, error: str | None = None
) -> None:
    with warehouse.connect() as con:
        warehouse.record_fetch(con, run_id, source, fetched, error)


@task(cache_policy=NO_CACHE, task_run_name="record outcome {source_id}")
def record_outcome(
    run_id: str | None,
    source_id: str,
    status: str,
    sha256: str | None = None,
    counts: tuple[int, int, int, int] | None = None,
    message: str | None = None,
    drift: list[str] | None = None,
) -> None:
    with warehouse.connect() as con:
        warehouse.record_outcome(con, run_id, source_id, status, sha256, counts, message, drift)
