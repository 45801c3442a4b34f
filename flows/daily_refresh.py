"""The daily refresh: every publication in the catalog, fetched, gated and loaded; then the views.

One publication failing never stops the others; the flow ends Failed naming every one that failed.
Run it with `make run`, `gdmp run [--force] [--catalog PATH]`, or `python -m flows.daily_refresh` (the same).
"""

from __future__ import annotations

import sys

from prefect import flow

from etl.core.settings import get_settings
from etl.fetching.catalog import load_catalog
from flows.refresh import refresh_sources
from flows.runners import RunnerFromSettings


@flow(name="daily-refresh", log_prints=True, task_runner=RunnerFromSettings())
def daily_refresh(catalog: str | None = None, force: bool = False):
    """Refresh every publication of the catalog into the DuckDB warehouse.

    Args:
        catalog: path of the source catalog (YAML); default catalog/sources.yaml or $GDMP_CATALOG.
        force: re-process publications whose payload is unchanged since the last load.
    """
    settings = get_settings()  # once for the run, passed down; a bad GDMP_* value fails it here, naming it
    sources = load_catalog(catalog or settings.catalog.resolve())  # a bad catalog fails before any fetch
    return refresh_sources(sources, settings, force=force)


def main(argv: list[str] | None = None) -> None:
    """`gdmp run` by its older name: the command line is defined once, in gdmp/cli.py."""
    from gdmp.cli import main as gdmp

    raise SystemExit(gdmp(["run", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    main()
