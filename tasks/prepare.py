from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl.catalog import Source
from etl.errors import FetchError, NormalizeError, ReadError
from etl.fetching import Fetched
from etl.fingerprint import build_fingerprint
from etl.publication import Prepared, schema_drift
from tasks.fetch import fetch_publication
from tasks.parse import parse_publication
from tasks.validate import validate_publication


def archived_payload(source: Source, held: dict | None) -> Fetched:
    """The payload we already hold (the loaded version's, else the newest archived one): a reprocess
    needs no publisher, and keeps the original fetch time as provenance."""
    if held and held.get("archive_path") and Path(held["archive_path"]).exists():
        sha, path, fetched_at = held["sha256"], held["archive_path"], held["fetched_at"]
    elif held and held.get("newest_archive") and Path(held["newest_archive"]["archive_path"]).exists():
        sha, path, fetched_at = (held["newest_archive"][k] for k in ("sha256", "archive_path", "fetched_at"))
    else:
        raise FetchError(f"source {source.id}: nothing archived to reprocess; run a refetch first")
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=dt.UTC)
    actual = file_sha256(Path(path))  # the bytes on disk, not what the log says they were
    if actual != sha:
        raise FetchError(f"source {source.id}: archived file {path} no longer has sha256 {sha[:12]} "
                         f"(now {actual[:12]}); run a refetch")  # fmt: skip
    return Fetched(source.id, source.location, fetched_at, None, sha, Path(path).stat().st_size, path)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@task(cache_policy=NO_CACHE, task_run_name="prepare {source.id}")
def prepare_publication(
    source: Source, held: dict | None, force: bool = False, reprocess: bool = False
) -> Prepared:
    """Fetch (or take from the archive), parse and gate one publication. Writes nothing to the
    warehouse, so many run side by side; failures come back as a Prepared with status 'failed'.

    Unchanged (nothing to do unless forced): the same bytes as the loaded version; for a reprocess, also
    built with the same code, SQL, rules and catalog entry (etl/fingerprint.py)."""
    try:
        if reprocess:
            fetched = archived_payload(source, held)
        else:
            fetched = fetch_publication(source, None if force else held)
    except Exception as exc:
        return Prepared(source.id, "failed", str(exc))
    if held and held.get("sha256") == fetched.sha256 and not force:
        if not reprocess:
            how = (
                "HTTP 304 Not Modified"
                if fetched.not_modified
                else f"sha256 {fetched.sha256[:12]} already loaded"
            )
            return Prepared(source.id, "unchanged", f"{source.id}: unchanged ({how})", fetched)
        if held.get("build_fingerprint") == build_fingerprint(source):
            how = f"sha256 {fetched.sha256[:12]} already loaded with this code, rules and catalog entry"
            return Prepared(source.id, "unchanged", f"{source.id}: unchanged ({how})", fetched)
    try:
        normalized = parse_publication(source, fetched)
    except (ReadError, NormalizeError) as exc:
        return Prepared(source.id, "failed", f"{source.id}: cannot read {source.location}: {exc}", fetched)
    try:
        verdict, outcomes = validate_publication(source, fetched, normalized)
        drift = schema_drift(held if held and held.get("sha256") else None, normalized)
    except BaseException:
        normalized.discard()  # nothing will load it
        raise
    return Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict, outcomes, drift)
