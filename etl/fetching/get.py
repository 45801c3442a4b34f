"""Fetch one publication: a URL (conditional, retried, archived) or a local file. The package's overview is
in etl/fetching/__init__.py."""

from __future__ import annotations

import datetime as dt
import functools
import random
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import httpcore

from etl.archive import Fetched, archive_payload
from etl.catalog import Source
from etl.errors import FetchError
from etl.fetching.addresses import AddressPolicy, parse_networks
from etl.fetching.http import Answer, follow
from etl.fetching.local import fetch_local
from etl.fetching.policy import FetchPolicy, Validators
from etl.fetching.transport import GuardedBackend
from etl.fetching.urls import request_url


def _suffix(source: Source) -> str:
    suffix = Path(urlsplit(source.location).path).suffix.lower()
    return suffix[:8] if suffix[1:].isalnum() else f".{source.resolved_format}"


def _request_headers(policy: FetchPolicy, previous: Validators | None) -> dict[str, str]:
    headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
    if previous and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


@functools.cache
def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """One TLS context per CA bundle for the process: loading the system's CA certificates took ~0.1–0.3 s
    per fetch on 2 busy cores, most of a no-change run's time (docs/benchmarks.md, "Many small lists")."""
    context = ssl.create_default_context()
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context


def _connection_pool(source: Source, policy: FetchPolicy, deadline: float) -> httpcore.ConnectionPool:
    addresses = AddressPolicy(
        parse_networks(policy.allowed_networks, source.allow_networks), f"source {source.id}"
    )
    return httpcore.ConnectionPool(ssl_context=_tls_context(policy.ca_bundle), max_connections=4, retries=0,
                                   network_backend=GuardedBackend(addresses, deadline))  # fmt: skip


def _transport_error(
    where: str, exc: httpcore.NetworkError | httpcore.ProtocolError | httpcore.TimeoutException
):
    if isinstance(exc, httpcore.TimeoutException):
        return FetchError(f"{where}: {type(exc).__name__} (timed out)", transient=True)
    if isinstance(exc, httpcore.RemoteProtocolError):
        return FetchError(f"{where}: connection broken: {exc}", transient=True)
    return FetchError(
        f"{where}: {type(exc).__name__}: {exc}", transient=isinstance(exc, httpcore.NetworkError)
    )


def _attempt(pool, source: Source, policy: FetchPolicy, previous: Validators | None, secrets: dict) -> Answer:
    where = f"source {source.id}"
    url = request_url(source.location, where)
    try:
        return follow(
            pool, url, _request_headers(policy, previous), secrets, policy, source.allow_http, where
        )
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.TimeoutException) as exc:
        raise _transport_error(f"{where}: GET {url}", exc) from None


def _wait(exc: FetchError, attempt: int, policy: FetchPolicy) -> float:
    wait = policy.backoff_seconds * 2 ** (attempt - 1) * (1 + random.uniform(0, policy.jitter))
    if exc.retry_after is not None:
        wait = max(wait, min(exc.retry_after, policy.retry_after_cap))
    return wait


def _get_with_retries(source, policy, previous, secrets, sleep) -> tuple[Answer, int]:
    deadline = time.monotonic() + policy.deadline
    with _connection_pool(source, policy, deadline) as pool:
        for attempt in range(1, policy.attempts + 1):
            try:
                return _attempt(pool, source, policy, previous, secrets), attempt
            except FetchError as exc:
                wait = _wait(exc, attempt, policy)
                out_of_time = time.monotonic() + wait >= deadline
                if not exc.transient or attempt == policy.attempts or out_of_time:
                    note = f"after {attempt} attempts" if attempt > 1 else ""
                    if out_of_time and exc.transient:
                        note = ", ".join(filter(None, [note, f"the {policy.deadline:g} s deadline"]))
                    exc.args = (f"{exc.args[0]} ({note})" if note else exc.args[0],)
                    raise
                sleep(wait)
    raise AssertionError("unreachable")


def fetch_url(source: Source, previous: Validators | None = None, headers: dict[str, str] | None = None,
              policy: FetchPolicy | None = None, sleep: Callable[[float], None] = time.sleep) -> Fetched:  # fmt: skip
    """GET with retries: backoff with jitter between attempts, Retry-After honoured up to the cap."""
    policy = policy or FetchPolicy.from_settings()
    fetched_at = dt.datetime.now(dt.UTC)
    answer, attempts = _get_with_retries(source, policy, previous, headers or {}, sleep)
    etag, last_modified = answer.headers.get("etag"), answer.headers.get("last-modified")
    if answer.status == 304 and previous:
        return Fetched(source.id, source.location, fetched_at, 304, previous.sha256, 0, previous.archive_path,
                       etag or previous.etag, last_modified or previous.last_modified, True, attempts)  # fmt: skip
    if answer.status == 304:  # a 304 to a request we did not make conditional: the server is confused
        raise FetchError(
            f"source {source.id}: GET {source.location} answered 304 to an unconditional request"
        )
    sha, path = archive_payload(answer.body, _suffix(source))
    return Fetched(source.id, source.location, fetched_at, 200, sha, len(answer.body), str(path), etag,
                   last_modified, False, attempts)  # fmt: skip


def fetch(source: Source, previous: Validators | None = None, headers: dict[str, str] | None = None,
          policy: FetchPolicy | None = None) -> Fetched:  # fmt: skip
    """Fetch and archive one publication: a URL (conditional, retried) or a local file."""
    if source.is_url:
        return fetch_url(source, previous, headers, policy)
    return fetch_local(source, _suffix(source))
