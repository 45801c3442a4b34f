"""A writer on a disk that is too small, in a process of its own (tests/test_recovery.py runs it on a small
tmpfs, or under a file-size limit), reporting what it was told as one JSON line on stdout:

    python -m tests.disk_full_child spill FOLDER              a load that spills past the memory limit
    python -m tests.disk_full_child publish FOLDER            a run's copy, load and publish over FOLDER/warehouse.duckdb

{"error": "<class>: <message>", "before": sha256, "after": sha256, "work_left": bool} (for publish:
the published file's digests, and whether the work copy was left behind).
Settings come from the environment (GDMP_DATA_DIR = FOLDER, GDMP_DUCKDB_MEMORY_LIMIT for spill).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from etl import warehouse
from etl.warehouse.atomic_publish import exclusive_build, publish, work_path
from tests.entry import warehouse_config

# Rows that do not compress (md5 text), sorted so that DuckDB must hold them all or spill.
BIG = "CREATE TABLE big AS SELECT i, md5(i::VARCHAR) AS a, md5(a) AS b FROM range({n}) r(i) ORDER BY b"


def _sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def spill(folder: Path, report: dict) -> None:
    with warehouse.connect(str(folder / "warehouse.duckdb"), warehouse_config(), schema=False) as con:
        con.execute(BIG.format(n=3_000_000))


def publish_over(folder: Path, report: dict) -> None:
    published = folder / "warehouse.duckdb"
    report["before"] = _sha(published)
    try:
        with exclusive_build(published, "disk-full test", warehouse_config()) as work:
            with warehouse.connect(str(work), warehouse_config(), schema=False) as con:
                con.execute(BIG.format(n=200_000))
            publish(work, published)
    finally:
        report["after"] = _sha(published)
        report["work_left"] = work_path(published).exists()


def main(mode: str, folder: str) -> None:
    report: dict = {"error": None}
    try:
        if mode == "spill":
            spill(Path(folder), report)
        else:
            publish_over(Path(folder), report)
    except Exception as exc:  # reported, whatever it is: the test judges the message
        report["error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(report))


if __name__ == "__main__":
    main(*sys.argv[1:])
