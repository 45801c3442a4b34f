"""What leaves the warehouse for spreadsheets is safe to open, and no stored value fails `gdmp export` or
`gdmp report`: formulas neutralized (OWASP CSV injection), a text too long for a cell cut with a marker
and a note, and year 1 / 9999, amounts of 16 digits and NULLs written somehow, never a crash.

One copy of the session's sample warehouse is made hostile once; each format is exported once.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from etl.present.exports import WORKBOOK_NAME
from etl.present.exports.about import SHEET
from etl.present.exports.cells import MAX_TEXT
from etl.present.exports.injection import FORMULA_STARTS, formula_starts, starts_formula
from gdmp.cli import main as gdmp
from tests.warehouse_fixture import copy_of_sample_warehouse

# Project names a spreadsheet would run, each with the project_key it is given to.
HOSTILE = {
    '=HYPERLINK("http://127.0.0.1/?leak="&A1,"点击查看")': "=",
    '＝HYPERLINK("http://127.0.0.1/","全角")': "full-width =",
    "+cmd|' /C calc'!A0": "+",
    "-2+3+cmd|' /C calc'!A0": "-",
    "@SUM(1+1)*cmd|' /C calc'!A0": "@",
    "\t=1+1": "tab",
    "\r=1+1": "carriage return",
    "⁼1+1": "superscript =",
}
NUMBER_TEXT = "-12.5"  # a negative figure kept as text: stays a number
LONG = "长" * 20_000 + "𠀀" * 10_000 + "尾"  # 30,001 characters but 40,001 UTF-16 units: 𠀀 counts two


def _pick(n: int) -> str:
    """The n-th project (by key) of the current version of its list."""
    return f"(SELECT project_key FROM projects ORDER BY project_key LIMIT 1 OFFSET {n})"


def _null_one_row(con: duckdb.DuckDBPyConnection, table: str) -> None:
    nullable = [c for (c,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND is_nullable", [table]).fetchall()]  # fmt: skip
    if nullable:
        con.execute(f"UPDATE {table} SET {', '.join(f'{c} = NULL' for c in nullable)} "
                    f"WHERE rowid = (SELECT min(rowid) FROM {table})")  # fmt: skip


def make_hostile(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        # 300 projects are plenty, and keep the workbook quick to write and read
        con.execute("DELETE FROM projects WHERE project_key NOT IN (SELECT project_key FROM projects "
                    "ORDER BY project_key LIMIT 300)")  # fmt: skip
        for n, name in enumerate(HOSTILE):
            con.execute(f"UPDATE projects SET project_name = ? WHERE project_key = {_pick(n)}", [name])
        n = len(HOSTILE)
        con.execute(f"UPDATE projects SET total_investment_raw = ?, total_investment_wan = -12.5 "
                    f"WHERE project_key = {_pick(n)}", [NUMBER_TEXT])  # fmt: skip
        con.execute(f"UPDATE projects SET project_name = ? WHERE project_key = {_pick(n + 1)}", [LONG])
        con.execute(f"UPDATE projects SET total_investment_wan = 9999999999999999.9999, annual_plan_wan = "
                    f"-9999999999999999.9999, start_year = 1, end_year = 9999, event_date = DATE '0001-01-01' "
                    f"WHERE project_key = {_pick(n + 2)}")  # fmt: skip
        con.execute(
            f"UPDATE projects SET project_name = ? WHERE project_key = {_pick(n + 3)}", ["NUL\x00 and \ufffe"]
        )
        for table in ("publications", "announcements"):
            con.execute(f"UPDATE {table} SET year = 1, published = DATE '0001-01-01' "
                        f"WHERE rowid = (SELECT max(rowid) FROM {table})")  # fmt: skip
        con.execute("UPDATE publications SET year = 9999, published = DATE '9999-12-31', "
                    "fetched_at = TIMESTAMPTZ '9999-12-31 23:59:59+00' WHERE rowid = (SELECT min(rowid) + 1 FROM publications)")  # fmt: skip
        for table in ("publications", "announcements", "projects", "reconciliation", "announced_figures",
                      "announced_consistency", "non_project_rows", "publication_runs", "fetch_log"):  # fmt: skip
            _null_one_row(con, table)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, sample_warehouse_file: Path) -> Path:
    db = copy_of_sample_warehouse(sample_warehouse_file, tmp_path_factory.mktemp("hostile_export"))
    make_hostile(db)
    return db


@pytest.fixture(scope="module")
def exported(hostile_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every format written through the command line (exit 0 each), and the report."""
    out = tmp_path_factory.mktemp("exports")
    for fmt in ("xlsx", "csv", "parquet"):
        assert gdmp(["export", "--warehouse", str(hostile_db), "--format", fmt, "--out", str(out)]) == 0
    assert gdmp(["report", "--warehouse", str(hostile_db), "--out", str(out / "report.html")]) == 0
    return out


def test_the_formula_starts_are_every_character_nfkc_folds_to_one():
    assert "".join(sorted(FORMULA_STARTS)) == formula_starts()
    assert all(starts_formula(name) for name in HOSTILE)
    assert not any(starts_formula(t) for t in (NUMBER_TEXT, "+3", "-1,234.5", "-5%", "a=b", "项目=1"))


def csv_column(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [row[column] for row in csv.DictReader(f)]


def test_csv_text_that_starts_a_formula_gets_a_leading_quote(exported):
    names = csv_column(exported / "current_projects.csv", "project_name")
    for name in HOSTILE:
        assert "'" + name in names and name not in names, HOSTILE[name]
    assert LONG in names  # CSV has no cell limit: the text is whole
    raw = csv_column(exported / "current_projects.csv", "total_investment_raw")
    amounts = csv_column(exported / "current_projects.csv", "total_investment_wan")
    assert NUMBER_TEXT in raw and "-12.5000" in amounts  # numbers stay numbers, negative ones too
    assert not any(value.startswith("'") for value in amounts)


@pytest.fixture(scope="module")
def workbook(exported):
    """The workbook read once, read-only (cells keep their style: style_array)."""
    book = load_workbook(exported / WORKBOOK_NAME, read_only=True)
    yield book
    book.close()


@pytest.fixture(scope="module")
def projects_sheet(workbook) -> tuple[dict[str, int], list[tuple]]:
    """current_projects: column → index, and every row of cells."""
    rows = list(workbook["current_projects"].iter_rows())
    return {cell.value.split(" / ")[-1]: i for i, cell in enumerate(rows[0])}, rows[1:]


def test_xlsx_text_that_starts_a_formula_is_quote_prefixed_text(projects_sheet):
    index, rows = projects_sheet
    cells = {row[index["project_name"]].value: row for row in rows}
    for name in HOSTILE:  # the text as stored, a text cell, shown and kept as text by Excel
        cell = cells[name][index["project_name"]]
        assert (cell.data_type, cell.style_array.quotePrefix) == ("s", 1), HOSTILE[name]
    (numbered,) = [row for row in rows if row[index["total_investment_raw"]].value == NUMBER_TEXT]
    assert not numbered[index["total_investment_raw"]].style_array.quotePrefix
    assert numbered[index["total_investment_wan"]].value == -12.5
    assert "NUL\ufffd and \ufffd" in cells


def test_a_text_too_long_for_a_cell_is_cut_with_a_marker_and_a_note(projects_sheet, workbook):
    index, rows = projects_sheet
    (cut,) = [
        row[index["project_name"]].value
        for row in rows
        if str(row[index["project_name"]].value).startswith("长长")
    ]
    assert len(cut.encode("utf-16-le")) // 2 <= MAX_TEXT
    assert cut.endswith("cut: 30,001 characters in all〕") and "尾" not in cut
    about = [[str(v) for v in row if v is not None] for row in workbook[SHEET].iter_rows(values_only=True)]
    notes = {row[0]: row[1] for row in about if len(row) == 2}
    assert notes["current_projects.project_name"].startswith("1 × texts longer than an Excel cell holds")
    assert "numbers of more than 15 digits" in notes["current_projects.total_investment_wan"]
    assert "before 1900" in notes["current_projects.event_date"]


def test_odd_values_are_written_somehow_and_parquet_keeps_them(exported, projects_sheet, workbook):
    values = {cell.value for row in projects_sheet[1] for cell in row}
    assert {"9999999999999999.9999", "-9999999999999999.9999", "0001-01-01", 9999} <= values
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in values)
    published = {v for row in workbook["current_publications"].iter_rows(values_only=True) for v in row}
    assert "0001-01-01" in published and dt.datetime(9999, 12, 31) in published
    with duckdb.connect() as con:
        kept = con.execute("SELECT max(total_investment_wan), min(annual_plan_wan) FROM read_parquet(?)",
                           [str(exported / "current_projects.parquet")]).fetchone()  # fmt: skip
    assert [str(v) for v in kept] == ["9999999999999999.9999", "-9999999999999999.9999"]


def test_the_report_renders_every_odd_value(exported):
    page = (exported / "report.html").read_text(encoding="utf-8")
    assert "9999-12-31" in page and page.count("<text") < 2000  # a 1-to-9999 time axis stays a few ticks
