"""The rows that might not be projects, one by one, in order: headings, totals, notes, city groups, blanks.

SQL flags every row classify_row might not call a project (sql/staging/010_cells.sql); those few rows
come here, in file order, because a heading's meaning depends on the headings above it. Writes the
tables `non_projects` (each such row with its kind and what it declares) and `segments` (the row ranges
each heading covers, for sql/staging/020_project_cells.sql).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from etl.duck import insert_rows, records
from etl.headers import AMOUNT_COLUMNS
from etl.normalize.records import NON_PROJECTS_DDL
from etl.rows import RowKind, classify_row
from etl.units import AmountError, last_digit_wan, parse_amount

SEGMENTS_DDL = """CREATE OR REPLACE TABLE segments (segment INTEGER, from_row INTEGER,
    section VARCHAR, subsection VARCHAR, group_label VARCHAR)"""
FLAGGED_ROWS = """SELECT c.row_number, c.seq, c.project_name, m.other_cells, c.total_investment, c.annual_plan, c.raw
    FROM mapped AS m JOIN (SELECT * FROM cells WHERE maybe_not_project) AS c USING (row_number)
    ORDER BY c.row_number"""


@dataclass
class HeadingState:
    """The headings above the current row, and the row ranges they cover so far."""

    section: str | None = None
    subsection: str | None = None
    group_label: str | None = None

    def enter(self, kind: RowKind, row_number: int, segments: list[dict]) -> None:
        if kind.kind == "category":
            self.section, self.subsection = kind.label, None
        elif kind.kind == "subcategory":
            self.subsection = kind.label
        elif kind.kind == "city_group":
            self.group_label = kind.label
        else:
            return
        segments.append({"segment": len(segments), "from_row": row_number + 1,
                         "section": self.section, "subsection": self.subsection, "group_label": self.group_label})  # fmt: skip


def declared_amounts(row: dict, units: dict[str, str | None]) -> dict:
    """What a total or heading row states as the sum of the rows under it, with its printed precision."""
    declared = {}
    for column in AMOUNT_COLUMNS:
        declared[f"declared_{column}_wan"] = declared[f"declared_{column}_precision_wan"] = None
        try:
            value, used = parse_amount(row[column], units[column])
        except AmountError:
            continue
        if value is not None:
            declared[f"declared_{column}_wan"] = value
            declared[f"declared_{column}_precision_wan"] = last_digit_wan(value, used)
    return declared


def classify_flagged_rows(con: duckdb.DuckDBPyConnection, units: dict[str, str | None]) -> None:
    """Write `non_projects` and `segments` from the flagged rows (the view `mapped` must still exist)."""
    state, non_projects = HeadingState(), []
    segments = [{"segment": 0, "from_row": 0, "section": None, "subsection": None, "group_label": None}]
    for row in records(con.execute(FLAGGED_ROWS)):
        kind = classify_row(row["seq"], row["project_name"], row["other_cells"])
        if kind.kind == "project":
            continue
        state.enter(kind, row["row_number"], segments)
        non_projects.append({"row_number": row["row_number"], "kind": kind.kind, "label": kind.label,
                             "declared_count": kind.declared_count, "raw": row["raw"],
                             "context": state.section if kind.kind != "category" else None,
                             **declared_amounts(row, units)})  # fmt: skip
    con.execute(NON_PROJECTS_DDL)
    insert_rows(con, "non_projects", non_projects)
    con.execute(SEGMENTS_DDL)
    insert_rows(con, "segments", segments)
