"""One self-contained HTML page of the warehouse for analysts: charts as inline SVG, no external references.

    .venv/bin/python scripts/analyst_report.py [--warehouse data/warehouse.duckdb] [--out data/report/index.html]

The command line of etl/analyst_report/ (what the page shows is described there). It opens the
warehouse read-only and writes one HTML file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = REPO / "data" / "warehouse.duckdb"
DEFAULT_OUT = REPO / "data" / "report" / "index.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help="DuckDB file (opened read-only)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="HTML file to write")
    args = parser.parse_args(argv)
    if not args.warehouse.exists():
        print(f"no warehouse at {args.warehouse}: run `make run` first", file=sys.stderr)
        return 1
    if str(REPO) not in sys.path:  # run as a file (make report): the etl package sits at the repo root
        sys.path.insert(0, str(REPO))
    from etl.analyst_report import render_report

    con = duckdb.connect(str(args.warehouse), read_only=True)
    try:
        page = render_report(con, args.warehouse.name)
    finally:
        con.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out} ({len(page.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
