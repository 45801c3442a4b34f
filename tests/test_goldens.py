"""Each bundled sample loads to the rows and accounting committed in tests/goldens/ (tests/golden_files.py).

A failure prints the unified diff of what changed, file by file, as `git diff` would after
`make goldens`: if the change is meant, run that and commit the files with it, saying why.
"""

from __future__ import annotations

import difflib

from tests.golden_files import GOLDENS_DIR, committed_texts, golden_texts

MAX_DIFF_LINES = 200  # enough to read what changed; the rest is one `make goldens` away


def readable_diff(committed: dict[str, str], fresh: dict[str, str]) -> str:
    """The unified diff between two sets of golden files (a file missing on one side diffs against nothing)."""
    lines: list[str] = []
    for name in sorted(set(committed) | set(fresh)):
        before, after = committed.get(name, ""), fresh.get(name, "")
        if before != after:
            lines += difflib.unified_diff(
                before.splitlines(),
                after.splitlines(),
                f"committed/{name}",
                f"fresh/{name}",
                lineterm="",
                n=1,
            )
    if len(lines) > MAX_DIFF_LINES:
        lines = [*lines[:MAX_DIFF_LINES], f"… {len(lines) - MAX_DIFF_LINES} more lines: run `make goldens`"]
    return "\n".join(lines)


def test_the_bundled_samples_load_to_the_committed_goldens(sample_warehouse_file):
    fresh, committed = golden_texts(sample_warehouse_file), committed_texts()
    assert fresh, "the sample warehouse holds no source"
    diff = readable_diff(committed, fresh)
    assert not diff, f"the samples no longer load to {GOLDENS_DIR}/ (`make goldens` rewrites it):\n{diff}"


def test_a_changed_golden_shows_as_a_readable_diff():
    committed = {"a.csv": "row_number,outcome,project_name\n4,project,甲\n5,project,乙\n"}
    fresh = {"a.csv": "row_number,outcome,project_name\n4,project,甲\n5,quarantined,乙\n", "b.csv": "x\n"}
    diff = readable_diff(committed, fresh).splitlines()
    assert "-5,project,乙" in diff and "+5,quarantined,乙" in diff
    assert "+++ fresh/b.csv" in diff and "+x" in diff
    assert readable_diff(committed, dict(committed)) == ""
