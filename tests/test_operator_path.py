"""The operator guide (docs/operations.md), run for real: a Prefect server, a process work pool,
`prefect deploy --all`, a worker, and flow runs triggered through the server's REST API.

Everything runs in subprocesses with a temporary PREFECT_HOME and data folder, on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent
PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture
def prefect_server(tmp_path):
    """`prefect server start` on a free port, with its own home; yields (api_url, environment)."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_UI_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "GDMP_DATA_DIR": str(tmp_path / "data"),
        "PWD": str(REPO),  # prefect.yaml's pull step uses the folder `prefect deploy` ran in
    }
    env.pop("PREFECT_PROFILES_PATH", None)

    def healthy() -> bool:
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    with open(tmp_path / "server.log", "w") as log:
        server = subprocess.Popen(
            [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_until(healthy, 120, "the Prefect server to answer /api/health")
            yield api, env
        finally:
            stop(server)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it has not exited in 30 s (a worker may linger on its shutdown)."""
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


def run_cli(env: dict, *args: str) -> str:
    done = subprocess.run([PREFECT, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"prefect {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def trigger(api: str, deployment: str, parameters: dict) -> str:
    """Create a flow run of a deployment through the REST API, as the UI's "Custom run" does."""
    found = httpx.get(f"{api}/deployments/name/{deployment}", timeout=10)
    found.raise_for_status()
    url = f"{api}/deployments/{found.json()['id']}/create_flow_run"
    for attempt in range(5):  # the server answers 503 while its SQLite is busy storing the last run's events
        created = httpx.post(url, json={"parameters": parameters}, timeout=10)
        if created.status_code != 503:
            break
        time.sleep(1 + attempt)  # as Prefect's own client does: it retries a 503
    created.raise_for_status()
    return created.json()["id"]


def final_state(api: str, flow_run_id: str) -> dict:
    def finished():
        state = httpx.get(f"{api}/flow_runs/{flow_run_id}", timeout=10).json()["state"]
        return state if state["type"] in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None

    return wait_until(finished, 300, f"flow run {flow_run_id} to finish")


def test_deploy_start_a_worker_and_trigger_runs_through_the_api(prefect_server, tmp_path):
    api, env = prefect_server
    run_cli(env, "work-pool", "create", "gd-major-projects", "--type", "process")
    deployed = run_cli(env, "--no-prompt", "deploy", "--all")
    assert "daily-refresh/daily" in deployed and "backfill/backfill" in deployed

    schedule = httpx.get(f"{api}/deployments/name/daily-refresh/daily", timeout=10).json()["schedules"][0]
    assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == ("0 6 * * *", "Asia/Shanghai")

    with open(tmp_path / "worker.log", "w") as worker_log:
        worker = subprocess.Popen([PREFECT, "worker", "start", "--pool", "gd-major-projects"], cwd=REPO, env=env,
                                  stdout=worker_log, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            daily = final_state(api, trigger(api, "daily-refresh/daily", {}))
            assert daily["type"] == "COMPLETED", (daily, (tmp_path / "worker.log").read_text()[-3000:])

            backfill_id = trigger(api, "backfill/backfill",
                                  {"start": "2023-01-01", "end": "2023-12-31", "list_kinds": ["groundbreaking"], "force": True})  # fmt: skip
            backfill = final_state(api, backfill_id)
            assert backfill["type"] == "COMPLETED", (backfill, (tmp_path / "worker.log").read_text()[-3000:])
        finally:
            stop(worker)

    with duckdb.connect(str(tmp_path / "data" / "warehouse.duckdb"), read_only=True) as con:
        reloaded = con.execute(
            "SELECT source_id FROM current_publications WHERE flow_run_id = ? ORDER BY source_id",
            [backfill_id],
        ).fetchall()
        lists = con.execute("SELECT count(*) FROM current_publications").fetchone()[0]
    assert lists == 9  # the daily run loaded the catalog
    assert reloaded == [
        ("dongguan-2023-0317",),
        ("foshan-2023-q1",),
        ("shenzhen-2023-batch1",),
        ("shenzhen-2023-q2",),
        ("shenzhen-2023-q4",),
        ("zhongshan-2023-q1",),
        ("zhuhai-2023-q1",),
    ]  # the backfill
