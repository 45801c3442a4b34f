"""The DuckLake backend against a real PostgreSQL catalog (tests/postgres_server.py): writers in several
processes load one lake at once, a reader never sees half a load, a writer killed inside a load leaves
the lake whole, a backfill and the daily run overlap, and the lake ends up holding what the file holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl import warehouse
from etl.fetching.catalog import load_catalog
from tests.entry import warehouse_config
from tests.lake_worker import HALF_LOADED
from tests.warehouse_fixture import CATALOG, build_sample_warehouse, table_digests

REPO = Path(__file__).resolve().parent.parent
# Columns that say when and by which run, not what was loaded.
WHEN = frozenset({"fetched_at", "loaded_at", "valid_from", "valid_to", "flow_run_id", "build_fingerprint",
                  "location", "recorded_at", "checked_at", "validated_at", "applied_at"})  # fmt: skip
VIEWS = ("province_totals", "province_totals_by_city", "province_totals_by_category", "province_totals_by_stage",
         "headline_reconciliation", "project_overlaps", "city_lists_vs_provincial_plan", "announced_totals",
         "announcements_vs_lists", "province_announced_figures")  # fmt: skip
AS_OF = "province_totals_as_of(TIMESTAMPTZ '2023-06-30 23:59:59+08')"
WRITER_A = ["shenzhen-2023-batch1-announcement", "guangdong-2023-signing-announcement", "shenzhen-2023-batch1",
            "guangdong-2023-provincial-plan", "foshan-2023-q1", "zhongshan-2023-q1"]  # fmt: skip
WRITER_B = ["guangdong-2022-provincial-plan", "foshan-2023-q1", "zhuhai-2023-q1", "dongguan-2023-0317",
            "shenzhen-2023-q2", "shenzhen-2023-q4"]  # fmt: skip  # foshan: both writers load it


def contents(target: str) -> dict:
    """What a warehouse holds, without the columns that say when: data tables, views, an as-of macro."""
    held = {"tables": table_digests(target, exclude=WHEN)}
    with warehouse.connect(target, warehouse_config(), read_only=True) as con:
        for name in (*VIEWS, AS_OF):
            relation = con.sql(f"SELECT * FROM {name}")
            columns = [c for c in relation.columns if c not in WHEN]
            held[name] = sorted(map(repr, relation.select(*map(_quoted, columns)).fetchall()))
    return held


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


@pytest.fixture(scope="module")
def file_contents(sample_warehouse_file: Path) -> dict:
    """The bundled catalog loaded into a warehouse file (the session's, read only)."""
    return contents(str(sample_warehouse_file))


def worker(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.lake_worker", *args], cwd=REPO, env=env or os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def finish(process: subprocess.Popen, timeout: float = 300) -> str:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, f"{process.args} exited {process.returncode}:\n{err[-3000:]}"
    print(*[line for line in err.splitlines() if "conflicted" in line], sep="\n")  # shown with -s
    return out


def versions(target: str) -> list[tuple]:
    with warehouse.connect(target, warehouse_config(), read_only=True) as con:
        return con.execute(
            "SELECT source_id, count(*), count(*) FILTER (WHERE valid_to IS NULL) FROM publications GROUP BY ALL ORDER BY 1"
        ).fetchall()


def list_ids() -> list[str]:
    return sorted(s.id for s in load_catalog(CATALOG) if not s.is_announcement)


def test_the_lake_holds_what_the_file_holds(lake: str, file_contents: dict) -> None:
    build_sample_warehouse(lake)
    assert contents(lake) == file_contents
    assert contents(lake)["province_totals"], "the comparison compared something"
    with warehouse.connect(lake, warehouse_config(), read_only=True) as con:
        # DuckLake keeps every snapshot: the lake as it was before anything loaded is still there.
        first = con.execute("SELECT min(snapshot_id) FROM lake.snapshots()").fetchone()[0]
        assert con.execute(f"SELECT count(*) FROM publications AT (VERSION => {first + 1})").fetchone() == (
            0,
        )
        assert con.execute("SELECT count(*) FROM publications").fetchone()[0] == len(list_ids())


def test_two_writers_load_one_lake_while_a_reader_never_sees_half_a_load(
    lake: str, tmp_path: Path, file_contents: dict
) -> None:
    with warehouse.connect(
        lake, warehouse_config()
    ):  # the schema, so the reader has tables to read from its first poll
        pass
    stop = tmp_path / "stop-reading"
    reader = worker("read", lake, str(stop))
    time.sleep(1.0)
    writers = [worker("load", lake, *WRITER_A), worker("load", lake, *WRITER_B)]
    try:
        for writer in writers:
            finish(writer)
    finally:
        stop.touch()
    seen = json.loads(finish(reader))
    assert seen["problems"] == []
    assert seen["polls"] > 20 and len(seen["publication_counts_seen"]) > 3, seen  # it read while loads landed
    assert versions(lake) == [
        (source_id, 1, 1) for source_id in list_ids()
    ]  # foshan too: loaded twice, one version
    assert contents(lake)["tables"] == file_contents["tables"]


def test_a_writer_killed_inside_a_load_leaves_the_lake_whole_and_a_rerun_converges(lake: str) -> None:
    finish(worker("load", lake, "zhuhai-2023-q1"))
    killed = worker("load", lake, "shenzhen-2023-q2", env={**os.environ, "GDMP_CRASH_POINT": "mid-load"})
    killed.communicate(timeout=300)
    assert killed.returncode == -9  # SIGKILL, with the rows written and the commit not yet made
    with warehouse.connect(lake, warehouse_config(), read_only=True) as con:
        assert con.execute(HALF_LOADED).fetchall() == []
        assert con.execute("SELECT DISTINCT source_id FROM projects").fetchall() == [("zhuhai-2023-q1",)]
    finish(worker("load", lake, "shenzhen-2023-q2"))
    assert versions(lake) == [("shenzhen-2023-q2", 1, 1), ("zhuhai-2023-q1", 1, 1)]
    with warehouse.connect(lake, warehouse_config(), read_only=True) as con:
        assert con.execute(HALF_LOADED).fetchall() == []
        assert (
            con.execute("SELECT count(*) FROM projects WHERE source_id = 'shenzhen-2023-q2'").fetchone()[0]
            > 0
        )


def test_a_backfill_and_the_daily_run_overlap_safely(lake: str, prefect_harness, file_contents: dict) -> None:
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    command = [sys.executable, "-m", "gdmp"]
    runs = [
        subprocess.Popen([*command, "run"], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        subprocess.Popen([*command, "backfill", "2022-01-01", "2023-12-31", "--mode", "refetch"], cwd=REPO, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
    ]  # fmt: skip
    for run in runs:
        finish(run, timeout=600)
    assert versions(lake) == [(source_id, 1, 1) for source_id in list_ids()]
    held = contents(lake)
    assert held["tables"] == file_contents["tables"]
    assert held["province_totals"] == file_contents["province_totals"]


def test_a_conflicting_commit_is_tried_again_and_the_last_failure_names_the_table(lake: str) -> None:
    from etl.core.errors import WarehouseError
    from etl.warehouse.commits import claim_source, ensure_claim_row, in_transaction

    config = warehouse_config()
    with warehouse.connect(lake, config) as mine, warehouse.connect(lake, config) as theirs:
        ensure_claim_row(mine, "zhuhai-2023-q1", config.lake_commit_attempts)
        attempts = []

        def load_while_another_writer_commits_first() -> None:
            attempts.append(len(attempts) + 1)
            claim_source(mine, "zhuhai-2023-q1", "mine")
            if len(attempts) == 1:  # the other writer claims the same source and commits in between
                theirs.execute("BEGIN TRANSACTION")
                claim_source(theirs, "zhuhai-2023-q1", "theirs")
                theirs.execute("COMMIT")

        in_transaction(mine, "loading zhuhai-2023-q1", load_while_another_writer_commits_first,
                       config.lake_commit_attempts)  # fmt: skip
        assert attempts == [1, 2]  # the first commit conflicted, the second went through
        assert mine.execute("SELECT flow_run_id FROM load_claims").fetchall() == [("mine",)]

        attempts.clear()
        with pytest.raises(WarehouseError) as failed:  # GDMP_LAKE_COMMIT_ATTEMPTS=1: no second attempt
            in_transaction(mine, "loading zhuhai-2023-q1", load_while_another_writer_commits_first, 1)
        assert failed.value.transient
        assert (
            "loading zhuhai-2023-q1: the commit conflicted on table load_claims with another writer's"
            in str(failed.value)
        )
        assert mine.execute("SELECT flow_run_id FROM load_claims").fetchall() == [
            ("theirs",)
        ]  # theirs stands
