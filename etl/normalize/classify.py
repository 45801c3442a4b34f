"""The rows that might not be projects, one by one, in order: headings, totals, notes, city groups, blanks.

SQL flags every row classify_row might not call a project (sql/staging/010_cells.sql); those few rows
come here, in file order, because a heading's level depends on the headings above it. Writes the tables
`non_projects` (each such row with its kind, its heading path and what it declares) and `segments` (the
rows each heading covers, with their heading path, for sql/staging/020_project_cells.sql).

Levels: the first numbering style seen is the top level; a style seen before closes every heading below
it and takes its place; a style not seen yet nests under the current heading — unless its number
continues a level's numbering ('一、' then '（二）': a publisher's mixed brackets, not a new level), when it
takes that level's place. The top level is a 'category' row, deeper ones 'subcategory' rows; every
project carries the whole path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from etl.core.duck import insert_rows, records
from etl.normalize.records import NON_PROJECTS_DDL
from etl.rules.headers import AMOUNT_COLUMNS
from etl.rules.rows import RowKind, classify_row
from etl.rules.text import fold_text
from etl.rules.units import AmountError, is_placeholder, last_digit_wan, parse_amount

# Styles counted with the same numerals: '（二）' can continue a list of '一、' headings, not of '-1' ones.
NUMERAL_FAMILY = {
    "一、": "chinese",
    "（一）": "chinese",
    "第一": "chinese",
    "1.": "arabic",
    "(1)": "arabic",
    "①": "arabic",
    "-1": "dash",
}
SEGMENTS_DDL = """CREATE OR REPLACE TABLE segments (segment INTEGER, from_row INTEGER, heading_path VARCHAR[],
    group_label VARCHAR)"""
# A detail is what only a project row fills: a heading numbered '1.' may carry its subtotal, never a place.
# A copy of the 序号 or name cell is not a detail: a heading merged across the row repeats its text.
FLAGGED_ROWS = """SELECT c.row_number, m.seq, m.project_name, m.other_cells, c.total_investment, c.annual_plan, c.raw,
        len(list_filter([m.place, m.district, m.owner, m.content, m.stage, m.period, m.start_year, m.end_year,
                         m.funding, m.cluster, m.event_date],
                        v -> nullif(trim(v), '') IS NOT NULL AND trim(v) IS DISTINCT FROM trim(m.seq)
                             AND trim(v) IS DISTINCT FROM trim(m.project_name))) > 0 AS has_detail
    FROM mapped AS m JOIN (SELECT * FROM cells WHERE maybe_not_project) AS c USING (row_number)
    ORDER BY c.row_number"""


@dataclass
class HeadingState:
    """The headings above the current row (numbering style, label), top first, and the city group."""

    stack: list[tuple[str, str, int | None]] = field(default_factory=list)  # (style, label, number)
    group_label: str | None = None

    @property
    def path(self) -> list[str]:
        return [label for _, label, _ in self.stack]

    def enter(self, row: RowKind) -> str | None:
        """Update the state for a heading or city group row; return the kind it is stored as."""
        if row.kind == "city_group":
            self.group_label = row.label
            return "city_group"
        if row.kind != "heading":
            return None
        del self.stack[self.level_of(row) :]
        self.stack.append((row.style, row.label or "", row.number))
        return "category" if len(self.stack) == 1 else "subcategory"

    def level_of(self, row: RowKind) -> int:
        """Where a heading goes in the stack (0 = top): its style's level, else the deepest level whose
        numbering it continues, else one below the current heading."""
        styles = [style for style, _, _ in self.stack]
        if row.style in styles:
            return styles.index(row.style)
        if row.number and row.number > 1:
            family = NUMERAL_FAMILY.get(row.style)
            continuing = [
                i
                for i, (style, _, n) in enumerate(self.stack)
                if n == row.number - 1 and NUMERAL_FAMILY.get(style) == family
            ]
            if continuing:
                return continuing[-1]
        return len(self.stack)


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


def prints_amount(row: dict) -> bool:
    """Whether a row prints an amount of its own: not a placeholder, not a copy of its 序号 or name."""
    copies = {fold_text(row["seq"]).replace(" ", ""), fold_text(row["project_name"]).replace(" ", "")}
    return any(
        not is_placeholder(row[column]) and fold_text(row[column]).replace(" ", "") not in copies
        for column in AMOUNT_COLUMNS
    )


def non_project(row: dict, kind: RowKind, stored_as: str, state: HeadingState, units: dict) -> dict:
    path = state.path
    return {
        "row_number": row["row_number"],
        "kind": stored_as,
        "label": kind.label,
        "declared_count": kind.declared_count,
        "raw": row["raw"],
        "heading_path": path,
        "heading_level": len(path) if kind.kind == "heading" else None,
        "context": path[0] if path and stored_as != "category" else None,
        **declared_amounts(row, units),
    }


def classify_flagged_rows(con: duckdb.DuckDBPyConnection, units: dict[str, str | None]) -> None:
    """Write `non_projects` and `segments` from the flagged rows (the view `mapped` must still exist)."""
    state, non_projects = HeadingState(), []
    segments = [{"segment": 0, "from_row": 0, "heading_path": [], "group_label": None}]
    for row in records(con.execute(FLAGGED_ROWS)):
        kind = classify_row(
            row["seq"], row["project_name"], row["other_cells"], row["has_detail"], prints_amount(row)
        )
        if kind.is_project:
            continue
        stored_as = state.enter(kind) or kind.kind
        if kind.kind in {"heading", "city_group"}:
            segments.append(
                {
                    "segment": len(segments),
                    "from_row": row["row_number"] + 1,
                    "heading_path": state.path,
                    "group_label": state.group_label,
                }
            )
        non_projects.append(non_project(row, kind, stored_as, state, units))
    con.execute(NON_PROJECTS_DDL)
    insert_rows(con, "non_projects", non_projects)
    con.execute(SEGMENTS_DDL)
    insert_rows(con, "segments", segments)
