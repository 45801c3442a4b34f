"""Get a publication's bytes: httpx for URLs, a direct read for paths inside the repository.

Every payload is archived content-addressed (sha256) under the data folder before anything reads it,
so a later reprocess never needs the publisher again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import httpx

from etl.catalog import Source
from etl.settings import REPO_ROOT, archive_dir

USER_AGENT = "gd-major-projects-etl/0.1 (+https://example.invalid/gd-major-projects; research ETL)"
TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=10.0, pool=10.0)


class FetchError(RuntimeError):
    """The publication could not be fetched; the message names the source and the reason.

    transient says whether trying again later may help (timeouts, 5xx, 429), so retries skip 404s.
    """

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class Fetched:
    source_id: str
    location: str
    fetched_at: dt.datetime
    http_status: int | None
    sha256: str
    size: int
    archive_path: str

    def read(self) -> bytes:
        return Path(self.archive_path).read_bytes()


def archive_payload(payload: bytes, suffix: str, root: Path | None = None) -> tuple[str, Path]:
    """Store bytes under raw/<sha[:2]>/<sha><suffix>; identical content is stored once."""
    sha = hashlib.sha256(payload).hexdigest()
    target = (root or archive_dir()) / sha[:2] / f"{sha}{suffix}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        partial.write_bytes(payload)
        partial.replace(target)
    return sha, target


def repo_path(location: str) -> Path:
    """A catalog path resolved inside the repository; anything escaping it is refused."""
    path = (REPO_ROOT / location).resolve()
    if not path.is_relative_to(REPO_ROOT):
        raise FetchError(f"{location!r} points outside the repository")
    return path


def fetch_bytes(source: Source, client: httpx.Client | None = None) -> tuple[bytes, int | None]:
    if not source.is_url:
        path = repo_path(source.location)
        try:
            return path.read_bytes(), None
        except OSError as exc:
            raise FetchError(f"source {source.id}: cannot read {source.location}: {exc.strerror}") from None
    owns_client = client is None
    client = client or httpx.Client(
        timeout=TIMEOUT, follow_redirects=True, max_redirects=5, headers={"User-Agent": USER_AGENT}
    )
    try:
        response = client.get(source.location)
    except httpx.HTTPError as exc:
        raise FetchError(
            f"source {source.id}: GET {source.location} failed: {type(exc).__name__}: {exc}"
        ) from None
    finally:
        if owns_client:
            client.close()
    if response.status_code != 200:
        transient = response.status_code in {408, 425, 429} or response.status_code >= 500
        raise FetchError(
            f"source {source.id}: GET {source.location} answered HTTP {response.status_code}",
            transient=transient,
        )
    return response.content, response.status_code


def fetch(source: Source, client: httpx.Client | None = None) -> Fetched:
    fetched_at = dt.datetime.now(dt.UTC)
    payload, status = fetch_bytes(source, client)
    suffix = Path(source.location.split("?")[0]).suffix.lower()[:8] or f".{source.resolved_format}"
    sha, path = archive_payload(payload, suffix)
    return Fetched(source.id, source.location, fetched_at, status, sha, len(payload), str(path))
