"""SAMPLE publication generators, one module per family, each exposing `write(out_dir) -> list[Path]`.

Stub from the `readers` branch: the sample split (scripts/make_samples.py → this package, with a FAMILIES
registry) happens on another branch; merge this list into that registry.
"""

from __future__ import annotations

ATTACHMENT_FAMILIES = ("zhuhai_pdf", "dongguan_docx", "shenzhen_q2_xls", "shenzhen_q4_ods")
