"""The Python rules, once per distinct value: the lookups the static SQL steps join to.

A 1M-row list has a few thousand distinct places, periods, stages and odd amounts; each goes through its
rule in etl/ once (resolve_place, parse_period, normalize_stage, parse_amount, fold_text) and the
answer is stored in a small table. Every lookup stores text columns, cast where they are used.
"""

from __future__ import annotations

import duckdb

from etl.core.duck import insert_rows
from etl.rules.headers import AMOUNT_COLUMNS
from etl.rules.periods import normalize_stage, parse_date, parse_period, parse_year
from etl.rules.places import Place, in_own_city, resolve_place
from etl.rules.text import fold_text
from etl.rules.units import PLAIN_NUMBER, UNIT_IN_WAN, AmountError, parse_amount

FOLDED_COLUMNS = (
    "seq",
    "project_name",
    "district",
    "category",
    "cluster",
    "funding",
    "owner",
    "content",
    "remark",
)


def store(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Rows computed in Python → a new table of text columns."""
    con.execute(f"CREATE OR REPLACE TABLE {table} ({', '.join(f'{c} VARCHAR' for c in columns)})")
    insert_rows(con, table, [dict(zip(columns, row, strict=True)) for row in rows])


def fill_python_folds(con: duckdb.DuckDBPyConnection) -> None:
    """Fold with fold_text the texts SQL left NULL (anything NFKC might change)."""
    unsafe = con.execute(
        " UNION ".join(f"SELECT {c} AS t FROM cells WHERE {c}_f IS NULL" for c in FOLDED_COLUMNS)
    ).fetchall()
    if not unsafe:
        return
    store(con, "fold_map", ["t", "f"], [(t, fold_text(t)) for (t,) in unsafe])
    for c in FOLDED_COLUMNS:
        con.execute(
            f"UPDATE cells SET {c}_f = m.f FROM fold_map AS m WHERE cells.{c}_f IS NULL AND cells.{c} = m.t"
        )


def place_of(
    place_text: str | None, district_text: str | None, default: Place | None
) -> tuple[Place, str | None]:
    """(where a project counts, the place text shown for it)."""
    if not fold_text(place_text) and fold_text(district_text):
        # A district or town column: it may name another city's district; a town we do not know
        # (中山's 镇街) stays in the list's own city.
        by_district = resolve_place(district_text)
        return (by_district if by_district.kind == "city" or default is None else default), district_text
    place = resolve_place(place_text, default=default)
    if (
        place.kind == "unknown"
        and default is not None
        and default.kind == "city"
        and in_own_city(place_text, default)
    ):
        # 高新区, 市本级, a town: a city's own list names its own places without the city
        return default, place_text
    return place, place_text


def build_place_map(con: duckdb.DuckDBPyConnection, default_place: Place | None) -> None:
    rows = []
    for place_text, district_text, group in con.execute(
        "SELECT DISTINCT place, district, group_label FROM project_cells"
    ).fetchall():
        default = resolve_place(group) if group else default_place
        place, shown = place_of(place_text, district_text, default)
        rows.append(
            (
                place_text,
                district_text,
                group,
                place.kind,
                place.code,
                place.name_zh,
                place.pinyin,
                fold_text(shown) or None,
                place.label,
            )
        )
    store(
        con,
        "place_map",
        [
            "place_t",
            "district_t",
            "group_t",
            "place_kind",
            "city_code",
            "city_name",
            "city_pinyin",
            "place_raw",
            "place_label",
        ],
        rows,
    )


def build_period_map(con: duckdb.DuckDBPyConnection) -> None:
    rows = []
    for period, start_text, end_text in con.execute(
        "SELECT DISTINCT period, start_year, end_year FROM project_cells"
    ).fetchall():
        reason = None
        try:
            start, end = parse_period(period)
            start = parse_year(start_text) or start
            end = parse_year(end_text) or end
        except ValueError as exc:
            start = end = None
            reason = f"unreadable_years: {exc}"
        rows.append((period, start_text, end_text, start, end, fold_text(period) or None, reason))
    store(
        con,
        "period_map",
        ["period_t", "start_t", "end_t", "start_year", "end_year", "period_raw", "reason"],
        rows,
    )


def build_stage_map(con: duckdb.DuckDBPyConnection) -> None:
    stages = con.execute("SELECT DISTINCT stage FROM project_cells").fetchall()
    store(con, "stage_map", ["stage_t", "stage"], [(t, normalize_stage(t)) for (t,) in stages])


def build_date_map(con: duckdb.DuckDBPyConnection) -> None:
    dates = con.execute("SELECT DISTINCT event_date FROM project_cells").fetchall()
    store(con, "date_map", ["date_t", "event_date"], [(t, parse_date(t)) for (t,) in dates])


def build_amount_maps(con: duckdb.DuckDBPyConnection, units: dict[str, str | None]) -> None:
    """Per amount column: its unit and factor (table column_units), and every text SQL cannot cast
    exactly through parse_amount (table <column>_map: its value, unit or reason, and the text as shown,
    trimmed). Without a unit every text goes to parse_amount."""
    factors = {}
    for column in AMOUNT_COLUMNS:
        unit = units[column]
        factors |= {f"{column}_unit": unit, f"{column}_factor": UNIT_IN_WAN[unit] if unit else None}
        only_odd = f"AND NOT regexp_matches({column}, '{PLAIN_NUMBER}')" if unit else ""
        odd = []
        for (text,) in con.execute(
            f"SELECT DISTINCT {column} FROM project_cells WHERE {column} IS NOT NULL {only_odd}"
        ).fetchall():
            try:
                value, used = parse_amount(text, unit)
                odd.append(
                    (text, None if value is None else format(value, "f"), used, None, text.strip() or None)
                )
            except AmountError as exc:
                odd.append((text, None, None, f"unreadable_{column}: {exc}", text.strip() or None))
        store(con, f"{column}_map", ["t", "wan", "unit", "reason", "raw"], odd)
    con.execute("""CREATE OR REPLACE TABLE column_units (total_investment_unit VARCHAR,
        total_investment_factor DECIMAL(18, 4), annual_plan_unit VARCHAR, annual_plan_factor DECIMAL(18, 4))""")
    insert_rows(con, "column_units", [factors])
