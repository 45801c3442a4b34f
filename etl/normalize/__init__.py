"""Staged raw cells → canonical project records, non-project rows and rows that cannot be read.

The rules are the Python functions of etl/rules/ (classify_row, parse_amount, resolve_place, parse_period,
normalize_stage, fold_text). A list of 1M rows must not call them a million times, so the row-by-row
work runs in DuckDB over the staging file (etl/readers/staging.py), in named steps:

1. mapping (etl/normalize/mapping.py): the one dynamic view, published headers → canonical columns;
2. cells (sql/staging/010_cells.sql): text folded where SQL folds exactly, rows flagged that might
   not be projects; the rest of the folding in Python, once per distinct text (lookups.fill_python_folds);
3. classify (etl/normalize/classify.py): the flagged rows in order — headings, totals, notes, blanks;
4. project cells (sql/staging/020_project_cells.sql): project rows with the heading above them;
5. lookups (etl/normalize/lookups.py): places, periods, stages and odd amounts through their rules,
   once per distinct value;
6. normalized rows (sql/staging/030_candidates.sql): the project rows, normalized, a view;
7. duplicates (sql/staging/040_duplicates.sql): exact copies become one project, copies that disagree
   are quarantined; the view `candidates` is what the suite validates and the warehouse loads;
8. a small list only (etl.readers.staging.SMALL_LIST_ROWS): the views project_cells, normalized_rows and
   candidates each become a table as soon as made (etl.readers.staging.materialize: each is read several times), and what
   candidates was computed from is dropped (sql/staging/050_drop_settled.sql).

A table is refused before any of this when its name or total-investment column is not mapped
(etl/normalize/understanding.py).

Every rule is defined once, in Python. SQL applies what is derived from them (etl/normalize/sql_rules.py:
the row patterns of etl/rules/rows.py, a folding map computed from fold_text), casts the plain numbers of
parse_amount's first branch, and joins to the lookups above for everything else. Why a CSV has two
readers: etl/readers/csv_staging.py. tests/test_normalize.py, tests/test_messy_publications.py and
tests/test_normalize_sql.py hold the behaviour; tests/goldens/ what each bundled sample loads to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from etl.core.settings import SQL_DIR
from etl.fetching.catalog import Source
from etl.normalize import lookups
from etl.normalize.classify import classify_flagged_rows
from etl.normalize.mapping import create_mapped_view
from etl.normalize.records import Normalized
from etl.normalize.sql_rules import define_rule_macros
from etl.normalize.understanding import check_understood
from etl.readers import RawTable
from etl.readers.staging import (
    KEPT_AFTER_ROWS,
    SMALL_LIST_ROWS,
    Staging,
    column_names,
    discard,
    drop_raw,
    let_go_of_small_instance,
    materialize,
    new_staging,
    new_staging_path,
    release_free_memory,
    small_input,
    stage_raw_table,
)
from etl.rules.headers import AMOUNT_COLUMNS, header_units, map_headers
from etl.rules.places import PROVINCE_CODE, city_by_code

__all__ = ["Normalized", "normalize", "normalize_staged", "stage_and_normalize"]

Then = Callable[[duckdb.DuckDBPyConnection, Normalized], Any]


def run_step(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Run one static step of sql/staging/."""
    con.execute((SQL_DIR / "staging" / f"{name}.sql").read_text(encoding="utf-8"))


def normalize(table: RawTable, source: Source, staging: Staging, then: Then | None = None) -> Any:
    """A table read in Python (XLSX, HTML, JSON, small CSV) → Normalized in a new staging file, as
    `staging` says (or what `then` makes of it: stage_and_normalize)."""

    def stage(con: duckdb.DuckDBPyConnection) -> RawTable:
        stage_raw_table(con, table)
        return table

    return stage_and_normalize(source, stage, staging, then, small=small_input(rows=len(table.rows)))


def stage_and_normalize(
    source: Source,
    stage: Callable[[duckdb.DuckDBPyConnection], RawTable],
    staging: Staging,
    then: Then | None = None,
    small: bool = False,
) -> Any:
    """A new staging file, as `staging` says (the run's folder): `stage` puts the raw cells in it and returns
    the header they sit under, then they are normalized. Returns the Normalized, or then(connection, Normalized):
    what else is read from the file over the connection that wrote it. On any failure the file is
    removed; freed memory goes back to the OS either way. `small`: a small input (etl.readers.staging.
    small_input), staged on one DuckDB thread, in the process's DuckDB for small lists (etl.readers.staging.
    new_staging)."""
    path = new_staging_path(source.id, staging.folder)
    keep = False  # the process's DuckDB for small lists, kept for the next one only after a list this small
    try:
        with new_staging(path, staging.memory_limit, small) as con:
            normalized = normalize_staged(con, path, stage(con), source, staging.memory_limit)
            keep = normalized.rows_read <= KEPT_AFTER_ROWS
            return then(con, normalized) if then else normalized
    except BaseException:
        discard(path)
        raise
    finally:
        if small and not keep:
            let_go_of_small_instance()
        release_free_memory()


def column_units(table: RawTable, source: Source, header: list[str], mapping: dict[int, str]) -> dict:
    """Each amount column's unit: its header's, else a note's above the table, else the catalog's."""
    in_header = header_units(header)
    default = table.unit_hint or source.unit
    by_column = {column: index for index, column in mapping.items()}
    return {c: in_header.get(by_column.get(c, -1), default) for c in AMOUNT_COLUMNS}


def normalize_staged(
    con: duckdb.DuckDBPyConnection, path: Path, table: RawTable, source: Source, memory_limit: str
) -> Normalized:
    """Normalize the staged table raw(row_number, c1…cN) whose header/notes `table` carries (`con`: the
    staging file at `path`, opened with `memory_limit`)."""
    header = table.header
    mapping = map_headers(header, source.columns)
    width = len(column_names(con, "raw")) - 1
    check_understood(con, header, mapping, width, source)
    units = column_units(table, source, header, mapping)
    # One transaction for the steps: the staging file is scratch, and each statement committed on its own
    # cost a WAL sync (~9 ms; ~45 statements: most of a small list's reading, docs/benchmarks.md).
    con.execute("BEGIN TRANSACTION")
    define_rule_macros(con)
    run_step(con, "000_amount_macros")
    create_mapped_view(con, header, mapping, width)
    run_step(con, "010_cells")
    classify_flagged_rows(con, units)
    con.execute("DROP VIEW mapped")
    drop_raw(con)
    lookups.fill_python_folds(con)
    rows_read = con.execute("SELECT count(*) FROM cells").fetchone()[0]
    small = rows_read <= SMALL_LIST_ROWS  # its views become tables: each is read several times
    run_step(con, "020_project_cells")
    if small:  # read by six lookups and the candidates: computed once (~2.5 ms a read of the view)
        materialize(con, "project_cells")
    lookups.build_place_map(con, None if source.city == PROVINCE_CODE else city_by_code(source.city))
    lookups.build_period_map(con)
    lookups.build_stage_map(con)
    lookups.build_date_map(con)
    lookups.build_amount_maps(con, units)
    run_step(con, "030_candidates")
    if small:
        materialize(con, "normalized_rows")
    run_step(con, "040_duplicates")
    if small:
        materialize(con, "candidates")
        run_step(con, "050_drop_settled")
    con.execute("COMMIT")
    if small:  # scratch, read whole once or twice: choosing each column's compression cost more than it saved
        con.execute("SET force_compression = 'uncompressed'")  # (checkpoint ~35 → ~20 ms of CPU a list)
    con.execute("CHECKPOINT")
    unmapped = [h for i, h in enumerate(header) if i not in mapping and h]
    return Normalized(path, rows_read, unmapped, {header[i]: column for i, column in mapping.items()},
                      memory_limit=memory_limit)  # fmt: skip
