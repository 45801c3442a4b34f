"""The daily refresh: every publication in the catalog, fetched, gated and loaded; then the views.

One publication failing never stops the others; the flow ends Failed naming every one that failed.
Run it with `make run`, or `python -m flows.daily_refresh [--force] [--catalog PATH]`.
"""

from __future__ import annotations

import argparse

from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.states import Completed, Failed

from etl.catalog import Source, load_catalog
from etl.normalize import NormalizeError
from etl.publication import Outcome, schema_drift
from etl.readers import ReadError
from etl.settings import default_catalog_path, warehouse_path
from etl.summary import by_status, one_line
from tasks.fetch import fetch_publication
from tasks.load import load_publication
from tasks.parse import parse_publication
from tasks.record import look_up_loaded_version, record_fetch, record_outcome
from tasks.report import build_data_docs_site, publish_run_artifacts, refresh_views
from tasks.validate import validate_publication


def refresh_publication(source: Source, run_id: str | None, force: bool) -> Outcome:
    """Fetch → (unchanged?) → parse → validate → load for one publication; every exit is recorded."""
    loaded = look_up_loaded_version(source)
    try:
        fetched = fetch_publication(source, None if force else loaded)
    except Exception as exc:
        record_fetch(run_id, source, None, str(exc))
        record_outcome(run_id, source.id, "failed", message=str(exc))
        return Outcome(source.id, "failed", str(exc))
    record_fetch(run_id, source, fetched)
    if loaded and loaded["sha256"] == fetched.sha256 and not force:
        how = (
            "HTTP 304 Not Modified"
            if fetched.not_modified
            else f"sha256 {fetched.sha256[:12]} already loaded"
        )
        message = f"{source.id}: unchanged ({how})"
        record_outcome(run_id, source.id, "unchanged", fetched.sha256, message=message)
        return Outcome(source.id, "unchanged", message)
    try:
        normalized = parse_publication(source, fetched)
    except (ReadError, NormalizeError) as exc:
        message = f"{source.id}: cannot read {source.location}: {exc}"
        record_outcome(run_id, source.id, "failed", fetched.sha256, message=message)
        return Outcome(source.id, "failed", message)
    drift = schema_drift(loaded, normalized)
    verdict, outcomes = validate_publication(source, fetched, normalized)
    load_publication(run_id, source, fetched, normalized, verdict, outcomes)
    counts = (
        normalized.rows_read,
        len(verdict.projects),
        len(verdict.quarantined),
        len(normalized.non_projects),
    )
    record_outcome(run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message, drift)
    return Outcome(source.id, verdict.status, verdict.message, counts, verdict.checks, drift)


@flow(name="daily-refresh", log_prints=True)
def daily_refresh(catalog: str | None = None, force: bool = False):
    """Refresh every publication of the catalog into the DuckDB warehouse.

    Args:
        catalog: path of the source catalog (YAML); default catalog/sources.yaml or $GDMP_CATALOG.
        force: re-process publications whose payload is unchanged since the last load.
    """
    logger = get_run_logger()
    sources = load_catalog(catalog or default_catalog_path())  # a bad catalog fails before any fetch
    run_id = flow_run.id
    logger.info("Refreshing %d publications into %s", len(sources), warehouse_path())
    outcomes = []
    for index, source in enumerate(sources, 1):
        try:
            outcome = refresh_publication(source, run_id, force)
        except Exception as exc:  # a bug or a database error in one publication must not stop the others
            outcome = Outcome(source.id, "failed", f"{source.id}: {type(exc).__name__}: {exc}")
            record_outcome(run_id, source.id, "failed", message=outcome.message)
        log = logger.info if outcome.status in {"loaded", "unchanged"} else logger.error
        log("[%d/%d] %s: %s", index, len(sources), outcome.status.upper(), outcome.message)
        outcomes.append(outcome)

    print(refresh_views())
    publish_run_artifacts(outcomes)
    docs = build_data_docs_site(outcomes)
    if docs:
        logger.info("Data Docs: %s", docs)
    statuses = by_status(outcomes)
    if statuses["unchanged"]:
        logger.info("Unchanged since the last load: %s", ", ".join(statuses["unchanged"]))
    bad = [o for o in outcomes if o.status in {"rejected", "failed"}]
    if bad:
        return Failed(message=f"{one_line(outcomes)}. " + " || ".join(o.message for o in bad))
    return Completed(message=one_line(outcomes), data=statuses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", default=None, help="source catalog YAML (default catalog/sources.yaml)")
    parser.add_argument("--force", action="store_true", help="re-process publications even if unchanged")
    args = parser.parse_args()
    state = daily_refresh(catalog=args.catalog, force=args.force, return_state=True)
    raise SystemExit(0 if state.is_completed() else 1)


if __name__ == "__main__":
    main()
