"""Command line: write the samples into samples/ (the default) or another folder.

.venv/bin/python -m scripts.samples [--out-dir DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import generate_all
from .output import SAMPLES


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and write every family."""
    parser = argparse.ArgumentParser(
        description="Regenerate the bundled SAMPLE publications (deterministic)."
    )
    parser.add_argument(
        "--out-dir", type=Path, default=SAMPLES, help="folder to write into (default: samples/ of the repo)"
    )
    args = parser.parse_args(argv)
    generate_all(args.out_dir)


if __name__ == "__main__":
    main()
