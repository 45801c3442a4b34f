"""Processes of the DuckLake tests: a writer that loads some catalog sources, and a reader that checks,
over and over while writers commit, that no publication is ever seen half-loaded.

    python -m tests.lake_worker load TARGET SOURCE_ID...
    python -m tests.lake_worker read TARGET STOP_FILE     (prints a JSON summary when STOP_FILE appears)

TARGET is what etl.warehouse.connect opens (ducklake:<catalog>); settings come from the environment.
The writer runs the plain etl functions of a run (tests/warehouse_fixture.build_sample_warehouse), in
catalog order, announcements first; the crash test sets GDMP_CRASH_POINT=mid-load to be killed inside a load.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

from etl import warehouse
from tests.entry import warehouse_config
from tests.warehouse_fixture import build_sample_warehouse

# One query, so one snapshot: every publication in force against the rows that carry its key.
HALF_LOADED = """
WITH counted AS (
    SELECT p.source_id, p.version, p.projects, p.quarantined, p.non_project_rows,
           (SELECT count(*) FROM projects x WHERE x.source_id = p.source_id AND x.version = p.version) AS got_projects,
           (SELECT count(*) FROM quarantine x WHERE x.source_id = p.source_id AND x.version = p.version) AS got_quarantined,
           (SELECT count(*) FROM non_project_rows x WHERE x.source_id = p.source_id AND x.version = p.version) AS got_non_project
    FROM publications p
)
SELECT 'rows' AS problem, source_id, version FROM counted
WHERE projects <> got_projects OR quarantined <> got_quarantined OR non_project_rows <> got_non_project
UNION ALL
SELECT 'orphan rows', source_id, version FROM (SELECT DISTINCT source_id, version FROM projects)
    ANTI JOIN publications USING (source_id, version)
UNION ALL
SELECT 'versions', source_id, version FROM publications GROUP BY ALL HAVING count(*) > 1
"""


def load(target: str, source_ids: list[str]) -> None:
    build_sample_warehouse(target, only=source_ids)


def read(target: str, stop_file: Path) -> dict:
    polls, seen, problems = 0, set(), []
    with warehouse.connect(target, warehouse_config(), read_only=True) as con:
        while not stop_file.exists():
            try:
                problems += con.execute(HALF_LOADED).fetchall()
                seen.add(con.execute("SELECT count(*) FROM publications").fetchone()[0])
                polls += 1
            except Exception as exc:  # noqa: BLE001 - the schema may not exist yet
                if "does not exist" not in str(exc):
                    problems.append(("error", str(exc), None))
            time.sleep(0.02)
    return {"polls": polls, "publication_counts_seen": sorted(seen), "problems": problems}


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.INFO, format="%(name)s: %(message)s"
    )  # conflicts and retries, on stderr
    command, target, *rest = sys.argv[1:]
    if command == "load":
        load(target, rest)
    else:
        print(json.dumps(read(target, Path(rest[0]))))
