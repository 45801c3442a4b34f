"""Exports read back and compared with the views they came from: Parquet and CSV with DuckDB itself,
the workbook with openpyxl. The sample warehouse is built once without Prefect (tests/warehouse_fixture.py);
`gdmp export` over a file a real run published is in tests/test_tools.py.
"""

from __future__ import annotations

import datetime as dt
import shutil
import stat
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from etl import warehouse
from etl.core.errors import ExportError
from etl.present.exports import MAIN_VIEWS, WORKBOOK_NAME, export
from etl.present.exports.about import SHEET
from etl.present.exports.cells import LIST_SEPARATOR, excel_time
from etl.present.exports.titles import COLUMNS, VIEWS, column_title
from tests.entry import warehouse_config
from tests.warehouse_fixture import copy_of_sample_warehouse

FORMULA = '=HYPERLINK("http://127.0.0.1/x","点这里")'
CONTROL = "响铃\x07项目"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_warehouse_file: Path) -> Path:
    return copy_of_sample_warehouse(sample_warehouse_file, tmp_path_factory.mktemp("export_warehouse"))


@pytest.fixture(scope="module")
def workbook(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    (path,) = export(sample_db, warehouse_config(), "xlsx", tmp_path_factory.mktemp("xlsx"))
    return path


def columns(con: duckdb.DuckDBPyConnection, view: str) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
        [view],
    ).fetchall()


def view_rows(db: Path, view: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        con.execute("SET TimeZone = 'Asia/Shanghai'")
        return sorted(con.execute(f"SELECT * FROM {view}").fetchall(), key=repr)


def test_every_view_is_exported_with_a_chinese_title_for_every_column(tmp_path):
    """On a new, empty warehouse (the schema alone): a view added to sql/views must be exported, and
    each of its columns needs a Chinese title in etl/present/exports/titles.py."""
    with warehouse.connect(tmp_path / "empty.duckdb", warehouse_config()) as con:
        views = {
            v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        }
        assert set(MAIN_VIEWS) == views
        missing = {f"{v}.{c}" for v in views for c, _ in columns(con, v) if c not in COLUMNS}
    assert not missing, f"no Chinese title in etl/present/exports/titles.py for {sorted(missing)}"
    assert set(VIEWS) == views


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_parquet_and_csv_read_back_equal_to_the_views(sample_db, tmp_path, fmt):
    written = export(sample_db, warehouse_config(), fmt, tmp_path / fmt)
    assert [p.name for p in written] == [f"{v}.{fmt}" for v in MAIN_VIEWS]
    with duckdb.connect(str(sample_db), read_only=True) as con:
        con.execute("SET TimeZone = 'Asia/Shanghai'")
        for view, path in zip(MAIN_VIEWS, written, strict=True):
            types = columns(con, view)
            if fmt == "parquet":
                read = con.execute(f"SELECT * FROM read_parquet('{path}')")
            else:
                assert path.read_bytes().startswith(
                    b"\xef\xbb\xbf" + types[0][0].encode()
                )  # BOM, then the header
                spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in types) + "}"
                read = con.execute(
                    f"SELECT * FROM read_csv('{path}', header = true, auto_detect = false, columns = {spec})"
                )
            assert [(d[0], str(d[1])) for d in read.description] == types, view
            assert sorted(read.fetchall(), key=repr) == view_rows(sample_db, view), (
                view
            )  # exactly, DECIMALs included


def expected_cell(value: object, data_type: str) -> object:
    """What the workbook should hold for a value of the view (etl/present/exports/cells.py)."""
    if value is None or value in ("", []):
        return None  # Excel has no empty text: an empty cell
    if data_type == "TIMESTAMP WITH TIME ZONE":
        return excel_time(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    if data_type == "DATE":
        return dt.datetime.combine(value, dt.time())  # openpyxl reads a date cell as a datetime
    return value


def read_back(cell: object, data_type: str) -> object:
    """A cell's value at the view's type: a number in a DECIMAL column rounded to the column's scale."""
    if data_type.startswith("DECIMAL") and cell is not None:
        scale = int(data_type.rstrip(")").split(",")[1])
        return Decimal(repr(cell)).quantize(Decimal(1).scaleb(-scale))
    return cell


def check_sheet(sheet, db: Path, view: str, types: list[tuple[str, str]]) -> None:
    rows = list(sheet.iter_rows(max_col=len(types)))  # empty cells at a row's end: padded, None
    assert [c.value for c in rows[0]] == [column_title(name) for name, _ in types], view
    cells = [[read_back(c.value, kind) for c, (_, kind) in zip(row, types, strict=True)] for row in rows[1:]]
    want = [
        [expected_cell(v, kind) for v, (_, kind) in zip(row, types, strict=True)]
        for row in view_rows(db, view)
    ]
    assert sorted(cells, key=repr) == sorted(want, key=repr), view
    for row in rows[1:]:
        for cell, (name, _) in zip(row, types, strict=True):
            if cell.value is not None and name.endswith("_yi"):  # a number, shown in 亿元
                assert cell.number_format == '#,##0.00"亿元"' and cell.data_type == "n", (view, name)
            if isinstance(cell.value, str):
                assert cell.data_type == "s", (view, name, cell.value)  # text, never a formula


def test_workbook_reads_back_equal_to_the_views(sample_db, workbook):
    assert workbook.name == WORKBOOK_NAME
    book = load_workbook(workbook, read_only=True)
    assert book.sheetnames == [SHEET, *MAIN_VIEWS]
    with duckdb.connect(str(sample_db), read_only=True) as con:
        types = {view: columns(con, view) for view in MAIN_VIEWS}
    for view in MAIN_VIEWS:
        check_sheet(book[view], sample_db, view, types[view])
    totals = list(book["province_totals"].iter_rows(min_row=2, values_only=True))
    assert ("provincial_plan", 2023, 1, 1530, 85000, 10000, 0) in totals


def about_rows(path: Path) -> list[list]:
    """The About sheet's cells (read-only cells carry their font too)."""
    return [list(row) for row in load_workbook(path, read_only=True)[SHEET].iter_rows(max_col=11)]


def test_the_about_sheet_says_what_when_and_from_what_with_the_sample_warning(sample_db, workbook):
    rows = about_rows(workbook)
    warning = rows[1][0]
    assert (
        warning.value.startswith("样例数据 SAMPLE：11 份现行清单和公告")
        and "11 of the 11 lists and announcements in force are SAMPLE data" in warning.value
    )
    assert warning.font.b
    with duckdb.connect(str(sample_db), read_only=True) as con:
        (built,) = con.execute("SELECT max(loaded_at) FROM publications").fetchone()
        comments = dict(
            con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
        )
        publications = con.execute(
            """SELECT 'list', source_id, title, publisher, version FROM publications
               UNION ALL SELECT 'announcement', source_id, title, publisher, version FROM announcements"""
        ).fetchall()
    values = [[c.value for c in row] for row in rows]
    assert ["构建时间 / Built at", excel_time(built)] == values[2][:2]
    by_sheet = {row[0]: row for row in values if row and row[0] in MAIN_VIEWS}
    assert list(by_sheet) == list(MAIN_VIEWS)
    for view, (_, chinese, count, answers, *_) in by_sheet.items():
        assert (chinese, answers, count) == (VIEWS[view], comments[view], len(view_rows(sample_db, view)))
    listed = {(r[0], r[1], r[2], r[3], r[6]) for r in values if r and r[1] in {p[1] for p in publications}}
    assert listed == set(publications) and len(publications) == 11  # 9 lists, 2 announcements


def test_text_that_looks_like_a_formula_stays_text_and_no_warning_without_samples(sample_db, tmp_path):
    db = tmp_path / "hostile.duckdb"
    shutil.copyfile(sample_db, db)
    db.chmod(stat.S_IRUSR | stat.S_IWUSR)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE publications SET is_sample = false")
        con.execute("UPDATE announcements SET is_sample = false")
        for name, pick in ((FORMULA, "min"), (CONTROL, "max")):  # one project each
            con.execute(
                f"UPDATE projects SET project_name = ? WHERE project_key = (SELECT {pick}(project_key) FROM projects)",
                [name],
            )
    (path,) = export(db, warehouse_config(), "xlsx", tmp_path / "out")
    values = [[c.value for c in row] for row in about_rows(path)]
    assert not any("SAMPLE" in str(v) for row in values for v in row)
    names = {
        row[4] for row in load_workbook(path, read_only=True)["current_projects"].iter_rows(values_only=True)
    }
    assert FORMULA in names and "响铃\ufffd项目" in names and CONTROL not in names
    sheet = load_workbook(path, read_only=True)["current_projects"]
    cells = [row[4] for row in sheet.iter_rows() if row[4].value == FORMULA]
    assert [c.data_type for c in cells] == ["s"]


def test_a_view_too_big_for_excel_is_refused_naming_it(sample_db, tmp_path, monkeypatch):
    from etl.present.exports import workbook

    monkeypatch.setattr(workbook, "MAX_ROWS", 1000)
    with pytest.raises(ExportError, match=r"current_projects \(4,288 rows\).*--format parquet or csv"):
        export(sample_db, warehouse_config(), "xlsx", tmp_path)
    assert not (tmp_path / WORKBOOK_NAME).exists()
