"""The bundled catalog and a 10k-row synthetic plan load to exactly the committed snapshot.

A refactor must leave these digests alone; a deliberate change of behaviour rewrites the snapshot with
`scripts/behaviour_digests.py --write` and says why in its commit. Run in a child process so that the
script's environment (GDMP_DATA_DIR, staging) stays its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


# e2e by hand: it loads the whole bundled catalog as the sample warehouse does, in a child process (~17 s),
# so no fixture shows it (tests/lanes.py)
@pytest.mark.e2e
def test_tables_match_the_committed_snapshot():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "behaviour_digests.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    snapshot = json.loads((ROOT / "tests" / "golden" / "behaviour_digests.json").read_text(encoding="utf-8"))
    assert json.loads(done.stdout) == snapshot
