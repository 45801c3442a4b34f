"""httpx's exceptions as the pipeline's one fetch error (etl/core/errors.py), each said transient or not.

Transient (another attempt may succeed, etl/fetching/get.py retries it): a timeout (connect, read,
write, the pool, or the fetch's deadline reached by etl/fetching/transport.py), a connection refused,
reset or closed mid-answer. Permanent: anything else httpx refuses — a damaged compressed body, a URL
it cannot send, a protocol the client broke. The message names where (`source <id>: GET <url>`) and
what, never a header's value, so a secret header cannot leak into a run's log.
"""

from __future__ import annotations

import httpx

from etl.core.errors import FetchError


def fetch_error(where: str, exc: httpx.HTTPError | httpx.InvalidURL) -> FetchError:
    """The FetchError for an exception httpx raised while getting `where`."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"{where}: {type(exc).__name__} (timed out)", transient=True)
    if isinstance(exc, httpx.RemoteProtocolError):  # closed before or during the answer: truncated
        return FetchError(f"{where}: connection broken: {exc}", transient=True)
    if isinstance(exc, httpx.DecodingError):
        return FetchError(f"{where}: the compressed body is damaged: {exc}")
    return FetchError(f"{where}: {type(exc).__name__}: {exc}", transient=isinstance(exc, httpx.NetworkError))
