"""One publication over HTTP(S): redirects followed by hand, bodies streamed under a cap, decoded safely.

- https is required unless the catalog entry says `allow_http: true`; a redirect from https to http is
  refused whatever the entry says.
- Every hop goes through the guarded transport (etl/fetching/transport.py): the network policy is
  checked after DNS resolution, and nothing outlives the fetch's deadline.
- Each Location is made a URI (a path in Chinese percent-encoded) and checked (etl/fetching/urls.py): a
  bad port or host is refused naming the source and the hop.
- When a redirect leaves the origin (scheme, host, port), the secret headers are not sent on.
- The size cap counts decompressed bytes: a 100 KB gzip body that inflates to 100 MB is refused at the cap,
  and inflating stops there.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore

from etl.errors import FetchError
from etl.fetching.policy import FetchPolicy
from etl.fetching.throttle import THROTTLE
from etl.fetching.urls import check_scheme, location_uri, to_uri

TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class Answer:
    status: int
    body: bytes | None
    headers: dict[str, str]  # lower-case names


class Decoder:
    """Content-Encoding undone chunk by chunk, never inflating past the cap."""

    def __init__(self, encoding: str, cap: int, where: str) -> None:
        self.cap, self.where, self.size, self.parts = cap, where, 0, []
        if encoding in ("", "identity"):
            self._inflate = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
        else:
            raise FetchError(f"{where}: Content-Encoding {encoding!r} is not one we asked for")

    def feed(self, chunk: bytes) -> None:
        if self._inflate is None:
            self._keep(chunk)
            return
        data = chunk
        while data:
            try:
                out = self._inflate.decompress(data, self.cap + 1 - self.size)
            except zlib.error as exc:
                raise FetchError(f"{self.where}: the compressed body is damaged: {exc}") from None
            self._keep(out)
            data = self._inflate.unconsumed_tail

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise FetchError(
                f"{self.where}: body exceeds the {self.cap}-byte cap; refused while streaming (decompressed bytes count)"
            )
        self.parts.append(data)

    def body(self) -> bytes:
        return b"".join(self.parts)


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date); None for anything else ('soon')."""
    import datetime as dt
    import email.utils

    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _refuse_status(where: str, status: int, headers: dict[str, str]) -> FetchError:
    return FetchError(f"{where} answered HTTP {status}", transient=status in TRANSIENT_STATUSES,
                      retry_after=_retry_after_seconds(headers.get("retry-after")))  # fmt: skip


def _read_body(
    response: httpcore.Response, headers: dict[str, str], policy: FetchPolicy, where: str
) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"{where}: Content-Length {declared} exceeds the {policy.max_bytes}-byte cap")
    decoder = Decoder(headers.get("content-encoding", "").strip().lower(), policy.max_bytes, where)
    received = 0
    for chunk in response.iter_stream():
        received += len(chunk)
        decoder.feed(chunk)
    if declared.isdigit() and received != int(declared):
        raise FetchError(f"{where}: truncated body ({received} of {declared} bytes)", transient=True)
    return decoder.body()


def get_once(pool: httpcore.ConnectionPool, url: str, headers: dict[str, str], policy: FetchPolicy,
             where: str) -> Answer:  # fmt: skip
    """One GET: a 200 with its body, a 304 or a redirect without one; any other status is an error."""
    parts = urlsplit(url)
    timeouts = {"connect": policy.connect_timeout, "read": policy.read_timeout, "write": policy.read_timeout,
                "pool": policy.connect_timeout}  # fmt: skip
    with (
        THROTTLE(parts.netloc, policy.host_concurrency, policy.host_delay),
        pool.stream(
            "GET", url, headers={"Host": parts.netloc, **headers}, extensions={"timeout": timeouts}
        ) as response,
    ):
        answer_headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in response.headers}
        if response.status == 304 or response.status in REDIRECTS:
            return Answer(response.status, None, answer_headers)
        if response.status != 200:
            raise _refuse_status(where, response.status, answer_headers)
        return Answer(200, _read_body(response, answer_headers, policy, where), answer_headers)


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


def next_hop(url: str, location: str, where: str) -> str:
    """Where a redirect goes, as a URI (a Location in Chinese is percent-encoded); a Location that cannot
    be requested (port 99999, host '[::1') is refused naming the hop."""
    try:
        return to_uri(urljoin(url, location_uri(location)))
    except ValueError as exc:
        shown = location.encode("latin-1").decode("utf-8", "replace")
        raise FetchError(f"{where}: redirected to {shown!r}, which cannot be requested: {exc}") from None


def follow(pool: httpcore.ConnectionPool, url: str, headers: dict[str, str], secrets: dict[str, str],
           policy: FetchPolicy, allow_http: bool, where: str) -> Answer:  # fmt: skip
    """GET, following redirects by hand: each hop's scheme checked, secrets kept to the first origin."""
    first, previous = url, None
    for _ in range(policy.max_redirects + 1):
        check_scheme(url, previous, allow_http, where)
        sent = {**headers, **(secrets if origin(url) == origin(first) else {})}
        answer = get_once(pool, url, sent, policy, f"{where}: GET {url}")
        if answer.status not in REDIRECTS:
            return answer
        location = answer.headers.get("location")
        if not location:
            raise FetchError(f"{where}: GET {url} answered HTTP {answer.status} without a Location")
        previous, url = url, next_hop(url, location, f"{where}: GET {url}")
    raise FetchError(f"{where}: GET {first}: more than {policy.max_redirects} redirects (a redirect loop?)")
