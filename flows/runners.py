"""Which task runner the flows use: threads here, or a Dask cluster (GDMP_TASK_RUNNER=dask).

GDMP_DASK_ADDRESS points at a running cluster (tcp://scheduler:8786); without it a LocalCluster is
started for the run. See docs/operations.md, "Scale past one machine".
"""

from __future__ import annotations

import os

from prefect.task_runners import ThreadPoolTaskRunner


def task_runner():
    kind = os.environ.get("GDMP_TASK_RUNNER", "threads")
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        address = os.environ.get("GDMP_DASK_ADDRESS")
        if address:
            return DaskTaskRunner(address=address)
        workers = int(os.environ.get("GDMP_DASK_WORKERS", 2))
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
        )
    # Bounded: Prefect's default thread pool is unbounded, and each publication holds its payload.
    return ThreadPoolTaskRunner(max_workers=int(os.environ.get("GDMP_MAX_WORKERS", 4)))
