"""The bundled SAMPLE publications in samples/: synthetic rows that match published headline figures.

    .venv/bin/python scripts/make_samples.py             # or: make samples
    .venv/bin/python -m scripts.samples --out-dir DIR    # write them somewhere else

Each file copies the headline figures of a real publication (project count, total investment, the
amount planned for the year), not its rows; samples/README.md lists the sources. Amounts are integers
in the smallest unit the file prints, split so the rows add up to the headlines exactly, and every
family asserts its headlines before it writes. Seeded generators and fixed XLSX timestamps make two
runs write byte-identical files: edit this package, never the files.

Layout: one module per sample family, plus the parts they share —
    places.py    districts, towns and cities, and the order files list them in
    names.py     synthetic names, owners and 主要建设内容, and the Namer that keeps names unique
    amounts.py   exact integer splits and Decimal formatting
    projects.py  the Project row, construction periods, and Run (what one run shares)
    output.py    the output folder, the SAMPLE note, CSV and deterministic XLSX writers, the summary line

Adding a family (a PDF, .xls, .docx or .ods sample, say): write scripts/samples/<family>.py with
    FAMILY = "<family>"
    def generate(run: Run, out_dir: Path) -> list[Path]: ...
which builds its rows with run.namer, stores them in run.projects[FAMILY] if a later family may reuse
them, asserts its headlines, writes its file(s) into out_dir and returns their paths. Then add the
module to FAMILIES below. Keep a family's own make() / write() split inside the module, seed its own
random.Random, and append new families at the end: every Namer retry draws from the asking family's
generator, so moving a family earlier can change the names (and bytes) of those after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from . import (
    announcements,
    dongguan_docx,
    foshan_batch,
    provincial_plan_2022,
    provincial_plan_2023,
    shenzhen_batch,
    shenzhen_q2_xls,
    shenzhen_q4_ods,
    zhongshan_batch,
    zhuhai_pdf,
)
from .projects import Run


class Family(Protocol):
    """What FAMILIES holds: a module with a FAMILY name and a generate() that writes its files."""

    FAMILY: str

    def generate(self, run: Run, out_dir: Path) -> list[Path]: ...


# In the order they are generated and written. The 2023 provincial plan copies rows of the Shenzhen
# and Foshan batches, so it comes after them; the rest of the order fixes the Namer's draws.
FAMILIES: Sequence[Family] = (
    shenzhen_batch,
    foshan_batch,
    zhongshan_batch,
    provincial_plan_2023,
    provincial_plan_2022,
    zhuhai_pdf,  # the attachment formats: a PDF, a .docx, an .xls and an .ods
    dongguan_docx,
    shenzhen_q2_xls,
    shenzhen_q4_ods,
    announcements,  # the SAMPLE news releases whose figures the lists are checked against
)


def generate_all(out_dir: Path) -> list[Path]:
    """Write every family's files into out_dir (created if missing); returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    run = Run()  # one Namer for all files: names never collide across files unless planted
    written: list[Path] = []
    for family in FAMILIES:
        written += family.generate(run, out_dir)
    return written
