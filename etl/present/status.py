"""The state of every source, read from the published warehouse: what an operator asks first.

Per source of the catalog, lists and announcements alike (and any source the warehouse holds that the
catalog no longer lists): the version in force, when its bytes were fetched, and the last run's outcome and message for it. A source
with no version loaded shows "never loaded"; one no run has tried, "never run". Read-only: it never waits for, or blocks, a run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from etl.present.totals_table import format_table
from etl.warehouse import WarehouseConfig, exists, open_reader

SHANGHAI = ZoneInfo("Asia/Shanghai")
HEADERS = ["source", "in force", "fetched (UTC+8)", "last run (UTC+8)", "outcome", "message"]
MESSAGE_CHARS = 100  # the table stays one line per source; publication_runs.message has the rest

# Versions of lists (publications) and of the releases announcing them (announcements), in force now.
VERSIONS = "SELECT source_id, version, fetched_at, valid_to FROM publications"
ANNOUNCEMENT_VERSIONS = " UNION ALL SELECT source_id, version, fetched_at, valid_to FROM announcements"
STATUS_SQL = """
WITH versions AS ({versions}),
ids AS (SELECT unnest($ids::VARCHAR[]) AS source_id
        UNION SELECT source_id FROM versions UNION SELECT source_id FROM publication_runs),
current AS (SELECT source_id, version, fetched_at FROM versions WHERE valid_to IS NULL),
last_run AS (SELECT source_id, recorded_at, status, message FROM publication_runs
             QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY recorded_at DESC) = 1)
SELECT ids.source_id, current.version, current.fetched_at, last_run.recorded_at, last_run.status,
       last_run.message
FROM ids LEFT JOIN current USING (source_id) LEFT JOIN last_run USING (source_id)
"""


def source_rows(warehouse: Path | str, config: WarehouseConfig, source_ids: list[str]) -> list[tuple]:
    """(source_id, version, fetched_at, last_run_at, status, message) per source, catalog order first;
    with no warehouse yet, every source is never loaded."""
    if not exists(warehouse, config):
        return [(source_id, None, None, None, None, None) for source_id in source_ids]
    with open_reader(warehouse, config) as con:
        announced = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'announcements'"
        ).fetchone()
        versions = VERSIONS + (
            ANNOUNCEMENT_VERSIONS if announced[0] else ""
        )  # none before announcements existed
        sql = STATUS_SQL.format(versions=versions)
        rows = {row[0]: row for row in con.execute(sql, {"ids": source_ids}).fetchall()}
    extra = sorted(set(rows) - set(source_ids))
    return [rows[source_id] for source_id in [*source_ids, *extra]]


def _time(value: dt.datetime | None) -> str | None:
    return value.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if value else None


def _message(text: str | None) -> str | None:
    if not text:
        return text
    line = " ".join(text.split())
    return line if len(line) <= MESSAGE_CHARS else line[: MESSAGE_CHARS - 1] + "…"


def status_table(rows: list[tuple], catalog_ids: list[str]) -> str:
    """An aligned table, one line per source; a source missing from the catalog is marked so."""
    lines = []
    for source_id, version, fetched_at, run_at, status, message in rows:
        name = source_id if source_id in catalog_ids else f"{source_id} (not in the catalog)"
        in_force = f"version {version}" if version else "never loaded"
        lines.append(
            (name, in_force, _time(fetched_at), _time(run_at), status or "never run", _message(message))
        )
    return format_table(HEADERS, lines)
