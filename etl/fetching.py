"""Get a publication's bytes like a good citizen, and never lose data because a publisher misbehaved.

- URLs go through httpx with explicit timeouts, a descriptive User-Agent, a per-host concurrency limit
  and a minimum delay between requests to the same host; paths are read from inside the repository
  (or another configured root) only.
- Conditional GET (If-None-Match / If-Modified-Since): a 304 means "unchanged", nothing is downloaded.
- Bodies are streamed with a size cap and checked against Content-Length, so an oversized or truncated
  response is refused without holding it all in memory.
- Transient faults (timeouts, resets, 5xx, 429) are retried with exponential backoff and jitter,
  honouring Retry-After within a cap; 404/410 and other client errors are not.
- Every payload is archived content-addressed (sha256) before anything reads it, so a reprocess never
  needs the publisher again.

The retry loop lives here, not on the Prefect task, because honouring Retry-After needs the response.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from etl.archive import Fetched, archive_payload
from etl.catalog import Source
from etl.errors import FetchError
from etl.settings import REPO_ROOT, Settings, get_settings

TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchPolicy:
    """How hard and how politely to fetch: the fetching settings (etl/settings.py) of one run."""

    contact: str | None
    max_bytes: int
    connect_timeout: float
    read_timeout: float
    deadline: float  # seconds for the whole fetch, retries and waits included
    attempts: int
    backoff_seconds: float
    retry_after_cap: float
    host_delay: float
    host_concurrency: int
    jitter: float = 0.5  # each wait is stretched by up to 50 %, so retries from many runs spread out
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **overrides) -> FetchPolicy:
        s = settings or get_settings()
        values = {"contact": s.contact, "max_bytes": s.max_fetch_bytes, "connect_timeout": s.connect_timeout,
                  "read_timeout": s.read_timeout, "deadline": s.fetch_deadline_seconds, "attempts": s.fetch_attempts,
                  "backoff_seconds": s.backoff_seconds, "retry_after_cap": s.retry_after_cap_seconds,
                  "host_delay": s.host_delay_seconds, "host_concurrency": s.host_concurrency}  # fmt: skip
        return cls(**{**values, **overrides})

    @property
    def user_agent(self) -> str:
        contact = self.contact or "set GDMP_CONTACT"
        return f"gd-major-projects-etl/0.1 (research ETL of published project lists; contact: {contact})"


@dataclass(frozen=True)
class Validators:
    """What the publisher said about the version we hold, for a conditional GET."""

    sha256: str
    archive_path: str
    etag: str | None = None
    last_modified: str | None = None


class HostThrottle:
    """At most N requests in flight per host, and a minimum delay between the starts of two requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def __call__(self, host: str, policy: FetchPolicy) -> Iterator[None]:
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(policy.host_concurrency))
        with slot:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + policy.host_delay
            time.sleep(max(0.0, start - now))
            yield


THROTTLE = HostThrottle()


def allowed_roots() -> list[Path]:
    """Folders local sources may be read from: the repository, plus GDMP_SOURCE_ROOTS (os.pathsep list)."""
    extra = [Path(p).resolve() for p in get_settings().source_roots.split(os.pathsep) if p]
    return [REPO_ROOT, *extra]


def local_path(source: Source) -> Path:
    """A catalog path resolved (symlinks included) inside an allowed root; anything escaping is refused."""
    location = source.location
    if Path(location).is_absolute():
        raise FetchError(
            f"source {source.id}: absolute path {location!r} refused; use a path inside the repository"
        )
    path = (REPO_ROOT / location).resolve()
    if not any(path.is_relative_to(root) for root in allowed_roots()):
        raise FetchError(f"source {source.id}: {location!r} points outside the repository and the data roots")
    return path


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value)
        if when is None:
            return None
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _suffix(source: Source) -> str:
    suffix = Path(urlsplit(source.location).path).suffix.lower()
    return suffix[:8] if suffix[1:].isalnum() else f".{source.resolved_format}"


def _get_once(
    source: Source, client: httpx.Client, policy: FetchPolicy, previous: Validators | None, headers: dict
) -> tuple[int, bytes | None, httpx.Headers]:
    """One GET, streamed: (status, body or None for 304, response headers)."""
    request_headers = dict(headers)
    if previous and previous.etag:
        request_headers["If-None-Match"] = previous.etag
    if previous and previous.last_modified:
        request_headers["If-Modified-Since"] = previous.last_modified
    where = f"source {source.id}: GET {source.location}"
    try:
        with (
            THROTTLE(urlsplit(source.location).netloc, policy),
            client.stream("GET", source.location, headers=request_headers) as response,
        ):
            if response.status_code == 304:
                return 304, None, response.headers
            if response.status_code != 200:
                retry_after = _retry_after_seconds(response.headers.get("Retry-After"))
                raise FetchError(
                    f"{where} answered HTTP {response.status_code}",
                    transient=response.status_code in TRANSIENT_STATUSES,
                    retry_after=retry_after,
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(
                    f"{where}: Content-Length {declared} exceeds the {policy.max_bytes}-byte cap"
                )
            chunks, size = [], 0
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise FetchError(
                        f"{where}: body exceeds the {policy.max_bytes}-byte cap; refused while streaming"
                    )
                chunks.append(chunk)
            body = b"".join(chunks)
            encoded = response.headers.get("Content-Encoding", "identity").lower() not in {"", "identity"}
            if declared and declared.isdigit() and not encoded and len(body) != int(declared):
                raise FetchError(f"{where}: truncated body ({len(body)} of {declared} bytes)", transient=True)
            if encoded:  # the archive keeps what the publisher meant, not the transfer encoding
                body = httpx.Response(200, headers=response.headers, content=body).content
            return 200, body, response.headers
    except httpx.TooManyRedirects:
        raise FetchError(f"{where}: more than {policy.max_redirects} redirects (a redirect loop?)") from None
    except httpx.TimeoutException as exc:
        raise FetchError(f"{where}: {type(exc).__name__} (timed out)", transient=True) from None
    except httpx.RemoteProtocolError as exc:
        raise FetchError(f"{where}: connection broken: {exc}", transient=True) from None
    except httpx.TransportError as exc:
        raise FetchError(f"{where}: {type(exc).__name__}: {exc}", transient=True) from None


def fetch_url(
    source: Source,
    previous: Validators | None = None,
    headers: dict[str, str] | None = None,
    policy: FetchPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetched:
    """GET with retries: backoff with jitter between attempts, Retry-After honoured up to the cap."""
    policy = policy or FetchPolicy.from_settings()
    client = httpx.Client(
        timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
        follow_redirects=True,
        max_redirects=policy.max_redirects,
        headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
    )
    fetched_at = dt.datetime.now(dt.UTC)
    with client:
        for attempt in range(1, policy.attempts + 1):
            try:
                status, body, response_headers = _get_once(source, client, policy, previous, headers or {})
                break
            except FetchError as exc:
                if not exc.transient or attempt == policy.attempts:
                    if attempt > 1:
                        exc.args = (f"{exc.args[0]} (after {attempt} attempts)",)
                    raise
                wait = policy.backoff_seconds * 2 ** (attempt - 1) * (1 + random.uniform(0, policy.jitter))
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, policy.retry_after_cap))
                sleep(wait)
    etag, last_modified = response_headers.get("ETag"), response_headers.get("Last-Modified")
    if status == 304 and previous:
        return Fetched(source.id, source.location, fetched_at, 304, previous.sha256, 0, previous.archive_path,
                       etag or previous.etag, last_modified or previous.last_modified, True, attempt)  # fmt: skip
    if status == 304:  # a 304 to a request we did not make conditional: the server is confused
        raise FetchError(
            f"source {source.id}: GET {source.location} answered 304 to an unconditional request"
        )
    sha, path = archive_payload(body, _suffix(source))
    return Fetched(source.id, source.location, fetched_at, 200, sha, len(body), str(path), etag, last_modified,
                   False, attempt)  # fmt: skip


def fetch(
    source: Source,
    previous: Validators | None = None,
    headers: dict[str, str] | None = None,
    policy: FetchPolicy | None = None,
) -> Fetched:
    """Fetch and archive one publication: a URL (conditional, retried) or a local file."""
    if source.is_url:
        return fetch_url(source, previous, headers, policy)
    path = local_path(source)
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        payload = path.read_bytes()
    except OSError as exc:
        raise FetchError(f"source {source.id}: cannot read {source.location}: {exc.strerror}") from None
    sha, archived = archive_payload(payload, _suffix(source))
    return Fetched(source.id, source.location, fetched_at, None, sha, len(payload), str(archived))
