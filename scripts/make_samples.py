"""Regenerate the bundled SAMPLE publications in samples/: deterministic, offline.

    .venv/bin/python scripts/make_samples.py [--out-dir DIR]

A thin driver kept for `make samples` and the docs; the generators live in scripts/samples/, one
module per sample family (see that package's docstring).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run as a file, only scripts/ is on the path
    from scripts.samples.__main__ import main

    main()
