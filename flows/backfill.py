"""Backfill: re-process (or re-fetch) the publications of a date range, chosen by operators in the UI.

Prefect has no backfill of its own; this flow is one: its typed parameters render as a form on the
deployment's "Custom run" page. It takes the same path as the daily run (flows/refresh.py), so a
backfill over a range yields exactly the state a clean run over the same inputs yields.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Literal

from prefect import flow, get_run_logger
from prefect.states import Completed

from etl.core.settings import get_settings
from etl.fetching.catalog import ListKind, Source, load_catalog
from flows.refresh import refresh_sources
from flows.runners import RunnerFromSettings

Mode = Literal["reprocess", "refetch"]


def select_sources(
    sources: list[Source],
    start: dt.date,
    end: dt.date,
    source_ids: list[str] | None = None,
    list_kinds: list[str] | None = None,
) -> list[Source]:
    """Sources published within [start, end], narrowed to the given ids and kinds; unknown ids are an error."""
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    unknown = sorted(set(source_ids or []) - {s.id for s in sources})
    if unknown:
        raise ValueError(f"no such sources in the catalog: {', '.join(unknown)}")
    return [
        s
        for s in sources
        if start <= s.published <= end
        and (not source_ids or s.id in source_ids)
        and (not list_kinds or s.list_kind in list_kinds)
    ]


@flow(name="backfill", log_prints=True, task_runner=RunnerFromSettings())
def backfill(
    start: dt.date,
    end: dt.date,
    sources: list[str] | None = None,
    list_kinds: list[ListKind] | None = None,
    mode: Mode = "reprocess",
    force: bool = False,
    catalog: str | None = None,
):
    """Re-load the publications published between two dates.

    Args:
        start: first publication date to include (YYYY-MM-DD).
        end: last publication date to include (YYYY-MM-DD).
        sources: only these catalog ids (empty: every source in the range). The ids are those of
            catalog/sources.yaml; `gdmp check-catalog` lists them. An unknown id fails the run.
        list_kinds: only these kinds of list (empty: all kinds).
        mode: reprocess = re-parse and re-validate the archived payloads with today's code and
            expectations (works with the publisher offline); a publication whose archived bytes,
            code, SQL, rules and catalog entry are those of its loaded version is skipped as
            unchanged. refetch = fetch again from the publisher, unconditionally.
        force: reprocess even the publications that would be skipped as unchanged.
        catalog: path of the source catalog (YAML); default catalog/sources.yaml.
    """
    settings = get_settings()  # once for the run, passed down; a bad GDMP_* value fails it here, naming it
    selected = select_sources(
        load_catalog(catalog or settings.catalog.resolve()), start, end, sources, list_kinds
    )
    logger = get_run_logger()
    if not selected:
        logger.warning("No publication in the catalog matches %s … %s", start, end)
        return Completed(message=f"nothing published between {start} and {end} matches")
    logger.info(
        "Backfill (%s) of %d publications: %s", mode, len(selected), ", ".join(s.id for s in selected)
    )
    return refresh_sources(
        selected, settings, force=force or mode == "refetch", reprocess=mode == "reprocess"
    )


def main(argv: list[str] | None = None) -> None:
    """`gdmp backfill` by its older name: the command line is defined once, in gdmp/cli.py."""
    from gdmp.cli import main as gdmp

    raise SystemExit(gdmp(["backfill", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    main()
