from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.catalog import Source
from etl.publication import Outcome, Prepared


@task(cache_policy=NO_CACHE, task_run_name="look up held versions")
def look_up_held_versions(db: str, sources: list[Source]) -> dict[str, dict | None]:
    """Per source, what the warehouse holds: for unchanged checks, conditional GETs and reprocessing.
    Opening the work copy here brings its schema up to date for the whole run."""
    with warehouse.connect(Path(db)) as con:
        return {source.id: warehouse.loaded_version(con, source.id) for source in sources}


@task(cache_policy=NO_CACHE, task_run_name="load {source.id}")
def load_publication(db: str, run_id: str | None, source: Source, prepared: Prepared) -> Outcome:
    """The single writer: log the fetch and the checks and, if the gates passed, load the version."""
    try:
        with warehouse.connect(Path(db), schema=False) as con:  # look_up_held_versions applied sql/
            return warehouse.load_prepared(con, run_id, source, prepared)
    finally:
        if prepared.normalized is not None:
            prepared.normalized.discard()  # the staging file has served its purpose
