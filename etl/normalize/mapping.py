"""The one dynamic step of normalization: the published headers renamed to canonical columns.

Every later step (sql/staging/) is static SQL over the view this builds, `mapped`: one column per
canonical column (NULL where the publication has none), the row's other cells as a list (for telling
headings from projects) and the row as published, as JSON (`raw`, kept with every loaded row).
"""

from __future__ import annotations

import json

import duckdb

from etl.core.duck import sql_text
from etl.rules.headers import ALIASES

CANONICAL_COLUMNS = tuple(ALIASES)


def raw_keys(header: list[str], width: int) -> list[str]:
    """The key each cell has in a row's raw JSON: its header, or col<N> where the header is blank."""
    return [header[i] if i < len(header) and header[i] else f"col{i + 1}" for i in range(width)]


def raw_json_sql(keys: list[str]) -> str:
    """SQL for a row's `raw` JSON, the one definition of it: its non-empty cells under their keys, in
    order. A repeated key sits where its first non-empty cell is and holds its last non-empty one, as in a
    dict built cell by cell."""
    parts = []
    for i, key in enumerate(keys):
        same = [j for j, k in enumerate(keys) if k == key]
        earlier = [f"c{j + 1}" for j in same if j < i]
        value = f"coalesce({', '.join(f'c{j + 1}' for j in reversed(same) if j >= i)})"
        first = f" AND coalesce({', '.join(earlier)}) IS NULL" if earlier else ""
        parts.append(
            f"CASE WHEN c{i + 1} IS NOT NULL{first} THEN {sql_text(json.dumps(key, ensure_ascii=False) + ': ')} "
            f"|| CAST(to_json({value}) AS VARCHAR) END"
        )
    return "'{' || concat_ws(', ', " + ", ".join(parts) + ") || '}'"


def create_mapped_view(
    con: duckdb.DuckDBPyConnection, header: list[str], mapping: dict[int, str], width: int
) -> None:
    """View `mapped` over the staged cells raw(row_number, c1…cN), whose header is `header` and whose
    column index → canonical column is `mapping` (etl.rules.headers.map_headers)."""
    by_column = {column: index for index, column in mapping.items() if index < width}
    renamed = [
        f"c{by_column[column] + 1} AS {column}"
        if column in by_column
        else f"CAST(NULL AS VARCHAR) AS {column}"
        for column in CANONICAL_COLUMNS
    ]
    name_and_seq = {by_column.get("project_name"), by_column.get("seq")}
    others = [f"c{i + 1}" for i in range(width) if i not in name_and_seq]
    other_cells = f"CAST([{', '.join(others)}] AS VARCHAR[])"
    con.execute(
        f"""CREATE OR REPLACE VIEW mapped AS SELECT CAST(row_number AS INTEGER) AS row_number, {", ".join(renamed)},
            {other_cells} AS other_cells, {raw_json_sql(raw_keys(header, width))} AS raw FROM raw"""
    )
