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

Trade-off: each run copies the warehouse once (cheap at these sizes: MBs); readers see new data only
when they reconnect. DuckDB's own answers for many writers (a server, DuckLake) are not needed here.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from etl.errors import WarehouseBusy
from etl.settings import get_settings


def work_path(published: Path) -> Path:
    return published.with_name(f".{published.name}.building")


@contextmanager
def exclusive_build(published: Path, holder: str, wait_seconds: float | None = None) -> Iterator[Path]:
    """Hold the writer lock and yield a fresh work copy of the published warehouse.

    Nothing is published unless `publish(work, published)` is called inside the block.
    """
    published.parent.mkdir(parents=True, exist_ok=True)
    wait = get_settings().lock_wait_seconds if wait_seconds is None else wait_seconds
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
            work = work_path(published)
            for stale in (work, work.with_name(work.name + ".wal")):
                stale.unlink(missing_ok=True)  # left by a run that died half-way
            if published.exists():
                shutil.copyfile(published, work)
            yield work
        finally:
            lock.seek(0)
            lock.truncate()
            fcntl.flock(lock, fcntl.LOCK_UN)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(work: Path, published: Path) -> None:
    """Checkpoint the work copy (no WAL left beside it) and rename it over the published file."""
    with duckdb.connect(str(work)) as con:
        con.execute("CHECKPOINT")
    _fsync(work)
    os.replace(work, published)
    _fsync(published.parent)
