"""Small DuckDB helpers every module uses: literals, rows as dicts, Python rows into a table."""

from __future__ import annotations

import duckdb


def sql_text(value: object) -> str:
    """A SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def sql_name(name: str) -> str:
    """A SQL identifier, quoted (a staging file's database is named after its file)."""
    return '"' + name.replace('"', '""') + '"'


def records(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    """The rows of an executed query as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# Up to this many values a statement binds them as parameters; more go through a registered DataFrame.
PARAMETER_VALUES = 5_000


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Rows computed in Python → an existing table, columns matched by name and cast to their types.

    Scalars travel as text: DuckDB would otherwise guess a column's type from a sample of its values
    (a DECIMAL's scale from the first thousand amounts) and round or reject the rest. A few rows (a
    small list's lookups: ~9 tables of a few dozen rows each) go as one statement's parameters: a
    registered DataFrame cost ~5 ms a table, most of that pandas."""
    if not rows:
        return

    def as_text(value: object) -> object:
        return value if value is None or isinstance(value, list) else str(value)

    columns = list(dict.fromkeys(k for row in rows for k in row))  # a key a row lacks is NULL there
    text = [[as_text(row.get(c)) for c in columns] for row in rows]
    if len(rows) * len(columns) <= PARAMETER_VALUES:
        _insert_values(con, table, columns, text)
    else:
        _insert_frame(con, table, columns, text)


def _insert_values(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], text: list[list]) -> None:
    one = f"({', '.join('?' * len(columns))})"
    names = ", ".join(f'"{c}"' for c in columns)
    con.execute(
        f"INSERT INTO {table} BY NAME SELECT * FROM (VALUES {', '.join([one] * len(text))}) AS v({names})",
        [value for row in text for value in row],
    )


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], text: list[list]) -> None:
    import pandas as pd

    con.register("python_rows", pd.DataFrame(text, columns=columns, dtype=object))
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM python_rows")
    finally:
        con.unregister("python_rows")
