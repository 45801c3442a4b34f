"""What the pipeline makes of a fixed input, as one checksum per table: the proof that a refactor kept
behaviour (tests/test_behaviour_digests.py compares a fresh build with the snapshot committed in
tests/golden/behaviour_digests.json).

The input is the bundled catalog plus a 10,000-row synthetic plan from bench/generate.py. Timestamps,
run ids, paths and the build fingerprint (which changes with every edit of the code, by design) are
left out; every other column of `projects`, `quarantine`, `non_project_rows` and `publications` counts.

    .venv/bin/python scripts/behaviour_digests.py            # print the digests of the current code
    .venv/bin/python scripts/behaviour_digests.py --write    # replace the snapshot (a behaviour change:
                                                             # say why in the commit message)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

SNAPSHOT = ROOT / "tests" / "golden" / "behaviour_digests.json"
BENCH_ROWS = 10_000
VOLATILE = frozenset(
    {"fetched_at", "loaded_at", "valid_from", "valid_to", "flow_run_id", "build_fingerprint", "location"}
)


def bench_source(expected):
    from etl.catalog import Headline, Source

    return Source(
        id="bench-synthetic-2023", title="合成基准数据", publisher="bench/generate.py", list_kind="provincial_plan",
        city="广东省", published=dt.date(2023, 3, 1), location="bench/publication.csv", format="csv", sample=True,
        headline=Headline(projects=expected.projects, total_yi=Decimal(expected.total_investment_wan) / 10000,
                          source="bench/generate.py"),
    )  # fmt: skip


def build(workdir: Path) -> dict[str, str]:
    """Load the bundled catalog and the bench publication into a new warehouse; digest its tables."""
    os.environ["GDMP_DATA_DIR"] = str(workdir / "data")
    os.environ.setdefault("GDMP_STAGING_DIR", str(workdir / "staging"))
    import generate

    from etl import warehouse
    from tests.warehouse_fixture import build_sample_warehouse, load_payload, table_digests

    db = workdir / "warehouse.duckdb"
    build_sample_warehouse(db)
    csv_path = workdir / "publication.csv"
    expected = generate.generate(BENCH_ROWS, csv_path)
    with warehouse.connect(db) as con:
        load_payload(
            con, bench_source(expected), csv_path.read_bytes(), dt.datetime(2023, 3, 1, tzinfo=dt.UTC)
        )
    return table_digests(db, exclude=VOLATILE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", action="store_true", help=f"write the digests to {SNAPSHOT.relative_to(ROOT)}"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        digests = build(Path(tmp))
    text = json.dumps(digests, indent=2, ensure_ascii=False) + "\n"
    if args.write:
        SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
        SNAPSHOT.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
