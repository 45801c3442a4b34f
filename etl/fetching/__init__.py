"""Get a publication's bytes like a good citizen, safely, and never lose data because a publisher misbehaved.

- URLs: made URIs first (a path in Chinese percent-encoded, a bad port or host refused: urls.py); https
  (http only where the catalog entry allows it), sent by an httpx.Client whose transport's sockets
  reach only allowed addresses and never outlive the fetch's deadline (transport.py, addresses.py);
  redirects built by httpx, each hop checked by the client's event hooks, secrets kept to the first
  origin (http.py); httpx's exceptions made FetchErrors, transient or not (faults.py); a descriptive
  User-Agent, per-host concurrency and delay (throttle.py).
- Local paths: only under samples/, the data folder and GDMP_SOURCE_ROOTS (local.py).
- Conditional GET (If-None-Match / If-Modified-Since): a 304 means "unchanged", nothing is downloaded.
- Bodies are streamed and decoded by httpx under a cap on their decompressed size, and checked against
  Content-Length.
- Transient faults (timeouts, resets, 5xx, 429) are retried (tenacity) with exponential backoff and jitter,
  honouring Retry-After within a cap, all within one overall deadline; client errors are not retried.
- Every payload is archived content-addressed (sha256) before anything reads it (etl/fetching/archive.py).

The retry loop lives in get.py, not on the Prefect task, because honouring Retry-After needs the response.

What a run refuses about where a source lives (a bad URL, plain http, a path outside the allowed folders)
is one check, `check_location` (check.py), which `gdmp check-catalog` runs too. This module imports its
parts lazily, so that check imports no HTTP stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.fetching.check import check_location
    from etl.fetching.get import fetch, fetch_url
    from etl.fetching.local import local_path
    from etl.fetching.policy import FetchPolicy, Validators

_HOMES = {"fetch": "get", "fetch_url": "get", "FetchPolicy": "policy", "Validators": "policy",
          "local_path": "local", "check_location": "check"}  # fmt: skip
__all__ = ["FetchPolicy", "Validators", "check_location", "fetch", "fetch_url", "local_path"]


def __getattr__(name: str) -> object:
    """`from etl.fetching import fetch` imports etl/fetching/get.py (and httpx) only then."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
