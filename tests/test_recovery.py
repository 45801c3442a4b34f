"""The way back from a damaged published warehouse, and a full disk said as such.

Real DuckDB files throughout: two generations published the way a run publishes them, then the current
one damaged — truncated to half, or one 4 KiB page zeroed inside a block DuckDB reads (found through
DuckDB's own storage metadata). The disk-full cases run a real writer in a child process on a 3 MiB tmpfs
(its own user and mount namespace, where the kernel allows it) or under a 1 MiB file-size limit.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl import warehouse
from etl.core.errors import WarehouseDamaged
from etl.warehouse.atomic_publish import exclusive_build, publish, work_path, writer_lock
from etl.warehouse.generations import previous_path
from etl.warehouse.published_check import HEADERS_BYTES, problem
from gdmp.cli import main as gdmp
from tests.entry import settings, warehouse_config
from tests.test_operations import daily, small_catalog

REPO = Path(__file__).resolve().parent.parent
RUNS = """INSERT INTO publication_runs (flow_run_id, source_id, recorded_at, status, message)
          SELECT ?, 'source-' || (i % 37), TIMESTAMPTZ '2026-01-01' + to_seconds(i), 'loaded',
                 'source-' || (i % 37) || ': ' || md5(i::VARCHAR) FROM range(3000) r(i)"""


def publish_generation(published: Path, marker: str) -> None:
    """One more generation, published as a run publishes: 3,000 rows of publication_runs tagged `marker`
    (so the table fills a block of its own)."""
    with exclusive_build(published, f"test {marker}", warehouse_config()) as work:
        with warehouse.connect(str(work), warehouse_config()) as con:
            con.execute(RUNS, [marker])
        publish(work, published)


def problem_of(path: Path) -> str | None:
    """What is wrong with a warehouse file, checked as a run checks it (with the settings' memory limit)."""
    return problem(path, settings().duckdb_memory_limit)


def generations(path: Path) -> list[str]:
    """The markers of the generations a warehouse file holds, oldest first."""
    with duckdb.connect(str(path), read_only=True) as con:
        return [row[0] for row in con.execute(
            "SELECT flow_run_id FROM publication_runs GROUP BY ALL ORDER BY min(rowid)"
        ).fetchall()]  # fmt: skip


def truncate_to_half(path: Path) -> str:
    os.chmod(path, 0o644)
    os.truncate(path, path.stat().st_size // 2)
    return "truncated"


def zero_a_page_duckdb_reads(path: Path) -> str:
    """Zero the 4 KiB page holding the start of publication_runs' first stored column (DuckDB's storage
    info says where): every run reads that table, and so does the check."""
    with duckdb.connect(str(path), read_only=True) as con:
        block_size = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
        block, offset = con.execute(
            """SELECT block_id, block_offset FROM pragma_storage_info('publication_runs')
               WHERE persistent AND block_id >= 0 AND segment_type = 'VARCHAR'
               ORDER BY column_id, row_group_id LIMIT 1"""
        ).fetchone()
    start = (HEADERS_BYTES + block * block_size + offset) // 4096 * 4096
    with open(path, "rb") as file:
        file.seek(start)
        assert file.read(4096).strip(b"\0"), "the page holds data: zeroing it changes the file"
    os.chmod(path, 0o644)
    with open(path, "r+b") as file:
        file.seek(start)
        file.write(b"\0" * 4096)
    return "a block fails its checksum"


@pytest.fixture
def two_generations(data_dir: Path) -> Path:
    """A published warehouse of two generations ('first' kept as .previous, 'second' published)."""
    published = data_dir / "warehouse.duckdb"
    publish_generation(published, "first")
    publish_generation(published, "second")
    return published


def one_line_on_stderr(capsys: pytest.CaptureFixture) -> str:
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, (out, err)
    return err


def test_each_publish_keeps_the_file_before_as_the_previous_generation_without_copying(two_generations):
    published = two_generations
    second = published.stat().st_ino
    publish_generation(published, "third")
    previous = previous_path(published)
    assert previous.stat().st_ino == second  # the second generation's own file: a hard link, no copy
    assert generations(previous) == ["first", "second"]
    assert generations(published) == ["first", "second", "third"]
    assert oct(previous.stat().st_mode & 0o777) == "0o444"
    names = sorted(path.name for path in published.parent.iterdir())
    assert names == ["warehouse.duckdb", "warehouse.duckdb.lock", "warehouse.duckdb.previous"]  # one kept


@pytest.mark.parametrize(
    "damage", [truncate_to_half, zero_a_page_duckdb_reads], ids=["truncated", "zeroed-page"]
)
def test_a_damaged_file_is_said_in_one_line_and_restore_puts_the_previous_generation_back(
    damage, two_generations, capsys, tmp_path
):
    published = two_generations
    kind = damage(published)
    damaged_bytes = published.read_bytes()
    assert kind in problem_of(published)

    for command in (["status"], ["export", "--format", "csv", "--out", str(tmp_path / "out")]):
        assert gdmp(command) == 1
        said = one_line_on_stderr(capsys)
        assert f"{published} is damaged ({kind}" in said and "`gdmp restore` puts back" in said, said
    assert not (tmp_path / "out").exists()
    with pytest.raises(WarehouseDamaged, match="`gdmp restore`"):  # a damaged page is never carried over
        publish_generation(published, "third")
    assert problem_of(previous_path(published)) is None and published.read_bytes() == damaged_bytes

    assert gdmp(["restore"]) == 0
    out, _ = capsys.readouterr()
    assert f"restored {published} from warehouse.duckdb.previous (it was damaged: {kind}" in out
    assert problem_of(published) is None and generations(published) == ["first"]
    (aside,) = published.parent.glob("warehouse.duckdb.damaged-*")
    assert aside.read_bytes() == damaged_bytes  # moved aside, not deleted
    assert gdmp(["status"]) == 0
    capsys.readouterr()
    assert gdmp(["restore"]) == 1  # nothing wrong now
    assert "opens and is whole: nothing to restore" in one_line_on_stderr(capsys)


def test_a_published_file_lost_beside_its_previous_generation_is_said_and_restored(two_generations, capsys):
    two_generations.unlink()  # a run would start afresh, and its second publish would drop the way back
    assert gdmp(["status"]) == 1
    assert f"{two_generations} is missing; `gdmp restore` puts back" in one_line_on_stderr(capsys)
    assert gdmp(["restore"]) == 0
    assert "from warehouse.duckdb.previous (there was none)" in capsys.readouterr().out
    assert generations(two_generations) == ["first"] and gdmp(["status"]) == 0


@pytest.mark.parametrize(
    "damage", [truncate_to_half, zero_a_page_duckdb_reads], ids=["truncated", "zeroed-page"]
)
def test_a_file_found_whole_is_not_read_again_until_it_changes(damage, two_generations, monkeypatch):
    """A run checks the published file before any work and again under the lock: the second time, the same
    file (same inode, size and times) is not read whole again; damaged in place, it is, and is found so."""
    import etl.warehouse.published_check as check

    published, reads = two_generations, []
    read_everything = check._read_everything
    monkeypatch.setattr(
        check, "_read_everything", lambda con, path: reads.append(path) or read_everything(con, path)
    )
    assert problem_of(published) is None and problem_of(published) is None
    assert reads == [published]
    kind = damage(published)
    assert kind in problem_of(published)  # read again (or refused by DuckDB on opening), not taken as whole


def test_restore_refuses_what_it_cannot_do_and_waits_for_the_writer_lock(data_dir, capsys, monkeypatch):
    published = data_dir / "warehouse.duckdb"
    publish_generation(published, "first")
    truncate_to_half(published)
    assert gdmp(["restore"]) == 1
    assert "no previous generation to restore" in one_line_on_stderr(capsys)

    publish_generation(data_dir / "other.duckdb", "a")
    publish_generation(data_dir / "other.duckdb", "b")  # other.duckdb.previous: a whole generation
    shutil.copyfile(data_dir / "other.duckdb.previous", previous_path(published))
    monkeypatch.setenv("GDMP_LOCK_WAIT_SECONDS", "0.2")
    with writer_lock(published, "flow run 'long-load'", 0):
        assert gdmp(["restore"]) == 1
    assert "being written by another run" in one_line_on_stderr(capsys)

    truncate_to_half(previous_path(published))
    assert gdmp(["restore"]) == 1
    assert "the previous generation" in (said := one_line_on_stderr(capsys)) and "is damaged too" in said
    assert not list(data_dir.glob("warehouse.duckdb.damaged-*"))  # nothing was moved


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_refuses_a_damaged_file_before_any_work_and_runs_once_restored(two_generations, tmp_path):
    catalog = str(small_catalog(tmp_path, "shenzhen-2023-batch1"))
    zero_a_page_duckdb_reads(two_generations)
    started = time.monotonic()
    state = daily(catalog=catalog)
    assert state.is_failed()
    assert "is damaged (a block fails its checksum" in state.message and "`gdmp restore`" in state.message
    assert "\n" not in state.message and time.monotonic() - started < 30
    assert not (two_generations.parent / "raw").exists()  # nothing was fetched
    assert gdmp(["restore"]) == 0
    state = daily(catalog=catalog)
    assert state.is_completed() and "1 loaded" in state.message, state.message
    assert problem_of(two_generations) is None  # what a run publishes passes the check (free blocks cut off)
    assert generations(previous_path(two_generations)) == ["first"]  # the restored file, kept in turn


def can_mount_tmpfs(folder: Path) -> bool:
    """Whether this kernel lets us mount a tmpfs in a user and mount namespace of our own (no root)."""
    if not shutil.which("unshare"):
        return False
    probe = ["unshare", "--user", "--map-root-user", "--mount", "mount", "-t", "tmpfs", "tmpfs", str(folder)]
    return subprocess.run(probe, capture_output=True, timeout=30).returncode == 0


def _file_size_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, not a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))


def run_on_a_small_disk(how: str, mode: str, folder: Path, published: Path | None) -> dict:
    """tests/disk_full_child.py in a child on a 3 MiB tmpfs mounted over `folder`, or under a 1 MiB
    file-size limit; for `publish`, `published` (2.4 MB) is what the folder publishes first."""
    env = {**os.environ, "GDMP_DATA_DIR": str(folder), "GDMP_DUCKDB_MEMORY_LIMIT": "32MB"}
    child = [sys.executable, "-m", "tests.disk_full_child", mode, str(folder)]
    if how == "tmpfs":
        seed = f'cp "{published}" "{folder}/warehouse.duckdb" && ' if mode == "publish" else ""
        script = f'mount -t tmpfs -o size=3m tmpfs "{folder}" && {seed}exec "$@"'
        command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *child]
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    else:
        if mode == "publish":
            shutil.copyfile(published, folder / "warehouse.duckdb")
        done = subprocess.run(child, cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                              preexec_fn=_file_size_limit)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("mode", ["spill", "publish"])
@pytest.mark.parametrize("how", ["tmpfs", "file-size-limit"])
def test_a_full_disk_during_load_or_publish_says_disk_full(how, mode, request, tmp_path):
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if how == "tmpfs" and not can_mount_tmpfs(folder):
        pytest.skip("this kernel refuses a tmpfs in an unprivileged namespace; the file-size limit case runs")
    published = request.getfixturevalue("two_generations") if mode == "publish" else None
    report = run_on_a_small_disk(how, mode, folder, published)
    said = report["error"] or ""
    expected = "disk full while" if how == "tmpfs" else "file-size limit reached while"
    assert said.startswith(f"DiskFull: {expected} ") and f"{folder}/" in said and " free " in said, said
    assert "Out of Memory" not in said and "\n" not in said
    if mode == "publish":  # the run's copy of the published file did not fit: the published file is intact
        assert f"copying the published warehouse to {work_path(folder / 'warehouse.duckdb')}" in said
        assert report["before"] == report["after"] and not report["work_left"]
