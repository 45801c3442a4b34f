"""One self-contained HTML page of the warehouse for analysts: charts as inline SVG, no external references.

    .venv/bin/gdmp report [--warehouse data/warehouse.duckdb] [--out data/report/index.html]
    .venv/bin/python scripts/analyst_report.py [same options]     # the same command

What the page shows is described in etl/present/analyst_report/; this file is kept for those who call it by path.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a file: the packages sit at the repo root
    sys.path.insert(0, str(REPO))

from gdmp.cli import main as gdmp  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return gdmp(["report", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
