"""Publications the catalog names by a local path: bundled samples, or files an operator dropped in.

Only samples/, the data folder and the folders in GDMP_SOURCE_ROOTS may be read: a catalog entry must not
read the repository's .git/ or the Prefect profile in .prefect/. Symlinks are resolved before the check.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from etl.archive import Fetched, archive_payload
from etl.catalog import Source
from etl.errors import FetchError
from etl.settings import REPO_ROOT, SAMPLES_DIR, data_dir, get_settings


def allowed_roots() -> list[Path]:
    """Folders local sources may be read from: samples/, the data folder, GDMP_SOURCE_ROOTS."""
    extra = [Path(p).resolve() for p in get_settings().source_roots.split(os.pathsep) if p]
    return [SAMPLES_DIR.resolve(), data_dir(), *extra]


def local_path(source: Source) -> Path:
    """A catalog path resolved (symlinks included) inside an allowed root; anything else is refused."""
    location = source.location
    if Path(location).is_absolute():
        raise FetchError(f"source {source.id}: absolute path {location!r} refused; use a path under samples/")
    path = (REPO_ROOT / location).resolve()
    if not any(path.is_relative_to(root) for root in allowed_roots()):
        raise FetchError(
            f"source {source.id}: {location!r} points outside samples/, the data folder and GDMP_SOURCE_ROOTS"
        )
    return path


def fetch_local(source: Source, suffix: str) -> Fetched:
    path = local_path(source)
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        payload = path.read_bytes()
    except OSError as exc:
        raise FetchError(f"source {source.id}: cannot read {source.location}: {exc.strerror}") from None
    sha, archived = archive_payload(payload, suffix)
    return Fetched(source.id, source.location, fetched_at, None, sha, len(payload), str(archived))
