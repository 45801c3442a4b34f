"""The two SAMPLE announcements of the default catalog: Shenzhen's 2023-01-29 groundbreaking release and
the province-wide signing figure, written in this project's own words with the published figures
(scripts/corpus/pages_samples.py holds their text and truth)."""

from __future__ import annotations

from pathlib import Path

FAMILY = "announcements"


def generate(run, out_dir: Path) -> list[Path]:
    """The registry's entry point (scripts/samples/__init__.py): this family draws no shared names.
    Imported here: the corpus reads the district split from this package (scripts/samples/places.py)."""
    from scripts.corpus.announcements import write_samples

    return write_samples(out_dir)
