from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl import warehouse
from etl.report import totals_report


@task(cache_policy=NO_CACHE)
def refresh_views() -> str:
    """(Re)create the views from sql/ and return the province totals as a printable table."""
    with warehouse.connect() as con:  # a writable connection re-applies sql/ first
        return totals_report(con)
