"""Versions: nothing is overwritten. A source's new bytes are a new version that closes the one in force;
the same bytes again (a forced re-process) rebuild the version in force in place."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import duckdb

from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source

SHANGHAI = ZoneInfo("Asia/Shanghai")


def version_slot(
    con: duckdb.DuckDBPyConnection, source: Source, fetched: Fetched, table: str = "publications"
) -> tuple[int, dt.datetime]:
    """(version number, valid_from) for these bytes in `table` (publications or announcements): the
    current version again if its bytes are the same (a forced re-process rebuilds it in place), else the
    next version, which closes the current."""
    current = con.execute(
        f"SELECT version, sha256, valid_from FROM {table} WHERE source_id = ? AND valid_to IS NULL",
        [source.id],
    ).fetchone()
    if current and current[1] == fetched.sha256:
        return current[0], current[2]
    if current is None:
        last = con.execute(f"SELECT max(version) FROM {table} WHERE source_id = ?", [source.id]).fetchone()[0]
        # The first version of a source is in force from the day it was published.
        published = dt.datetime.combine(source.published, dt.time(), tzinfo=SHANGHAI)
        return (last or 0) + 1, published if last is None else fetched.fetched_at
    valid_from = max(fetched.fetched_at, current[2])
    con.execute(f"UPDATE {table} SET valid_to = ? WHERE source_id = ? AND version = ?",
                [valid_from, source.id, current[0]])  # fmt: skip
    return current[0] + 1, valid_from
