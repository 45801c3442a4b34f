"""A stamp of what the run report reads, and the report kept under it, so that a run in which nothing it reads changed need not read
it again (tasks/run_artifacts.report_totals; docs/benchmarks.md, issue 25).

The report (etl/present/totals_table.py) reads views over the lists in force now, their rows, their latest
checks, the identity step's links and the announcements. The rows of a version are written only with
its `publications` row (a rebuild in place sets a new `loaded_at`), an announcement's figures only with
its `announcements` row (likewise), the links only by a run of the identity step (a row in
identity_runs), the checks only as rows added to `reconciliation`, the views and macros only with a
new row in schema_applied. So the stamp is made of those small tables, one line per version, never of
the rows: reading it costs ~the number of versions, not of rows. Which versions are in force now is part
of it (a version is in force from its publication date, which can be after it was loaded).
`tests/test_report_stamp.py` holds the report's views to these tables: a view that reads another table
must be added here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

T = TypeVar("T")

# The base tables the report's views read, and what of each the stamp holds (see above).
STAMPED_TABLES = {
    "publications": "each version's key, load time and validity, and whether it is in force now",
    "projects": "through publications: a version's rows are written with its publications row",
    "quarantine": "through publications",
    "non_project_rows": "through publications",
    "announcements": "each version's key, load time and validity, and whether it is in force now",
    "announced_figures": "through announcements: written with its announcements row",
    "reconciliation": "how many rows, and the latest check (a log: rows are only added)",
    "identity_links": "through identity_runs: rewritten only by a run of the identity step",
    "identity_runs": "how many runs, and the latest",
    "schema_applied": "the fingerprint of sql/ applied last (views and macros)",
}

_VERSIONS = """(SELECT list((source_id, version, loaded_at, valid_from, valid_to,
                            valid_from <= now() AND (valid_to IS NULL OR valid_to > now()))
                           ORDER BY source_id, version) FROM {table})"""

STAMP_SQL = f"""SELECT
    {_VERSIONS.format(table="publications")},
    {_VERSIONS.format(table="announcements")},
    (SELECT (count(*), max(checked_at)) FROM reconciliation),
    (SELECT (count(*), max(linked_at)) FROM identity_runs),
    (SELECT fingerprint FROM schema_applied ORDER BY applied_at DESC LIMIT 1)"""


def report_stamp(con: duckdb.DuckDBPyConnection) -> str:
    """sha256 of what the run report reads, as it stands over `con` now (see the module's doc)."""
    return hashlib.sha256(repr(con.execute(STAMP_SQL).fetchone()).encode()).hexdigest()


def cached_report(con: duckdb.DuckDBPyConnection, cache: Path, compute: Callable[[], T],
                  dump: Callable[[T], dict], load: Callable[[dict], T]) -> T:  # fmt: skip
    """What `compute()` reads over `con`, taken from `cache` (a JSON file) when it was computed over a
    warehouse with the same report_stamp, else computed and kept there for the next run. A cache that
    cannot be read or written is only a cost: the report is computed."""
    stamp = report_stamp(con)
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept.get("stamp") == stamp:
            return load(kept["report"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    report = compute()
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        scratch = cache.with_name(f".{cache.name}.{os.getpid()}")
        scratch.write_text(
            json.dumps({"stamp": stamp, "report": dump(report)}, ensure_ascii=False), encoding="utf-8"
        )
        os.replace(scratch, cache)
    return report
