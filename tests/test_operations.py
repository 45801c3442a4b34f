"""Operating the pipeline: backfills, readers during a run, overlapping runs, crashes, Dask.

Flows run against the session's Prefect test harness; "another process" is a real subprocess.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from etl.warehouse.atomic_publish import exclusive_build
from tests.warehouse_fixture import table_digests

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("prefect_harness")

# Three lists in three formats (JSON, CSV, XLSX), for tests that need a warehouse, not the whole catalog.
THREE_LISTS = ("guangdong-2023-provincial-plan", "shenzhen-2023-batch1", "guangdong-2022-provincial-plan")

# Columns that name the run or the moment of fetching or loading, not the data: they differ between runs.
RUN_COLUMNS = frozenset({"flow_run_id", "loaded_at", "fetched_at"})


def contents_digest(warehouse: Path) -> dict[str, str]:
    """Every data table's contents but run ids and fetch/load times (they differ between runs)."""
    return table_digests(warehouse, exclude=RUN_COLUMNS)


def small_catalog(folder: Path, *ids: str) -> Path:
    """A catalog of a few bundled sources, for tests whose property does not depend on how many lists
    a run loads (a crash, a lock, a reader, a WAL): each run costs seconds less."""
    import yaml

    document = yaml.safe_load((REPO / "catalog" / "sources.yaml").read_text(encoding="utf-8"))
    entries = [e for e in document["sources"] if e["id"] in ids]
    assert len(entries) == len(ids), ids
    path = folder / "small-catalog.yaml"
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    return path


def daily(**kwargs):
    from flows.daily_refresh import daily_refresh

    return daily_refresh(**kwargs, return_state=True)


def backfill(*args, **kwargs):
    from flows.backfill import backfill as backfill_flow

    return backfill_flow(*args, **kwargs, return_state=True)


@pytest.fixture(scope="module")
def after_a_daily_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of one daily run of the bundled catalog from an empty folder, made once for the
    module: the backfill tests start from a copy of it (a run of the whole catalog costs ~15 s; they made
    the same run four times). That two runs from scratch agree is test_the_same_flow_runs_on_a_dask_cluster's."""
    data = tmp_path_factory.mktemp("daily-once") / "data"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GDMP_DATA_DIR", str(data))
        assert daily().is_completed()
    return data


def copy_of(data: Path, to: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of this test's own, as `data` left it (its fetch log still names the archived
    payloads under `data`, which stay in place), made the run's GDMP_DATA_DIR."""
    shutil.copytree(data, to)
    monkeypatch.setenv("GDMP_DATA_DIR", str(to))
    return to


def subprocess_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment for a flow in another process: same Prefect server, same data folder."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "GDMP_DATA_DIR": str(data_dir), **extra}


def test_backfill_over_a_range_gives_the_state_of_a_clean_run(tmp_path, monkeypatch, after_a_daily_run):
    clean = after_a_daily_run
    backfilled = copy_of(clean, tmp_path / "backfilled", monkeypatch)
    state = backfill(dt.date(2022, 1, 1), dt.date(2023, 12, 31))
    assert state.is_completed(), state.message
    assert "11 unchanged" in state.message  # same archived bytes, same code, rules and catalog: skipped
    state = backfill(dt.date(2022, 1, 1), dt.date(2023, 12, 31), force=True)
    assert state.is_completed(), state.message
    assert "11 loaded" in state.message  # every publication re-parsed and re-validated from the archive
    assert contents_digest(backfilled / "warehouse.duckdb") == contents_digest(clean / "warehouse.duckdb")


def test_backfill_redoes_a_publication_whose_catalog_entry_changed(tmp_path, monkeypatch, after_a_daily_run):
    import duckdb
    import yaml

    copy_of(after_a_daily_run, tmp_path / "data", monkeypatch)
    document = yaml.safe_load((REPO / "catalog" / "sources.yaml").read_text(encoding="utf-8"))
    entry = next(e for e in document["sources"] if e["id"] == "zhongshan-2023-q1")
    entry["title"] += "（更正）"  # a corrected entry: what the list is called in the warehouse changes
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    state = backfill(dt.date(2022, 1, 1), dt.date(2023, 12, 31), catalog=str(catalog))
    assert state.is_completed() and "1 loaded, 10 unchanged" in state.message, state.message
    with duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True) as con:
        titles = dict(con.execute("SELECT source_id, title FROM current_publications").fetchall())
    assert titles["zhongshan-2023-q1"] == entry["title"]


def test_backfill_selects_by_date_source_and_kind(tmp_path, monkeypatch, after_a_daily_run):
    copy_of(after_a_daily_run, tmp_path / "data", monkeypatch)
    state = backfill(dt.date(2023, 1, 1), dt.date(2023, 3, 29), list_kinds=["groundbreaking"], force=True)
    assert (
        state.is_completed() and "4 loaded" in state.message
    )  # Shenzhen (01-29) and its announcement, Dongguan (03-17), Foshan (03-28)
    state = backfill(dt.date(2023, 1, 1), dt.date(2023, 12, 31), sources=["zhongshan-2023-q1"], force=True)
    assert state.is_completed() and "1 loaded" in state.message
    state = backfill(dt.date(2023, 1, 1), dt.date(2023, 12, 31), sources=["no-such-list"])
    assert state.is_failed() and "no such sources in the catalog: no-such-list" in str(
        state.result(raise_on_failure=False)
    )


def test_reprocess_works_with_the_publisher_offline(tmp_path, monkeypatch, httpserver):
    import yaml

    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    body = (REPO / "samples" / "shenzhen_2023_batch1_sample.csv").read_bytes()
    httpserver.expect_request("/sz.csv").respond_with_data(body, content_type="text/csv")
    catalog = tmp_path / "catalog.yaml"
    entry = {"id": "sz-web", "title": "深圳（样例）", "publisher": "深圳市人民政府", "list_kind": "groundbreaking",
             "city": "深圳", "published": "2023-01-29", "location": httpserver.url_for("/sz.csv"), "allow_http": True}  # fmt: skip
    catalog.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    assert daily(catalog=str(catalog)).is_completed()
    httpserver.stop()  # the publisher goes offline
    try:
        state = backfill(dt.date(2023, 1, 1), dt.date(2023, 1, 31), force=True, catalog=str(catalog))
        assert state.is_completed() and "1 loaded" in state.message
    finally:
        httpserver.start()


READER = """
import json, sys, time, duckdb
path, stop = sys.argv[1], sys.argv[2]
con = duckdb.connect(path, read_only=True)          # opened before the run, held throughout
seen = []
import os
while not os.path.exists(stop):
    lists, rows, declared = con.execute(
        "SELECT count(*), (SELECT count(*) FROM current_projects), sum(projects) FROM current_publications"
    ).fetchone()
    seen.append([lists, rows, int(declared or 0)])
    time.sleep(0.02)
fresh = duckdb.connect(path, read_only=True)        # a new connection sees the published version
after = fresh.execute("SELECT count(*) FROM current_publications").fetchone()[0]
print(json.dumps({"seen": seen, "after": after}))
"""


def test_an_analyst_holding_the_file_open_neither_blocks_the_run_nor_sees_half_a_load(tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GDMP_CATALOG", str(small_catalog(tmp_path, *THREE_LISTS)))
    assert daily(catalog=None).is_completed()  # 3 lists published
    warehouse, stop = tmp_path / "warehouse.duckdb", tmp_path / "stop-reading"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(warehouse), str(stop)], stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    time.sleep(1.0)  # the reader has the file open (a read-only lock held by another process)
    state = daily(force=True)  # re-loads every list while the reader is reading
    assert state.is_completed(), state.message
    stop.touch()
    out, _ = reader.communicate(timeout=60)
    result = json.loads(out)
    assert result["seen"], "the reader never read"
    for lists, rows, declared in result["seen"]:
        assert (lists, rows == declared) == (3, True)  # always a whole, consistent warehouse
    assert result["after"] == 3


def test_a_second_writer_waits_for_the_first_or_fails_clearly(tmp_path, monkeypatch):
    from tests.entry import settings, warehouse_config

    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GDMP_CATALOG", str(small_catalog(tmp_path, *THREE_LISTS)))
    monkeypatch.setenv("GDMP_LOCK_WAIT_SECONDS", "1")
    with exclusive_build(settings().warehouse_path, "flow run 'a-long-backfill'", warehouse_config()):
        state = daily()  # the lock is held by "another run" for longer than the wait
    assert state.is_failed()
    message = str(state.result(raise_on_failure=False))
    assert "is being written by another run" in message and "a-long-backfill" in message
    assert "Could not set lock" not in message  # never DuckDB's own lock error

    monkeypatch.setenv("GDMP_LOCK_WAIT_SECONDS", "60")
    release = threading.Event()

    def hold_then_release():
        with exclusive_build(settings().warehouse_path, "flow run 'short'", warehouse_config()):
            release.wait(2)

    holder = threading.Thread(target=hold_then_release)
    holder.start()
    time.sleep(0.2)
    started = time.monotonic()
    state = daily()  # waits for the holder, then runs
    holder.join()
    assert state.is_completed() and time.monotonic() - started >= 1.5


def test_kill_9_mid_load_leaves_the_published_file_intact_and_a_rerun_converges(tmp_path):
    data = tmp_path / "data"
    flow = [
        sys.executable,
        "-m",
        "flows.daily_refresh",
        "--catalog",
        str(small_catalog(tmp_path, *THREE_LISTS)),
    ]
    first = subprocess.run(
        flow, cwd=REPO, env=subprocess_env(data), capture_output=True, text=True, timeout=600
    )
    assert first.returncode == 0, first.stderr[-2000:]
    published = data / "warehouse.duckdb"
    before = contents_digest(published)

    crashed = subprocess.run([*flow, "--force"], cwd=REPO, env=subprocess_env(data, GDMP_CRASH_POINT="mid-load"),
                             capture_output=True, text=True, timeout=600)  # fmt: skip
    assert crashed.returncode == -9  # killed by SIGKILL half-way through a load
    assert (data / ".warehouse.duckdb.building").exists()  # the half-written work copy
    assert contents_digest(published) == before  # readers still get the last complete warehouse

    rerun = subprocess.run([*flow, "--force"], cwd=REPO, env=subprocess_env(data), capture_output=True, text=True,
                           timeout=600)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert contents_digest(published) == before  # same inputs, same contents as an uninterrupted run
    assert not (data / ".warehouse.duckdb.building").exists()


def test_the_same_flow_runs_on_a_dask_cluster(tmp_path):
    threads, dask = tmp_path / "threads", tmp_path / "dask"
    # four readers' Prepared publications, and an announcement's, travel between processes
    catalog = small_catalog(tmp_path, "shenzhen-2023-batch1", "shenzhen-2023-batch1-announcement",
                            "guangdong-2022-provincial-plan", "zhuhai-2023-q1", "dongguan-2023-0317")  # fmt: skip
    flow = [sys.executable, "-m", "flows.daily_refresh", "--catalog", str(catalog)]
    for data, runner in ((threads, "threads"), (dask, "dask")):
        done = subprocess.run(flow, cwd=REPO, env=subprocess_env(data, GDMP_TASK_RUNNER=runner), capture_output=True,
                              text=True, timeout=900)  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        assert f"task runner: {'DaskTaskRunner' if runner == 'dask' else 'ThreadPoolTaskRunner'}" in (
            done.stdout + done.stderr
        )
    assert contents_digest(dask / "warehouse.duckdb") == contents_digest(threads / "warehouse.duckdb")


def test_a_reprocess_refuses_an_archived_file_whose_bytes_changed(tmp_path):
    """The skip compares the archived bytes, not only what the fetch log says they were."""
    import hashlib

    from etl.core.errors import FetchError
    from etl.fetching.archive import Archived, HeldVersion, archived_payload
    from etl.fetching.catalog import load_catalog

    source = load_catalog(REPO / "catalog" / "sources.yaml")[0]
    archived = tmp_path / "payload.csv"
    archived.write_bytes(b"as fetched")
    sha = hashlib.sha256(b"as fetched").hexdigest()
    held = HeldVersion(in_force=Archived(sha, str(archived), dt.datetime(2023, 1, 29, tzinfo=dt.UTC)))
    assert archived_payload(source, held).sha256 == sha
    archived.write_bytes(b"replaced by hand")
    with pytest.raises(FetchError, match="no longer has sha256"):
        archived_payload(source, held)


LEAVE_A_WAL = """
import duckdb, os, sys
con = duckdb.connect(sys.argv[1])  # an analyst's read-write session on the published file
con.execute("CREATE TABLE scratch AS SELECT 42 AS answer")
os._exit(0)  # killed: no checkpoint, the change stays in the WAL
"""


def test_a_stray_wal_beside_the_published_file_never_spoils_the_next_version(tmp_path, monkeypatch):
    import stat

    import duckdb

    data = tmp_path / "data"
    monkeypatch.setenv("GDMP_DATA_DIR", str(data))
    monkeypatch.setenv("GDMP_CATALOG", str(small_catalog(tmp_path, *THREE_LISTS)))
    assert daily().is_completed()
    published = data / "warehouse.duckdb"
    assert stat.S_IMODE(published.stat().st_mode) == 0o444  # an analyst cannot open it read-write by accident
    subprocess.run([sys.executable, "-c", LEAVE_A_WAL, str(published)], check=True, timeout=60)
    wal = published.with_name("warehouse.duckdb.wal")
    assert wal.exists()

    assert daily(force=True).is_completed()
    assert not wal.exists()
    assert len(list(data.glob("warehouse.duckdb.wal.stray-*"))) == 1  # moved aside, not lost
    with duckdb.connect(str(published), read_only=True) as con:  # the new version opens, without the scratch
        assert con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'"
        ).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM publications").fetchone()[0] == 3
