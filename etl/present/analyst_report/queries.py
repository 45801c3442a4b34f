"""The SQL the report runs: one-liners as named constants, the rest in ``sql/<name>.sql``.

Each ``.sql`` file starts with a comment saying what it answers, as ``sql/views/*.sql`` do, and can be
pasted into the DuckDB CLI as it is. They live here, not in the repository's ``sql/``, because
``etl/warehouse/schema.py`` applies every file there to the warehouse; these only read the documented views.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import duckdb

SQL_DIR = Path(__file__).parent / "sql"

PUBLICATIONS_SUMMARY = "SELECT count(*) AS lists, bool_or(is_sample) AS samples, max(loaded_at) AS loaded FROM current_publications"
PROVINCE_TOTALS = "SELECT * FROM province_totals ORDER BY year DESC, list_kind"
RECONCILIATION = "SELECT * FROM headline_reconciliation"


@cache
def named(name: str) -> str:
    """The text of sql/<name>.sql."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    """Every row of a query as a dict keyed by column name."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def run(con: duckdb.DuckDBPyConnection, name: str, params: list | None = None) -> list[dict[str, Any]]:
    """Every row of sql/<name>.sql."""
    return rows(con, named(name), params)
