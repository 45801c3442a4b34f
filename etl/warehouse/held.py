"""What the warehouse holds of each source: read before a run fetches, so that unchanged publications
cost nothing (conditional GET, same bytes, same build) and a reprocess finds its archived payload."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.fetching.archive import Archived, HeldVersion
from etl.fetching.catalog import Source
from etl.warehouse.config import WarehouseConfig
from etl.warehouse.schema import connect, exists


def loaded_version(
    con: duckdb.DuckDBPyConnection, source_id: str, table: str = "publications"
) -> HeldVersion | None:
    """What we hold of a source (`table`: publications, or announcements): loaded_versions of one."""
    return loaded_versions(con, [source_id], table)[source_id]


def loaded_versions(
    con: duckdb.DuckDBPyConnection, source_ids: list[str], table: str = "publications"
) -> dict[str, HeldVersion | None]:
    """What we hold of each source (`table`: publications, or announcements): the version in force
    (sha256, columns for schema drift, the HTTP validators for a conditional GET) and the newest archived
    payload (for a reprocess). Two queries for all the sources: two per source cost ~5 ms a source, the
    largest per-source part of a no-change run's start (docs/benchmarks.md)."""
    if not source_ids:
        return {}
    columns = "p.column_map, p.unmapped_headers" if table == "publications" else "NULL, NULL"
    review = "p.review_digest" if table == "announcements" else "NULL"
    current = con.execute(
        f"""SELECT p.source_id, p.sha256, f.archive_path, p.fetched_at, p.version, {columns},
                  f.etag, f.last_modified, p.build_fingerprint, {review}
           FROM {table} AS p
           LEFT JOIN (
               SELECT * FROM fetch_log
               WHERE source_id IN (SELECT unnest($sources)) AND status IN ('fetched', 'not_modified')
               QUALIFY row_number() OVER (PARTITION BY source_id, sha256 ORDER BY fetched_at DESC) = 1
           ) AS f USING (source_id, sha256)
           WHERE p.source_id IN (SELECT unnest($sources)) AND p.valid_to IS NULL""",
        {"sources": source_ids},
    ).fetchall()
    newest = con.execute(
        """SELECT source_id, sha256, archive_path, fetched_at FROM fetch_log
           WHERE source_id IN (SELECT unnest($sources)) AND status = 'fetched' AND archive_path IS NOT NULL
           QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY fetched_at DESC) = 1""",
        {"sources": source_ids},
    ).fetchall()
    in_force = {row[0]: row[1:] for row in current}
    archived = {source: Archived(*rest) for source, *rest in newest}
    return {s: _held(in_force.get(s), archived.get(s)) for s in source_ids}


def _held(current: tuple | None, newest_archive: Archived | None) -> HeldVersion | None:
    if not current and not newest_archive:
        return None
    if not current:
        return HeldVersion(newest_archive)
    sha, path, fetched_at, version, column_map, unmapped, etag, modified, build, review_digest = current
    return HeldVersion(
        newest_archive,
        Archived(sha, path, fetched_at),
        version,
        column_map=json.loads(column_map or "{}"),
        unmapped_headers=json.loads(unmapped or "[]"),
        etag=etag,
        last_modified=modified,
        build_fingerprint=build,
        review_digest=review_digest,
    )


@dataclass(frozen=True)
class Held:
    """What a run reads of the published warehouse before it fetches, in one read-only look.

    versions: per source, its loaded_version (None: nothing held); announced: per list, the batch figures
    of the announcements in force that announce it (its headline checks, etl/announcements/reading.py)."""

    versions: dict[str, HeldVersion | None] = field(default_factory=dict)
    announced: dict[str, list[dict]] = field(default_factory=dict)


def what_is_held(published: Path | str, config: WarehouseConfig, sources: list[Source]) -> Held:
    """The held versions and announced figures, read over one connection (nothing published yet: nothing
    held). Read before the writer lock: fetching never waits for another run's load."""
    if not exists(published, config):
        return Held()
    with connect(published, config, read_only=True) as con:
        tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        versions = {}
        for table, announcement in (("publications", False), ("announcements", True)):
            ids = [s.id for s in sources if s.is_announcement == announcement]
            versions |= loaded_versions(con, ids, table) if table in tables else dict.fromkeys(ids)
        list_ids = [s.id for s in sources if not s.is_announcement]
        announced = announcement_rows(con, list_ids) if list_ids and "announcements" in tables else {}
        return Held(versions, announced)


def announcement_rows(con: duckdb.DuckDBPyConnection, list_ids: list[str]) -> dict[str, list[dict]]:
    """For each list id: the batch figures of the announcements in force that announce it (id, figure,
    value, qualifier, text), for its headline checks when the announcement is not refreshed in this run."""
    rows = con.execute(
        """SELECT a.source_id, l.list_id, f.figure, f.value, f.qualifier, f.text, coalesce(f.provenance, 'rules')
           FROM announcements AS a, unnest(a.announces) AS l(list_id)
           JOIN announced_figures AS f ON f.source_id = a.source_id AND f.version = a.version
           WHERE a.valid_to IS NULL AND f.status = 'ok' AND f.scope_kind = 'batch' AND list_contains(?, l.list_id)
           ORDER BY a.source_id, f.figure_no""",
        [list_ids],
    ).fetchall()
    found: dict[str, list[dict]] = {}
    for source_id, list_id, figure, value, qualifier, text, provenance in rows:
        found.setdefault(list_id, []).append(dict(source_id=source_id, figure=figure, value=value,
                                                  qualifier=qualifier, text=text, provenance=provenance))  # fmt: skip
    return found
