"""Where a source lives, checked as the run checks it, before anything is fetched.

`gdmp check-catalog` must not say "all valid" about a catalog whose every entry the run then refuses.
So it runs this check, made of the very functions a fetch runs: the URL made a URI (a bad port or host
refused) and its scheme allowed, or the local path inside the allowed folders and readable. It imports
no HTTP stack and touches no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from etl.core.errors import FetchError
from etl.fetching.catalog import Source
from etl.fetching.local import readable_path
from etl.fetching.urls import check_scheme, request_url


def check_location(source: Source, roots: Sequence[Path]) -> str:
    """The URI a fetch would request, or the file it would read (inside `roots`, the folders local paths
    may be read from: Settings.local_roots); FetchError naming the source otherwise."""
    where = f"source {source.id}"
    if source.is_url:
        url = request_url(source.location, where)
        check_scheme(url, None, source.allow_http, where)
        return url
    return str(readable_path(source, roots))


def location_problems(sources: list[Source], roots: Sequence[Path]) -> list[str]:
    """What the run would refuse about each source's location, one message per refused source."""
    problems = []
    for source in sources:
        try:
            check_location(source, roots)
        except FetchError as exc:
            problems.append(str(exc))
    return problems
