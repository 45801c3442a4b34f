from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.core.settings import Settings
from etl.identity.step import IdentityPolicy, link_warehouse
from etl.warehouse.records import crash_point


@task(cache_policy=NO_CACHE, task_run_name="link rows to distinct projects")
def link_projects(db: str, settings: Settings) -> str | None:
    """The identity step after loading (etl/identity/step.py), with the run's settings: one query and
    nothing more when no list, judgement or rule changed since it last ran.

    It never takes the run down: the lists are loaded by then, and a name the step cannot read must not
    keep a day's lists from being published. A failure rolls its transaction back (the links of the last
    run stay, and the next run tries again) and is returned, to be said in the run's outcome."""
    logger = get_run_logger()
    try:
        crash_point("identity", settings.crash_point)
        with warehouse.connect(db, warehouse.WarehouseConfig.from_settings(settings), schema=False) as con:
            result = link_warehouse(con, IdentityPolicy.from_settings(settings))
    except Exception as exc:  # any bug in the step: the loaded lists must still publish
        logger.error("Distinct projects: the identity step failed, the links of the last run stay: %r", exc,
                     exc_info=True)  # fmt: skip
        return f"distinct projects not relinked ({type(exc).__name__}: {exc})"
    if not result.ran:
        logger.info("Distinct projects: unchanged since the last run")
        return None
    logger.info("Distinct projects: %d rows → %d projects (%d automatic links, %d reviewed, %d pairs to review, "
                "%d stale judgements) in %.2f s", result.rows, result.projects, result.auto_links, result.reviewed,
                result.queued, result.stale, result.seconds)  # fmt: skip
    return None
