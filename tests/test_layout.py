"""etl/ shows the pipeline: one sub-package per stage, no loose module, each stage named in etl/__init__.py.

A newcomer reads the stages in etl/__init__.py's docstring and the README's layout table; a module added at
the top of etl/, or a stage neither of them names, would make that map wrong without anyone noticing.
"""

from __future__ import annotations

import re

import etl
from etl.core.settings import REPO_ROOT

ETL = REPO_ROOT / "etl"


def stages() -> set[str]:
    return {p.name for p in ETL.iterdir() if p.is_dir() and (p / "__init__.py").exists()}


def test_etl_has_no_loose_module() -> None:
    loose = sorted(p.name for p in ETL.glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"put these in the stage they belong to (etl/__init__.py lists the stages): {loose}"


def test_every_stage_is_named_in_the_package_docstring_and_the_readme() -> None:
    named_in_docstring = set(re.findall(r"^\s{4}(\w+)/", etl.__doc__ or "", flags=re.M))
    readme_row = next(
        line
        for line in (REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `etl/` |")
    )
    named_in_readme = set(re.findall(r"`(\w+)/`", readme_row))
    assert named_in_docstring == stages(), named_in_docstring ^ stages()
    assert stages() <= named_in_readme, stages() - named_in_readme


def test_each_stage_says_what_it_holds() -> None:
    silent = sorted(
        name
        for name in stages()
        if not (ETL / name / "__init__.py").read_text(encoding="utf-8").lstrip().startswith('"""')
    )
    assert silent == [], f"a docstring in each stage's __init__.py says what it holds: {silent}"
