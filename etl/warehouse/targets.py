"""Where a run loads, by backend (GDMP_WAREHOUSE_BACKEND).

- file: a work copy of the published file, under the writer lock; the run publishes it at the end
  (etl/warehouse/atomic_publish.py), so readers switch from the old file to the new one at once.
- ducklake: the lake itself; each publication's load commits on its own, as a snapshot readers see
  whole (etl/warehouse/lake.py). No lock: other runs, on this host or another, load beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from etl.core.settings import Settings
from etl.warehouse.atomic_publish import exclusive_build
from etl.warehouse.config import WarehouseConfig


@dataclass(frozen=True)
class LoadTarget:
    db: str  # what etl.warehouse.connect opens: a work file's path, or ducklake:<catalog>
    publish_to: str | None  # the file a work copy is published over at the end; None: nothing to publish


@contextmanager
def load_target(settings: Settings, holder: str) -> Iterator[LoadTarget]:
    """The target of one run's loads, as the run's settings say; `holder` names the run to another run
    waiting for the lock."""
    if settings.warehouse_backend == "ducklake":
        yield LoadTarget(settings.warehouse_target, None)
        return
    published: Path = settings.warehouse_path
    with exclusive_build(published, holder, WarehouseConfig.from_settings(settings)) as work:
        yield LoadTarget(str(work), str(published))
