"""Write docs/data_dictionary.md from the warehouse itself: views, tables, macros and their comments.

    .venv/bin/gdmp docs [--warehouse data/warehouse.duckdb] [--out docs/data_dictionary.md]
    .venv/bin/python scripts/data_dictionary.py [same options]     # the same command

The dictionary is built by etl/present/data_dictionary.py; this file is kept for those who call it by path.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a file: the packages sit at the repo root
    sys.path.insert(0, str(REPO))

from etl.present.data_dictionary import dictionary  # noqa: E402  (re-exported for callers of this module)
from gdmp.cli import main as gdmp  # noqa: E402

__all__ = ["dictionary", "main"]


def main(argv: list[str] | None = None) -> int:
    return gdmp(["docs", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
