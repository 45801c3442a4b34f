"""Loading one version of an announcement: the release, every figure read from it, its breakdown checks.

Like a list, an announcement keeps every version (a new sha256 is a new version that closes the one in
force) and a re-process of the same bytes rebuilds its version in place.
"""

from __future__ import annotations

import duckdb

from etl.announcements.reading import ReadAnnouncement
from etl.core.duck import insert_rows
from etl.core.settings import Settings
from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.run.outcomes import Outcome, Prepared, Status
from etl.warehouse.commits import claim_source, ensure_claim_row, in_transaction
from etl.warehouse.fingerprint import build_fingerprint
from etl.warehouse.records import record_fetch_and_settle, record_outcome
from etl.warehouse.versions import version_slot

UNIT = {"projects": "个", "total_investment": "万元", "annual_plan": "万元", "share": "%"}


def _figure_rows(source_id: str, version: int, fetched: Fetched, read: ReadAnnouncement) -> list[dict]:
    return [{"source_id": source_id, "version": version, "figure_no": n, "status": f.status,
             "scope_kind": f.scope_kind, "scope_label": f.scope_label, "figure": f.figure, "value": f.value,
             "unit": UNIT.get(f.figure), "share_of": f.share_of, "qualifier": f.qualifier, "event": f.event,
             "text": f.text, "start_offset": f.start, "end_offset": f.end, "sentence": f.sentence,
             "sentence_start": f.sentence_start, "sentence_end": f.sentence_end, "reason": f.reason,
             "provenance": f.provenance,
             "sha256": fetched.sha256, "fetched_at": fetched.fetched_at}
            for n, f in enumerate(read.figures, 1)]  # fmt: skip


def _consistency_rows(source_id: str, version: int, read: ReadAnnouncement) -> list[dict]:
    return [{"source_id": source_id, "version": version, "scope_kind": c.scope_kind, "figure": c.figure,
             "parts": c.parts, "parts_value": c.parts_value, "whole": c.whole, "tolerance": c.tolerance,
             "ok": c.ok, "message": c.message} for c in read.consistency]  # fmt: skip


def load_announcement_version(con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source,
                              fetched: Fetched, read: ReadAnnouncement,
                              settings: Settings) -> int:  # fmt: skip
    """One version of an announcement in one transaction, with the run's `settings`; returns its number."""
    ensure_claim_row(con, source.id, settings.lake_commit_attempts)

    def write() -> int:
        claim_source(con, source.id, run_id)
        version, valid_from = version_slot(con, source, fetched, "announcements")
        for table in ("announcements", "announced_figures", "announced_consistency"):
            con.execute(f"DELETE FROM {table} WHERE source_id = ? AND version = ?", [source.id, version])
        insert_rows(con, "announcements", [{
            "source_id": source.id, "version": version, "valid_from": valid_from, "valid_to": None,
            "title": source.title, "publisher": source.publisher, "list_kind": source.list_kind,
            "city_code": source.city, "year": source.year, "published": source.published, "location": source.location,
            "is_sample": source.sample, "announces": list(source.announces), "article_title": read.article.title,
            "language": read.article.language, "article_chars": len(read.article.text),
            "figures": len(read.figures) - read.ambiguous, "ambiguous": read.ambiguous, "sha256": fetched.sha256,
            "fetched_at": fetched.fetched_at, "loaded_at": fetched.fetched_at, "flow_run_id": run_id,
            "build_fingerprint": build_fingerprint(source, settings), "review_digest": read.review_digest}])  # fmt: skip
        con.execute(
            "UPDATE announcements SET loaded_at = now() WHERE source_id = ? AND version = ?",
            [source.id, version],
        )
        insert_rows(con, "announced_figures", _figure_rows(source.id, version, fetched, read))
        insert_rows(con, "announced_consistency", _consistency_rows(source.id, version, read))
        return version

    return in_transaction(con, f"loading {source.id}", write, settings.lake_commit_attempts)


def load_prepared_announcement(con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source,
                               prepared: Prepared, settings: Settings) -> Outcome:  # fmt: skip
    """The single writer's part for an announcement: the fetch, the outcome and, if read, the version."""
    if settled := record_fetch_and_settle(con, run_id, source, prepared):
        return settled
    load_announcement_version(con, run_id, source, prepared.fetched, prepared.announcement, settings)
    message = f"{source.id}: {prepared.announcement.summary()}"
    record_outcome(con, run_id, source.id, Status.LOADED, prepared.fetched.sha256, message=message)
    return Outcome(
        source.id, Status.LOADED, message, notes=[c.message for c in prepared.announcement.consistency]
    )
