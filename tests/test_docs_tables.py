"""The settings table in README.md and the header vocabulary in docs/catalog.md are generated from the
code (scripts/docs_tables.py) and must be current; the README's "Where does a change go" table must name
real places, all of them."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_doc_tables_are_current():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "docs_tables.py"), "--check"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


# The README's "Where does a change go": every path it names exists, and every module that spells out a
# list the code or the tests need for a change of that kind is named in its row.
CODE_FOLDERS = ("etl", "gdmp", "flows", "tasks")
PLACE = re.compile(r"`([A-Za-z0-9_./<>-]+/[A-Za-z0-9_./<>-]*)`")


def _where_rows() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Where does a change go", 1)[1].split("\n## ", 1)[0]
    rows = [
        line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| to change")
    ]
    return {row.split(" | ")[0].lstrip("| "): row for row in rows}


def _modules_spelling(literal: str) -> set[str]:
    """Modules of the code that spell `literal` (a format's or a view's name) as a string."""
    return {
        str(path.relative_to(ROOT))
        for folder in CODE_FOLDERS
        for path in (ROOT / folder).rglob("*.py")
        if literal in path.read_text(encoding="utf-8")
    }


def _row(rows: dict[str, str], starts: str) -> str:
    (row,) = [row for kind, row in rows.items() if kind.startswith(starts)]
    return row


def test_every_place_the_change_table_names_exists():
    rows = _where_rows()
    places = {place for row in rows.values() for place in PLACE.findall(row)}
    assert len(places) > 30, "the table was not read"
    # etl/readers/<format>.py: a placeholder; its folder must exist
    missing = [p for p in places if not (ROOT / p.split("<")[0]).exists()]
    assert missing == []


def test_the_change_table_names_every_module_that_lists_a_format_or_a_view():
    rows = _where_rows()
    reader, view = _row(rows, "a reader"), _row(rows, "a view")
    assert {m for m in _modules_spelling('"docx"') if f"`{m}`" not in reader} == set()
    assert {m for m in _modules_spelling('"province_totals"') if f"`{m}`" not in view} == set()
    setting, rule = _row(rows, "a setting"), _row(rows, "a rule")
    assert "`etl/readers/limits.py`" in setting  # ReaderLimits repeats the reader limits' defaults
    assert "`etl/normalize/sql_rules.py`" in rule and "`tests/goldens/`" in rule
