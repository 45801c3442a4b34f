"""The warehouse schema is applied once, and again only when sql/ changes."""

import shutil

import duckdb

from etl import warehouse
from etl.warehouse import schema
from tests.entry import warehouse_config


def applied(path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM schema_applied").fetchone()[0]


def test_schema_is_applied_only_when_sql_changes(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    with warehouse.connect(db, warehouse_config()):
        pass
    with warehouse.connect(db, warehouse_config()):
        pass
    assert applied(db) == 1  # the second connection found the same fingerprint

    sql = tmp_path / "sql"
    shutil.copytree(schema.SQL_DIR, sql)
    view = sql / "views" / "province_totals.sql"
    view.write_text(view.read_text(encoding="utf-8") + "\n-- a changed comment\n", encoding="utf-8")
    monkeypatch.setattr(schema, "SQL_DIR", sql)
    with warehouse.connect(db, warehouse_config()):
        pass
    assert applied(db) == 2
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM province_totals").fetchone() == (0,)
