"""Small DuckDB helpers every module uses: literals, rows as dicts, Python rows into a table."""

from __future__ import annotations

import duckdb


def sql_text(value: object) -> str:
    """A SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def records(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    """The rows of an executed query as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Rows computed in Python → an existing table, columns matched by name and cast to their types.

    Scalars travel as text: DuckDB would otherwise guess a column's type from a sample of its values
    (a DECIMAL's scale from the first thousand amounts) and round or reject the rest."""
    if not rows:
        return
    import pandas as pd

    def as_text(value: object) -> object:
        return value if value is None or isinstance(value, list) else str(value)

    columns = list(dict.fromkeys(k for row in rows for k in row))  # a key a row lacks is NULL there
    text = [[as_text(row.get(c)) for c in columns] for row in rows]
    con.register("python_rows", pd.DataFrame(text, columns=columns, dtype=object))
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM python_rows")
    finally:
        con.unregister("python_rows")
