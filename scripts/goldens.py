"""Rebuild the goldens: what the pipeline makes of each bundled sample, as the files in tests/goldens/.

Run it after a change of behaviour made on purpose, read the diff (`git diff tests/goldens/`) and commit
it with the change, saying why. tests/test_goldens.py fails, with that same diff, when the code changes
what a sample loads to and the files were not rewritten (tests/golden_files.py says what they hold).

    .venv/bin/python scripts/goldens.py          # rewrite tests/goldens/ (= make goldens)
    .venv/bin/python scripts/goldens.py --check  # only say which files differ; exit 1 if any
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(workdir: Path) -> dict[str, str]:
    """Load the bundled catalog into a new warehouse in `workdir`; the golden files' texts."""
    os.environ["GDMP_DATA_DIR"] = str(workdir / "data")
    os.environ.setdefault("GDMP_STAGING_DIR", str(workdir / "staging"))
    (workdir / "staging").mkdir(exist_ok=True)
    from tests.golden_files import golden_texts
    from tests.warehouse_fixture import build_sample_warehouse

    db = workdir / "warehouse.duckdb"
    build_sample_warehouse(db)
    return golden_texts(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    args = parser.parse_args()
    from tests.golden_files import GOLDENS_DIR, committed_texts, write_goldens

    with tempfile.TemporaryDirectory() as tmp:
        texts = build(Path(tmp))
    if args.check:
        committed = committed_texts()
        changed = sorted(n for n in set(texts) | set(committed) if texts.get(n) != committed.get(n))
    else:
        changed = write_goldens(texts)
    for name in changed:
        print(f"{'differs' if args.check else 'rewritten'}: {GOLDENS_DIR.relative_to(ROOT) / name}")
    print(f"{len(texts)} golden files, {len(changed)} {'differ' if args.check else 'changed'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
