"""The raw archive: every fetched payload, stored by its sha256 before anything reads it.

A reprocess (backfill) reads from here and never needs the publisher again, so the archive must hold
exactly the bytes it claims: a file is written to a temporary name of its own, flushed to disk and
renamed into place, and an existing file is re-hashed before it is trusted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from etl.core.durable import fsync
from etl.core.errors import FetchError
from etl.fetching.catalog import Source


@dataclass(frozen=True)
class Fetched:
    """A publication's payload as fetched and archived: where it came from, when, and where it now lies."""

    source_id: str
    location: str
    fetched_at: dt.datetime
    http_status: int | None
    sha256: str
    size: int
    archive_path: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # a 304: the publisher says the version we hold is current
    attempts: int = 1

    def read(self) -> bytes:
        return Path(self.archive_path).read_bytes()


@dataclass(frozen=True)
class Archived:
    """A payload in the raw archive: its sha256, where it lies and when it was fetched."""

    sha256: str
    archive_path: (
        str | None
    )  # None: the fetch log has lost its file (a version loaded before the log kept it)
    fetched_at: dt.datetime


@dataclass(frozen=True)
class HeldVersion:
    """What the warehouse holds of one source (etl/warehouse/held.py reads it before a run fetches).

    `in_force`: the version in force, if any: its bytes and build (for the unchanged checks), its columns
    (for schema drift), the publisher's validators (for a conditional GET) and its archived payload;
    `newest_archive`: the newest payload archived for the source, loaded or not (for a reprocess)."""

    newest_archive: Archived | None = None
    in_force: Archived | None = None
    version: int | None = None
    column_map: dict[str, str] = field(default_factory=dict)
    unmapped_headers: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    build_fingerprint: str | None = None
    review_digest: str | None = None

    @property
    def sha256(self) -> str | None:
        """The sha256 of the version in force (None: no version in force)."""
        return self.in_force.sha256 if self.in_force else None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def archive_payload(payload: bytes, suffix: str, root: Path) -> tuple[str, Path]:
    """Store bytes under <root>/<sha[:2]>/<sha><suffix> (root: the archive, Settings.archive_dir);
    identical content is stored once.

    An existing file is reused only if it still hashes to its name (a damaged or replaced file is
    written again). The temporary file is unique to this call, so threads and processes archiving the
    same payload at once never write into each other's file."""
    sha = hashlib.sha256(payload).hexdigest()
    target = root / sha[:2] / f"{sha}{suffix}"
    if target.exists() and file_sha256(target) == sha:
        return sha, target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=f".{sha[:16]}-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    fsync(target.parent)  # the folder's entry for the new file
    return sha, target


def archived_payload(source: Source, held: HeldVersion | None) -> Fetched:
    """The payload we already hold (the loaded version's, else the newest archived one): a reprocess
    needs no publisher, and keeps the original fetch time as provenance."""
    candidates = (held.in_force, held.newest_archive) if held else ()
    found = next((a for a in candidates if a and a.archive_path and Path(a.archive_path).exists()), None)
    if found is None:
        raise FetchError(f"source {source.id}: nothing archived to reprocess; run a refetch first")
    sha, path, fetched_at = found.sha256, found.archive_path, found.fetched_at
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=dt.UTC)
    actual = file_sha256(Path(path))  # the bytes on disk, not what the log says they were
    if actual != sha:
        raise FetchError(f"source {source.id}: archived file {path} no longer has sha256 {sha[:12]} "
                         f"(now {actual[:12]}); run a refetch")  # fmt: skip
    return Fetched(source.id, source.location, fetched_at, None, sha, Path(path).stat().st_size, path)
