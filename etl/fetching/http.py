"""One publication over HTTP(S) through an httpx.Client: each redirect hop checked, bodies capped.

- https is required unless the catalog entry says `allow_http: true`; a redirect from https to http is
  refused whatever the entry says.
- Every hop goes through the guarded transport (etl/fetching/transport.py): the network policy is
  checked after DNS resolution, and nothing outlives the fetch's deadline.
- httpx builds each redirect's request (`response.next_request`: the Location resolved, Authorization
  dropped on a new origin). Its event hooks (`Hops`) check every hop first: the Location is made a URI
  (a path in Chinese percent-encoded, the raw bytes of a GBK one kept) and checked (etl/fetching/urls.py),
  a bad port, host or scheme refused naming the source and the hop; the catalog's secret headers are
  sent to the first origin only. The redirects are followed here, one `send` per hop, so that the body
  of a redirect is never read (httpx's own following reads it whole) and the bound names the source.
- The size cap counts decompressed bytes as httpx decodes them (gzip, deflate: the encodings asked for;
  any other is refused): a 100 KB gzip body that inflates to 100 MB is refused at the cap.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from etl.core.errors import FetchError
from etl.fetching.faults import fetch_error
from etl.fetching.policy import FetchPolicy
from etl.fetching.throttle import THROTTLE
from etl.fetching.urls import check_scheme, location_uri, to_uri

TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
SHOWN_CHARS = 200  # of a refused Location, in the message
ACCEPTED_ENCODINGS = frozenset({"", "identity", "gzip", "deflate"})  # what httpx decodes and we ask for


@dataclass
class Answer:
    status: int
    body: bytes | None
    headers: dict[str, str]  # lower-case names


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def next_hop(url: str, location: str, where: str) -> str:
    """Where a redirect goes, as a URI (a Location in Chinese is percent-encoded); a Location that cannot
    be requested (port 99999, host '[::1') is refused naming the hop."""
    try:
        uri = to_uri(urljoin(url, location_uri(location)))
        httpx.URL(uri)  # what httpx refuses besides (a URL over 65,536 characters) is refused here too
        return uri
    except (ValueError, httpx.InvalidURL) as exc:
        shown = location.encode("latin-1").decode("utf-8", "replace")
        shown = shown if len(shown) <= SHOWN_CHARS else f"{shown[:SHOWN_CHARS]}…"
        raise FetchError(f"{where}: redirected to {shown!r}, which cannot be requested: {exc}") from None


@dataclass(frozen=True)
class Hops:
    """The client's event hooks: every request and every redirect of one fetch checked as it happens."""

    first: httpx.URL
    secrets: dict[str, str]
    allow_http: bool
    where: str  # 'source <id>'

    def hooks(self) -> dict[str, list]:
        return {"request": [self.send_secrets], "response": [self.check_redirect]}

    def send_secrets(self, request: httpx.Request) -> None:
        """The catalog's secret headers go to the first origin only, whatever the redirects do."""
        for name, value in self.secrets.items():
            if origin(request.url) == origin(self.first):
                request.headers[name] = value
            else:
                request.headers.pop(name, None)

    def check_redirect(self, response: httpx.Response) -> None:
        """A redirect's Location made a checked URI, before httpx builds the next request from it."""
        if not response.has_redirect_location:
            return
        here = str(response.request.url)
        raw = next(value for name, value in response.headers.raw if name.lower() == b"location")
        url = next_hop(here, raw.decode("latin-1"), f"{self.where}: GET {here}")
        check_scheme(url, here, self.allow_http, self.where)
        response.headers["Location"] = url


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date); None for anything else ('soon')."""
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


def _refuse_status(where: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    if status in REDIRECTS:
        return FetchError(f"{where} answered HTTP {status} without a Location")
    retry_after = _retry_after_seconds(response.headers.get("retry-after"))
    return FetchError(
        f"{where} answered HTTP {status}", transient=status in TRANSIENT_STATUSES, retry_after=retry_after
    )


def _read_body(response: httpx.Response, cap: int, where: str) -> bytes:
    """The decoded body, refused once it passes the cap, and checked against Content-Length."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(f"{where}: Content-Length {declared} exceeds the {cap}-byte cap")
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ACCEPTED_ENCODINGS:
        raise FetchError(f"{where}: Content-Encoding {encoding!r} is not one we asked for")
    parts, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise FetchError(
                f"{where}: body exceeds the {cap}-byte cap; refused while streaming (decompressed bytes count)"
            )
        parts.append(chunk)
    received = response.num_bytes_downloaded
    if declared.isdigit() and received != int(declared):
        raise FetchError(f"{where}: truncated body ({received} of {declared} bytes)", transient=True)
    return b"".join(parts)


def _answer(response: httpx.Response, policy: FetchPolicy, where: str) -> Answer:
    """A 200 with its body, or a 304 without one; any other status is an error."""
    headers = {name.lower(): value for name, value in response.headers.items()}
    if response.status_code == 304:
        return Answer(304, None, headers)
    if response.status_code != 200:
        raise _refuse_status(where, response)
    return Answer(200, _read_body(response, policy.max_bytes, where), headers)


def _send(client: httpx.Client, request: httpx.Request, policy: FetchPolicy, where: str):
    """One hop, within the host's throttle: (its answer, None), or (None, the redirect's request)."""
    with THROTTLE(request.url.netloc.decode("ascii"), policy.host_concurrency, policy.host_delay):
        try:
            response = client.send(request, stream=True)
            try:
                if response.next_request is None:
                    return _answer(response, policy, where), None
                return None, response.next_request
            finally:
                response.close()
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise fetch_error(where, exc) from None


def get(client: httpx.Client, url: str, headers: dict[str, str], policy: FetchPolicy, where: str) -> Answer:
    """GET `url` (a checked URI), following at most policy.max_redirects redirects."""
    try:
        request = client.build_request("GET", url, headers=headers)
    except httpx.InvalidURL as exc:
        raise FetchError(f"{where}: {url!r} cannot be requested: {exc}") from None
    for _ in range(policy.max_redirects + 1):
        answer, request = _send(client, request, policy, f"{where}: GET {request.url}")
        if answer is not None:
            return answer
    raise FetchError(f"{where}: GET {url}: more than {policy.max_redirects} redirects (a redirect loop?)")
