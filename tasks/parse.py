from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from etl.archive import Fetched
from etl.catalog import Source
from etl.contain import contained
from etl.normalize import Normalized
from etl.parse import parse_with_frame
from etl.progress import timed_phase


@task(cache_policy=NO_CACHE, task_run_name="parse {source.id}")
def parse_in_worker(source: Source, fetched: Fetched, staging: str | None = None) -> tuple[Normalized, Any]:
    """etl.parse.parse_with_frame as a task: read the archived payload and normalize its rows into the run's
    staging folder (no retries: the same bytes fail the same way), in a reader worker under the memory and
    time caps (etl/contain/): the worker writes the staging file, this gets back its path and counts, and
    for a small list its rows as GX validates them (None for a big one). A long list logs the phase's
    rows and rate (etl/progress.py)."""
    with timed_phase(get_run_logger(), "read+normalize", source.id) as rows:
        normalized, frame = contained(
            parse_with_frame, source, Path(fetched.archive_path), Path(staging) if staging else None
        )
        rows(normalized.rows_read)
    return normalized, frame
