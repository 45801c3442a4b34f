"""A normalized publication: its rows in a staging DuckDB file, and what is known about its columns.

The rows stay in DuckDB (a 1M-row list must not become Python objects); the list properties read them
back for small lists and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl.core.duck import insert_rows, records
from etl.readers.staging import Staging, discard, new_staging_path, open_staging


@dataclass
class Normalized:
    """A publication's rows, normalized, in a staging DuckDB file.

    candidates: the project rows, normalized (a view over the staged cells and the lookups the Python
    rules filled; `reasons` lists why a row cannot be read, empty if it can); non_projects: headings,
    totals, notes, blanks. The list properties read them back for small lists and tests; the pipeline
    itself works in SQL (etl.validate.quality.validate_normalized, etl.validate.gates.judge,
    etl.warehouse.load_version). memory_limit: the buffer pool its file is opened with (the Staging's
    it was made with: GDMP_DUCKDB_MEMORY_LIMIT of the run that staged it).
    """

    path: Path
    rows_read: int
    unmapped_headers: list[str]
    column_map: dict[str, str] = field(default_factory=dict)  # header as published → canonical column
    memory_limit: str = field(kw_only=True)

    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        return open_staging(self.path, self.memory_limit, read_only=read_only)

    def _records(self, sql: str) -> list[dict]:
        with self.connect() as con:
            return records(con.execute(sql))

    @property
    def projects(self) -> list[dict]:
        return self._records(
            "SELECT * EXCLUDE (reasons) FROM candidates WHERE len(reasons) = 0 ORDER BY row_number"
        )

    @property
    def quarantined(self) -> list[dict]:
        return self._records(
            "SELECT row_number, raw, reasons, project_name FROM candidates WHERE len(reasons) > 0 ORDER BY row_number"
        )

    @property
    def non_projects(self) -> list[dict]:
        return self._records("SELECT * FROM non_projects ORDER BY row_number")

    def counts(self) -> tuple[int, int, int]:
        """(readable project rows, unreadable rows, non-project rows)."""
        with self.connect() as con:
            return con.execute(
                """SELECT (SELECT count(*) FILTER (len(reasons) = 0) FROM candidates),
                          (SELECT count(*) FILTER (len(reasons) > 0) FROM candidates),
                          (SELECT count(*) FROM non_projects)"""
            ).fetchone()

    @property
    def accounted(self) -> bool:
        return self.rows_read == sum(self.counts())

    def discard(self) -> None:
        discard(self.path)

    @classmethod
    def from_records(
        cls,
        projects: list[dict],
        quarantined: list[dict],
        non_projects: list[dict],
        rows_read: int,
        unmapped_headers: list[str],
        staging: Staging,
        column_map: dict[str, str] | None = None,
    ) -> Normalized:
        """Stage records built in Python (tests of the gates and the load), as `staging` says."""
        path = new_staging_path("records", staging.folder)
        with open_staging(path, staging.memory_limit) as con:
            con.execute(CANDIDATES_DDL)
            con.execute(NON_PROJECTS_DDL)
            insert_rows(
                con,
                "candidates",
                [{**p, "reasons": []} for p in projects]
                + [
                    {
                        "row_number": q["row_number"],
                        "raw": q["raw"],
                        "reasons": q["reasons"],
                        "project_name": q.get("project_name"),
                    }
                    for q in quarantined
                ],
            )
            insert_rows(con, "non_projects", non_projects)
        return cls(path, rows_read, unmapped_headers, column_map or {}, memory_limit=staging.memory_limit)


CANDIDATES_DDL = """CREATE TABLE candidates (
    row_number INTEGER, raw VARCHAR, seq VARCHAR, project_name VARCHAR, place_kind VARCHAR, city_code VARCHAR,
    city_name VARCHAR, city_pinyin VARCHAR, place_raw VARCHAR, district VARCHAR, category VARCHAR,
    cluster VARCHAR, funding VARCHAR, owner VARCHAR, content VARCHAR, remark VARCHAR, section VARCHAR,
    subsection VARCHAR, heading_path VARCHAR[], stage VARCHAR, project_key VARCHAR, event_date DATE,
    total_investment_raw VARCHAR, total_investment_wan DECIMAL(38, 12), total_investment_unit VARCHAR,
    annual_plan_raw VARCHAR, annual_plan_wan DECIMAL(38, 12), annual_plan_unit VARCHAR,
    start_year INTEGER, end_year INTEGER, period_raw VARCHAR, reasons VARCHAR[])"""
NON_PROJECTS_DDL = """CREATE TABLE non_projects (
    row_number INTEGER, kind VARCHAR, label VARCHAR, declared_count INTEGER, raw VARCHAR, context VARCHAR,
    heading_path VARCHAR[], heading_level INTEGER, duplicate_of INTEGER,
    declared_total_investment_wan DECIMAL(38, 12), declared_total_investment_precision_wan DECIMAL(38, 12),
    declared_annual_plan_wan DECIMAL(38, 12), declared_annual_plan_precision_wan DECIMAL(38, 12))"""
