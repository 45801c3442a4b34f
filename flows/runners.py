"""Which task runner the flows use: threads here, or a Dask cluster (GDMP_TASK_RUNNER=dask).

GDMP_DASK_ADDRESS points at a running cluster (tcp://scheduler:8786); without it a LocalCluster is
started for the run. See docs/operations.md, "Scale past one machine".
"""

from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from etl.settings import get_settings


def task_runner():
    settings = get_settings()
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1, "processes": True}
        )
    # Bounded: Prefect's default thread pool is unbounded, and each publication holds its payload.
    return ThreadPoolTaskRunner(max_workers=settings.max_workers)
