"""`gdmp run` and `gdmp backfill`: the two Prefect flows, imported (with Prefect) only when called."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.core.settings import Settings


def _exit_code(state) -> int:
    return 0 if state.is_completed() else 1


def run(args: argparse.Namespace, settings: Settings) -> int:
    """The flow reads the settings again as it starts (a deployment's run has no command line): the same
    environment, the same object (etl/core/settings.py keeps one per set of GDMP_* variables)."""
    from flows.daily_refresh import daily_refresh

    catalog = str(args.catalog) if args.catalog else None
    return _exit_code(daily_refresh(catalog=catalog, force=args.force, return_state=True))


def backfill(args: argparse.Namespace, settings: Settings) -> int:
    from flows.backfill import backfill as backfill_flow

    state = backfill_flow(
        args.start,
        args.end,
        args.sources,
        args.list_kinds,
        args.mode,
        args.force,
        str(args.catalog) if args.catalog else None,
        return_state=True,
    )
    return _exit_code(state)
