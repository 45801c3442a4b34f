"""The shape every reader produces, and how a header is found in a grid of cells.

A reader turns a payload into a grid of (source row number, cells); `table_from_rows` finds the header in
it (one row, or two joined where a parent label is merged over children), keeps the rows above it as
notes and every row under it, blank or not, so that the normalizer can account for each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.core.errors import ReadError
from etl.readers.limits import ReaderLimits, refuse
from etl.rules.headers import canonical_column, header_score
from etl.rules.text import fold_text
from etl.rules.units import unit_in_note

HEADER_SEARCH_ROWS = 20


@dataclass
class RawRow:
    line: int  # 1-based row in the source: CSV line, sheet row, table row, or JSON record index
    cells: list[str | None]


@dataclass
class RawTable:
    header: list[str]
    rows: list[RawRow]
    notes: list[str] = field(default_factory=list)  # title and note rows above the header
    unit_hint: str | None = None  # a unit stated in a note row such as '单位：万元'


@dataclass
class HeaderSpot:
    """Where a table starts in a grid: its header (one or two rows joined) and what sits above it."""

    header: list[str]
    body_from: int  # index in the grid of the first row under the header
    notes: list[str]
    unit_hint: str | None


def table_score(table: RawTable) -> int:
    """How well a candidate table (a sheet, a page's table, a PDF run) looks like the project list, when a
    payload holds several: the better header wins, and the number of rows breaks a tie (under 100,000 rows,
    rows never outweigh one header point). Every reader that chooses among tables ranks them by this."""
    return header_score(table.header) * 100_000 + len(table.rows)


def locate_header(grid: list[tuple[int, list[str | None]]], header_override: int | None = None) -> HeaderSpot:
    """Find the header row among the first rows of a grid of (line, cells)."""
    header_at = None
    if header_override is not None:
        header_at = next((i for i, (line, _) in enumerate(grid) if line == header_override), None)
        if header_at is None:
            raise ReadError(f"header_row {header_override} is beyond the end of the table")
    else:
        for i, (_, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
            if header_score(cells) >= 3:
                header_at = i
                break
    if header_at is None:
        raise ReadError(
            f"no header row in the first {HEADER_SEARCH_ROWS} rows (need a project-name column such as "
            "项目名称 and one more known column); set header_row in the catalog if the file has one"
        )
    notes = [" ".join(fold_text(c) for c in cells if c) for _, cells in grid[:header_at]]
    notes = [n for n in notes if n]
    header = [fold_text(c) for c in grid[header_at][1]]
    body_from = header_at + 1
    if body_from < len(grid) and is_header_continuation(header, grid[body_from][1]):
        header = join_header_rows(header, grid[body_from][1])
        body_from += 1
    unit_hint = next((u for u in (unit_in_note(n) for n in notes) if u), None)
    return HeaderSpot(header, body_from, notes, unit_hint)


def table_from_rows(
    grid: list[tuple[int, list[str | None]]],
    header_override: int | None = None,
    limits: ReaderLimits | None = None,
) -> RawTable:
    """Find the header row in a grid of (line, cells) and split it into notes / header / rows.

    With limits, a grid wider than max_columns or larger than max_cells is refused (readers check as
    they build; this is the backstop every reader passes through)."""
    if limits is not None:
        check_grid(grid, limits)
    spot = locate_header(grid, header_override)
    width = len(spot.header)
    rows = [
        RawRow(line, (cells + [None] * width)[: max(width, len(cells))])
        for line, cells in grid[spot.body_from :]
    ]
    return RawTable(header=spot.header, rows=rows, notes=spot.notes, unit_hint=spot.unit_hint)


def check_grid(grid: list[tuple[int, list[str | None]]], limits: ReaderLimits) -> None:
    cells = 0
    for line, row in grid:
        if len(row) > limits.max_columns and any(row[limits.max_columns :]):
            raise refuse("max_columns", limits.max_columns, f"{len(row):,} columns", f"in row {line}")
        cells += len(row)
    if cells > limits.max_cells:
        raise refuse("max_cells", limits.max_cells, f"{cells:,} cells")


# Child labels that sit under a merged parent such as "2023年投资计划".
HEADER_CHILD_WORDS = frozenset(
    {"小计", "合计", "其中", "计划投资", "投资", "主要建设内容", "建设内容", "完成投资"}
)


def is_header_continuation(header: list[str], cells: list[str | None]) -> bool:
    """Is the row under the header its second line ('2023年投资计划' over '小计' / '主要建设内容')?

    Yes when the row holds no numbers, repeats the header where cells were merged vertically, and
    every new label in it is a known header or a known child word.
    """
    new_labels = []
    for i, cell in enumerate(cells):
        text = fold_text(cell)
        if not text or (i < len(header) and text == header[i]):
            continue
        if re.fullmatch(r"[\d.,\s]+", text):
            return False
        new_labels.append(text)
    if not new_labels:
        return False
    return all(canonical_column(t) or t.replace(" ", "") in HEADER_CHILD_WORDS for t in new_labels)


def join_header_rows(header: list[str], cells: list[str | None]) -> list[str]:
    """Parent/child labels: 'parent/child' where they differ, the parent alone where merged vertically."""
    joined = []
    for i in range(max(len(header), len(cells))):
        parent = header[i] if i < len(header) else ""
        child = fold_text(cells[i]) if i < len(cells) else ""
        if not parent:
            # A merged parent leaves only its first cell filled: borrow it from the left.
            parent = next((header[j] for j in range(i - 1, -1, -1) if header[j]), "") if child else ""
        joined.append(f"{parent}/{child}" if child and child != parent and parent else parent or child)
    return joined
