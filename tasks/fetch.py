from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from etl.catalog import Source
from etl.fetching import Fetched, FetchError, fetch


def _worth_retrying(task, task_run, state) -> bool:
    """Retry timeouts, resets and 5xx/429; a 404 or a missing file will not get better."""
    try:
        state.result()
    except FetchError as exc:
        return exc.transient
    except Exception:
        return True
    return False


@task(
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_jitter_factor=0.5,
    retry_condition_fn=_worth_retrying,
    cache_policy=NO_CACHE,
    task_run_name="fetch {source.id}",
)
def fetch_publication(source: Source) -> Fetched:
    """Fetch and archive one publication's payload."""
    return fetch(source)
