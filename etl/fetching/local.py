"""Publications the catalog names by a local path: bundled samples, or files an operator dropped in.

Only samples/, the data folder and the folders in GDMP_SOURCE_ROOTS may be read: a catalog entry must not
read the repository's .git/ or the Prefect profile in .prefect/. A relative path is taken from the
repository; an absolute one (`/srv/lists/2024.xlsx`, where an operator drops files) is fine when it lies
in one of those folders. Symlinks are resolved before the check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from etl.core.errors import FetchError
from etl.core.settings import REPO_ROOT
from etl.fetching.archive import Fetched, archive_payload
from etl.fetching.catalog import Source


def local_path(source: Source, roots: Sequence[Path]) -> Path:
    """A catalog path resolved (symlinks included) inside one of the allowed `roots` (the run's:
    Settings.local_roots); anything else is refused."""
    path = (REPO_ROOT / source.location).resolve()  # an absolute location stays itself
    if not any(path.is_relative_to(root) for root in roots):
        raise FetchError(
            f"source {source.id}: {source.location!r} points outside samples/, the data folder and "
            "GDMP_SOURCE_ROOTS (add its folder there to read it)"
        )
    return path


def _cannot_read(source: Source, exc: OSError) -> FetchError:
    return FetchError(f"source {source.id}: cannot read {source.location}: {exc.strerror}")


def readable_path(source: Source, roots: Sequence[Path]) -> Path:
    """`local_path`, and the file there opens for reading: what fetch_local needs, without reading it."""
    path = local_path(source, roots)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise _cannot_read(source, exc) from None
    return path


def fetch_local(source: Source, suffix: str, roots: Sequence[Path], archive: Path) -> Fetched:
    """Read a local file inside `roots` and archive its bytes under `archive`."""
    path = local_path(source, roots)
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        payload = path.read_bytes()
    except OSError as exc:
        raise _cannot_read(source, exc) from None
    sha, archived = archive_payload(payload, suffix, archive)
    return Fetched(source.id, source.location, fetched_at, None, sha, len(payload), str(archived))
