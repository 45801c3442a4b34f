from __future__ import annotations

import os

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl.core.errors import FetchError
from etl.fetching import FetchPolicy, Validators, fetch
from etl.fetching.archive import Fetched, HeldVersion
from etl.fetching.catalog import Source


def resolve_secret_headers(source: Source) -> dict[str, str]:
    """Header values from the environment or a Prefect Secret block; errors name the place, not the value."""
    headers = {}
    for header, ref in source.secret_headers.items():
        kind, _, name = ref.partition(":")
        if kind == "env":
            if name not in os.environ:
                raise FetchError(
                    f"source {source.id}: header {header} needs environment variable {name}, unset"
                )
            headers[header] = os.environ[name]
        else:
            from prefect.blocks.system import Secret

            try:
                headers[header] = Secret.load(name).get()
            except ValueError as exc:
                raise FetchError(
                    f"source {source.id}: header {header} needs Secret block {name!r}: {exc}"
                ) from None
    return headers


# No retries on the decorator: etl.fetching retries transient faults itself, because honouring a
# Retry-After header needs the response, and a 404 or a bad path will not get better.
@task(cache_policy=NO_CACHE, task_run_name="fetch {source.id}")
def fetch_publication(source: Source, policy: FetchPolicy, loaded: HeldVersion | None = None) -> Fetched:
    """Fetch and archive one publication, as the run's `policy` says; conditional on the loaded version's
    validators if given."""
    previous = None
    if loaded and loaded.in_force and loaded.in_force.archive_path:
        held = loaded.in_force
        previous = Validators(held.sha256, held.archive_path, loaded.etag, loaded.last_modified)
    return fetch(source, previous, resolve_secret_headers(source), policy=policy)
