"""Versions: nothing is overwritten. A source's new bytes are a new version that closes the one in force;
the same bytes again (a forced re-process) rebuild the version in force in place."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import duckdb

from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Slot:
    """Where a load of some bytes goes: its version number and valid_from; `closes`: the version in force
    it closes (its valid_to becomes this valid_from), if any; `held`: rows of this version are there
    already (the same bytes again), so they are deleted before the load writes them anew."""

    version: int
    valid_from: dt.datetime
    closes: int | None = None
    held: bool = False


def slot_of(rows: list[tuple[int, str, dt.datetime, bool]], source: Source, fetched: Fetched) -> Slot:
    """The slot of `fetched` given every version of its source in the table (version, sha256, valid_from,
    in force): the current version again if its bytes are the same (a forced re-process rebuilds it in
    place), else the next version, which closes the current."""
    current = next((row for row in rows if row[3]), None)
    if current and current[1] == fetched.sha256:
        return Slot(current[0], current[2], held=True)
    if current is None:
        last = max((row[0] for row in rows), default=None)
        # The first version of a source is in force from the day it was published.
        published = dt.datetime.combine(source.published, dt.time(), tzinfo=SHANGHAI)
        version = (last or 0) + 1
        return Slot(version, published if last is None else fetched.fetched_at, held=False)
    version = current[0] + 1
    return Slot(
        version, max(fetched.fetched_at, current[2]), current[0], any(row[0] == version for row in rows)
    )


def version_slots(
    con: duckdb.DuckDBPyConnection, loads: list[tuple[Source, Fetched]], table: str = "publications"
) -> dict[str, Slot]:
    """The slot of each (source, fetched) in `table` (publications or announcements), by source id, from one
    query for them all: in a lake every statement is a round trip to its catalog (~10–20 ms on PostgreSQL
    inside a load's transaction), three a publication when each looked on its own. The sources must differ."""
    ids = [source.id for source, _ in loads]
    rows = con.execute(
        f"SELECT source_id, version, sha256, valid_from, valid_to IS NULL FROM {table} "
        f"WHERE source_id IN ({', '.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_source = defaultdict(list)
    for source_id, *row in rows:
        by_source[source_id].append(tuple(row))
    return {source.id: slot_of(by_source[source.id], source, fetched) for source, fetched in loads}


def close_versions(
    con: duckdb.DuckDBPyConnection, slots: dict[str, Slot], table: str = "publications"
) -> None:
    """Close the versions in force that these slots replace, in one UPDATE (valid_to = the new valid_from)."""
    closing = [(source_id, slot.closes, slot.valid_from) for source_id, slot in slots.items() if slot.closes]
    if not closing:
        return
    values = ", ".join(["(?, ?, ?::TIMESTAMPTZ)"] * len(closing))
    con.execute(
        f"UPDATE {table} SET valid_to = c.valid_to FROM (VALUES {values}) AS c(source_id, version, valid_to) "
        f"WHERE {table}.source_id = c.source_id AND {table}.version = c.version",
        [value for row in closing for value in row],
    )


def version_slot(
    con: duckdb.DuckDBPyConnection, source: Source, fetched: Fetched, table: str = "publications"
) -> tuple[int, dt.datetime]:
    """(version number, valid_from) for these bytes in `table` (publications or announcements), the version
    in force closed if they replace it (slot_of)."""
    slot = version_slots(con, [(source, fetched)], table)[source.id]
    close_versions(con, {source.id: slot}, table)
    return slot.version, slot.valid_from
