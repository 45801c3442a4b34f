from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from etl.catalog import Source
from etl.normalize import Normalized
from etl.publication import Verdict, judge
from etl.quality import validate_records


@task(cache_policy=NO_CACHE, task_run_name="validate {source.id}")
def validate_publication(source: Source, normalized: Normalized) -> tuple[Verdict, list]:
    """Run the GX row suite, quarantine failing rows and reconcile with the headline."""
    outcomes = validate_records(normalized.projects)
    return judge(source, normalized, outcomes), outcomes
