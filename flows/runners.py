"""Which task runner the flows use: threads here, or a Dask cluster (GDMP_TASK_RUNNER=dask).

GDMP_DASK_ADDRESS points at a running cluster (tcp://scheduler:8786); without it a LocalCluster is
started for the run. See docs/operations.md, "Scale past one machine".

Nothing is read at import: a flow declares `RunnerFromSettings()`, which builds the real runner when a
run starts (Prefect enters the flow's task runner then), from the settings as they are at that moment.
So importing a flow never fails on a bad GDMP_* value; the run does, naming the variable.
"""

from __future__ import annotations

from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from etl.core.settings import Settings, get_settings


def task_runner(settings: Settings) -> TaskRunner:
    """The runner the settings ask for."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": settings.dask_workers, "threads_per_worker": 1, "processes": True}
        )
    # Bounded: Prefect's default thread pool is unbounded, and each publication holds its payload.
    return ThreadPoolTaskRunner(max_workers=settings.max_workers)


class RunnerFromSettings(TaskRunner):
    """A placeholder for the runner the settings ask for, built when a run enters it.

    Prefect's flow engine does `runner = stack.enter_context(flow.task_runner.duplicate())`: `__enter__`
    returns the real runner, started, and that is what the run's tasks are submitted to."""

    def __init__(self) -> None:
        super().__init__()
        self._runner: TaskRunner | None = None

    def duplicate(self) -> RunnerFromSettings:
        return type(self)()

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None):
        raise RuntimeError(
            "RunnerFromSettings is a placeholder: tasks go to the runner its __enter__ returns"
        )

    def __enter__(self) -> TaskRunner:  # type: ignore[override]  # the real runner, not self
        self._runner = task_runner(get_settings())
        return self._runner.__enter__()

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        if self._runner is not None:
            self._runner.__exit__(exc_type, exc_value, traceback)
            self._runner = None
