"""`gdmp run` and `gdmp backfill`: the two Prefect flows, imported (with Prefect) only when called."""

from __future__ import annotations

import argparse


def _exit_code(state) -> int:
    return 0 if state.is_completed() else 1


def run(args: argparse.Namespace) -> int:
    from flows.daily_refresh import daily_refresh

    catalog = str(args.catalog) if args.catalog else None
    return _exit_code(daily_refresh(catalog=catalog, force=args.force, return_state=True))


def backfill(args: argparse.Namespace) -> int:
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
