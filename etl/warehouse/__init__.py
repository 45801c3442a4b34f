"""The DuckDB warehouse: its schema, what it holds, and the single writer's loads.

Only this package writes SQL against the warehouse tables; the DDL and the views live in sql/.

- config.py: what the warehouse code takes of the run's settings (WarehouseConfig), passed with the target;
- schema.py: connections (a DuckDB file, or a DuckLake: lake.py), and sql/ applied once per change;
- commits.py: one load, one transaction, tried again on a lake commit conflict;
- held.py: what is held of each source (for unchanged checks and reprocessing);
- records.py: the logs of a run (fetches, outcomes, rule results, checks);
- versions.py: version numbers and validity (nothing is overwritten);
- lists.py: one version of a list, loaded in one transaction;
- announcements.py: one version of an announcement and its figures.
"""

from etl.warehouse.config import WarehouseConfig
from etl.warehouse.held import Held, loaded_version, what_is_held
from etl.warehouse.lists import load_prepared, load_version, record_prepared
from etl.warehouse.schema import (
    apply_schema,
    connect,
    exists,
    label,
    open_connection,
    open_reader,
    schema_fingerprint,
)

__all__ = [
    "apply_schema",
    "connect",
    "exists",
    "Held",
    "label",
    "load_prepared",
    "load_version",
    "record_prepared",
    "loaded_version",
    "open_connection",
    "open_reader",
    "schema_fingerprint",
    "WarehouseConfig",
    "what_is_held",
]
