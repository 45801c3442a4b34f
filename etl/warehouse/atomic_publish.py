"""One writer at a time, and readers never see a half-loaded warehouse.

DuckDB lets one process open a file read-write, or many read-only, never both. So a run never writes
the published file: under an exclusive lock it copies the published file to a work file, loads into
the copy, checkpoints it, and atomically renames it over the published file (`os.replace`).

- An analyst holding the published file open read-only keeps reading the version they opened (their
  open file is the old inode); new connections see the new version. The run never waits for them.
- A second run (daily + backfill) waits for the lock up to GDMP_LOCK_WAIT_SECONDS, then fails with a
  message naming the holder — never a DuckDB lock error.
- A run killed half-way (even kill -9) leaves the published file untouched; the next run discards the
  stale work file and starts from the published one.
- The work copy is brought to the storage version GDMP_STORAGE_VERSION names (etl/core/storage.py), so the
  published file opens in the DuckDB releases that setting promises (the CLI, JDBC drivers, 1.x tools).
- A `.wal` beside the published file can only come from someone else's read-write session (a run
  checkpoints before it publishes): DuckDB would replay it onto the next published file and spoil it, so
  it is moved aside (kept, named `….wal.stray-<time>`) before the published file is opened — read-only —
  and copied. The published file itself is read-only (mode 0444), so an analyst does not open it
  read-write by accident.
- The file published before is kept as `….previous` (a hard link, no copy: etl/warehouse/generations.py), the way
  back from a damaged file (`gdmp restore`, etl/warehouse/restore.py, under the same lock: `writer_lock`).
- A full disk while copying or publishing fails as DiskFull naming the path (etl/core/disk_full.py).

Trade-off: each run copies the warehouse once (cheap at these sizes: MBs); readers see new data only
when they reconnect. DuckDB's own answers for many writers (a server, DuckLake) are not needed here.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.core import storage
from etl.core.disk_full import disk_full_named
from etl.core.durable import READ_ONLY, fsync
from etl.core.errors import DiskFull, WarehouseBusy, WarehouseDamaged
from etl.warehouse.config import WarehouseConfig
from etl.warehouse.generations import keep_previous
from etl.warehouse.published_check import advice, problem

logger = logging.getLogger(__name__)


def work_path(published: Path) -> Path:
    return published.with_name(f".{published.name}.building")


@contextmanager
def writer_lock(published: Path, holder: str, wait: float) -> Iterator[None]:
    """Hold the lock every writer of `published` takes (runs, `gdmp restore`), waiting for another holder
    up to `wait` seconds (GDMP_LOCK_WAIT_SECONDS: WarehouseConfig.lock_wait_seconds); `holder` names this
    one to whoever waits."""
    published.parent.mkdir(parents=True, exist_ok=True)
    lock_path = published.with_name(published.name + ".lock")
    with open(lock_path, "a+", encoding="utf-8") as lock:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    lock.seek(0)
                    raise WarehouseBusy(
                        f"{published} is being written by another run ({lock.read().strip() or 'unknown'}); "
                        f"waited {wait:.0f} s. Try again when it has finished."
                    ) from None
                time.sleep(min(1.0, max(0.05, deadline - time.monotonic())))
        try:
            lock.seek(0)
            lock.truncate()
            lock.write(
                json.dumps(
                    {"holder": holder, "pid": os.getpid(), "since": dt.datetime.now(dt.UTC).isoformat()}
                )
            )
            lock.flush()
            yield
        finally:
            lock.seek(0)
            lock.truncate()
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def exclusive_build(published: Path, holder: str, config: WarehouseConfig) -> Iterator[Path]:
    """Hold the writer lock and yield a fresh work copy of the published warehouse, in the storage
    version `config` names.

    Nothing is published unless `publish(work, published)` is called inside the block.
    """
    with writer_lock(published, holder, config.lock_wait_seconds):
        work = work_path(published)
        try:
            with disk_full_named(work, "copying the published warehouse to"):
                copy_for_work(published, config)
            yield work
        except DiskFull:
            discard_work(work)  # give the disk its space back; the published file is untouched
            raise


def set_aside_stray_wal(published: Path) -> Path | None:
    """Move a WAL no run of ours left beside the published file out of DuckDB's way; return where to."""
    wal = published.with_name(published.name + ".wal")
    if not wal.exists():
        return None
    kept = wal.with_name(f"{wal.name}.stray-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%fZ}")
    os.replace(wal, kept)
    logger.warning("%s was left by a read-write session outside the pipeline; moved aside to %s", wal, kept)
    return kept


def discard_work(work: Path) -> None:
    """Remove a work copy, its WAL and DuckDB's spill folder beside it."""
    for stale in (work, work.with_name(work.name + ".wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(work.with_name(work.name + ".tmp"), ignore_errors=True)


def copy_for_work(published: Path, config: WarehouseConfig) -> Path:
    """A fresh work copy of the published file (none yet: no copy), after checking it is whole
    (etl/warehouse/published_check.py: a run checks it before any work too; this one holds under the lock)."""
    work = work_path(published)
    discard_work(work)  # left by a run that died half-way
    if not published.exists():
        return work
    set_aside_stray_wal(published)
    # a damaged page would be carried into the next file, and its .previous
    if what := problem(published, config.memory_limit):
        raise WarehouseDamaged(advice(published, what))
    tag = storage.file_version(published)
    shutil.copyfile(published, work)
    storage.conform(work, config.storage_version, config.memory_limit, tag)
    return work


def publish(work: Path, published: Path) -> None:
    """Checkpoint the work copy (no WAL left beside it), make it read-only, keep the file published now as
    the previous generation (etl/warehouse/generations.py) and rename the work copy over the published file; a WAL
    someone left meanwhile is moved aside, never replayed onto the new file."""
    with disk_full_named(work, "publishing"):
        with duckdb.connect(str(work)) as con:
            con.execute("CHECKPOINT")
        os.chmod(work, READ_ONLY)
        fsync(work)
        set_aside_stray_wal(published)
        keep_previous(published)
        os.replace(work, published)
        fsync(published.parent)
