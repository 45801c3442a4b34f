from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.identity.step import link_warehouse


@task(cache_policy=NO_CACHE, task_run_name="link rows to distinct projects")
def link_projects(db: str) -> None:
    """The identity step after loading (etl/identity/step.py): one query and nothing more when no list,
    judgement or rule changed since it last ran."""
    with warehouse.connect(db, schema=False) as con:
        result = link_warehouse(con)
    logger = get_run_logger()
    if not result.ran:
        logger.info("Distinct projects: unchanged since the last run")
        return
    logger.info("Distinct projects: %d rows → %d projects (%d automatic links, %d reviewed, %d pairs to review, "
                "%d stale judgements) in %.2f s", result.rows, result.projects, result.auto_links, result.reviewed,
                result.queued, result.stale, result.seconds)  # fmt: skip
