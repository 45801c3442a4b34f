"""`gdmp restore`: put the previous published generation back (etl/warehouse/generations.py keeps it).

Under the writer lock every run takes (a run never publishes over a restore, nor a restore over a run):

1. the previous generation must pass the check a run makes (etl/warehouse/published_check.py);
2. the published file must fail it, or be missing; a whole one is replaced only with `force` (rolling back
   a day's load on purpose);
3. the previous generation is copied (fsynced, read-only) beside the published file, the published file
   gets a second name `….damaged-<time>` (or `….replaced-<time>` when it was whole) — moved aside, never
   deleted — and the copy is renamed over it (atomic: a reader opens the old file or the restored one).

`.previous` stays as it was, so a restore can be repeated; the next run's publish makes the restored
file the previous generation in turn. A WAL left beside the published file is moved aside first, as a
run does, so it is not replayed onto the restored file.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from etl.core.disk_full import disk_full_named
from etl.core.durable import durable_copy, fsync
from etl.core.errors import WarehouseDamaged, WarehouseError
from etl.warehouse.atomic_publish import set_aside_stray_wal, writer_lock
from etl.warehouse.config import WarehouseConfig
from etl.warehouse.generations import previous_path
from etl.warehouse.published_check import MISSING, problem


@dataclass(frozen=True)
class Restored:
    published: Path
    previous: Path
    set_aside: Path | None  # where the file published before the restore went (None: there was none)
    was: str | None  # what was wrong with it (None: it was whole, and replaced on purpose)


def _usable_previous(published: Path, memory_limit: str) -> Path:
    previous = previous_path(published)
    if not previous.exists():
        raise WarehouseError(f"no previous generation to restore: {previous} does not exist (each publish "
                             "keeps one, from the second run on)")  # fmt: skip
    if what := problem(previous, memory_limit):
        raise WarehouseDamaged(f"the previous generation {previous} is damaged too ({what}): nothing to "
                               "restore; move both aside and `gdmp run` builds a new warehouse")  # fmt: skip
    return previous


def _current_problem(published: Path, force: bool, memory_limit: str) -> str | None:
    if not published.exists():
        return MISSING
    what = problem(published, memory_limit)
    if what is None and not force:
        raise WarehouseError(f"{published} opens and is whole: nothing to restore (`gdmp restore --force` "
                             "puts the previous generation back all the same)")  # fmt: skip
    return what


def _set_aside(published: Path, label: str) -> Path | None:
    """A second name for the published file (a hard link; a rename where links are refused)."""
    if not published.exists():
        return None
    aside = published.with_name(f"{published.name}.{label}-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%fZ}")
    try:
        os.link(published, aside)
    except OSError:
        os.replace(published, aside)
    return aside


def restore(published: Path, config: WarehouseConfig, force: bool = False) -> Restored:
    """Put the previous generation back over `published` (see the module's docstring), waiting for the
    lock and checking the files as the run's `config` says."""
    with writer_lock(published, "gdmp restore", config.lock_wait_seconds):
        previous = _usable_previous(published, config.memory_limit)
        was = _current_problem(published, force, config.memory_limit)
        staged = published.with_name(f".{published.name}.restoring")
        with disk_full_named(staged, "restoring"):
            durable_copy(previous, staged)
        set_aside_stray_wal(published)
        aside = _set_aside(published, "replaced" if was is None else "damaged")
        os.replace(staged, published)
        fsync(published.parent)
    return Restored(published, previous, aside, was)
