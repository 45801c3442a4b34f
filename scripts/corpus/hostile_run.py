"""Run the daily flow over the hostile corpus, against hostile publishers on loopback, bounded and measured.

Shared by tests/test_hostile_run.py (asserts every outcome) and bench/hostile_run.py (prints the figures).
The flow runs in a child process; its process tree is sampled for memory and killed past a ceiling, so a
bomb that got through fails the test instead of the machine.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import yaml

from scripts.corpus import hostile
from scripts.corpus.hostile_server import HostilePublisher

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cret-hostile-key"
# Tight fetching settings: the trickling servers must hit the deadline within seconds.
RUN_SETTINGS = {"GDMP_ALLOWED_NETWORKS": "127.0.0.1/32", "GDMP_FETCH_DEADLINE_SECONDS": "4", "GDMP_READ_TIMEOUT": "2",
                "GDMP_CONNECT_TIMEOUT": "2", "GDMP_FETCH_ATTEMPTS": "2", "GDMP_BACKOFF_SECONDS": "0.1",
                "GDMP_HOST_DELAY_SECONDS": "0", "GDMP_HOST_CONCURRENCY": "8", "GDMP_HOSTILE_SECRET": SECRET}  # fmt: skip


@dataclass
class RunResult:
    returncode: int
    seconds: float
    peak_rss_mb: float  # the largest resident size of the flow's process tree, sampled every 0.1 s
    killed: str | None  # why the run was stopped, if it was
    output: str
    outcomes: dict[str, tuple[str, str]]  # source id → (status, message)
    forbidden_requests: list
    other_requests: list


def _tree_rss_kb(pid: int) -> int:
    """Resident size of a process and its descendants, in KB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            total += int(next(line for line in Path(f"/proc/{current}/status").read_text().splitlines()
                              if line.startswith("VmRSS:")).split()[1])  # fmt: skip
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, StopIteration):
            continue
        stack += [int(c) for c in children]
    return total


def run_bounded(
    command: list[str], env: dict, timeout: float, max_rss_mb: float
) -> tuple[int, float, float, str | None, str]:
    """(return code, seconds, peak RSS MB, why killed, output) of a command run in its own process group.
    Its output goes to a file, not a pipe: a pipe nobody reads while polling would fill and stall it."""
    started, peak, killed = time.monotonic(), 0, None
    with tempfile.TemporaryFile() as log:
        with subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True) as child:  # fmt: skip
            while child.poll() is None:
                peak = max(peak, _tree_rss_kb(child.pid))
                if peak / 1024 > max_rss_mb or time.monotonic() - started > timeout:
                    killed = (
                        f"peak {peak / 1024:.0f} MB" if peak / 1024 > max_rss_mb else f"over {timeout:.0f} s"
                    )
                    os.killpg(child.pid, signal.SIGKILL)
                    break
                time.sleep(0.1)
        log.seek(0)
        output = log.read().decode(errors="replace")
    return child.returncode, time.monotonic() - started, peak / 1024, killed, output


def outcomes_of(warehouse: Path) -> dict[str, tuple[str, str]]:
    if not warehouse.exists():
        return {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("""SELECT source_id, status, message FROM publication_runs
                              QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY recorded_at DESC) = 1""")
        return {source: (status, message or "") for source, status, message in rows.fetchall()}


def hostile_run(workdir: Path, env: dict, timeout: float = 600, max_rss_mb: float = 2048) -> RunResult:
    """Serve the corpus, run the daily flow over it in a child process, collect what happened."""
    inputs = hostile.corpus()
    served = hostile.payloads(inputs)
    with (HostilePublisher("127.0.0.1", served) as main, HostilePublisher("127.0.0.1", served) as other,
          HostilePublisher("127.0.0.2", served) as forbidden):  # fmt: skip
        catalog = workdir / "hostile-catalog.yaml"
        entries = hostile.catalog(inputs, main.base, other.base, forbidden.server_address[1])
        catalog.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
        data = workdir / "data"
        child_env = {**env, **RUN_SETTINGS, "GDMP_DATA_DIR": str(data)}
        command = [sys.executable, "-m", "flows.daily_refresh", "--catalog", str(catalog)]
        code, seconds, peak, killed, output = run_bounded(command, child_env, timeout, max_rss_mb)
        return RunResult(code, seconds, peak, killed, output, outcomes_of(data / "warehouse.duckdb"),
                         list(forbidden.requests), list(other.requests))  # fmt: skip
