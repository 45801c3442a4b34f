"""What the warehouse holds of each source: read before a run fetches, so that unchanged publications
cost nothing (conditional GET, same bytes, same build) and a reprocess finds its archived payload."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.announcements.loading import announcement_rows
from etl.archive import Archived, HeldVersion
from etl.catalog import Source
from etl.warehouse.schema import connect, exists


def loaded_version(
    con: duckdb.DuckDBPyConnection, source_id: str, table: str = "publications"
) -> HeldVersion | None:
    """What we hold of a source (`table`: publications, or announcements): the version in force (sha256,
    columns for schema drift, the HTTP validators for a conditional GET) and the newest archived payload
    (for a reprocess)."""
    columns = "p.column_map, p.unmapped_headers" if table == "publications" else "NULL, NULL"
    review = "p.review_digest" if table == "announcements" else "NULL"
    current = con.execute(
        f"""SELECT p.sha256, f.archive_path, p.fetched_at, p.version, {columns},
                  f.etag, f.last_modified, p.build_fingerprint, {review}
           FROM {table} AS p
           LEFT JOIN (
               SELECT * FROM fetch_log
               WHERE source_id = $source AND status IN ('fetched', 'not_modified')
               QUALIFY row_number() OVER (PARTITION BY sha256 ORDER BY fetched_at DESC) = 1
           ) AS f USING (source_id, sha256)
           WHERE p.source_id = $source AND p.valid_to IS NULL""",
        {"source": source_id},
    ).fetchone()
    newest = con.execute(
        """SELECT sha256, archive_path, fetched_at FROM fetch_log
           WHERE source_id = ? AND status = 'fetched' AND archive_path IS NOT NULL
           ORDER BY fetched_at DESC LIMIT 1""",
        [source_id],
    ).fetchone()
    if not current and not newest:
        return None
    newest_archive = Archived(*newest) if newest else None
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


def what_is_held(published: Path | str, sources: list[Source]) -> Held:
    """The held versions and announced figures, read over one connection (nothing published yet: nothing
    held). Read before the writer lock: fetching never waits for another run's load."""
    if not exists(published):
        return Held()
    with connect(published, read_only=True) as con:
        tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        versions = {}
        for source in sources:
            table = "announcements" if source.is_announcement else "publications"
            versions[source.id] = loaded_version(con, source.id, table) if table in tables else None
        list_ids = [s.id for s in sources if not s.is_announcement]
        announced = announcement_rows(con, list_ids) if list_ids and "announcements" in tables else {}
        return Held(versions, announced)
