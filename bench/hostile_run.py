"""The hostile corpus end to end: how long the daily flow takes over it and how much memory it peaks at.

    .venv/bin/python bench/hostile_run.py

Starts a temporary Prefect server (prefect_test_harness), serves the corpus from hostile publishers on
127.0.0.1 / 127.0.0.2 (scripts/corpus/hostile_server.py), runs `flows.daily_refresh` over it in a child
process (its process tree sampled every 0.1 s, killed past 2 GiB or 10 minutes) and prints the figures
and every input's outcome. Targets (issue "Hostile publications"): under 1 GiB and 10 minutes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="gdmp-hostile-"))
    os.environ.update({"PREFECT_HOME": str(workdir / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                       "DO_NOT_TRACK": "1", "GDMP_STAGING_DIR": str(workdir / "staging")})  # fmt: skip
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    from scripts.corpus import hostile
    from scripts.corpus.hostile_run import hostile_run

    with prefect_test_harness(server_startup_timeout=90):
        result = hostile_run(workdir, {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()})
    inputs = hostile.corpus()
    print(f"hostile run: {len(inputs)} publications, {result.seconds:.1f} s, peak RSS {result.peak_rss_mb:.0f} MB"
          f"{', killed: ' + result.killed if result.killed else ''}")  # fmt: skip
    print("| input | expected | status | reason |\n|---|---|---|---|")
    for item in inputs:
        status, message = result.outcomes.get(f"hostile-{item.name}", ("missing", ""))
        print(f"| {item.name} | {item.expect} | {status} | {message[:110].replace('|', '/')} |")
    met = result.killed is None and result.peak_rss_mb < 1024 and result.seconds < 600
    print(f"\npeak RSS ≤ 1 GiB and ≤ 10 min: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
