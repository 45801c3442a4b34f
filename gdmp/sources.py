"""`gdmp check-catalog` and `gdmp status`: what is configured, and what the warehouse holds of it.

Neither imports Prefect nor touches the network: check-catalog reads and validates the YAML, then checks
each location as the run would (etl/fetching/check.py: the URL, or the local file and its folder).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.core.settings import Settings


def _catalog_path(args: argparse.Namespace, settings: Settings):
    return args.catalog or settings.catalog.resolve()


def check_catalog(args: argparse.Namespace, settings: Settings) -> int:
    """List the sources of a valid catalog (exit 0), or every problem of an invalid one (exit 1)."""
    from etl.core.errors import CatalogError
    from etl.fetching.catalog import load_catalog
    from etl.fetching.check import location_problems
    from etl.present.totals_table import format_table
    from etl.rules.places import CITIES, PROVINCE_CODE, PROVINCE_NAME

    names = {PROVINCE_CODE: PROVINCE_NAME, **{code: name for code, name, _ in CITIES}}
    try:
        path = _catalog_path(args, settings)
        sources = load_catalog(path)
        refused = location_problems(sources, settings.local_roots)  # the run's own check of each location
    except CatalogError as exc:
        print(exc, file=sys.stderr)
        return 1
    if refused:
        print(f"{path}: the run would refuse {len(refused)} source(s)\n  - " + "\n  - ".join(refused),
              file=sys.stderr)  # fmt: skip
        return 1
    rows = [(s.id, s.kind, s.list_kind, names.get(s.city, s.city), s.published.isoformat(), s.location)
            for s in sources]  # fmt: skip
    print(format_table(["id", "kind", "list kind", "publisher's place", "published", "location"], rows))
    print(f"\n{path}: {len(sources)} sources, all valid")
    return 0


def status(args: argparse.Namespace, settings: Settings) -> int:
    """The state of every source, read-only from the published warehouse."""
    from etl.core.errors import CatalogError, WarehouseDamaged
    from etl.fetching.catalog import load_catalog
    from etl.present.status import source_rows, status_table
    from etl.warehouse import WarehouseConfig, exists, label
    from etl.warehouse.published_check import check_target

    config = WarehouseConfig.from_settings(settings)
    try:
        warehouse = args.warehouse or settings.warehouse_target
        catalog_ids = [s.id for s in load_catalog(_catalog_path(args, settings))]
        check_target(warehouse, config.memory_limit)  # a damaged file: one line saying how to restore
    except (CatalogError, WarehouseDamaged) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(status_table(source_rows(warehouse, config, catalog_ids), catalog_ids))
    if not exists(warehouse, config):
        print(f"\nno warehouse at {label(warehouse)} yet: `gdmp run` loads the catalog", file=sys.stderr)
    return 0
