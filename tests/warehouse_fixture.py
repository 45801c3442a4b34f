"""Build a sample warehouse without Prefect: every catalog source through the plain etl functions.

Used by tests/test_analyst_views.py, and handy from a shell (the raw archive goes to GDMP_DATA_DIR, by
default a `data/` folder next to the warehouse file):

    .venv/bin/python -c "from pathlib import Path; from tests.warehouse_fixture import build_sample_warehouse; \
build_sample_warehouse(Path('/tmp/sample.duckdb'))"

The sequence is the one of a run (fetch → parse → validate → judge → etl.warehouse.load_prepared), minus
the Prefect tasks around it. ~5 s on 2 cores for the bundled catalog.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import duckdb

from etl import warehouse
from etl.announcements.loading import load_prepared_announcement
from etl.announcements.reading import expectations_for, read_announcement
from etl.core.settings import REPO_ROOT
from etl.fetching import fetch
from etl.fetching.archive import Fetched, archive_payload
from etl.fetching.catalog import Source, load_catalog
from etl.identity.step import link_warehouse
from etl.readers.parse import parse_publication
from etl.run.outcomes import Prepared
from etl.validate.gates import judge
from etl.validate.quality import validate_normalized
from etl.validate.reconcile import Expected
from etl.warehouse.held import announcement_rows
from tests.entry import fetch_policy, identity_policy, limits, settings, staging, warehouse_config

CATALOG = REPO_ROOT / "catalog" / "sources.yaml"
RUN_ID = "warehouse-fixture"


class NotLoaded(AssertionError):
    """A fixture publication did not pass the gates: the message says why."""


def load_fetched(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    fetched: Fetched,
    run_id: str = RUN_ID,
    announced: list[Expected] | None = None,
) -> int:
    """Parse, validate, judge, record and load one fetched payload; return the version it became."""
    normalized = parse_publication(source, fetched.read(), staging(), limits())
    report = validate_normalized(normalized)
    verdict = judge(source, normalized, report.outcomes, announced=announced)
    prepared = Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict, report.outcomes)
    try:
        warehouse.load_prepared(con, run_id, source, prepared, settings())
    finally:
        normalized.discard()
    version = None
    if verdict.status == "loaded":
        version = con.execute(
            "SELECT version FROM publications WHERE source_id = ? AND valid_to IS NULL", [source.id]
        ).fetchone()[0]
    if version is None:
        raise NotLoaded(f"{source.id} was {verdict.status}: {verdict.message}")
    return version


def load_payload(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    payload: bytes,
    fetched_at: dt.datetime | None = None,
    suffix: str = ".csv",
    run_id: str = RUN_ID,
) -> int:
    """Load bytes that are not the catalog's file — a later version of a list, a made-up list — as if they
    had been fetched at `fetched_at` (default: now). They are archived under GDMP_DATA_DIR like any fetch."""
    sha, path = archive_payload(payload, suffix, settings().archive_dir)
    fetched_at = fetched_at or dt.datetime.now(dt.UTC)
    fetched = Fetched(source.id, source.location, fetched_at, None, sha, len(payload), str(path))
    return load_fetched(con, source, fetched, run_id)


def build_sample_warehouse(
    path: Path | str, catalog: Path = CATALOG, only: list[str] | None = None
) -> list[Source]:
    """Load every source of the catalog (the bundled samples), or `only` those ids, into the warehouse at
    `path` (a file, or ducklake:<catalog>), announcements first.

    Set GDMP_DATA_DIR to a scratch folder first (the raw archive goes there); if it is unset, a `data/`
    folder next to the warehouse file is used.
    """
    if not str(path).startswith("ducklake:"):
        os.environ.setdefault("GDMP_DATA_DIR", str(Path(path).parent / "data"))
    sources = [s for s in load_catalog(catalog) if only is None or s.id in only]
    lists = [s for s in sources if not s.is_announcement]
    with warehouse.connect(path, warehouse_config()) as con:
        fresh = {}
        for source in (s for s in sources if s.is_announcement):  # first: their figures check the lists
            fetched = fetch(source, policy=fetch_policy())
            read = read_announcement(source, fetched.read(), settings().reviews_dir)
            load_prepared_announcement(
                con, RUN_ID, source, Prepared(source.id, "ready", "", fetched, announcement=read), settings()
            )
            fresh[source.id] = (source, read)
        # Announcements loaded earlier (another writer's, with `only`) check the lists too.
        expected = expectations_for(lists, fresh, announcement_rows(con, [s.id for s in lists]))
        for source in lists:
            load_fetched(con, source, fetch(source, policy=fetch_policy()), announced=expected.get(source.id))
        link_warehouse(con, identity_policy())  # the identity step, as a run does after loading
    return sources


def table_digests(warehouse_file: Path | str, exclude: frozenset[str] = frozenset()) -> dict[str, str]:
    """A checksum per data table of its full contents but the `exclude`d columns, independent of row order
    (`warehouse_file`: a file's path, or ducklake:<catalog>)."""
    digests = {}
    with warehouse.connect(warehouse_file, warehouse_config(), read_only=True) as con:
        for table in ("projects", "quarantine", "non_project_rows", "publications"):
            columns = [c for (c,) in con.execute(
                """SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database()
                   ORDER BY column_index""", [table]
            ).fetchall() if c not in exclude]  # fmt: skip
            rows = sorted(
                repr(r) for r in con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            )
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest() + f" ({len(rows)} rows)"
    return digests


def copy_of_sample_warehouse(sample: Path, folder: Path) -> Path:
    """A private copy of the session's sample warehouse in `folder`, to change or to hold open."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(sample, folder / "warehouse.duckdb"))
