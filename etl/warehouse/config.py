"""What the warehouse code takes of a run's settings: one small record, passed with the target.

An entry point (a flow, a `gdmp` command, the bench) reads the settings once and cuts this record from
them; every function that opens, locks, publishes or commits to the warehouse takes it beside the target
it works on (a file's path, or `ducklake:<catalog>`), and reads no setting itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.core.settings import Settings


@dataclass(frozen=True)
class WarehouseConfig:
    """How the warehouse is opened and written.

    memory_limit: DuckDB's buffer pool per connection (GDMP_DUCKDB_MEMORY_LIMIT); storage_version: the
    format a new or published file is written in (GDMP_STORAGE_VERSION, etl/core/storage.py); lake_files:
    the DuckLake's Parquet folder (GDMP_LAKE_DATA_PATH); lock_wait_seconds: how long a writer waits for
    another (GDMP_LOCK_WAIT_SECONDS); lake_commit_attempts: attempts at a commit that conflicts with
    another writer's (GDMP_LAKE_COMMIT_ATTEMPTS, etl/warehouse/commits.py)."""

    memory_limit: str
    storage_version: str
    lake_files: Path
    lock_wait_seconds: float
    lake_commit_attempts: int

    @classmethod
    def from_settings(cls, settings: Settings) -> WarehouseConfig:
        return cls(
            memory_limit=settings.duckdb_memory_limit,
            storage_version=settings.storage_version,
            lake_files=settings.lake_files,
            lock_wait_seconds=settings.lock_wait_seconds,
            lake_commit_attempts=settings.lake_commit_attempts,
        )
