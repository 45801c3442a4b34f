"""Build a sample warehouse without Prefect: every catalog source through the plain etl functions.

Used by tests/test_analyst_views.py (and handy from a shell):

    .venv/bin/python -c "from pathlib import Path; from tests.warehouse_fixture import build_sample_warehouse as b; b(Path('/tmp/w.duckdb'))"

The sequence is the one tasks/load.py runs (fetch → parse → validate → judge → record_checks →
load_version), minus the Prefect tasks around it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

from etl import warehouse
from etl.catalog import Source, load_catalog
from etl.fetching import Fetched, archive_payload, fetch
from etl.publication import judge, parse_publication
from etl.quality import validate_records
from etl.settings import REPO_ROOT

CATALOG = REPO_ROOT / "catalog" / "sources.yaml"


def load_fetched(con, source: Source, fetched: Fetched, run_id: str = "test-run") -> tuple[str, int | None]:
    """Parse, validate, judge and (if the gates pass) load one fetched payload: (status, version)."""
    normalized = parse_publication(source, fetched.read())
    report = validate_records(normalized.projects)
    verdict = judge(source, normalized, report.outcomes)
    warehouse.record_fetch(con, run_id, source, fetched)
    warehouse.record_checks(con, run_id, source.id, fetched.sha256, report.outcomes, verdict.checks)
    version = None
    if verdict.status == "loaded":
        version = warehouse.load_version(
            con, run_id, source, fetched, normalized, verdict.projects, verdict.quarantined
        )
    counts = (
        normalized.rows_read,
        len(verdict.projects),
        len(verdict.quarantined),
        len(normalized.non_projects),
    )
    warehouse.record_outcome(con, run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message)
    if verdict.status != "loaded":
        raise AssertionError(f"{source.id} was {verdict.status}: {verdict.message}")
    return verdict.status, version


def load_payload(
    con, source: Source, payload: bytes, fetched_at: dt.datetime, suffix: str, run_id: str = "test-run"
) -> int | None:
    """Load bytes that are not the catalog's file (a later version of a list, a made-up list) as if they
    had been fetched at `fetched_at`; archived under GDMP_DATA_DIR like any fetch."""
    sha, path = archive_payload(payload, suffix)
    fetched = Fetched(source.id, source.location, fetched_at, None, sha, len(payload), str(path))
    return load_fetched(con, source, fetched, run_id)[1]


def build_sample_warehouse(path: Path, catalog: Path = CATALOG) -> list[Source]:
    """Load every source of the catalog (the bundled samples) into a new warehouse at `path`.

    GDMP_DATA_DIR must point at a scratch folder (the raw archive goes there); if it is unset, a folder
    next to the warehouse file is used.
    """
    os.environ.setdefault("GDMP_DATA_DIR", str(path.parent / "data"))
    sources = load_catalog(catalog)
    with warehouse.connect(path) as con:
        for source in sources:
            load_fetched(con, source, fetch(source))
    return sources


__all__ = ["build_sample_warehouse", "load_fetched", "load_payload", "dataclasses"]
