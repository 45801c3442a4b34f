"""The daily refresh: every publication in the catalog, fetched, gated and loaded; then the views.

One publication failing never stops the others; the flow ends Failed naming every one that failed.
Run it with `make run`, or `python -m flows.daily_refresh [--force] [--catalog PATH]`.
"""

from __future__ import annotations

import argparse

from prefect import flow

from etl.catalog import load_catalog
from etl.settings import default_catalog_path
from flows.refresh import refresh_sources
from flows.runners import task_runner


@flow(name="daily-refresh", log_prints=True, task_runner=task_runner())
def daily_refresh(catalog: str | None = None, force: bool = False):
    """Refresh every publication of the catalog into the DuckDB warehouse.

    Args:
        catalog: path of the source catalog (YAML); default catalog/sources.yaml or $GDMP_CATALOG.
        force: re-process publications whose payload is unchanged since the last load.
    """
    sources = load_catalog(catalog or default_catalog_path())  # a bad catalog fails before any fetch
    return refresh_sources(sources, force=force)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", default=None, help="source catalog YAML (default catalog/sources.yaml)")
    parser.add_argument("--force", action="store_true", help="re-process publications even if unchanged")
    args = parser.parse_args()
    state = daily_refresh(catalog=args.catalog, force=args.force, return_state=True)
    raise SystemExit(0 if state.is_completed() else 1)


if __name__ == "__main__":
    main()
