"""`gdmp restore`: the way back from a damaged published warehouse (etl/warehouse/restore.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.core.settings import Settings


def restore(args: argparse.Namespace, settings: Settings) -> int:
    """Put the previous generation back (exit 0), or say in one line why not (exit 1)."""
    from etl.core.errors import PipelineError
    from etl.warehouse import WarehouseConfig
    from etl.warehouse.published_check import MISSING
    from etl.warehouse.restore import restore as put_back

    try:
        if args.warehouse is None and settings.warehouse_backend != "file":
            print("the DuckLake backend has no file to restore: its snapshots are the way back "
                  "(docs/operations.md, Recovery)", file=sys.stderr)  # fmt: skip
            return 1
        published = Path(args.warehouse or settings.warehouse_path)
        restored = put_back(published, WarehouseConfig.from_settings(settings), force=args.force)
    except PipelineError as exc:
        print(exc, file=sys.stderr)
        return 1
    why = {None: "it was whole: replaced on request", MISSING: "there was none"}.get(
        restored.was, f"it was damaged: {restored.was}"
    )
    aside = f"; the file it replaces is kept as {restored.set_aside}" if restored.set_aside else ""
    print(f"restored {restored.published} from {restored.previous.name} ({why}){aside}")
    return 0
