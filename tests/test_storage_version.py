"""The published file's storage version is the setting's (GDMP_STORAGE_VERSION), whatever wrote it before.

Real DuckDB files in a temp folder, the real atomic publish; no Prefect. tests/test_tools.py opens a file
a real run published in the DuckDB CLI.
"""

from __future__ import annotations

import duckdb
import pytest

from etl import warehouse
from etl.core import storage
from etl.core.errors import SettingsError
from etl.core.settings import get_settings
from etl.warehouse.atomic_publish import exclusive_build, publish
from tests.entry import warehouse_config


def tag(path) -> str:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()"
        ).fetchone()[0]


def header_version(path) -> int:
    """The version number in the file header, the one a reader's "can only read versions …" names."""
    raw = path.read_bytes()[:20]
    assert raw[8:12] == b"DUCK"
    return int.from_bytes(raw[12:20], "little")


def contents(path) -> dict:
    """Tables, views, macros and their comments, and what the totals view answers."""
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            "rows": con.execute("SELECT source_id, version, title FROM publications ORDER BY ALL").fetchall(),
            "views": con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall(),
            "columns": con.execute(
                "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE NOT internal ORDER BY ALL"
            ).fetchall(),
            "macros": sorted({r[0] for r in con.execute(
                "SELECT function_name FROM duckdb_functions() WHERE NOT internal AND function_type LIKE '%macro'"
            ).fetchall()}),
            "totals": con.execute("SELECT * FROM current_publications").fetchall(),
        }  # fmt: skip


def seed(path) -> None:
    """A warehouse with the full schema and one publication row."""
    with warehouse.connect(path, warehouse_config()) as con:
        con.execute(
            """INSERT INTO publications (source_id, version, valid_from, title, publisher, list_kind, city_code,
                                         year, published, location, format, is_sample, sha256, fetched_at, loaded_at,
                                         rows_read, projects, quarantined, non_project_rows)
               VALUES ('test-list', 1, now(), '测试清单', '测试', 'city_plan', '4406', 2023, DATE '2023-03-01',
                       'samples/x.csv', 'csv', true, 'abc', now(), now(), 0, 0, 0, 0)"""
        )


def test_the_setting_defaults_to_a_format_every_duckdb_1x_reads(monkeypatch):
    monkeypatch.delenv("GDMP_STORAGE_VERSION", raising=False)
    assert get_settings().storage_version == "v1.0.0"
    assert storage.tag_for("v1.0.0") == "v1.0.0+"
    # The library's own default for new files is the same format.
    with duckdb.connect() as con:
        assert con.execute("SELECT current_setting('storage_compatibility_version')").fetchone() == (
            "v0.10.2",
        )


def test_a_version_duckdb_cannot_write_fails_naming_the_variable(monkeypatch):
    monkeypatch.setenv("GDMP_STORAGE_VERSION", "v2.0.0")
    with pytest.raises(SettingsError, match=r"GDMP_STORAGE_VERSION='v2.0.0'.*valid options are: .*v1\.0\.0"):
        get_settings()


def test_settings_follow_the_environment_though_built_once_per_environment(monkeypatch):
    """get_settings keeps one object per set of GDMP_* variables: a changed, added or removed variable
    is seen at once, and a bad value raises every time it is asked for, not only the first."""
    monkeypatch.setenv("GDMP_MAX_WORKERS", "3")
    first = get_settings()
    assert first.max_workers == 3 and get_settings() is first
    monkeypatch.setenv("GDMP_MAX_WORKERS", "5")
    assert get_settings().max_workers == 5
    monkeypatch.delenv("GDMP_MAX_WORKERS")
    assert get_settings().max_workers == 4  # the default
    monkeypatch.setenv("GDMP_MAX_WORKERS", "3")
    assert get_settings() is first
    monkeypatch.setenv("GDMP_MAX_WORKERS", "none")
    for _ in range(2):
        with pytest.raises(SettingsError, match="GDMP_MAX_WORKERS='none'"):
            get_settings()


@pytest.mark.parametrize(
    ("version", "expected_tag", "header"), [("v1.0.0", "v1.0.0+", 64), ("v1.4.0", "v1.4.0+", 67)]
)
def test_a_new_warehouse_is_created_in_the_setting(tmp_path, monkeypatch, version, expected_tag, header):
    monkeypatch.setenv("GDMP_STORAGE_VERSION", version)
    path = tmp_path / "warehouse.duckdb"
    seed(path)
    assert tag(path) == expected_tag
    assert header_version(path) == header


def test_a_run_publishes_in_the_setting_whatever_the_published_file_was(tmp_path, monkeypatch):
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    published = tmp_path / "data" / "warehouse.duckdb"
    monkeypatch.setenv("GDMP_STORAGE_VERSION", "latest")
    seed(published)
    assert tag(published) == "v1.5.0+" and header_version(published) == 68  # newer than the CLI 1.4 reads
    before = contents(published)

    monkeypatch.setenv("GDMP_STORAGE_VERSION", "v1.0.0")  # lowered: the work copy is rebuilt
    with exclusive_build(published, "test", warehouse_config()) as work:
        assert tag(work) == "v1.0.0+"
        publish(work, published)
    assert tag(published) == "v1.0.0+" and header_version(published) == 64
    assert contents(published) == before

    monkeypatch.setenv("GDMP_STORAGE_VERSION", "v1.4.0")  # raised: rebuilt again
    with exclusive_build(published, "test", warehouse_config()) as work:
        publish(work, published)
    assert tag(published) == "v1.4.0+" and header_version(published) == 67
    assert contents(published) == before

    monkeypatch.setenv("GDMP_STORAGE_VERSION", "v1.4.0")  # unchanged: the copy is kept as it is
    with exclusive_build(published, "test", warehouse_config()) as work:
        assert work.read_bytes() == published.read_bytes()
