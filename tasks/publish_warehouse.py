from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl.warehouse.atomic_publish import publish


@task(cache_policy=NO_CACHE)
def publish_warehouse(work: str, published: str) -> None:
    """Atomically replace the published warehouse with the work copy this run loaded into."""
    publish(Path(work), Path(published))
