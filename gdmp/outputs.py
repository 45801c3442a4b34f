"""`gdmp report`, `gdmp docs` and `gdmp export`: what analysts take away, from the warehouse read-only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.core.settings import Settings


def _warehouse(args: argparse.Namespace, settings: Settings) -> str | None:
    """The warehouse to read (a file's path or ducklake:<catalog>), or None (said on stderr) when there is
    none yet, or when the file is damaged (one line: how to restore it)."""
    from etl.core.errors import WarehouseDamaged
    from etl.warehouse import WarehouseConfig, exists, label
    from etl.warehouse.published_check import check_target

    warehouse = str(args.warehouse or settings.warehouse_target)
    try:
        check_target(warehouse, settings.duckdb_memory_limit)
    except WarehouseDamaged as exc:
        print(exc, file=sys.stderr)
        return None
    if not exists(warehouse, WarehouseConfig.from_settings(settings)):
        print(f"no warehouse at {label(warehouse)}: run `gdmp run` first", file=sys.stderr)
        return None
    return warehouse


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def report(args: argparse.Namespace, settings: Settings) -> int:
    from etl.present.analyst_report import render_report
    from etl.warehouse import WarehouseConfig, label, open_reader

    if not (warehouse := _warehouse(args, settings)):
        return 1
    with open_reader(warehouse, WarehouseConfig.from_settings(settings)) as con:
        page = render_report(con, label(warehouse))
    out = args.out or settings.data_dir.resolve() / "report" / "index.html"
    _write(out, page)
    print(f"wrote {out} ({len(page.encode()):,} bytes)")
    return 0


def docs(args: argparse.Namespace, settings: Settings) -> int:
    from etl.core.settings import REPO_ROOT
    from etl.present.data_dictionary import dictionary
    from etl.warehouse import WarehouseConfig, open_reader

    if not (warehouse := _warehouse(args, settings)):
        return 1
    with open_reader(warehouse, WarehouseConfig.from_settings(settings)) as con:
        text = dictionary(con)
    out = args.out or REPO_ROOT / "docs" / "data_dictionary.md"
    _write(out, text)
    print(f"wrote {out} ({text.count(chr(10) + '### ')} objects)")
    return 0


def export(args: argparse.Namespace, settings: Settings) -> int:
    from etl.core.errors import ExportError
    from etl.present.exports import export as export_views
    from etl.warehouse import WarehouseConfig

    if not (warehouse := _warehouse(args, settings)):
        return 1
    out = args.out or settings.data_dir.resolve() / "export"
    try:
        written = export_views(warehouse, WarehouseConfig.from_settings(settings), args.format, out)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0
