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

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)
from tenacity.stop import stop_base

from etl.core.errors import FetchError
from etl.fetching.addresses import AddressPolicy, parse_networks
from etl.fetching.archive import Fetched, archive_payload
from etl.fetching.catalog import Source
from etl.fetching.http import Answer, Hops, get
from etl.fetching.local import fetch_local
from etl.fetching.policy import FetchPolicy, Validators
from etl.fetching.transport import GuardedTransport
from etl.fetching.urls import check_scheme, request_url


def _suffix(source: Source) -> str:
    suffix = Path(urlsplit(source.location).path).suffix.lower()
    return suffix[:8] if suffix[1:].isalnum() else f".{source.resolved_format}"


def _conditional_headers(previous: Validators | None) -> dict[str, str]:
    headers = {}
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


def _client(source: Source, policy: FetchPolicy, secrets: dict, deadline: float) -> httpx.Client:
    """One fetch's client: the guarded transport, httpx's timeouts, the hooks that check every hop."""
    where = f"source {source.id}"
    addresses = AddressPolicy(parse_networks(policy.allowed_networks, source.allow_networks), where)
    context = _tls_context(policy.ca_bundle)
    timeout = httpx.Timeout(
        connect=policy.connect_timeout,
        read=policy.read_timeout,
        write=policy.read_timeout,
        pool=policy.connect_timeout,
    )
    hops = Hops(httpx.URL(request_url(source.location, where)), secrets, source.allow_http, where)
    return httpx.Client(
        transport=GuardedTransport(addresses, deadline, context),
        timeout=timeout,
        trust_env=False,
        headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"},
        event_hooks=hops.hooks(),
    )


def _attempt(
    client: httpx.Client, source: Source, policy: FetchPolicy, previous: Validators | None
) -> Answer:
    where = f"source {source.id}"
    url = request_url(source.location, where)
    check_scheme(url, None, source.allow_http, where)
    return get(client, url, _conditional_headers(previous), policy, where)


def _backoff(policy: FetchPolicy) -> Callable[[RetryCallState], float]:
    """tenacity's exponential wait (backoff, 2×, 4×, …) stretched by jitter, and never shorter than the
    Retry-After the server asked for, within its cap."""
    exponential = wait_exponential(multiplier=policy.backoff_seconds)

    def wait(state: RetryCallState) -> float:
        seconds = exponential(state) * (1 + random.uniform(0, policy.jitter))
        asked = state.outcome.exception().retry_after
        return seconds if asked is None else max(seconds, min(asked, policy.retry_after_cap))

    return wait


class stop_at_deadline(stop_base):
    """Stop when the next wait would end past the fetch's deadline: the very instant the transport cuts
    every socket at (tenacity's stop_before_delay counts from its own first attempt, a little later)."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def __call__(self, state: RetryCallState) -> bool:
        return time.monotonic() + state.upcoming_sleep >= self.deadline


def _given_up(exc: FetchError, attempts: int, policy: FetchPolicy) -> None:
    """Say in the message why no further attempt was made: the attempts ran out, or the deadline would."""
    notes = [f"after {attempts} attempts"] if attempts > 1 else []
    if exc.transient and attempts < policy.attempts:  # the next wait would have passed the deadline
        notes.append(f"the {policy.deadline:g} s deadline")
    if notes:
        exc.args = (f"{exc.args[0]} ({', '.join(notes)})",)


def _get_with_retries(source, policy, previous, secrets, sleep) -> tuple[Answer, int]:
    """Transient FetchErrors retried (tenacity) until the attempts or the fetch's deadline run out."""
    deadline = time.monotonic() + policy.deadline
    retrying = Retrying(
        stop=stop_after_attempt(policy.attempts) | stop_at_deadline(deadline),
        wait=_backoff(policy),
        retry=retry_if_exception(lambda exc: isinstance(exc, FetchError) and exc.transient),
        sleep=sleep,
        reraise=True,
    )
    with _client(source, policy, secrets, deadline) as client:
        try:
            for attempt in retrying:
                with attempt:
                    answer = _attempt(client, source, policy, previous)
        except FetchError as exc:
            _given_up(exc, retrying.statistics["attempt_number"], policy)
            raise
    return answer, retrying.statistics["attempt_number"]


def fetch_url(source: Source, previous: Validators | None = None, headers: dict[str, str] | None = None, *,
              policy: FetchPolicy, sleep: Callable[[float], None] = time.sleep) -> Fetched:  # fmt: skip
    """GET with retries: backoff with jitter between attempts, Retry-After honoured up to the cap; `policy`:
    the run's (FetchPolicy.from_settings)."""
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
    sha, path = archive_payload(answer.body, _suffix(source), policy.archive_dir)
    return Fetched(source.id, source.location, fetched_at, 200, sha, len(answer.body), str(path), etag,
                   last_modified, False, attempts)  # fmt: skip


def fetch(source: Source, previous: Validators | None = None, headers: dict[str, str] | None = None, *,
          policy: FetchPolicy) -> Fetched:  # fmt: skip
    """Fetch and archive one publication, as the run's `policy` says: a URL (conditional, retried) or a
    local file (inside the policy's local roots)."""
    if source.is_url:
        return fetch_url(source, previous, headers, policy=policy)
    return fetch_local(source, _suffix(source), policy.local_roots, policy.archive_dir)
