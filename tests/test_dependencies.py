"""Dependency hygiene: what the code imports is declared in pyproject.toml, and what is declared is used.

A package that arrives only as another's dependency (httpcore under httpx, pdfminer under pdfplumber)
vanishes the day that package stops needing it, or pins it where we cannot see. So every import of a
third-party module, at the top of a file or inside a function, must name a distribution declared where
that code runs: the pipeline (etl/, flows/, tasks/, gdmp/) in [project.dependencies]; tests/ and
scripts/ there or in the `dev` group; bench/ in any of them. And a runtime dependency nothing imports is
dropped, unless it is used without an import (USED_WITHOUT_IMPORT says how).
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from etl.core.settings import REPO_ROOT

FIRST_PARTY = {"etl", "flows", "tasks", "gdmp", "tests", "scripts", "bench"}
RUNTIME_FOLDERS = ("etl", "flows", "tasks", "gdmp")
GROUPS_FOR = {"tests": ("dev",), "scripts": ("dev",), "bench": ("dev", "bench")}
USED_WITHOUT_IMPORT = {
    "duckdb-extension-ducklake": "DuckDB loads it (etl/warehouse/lake.py finds it with find_spec)",
    "duckdb-extension-postgres": "DuckDB loads it (etl/warehouse/lake.py finds it with find_spec)",
    "xstatic-jquery": "files copied into the Data Docs (etl/present/data_docs/assets.py)",
    "xstatic-bootstrap": "files copied into the Data Docs (etl/present/data_docs/assets.py)",
    "xstatic-font-awesome": "files copied into the Data Docs (etl/present/data_docs/assets.py)",
    "django-js-lib-vega-embed": "files copied into the report (etl/present/data_docs/assets.py)",
}


def _name(spec: str) -> str:
    """The normalized distribution name of a requirement ('pydantic>=2' → 'pydantic', PEP 503)."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", spec).group()).lower()


def _declared() -> dict[str, set[str]]:
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    groups = {name: {_name(s) for s in specs} for name, specs in pyproject["dependency-groups"].items()}
    return {"project": {_name(s) for s in pyproject["project"]["dependencies"]}, **groups}


def _imports(path: Path, local: frozenset[str] = frozenset()) -> set[str]:
    """The top-level names of every absolute import in a file, wherever in the file it is, less the
    standard library, our packages and `local` (our modules imported by their bare name)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.partition(".")[0])
    return names - FIRST_PARTY - local - set(sys.stdlib_module_names) - {"__future__"}


@functools.cache
def _local_modules() -> frozenset[str]:
    """Our own modules scripts import by putting their folder on sys.path (`import generate`: bench/)."""
    paths = [p for folder in (*RUNTIME_FOLDERS, *GROUPS_FOR) for p in (REPO_ROOT / folder).rglob("*.py")]
    return frozenset({p.stem for p in paths} | {p.parent.name for p in paths})


def _third_party_imports(folder: str) -> dict[str, set[str]]:
    """Module → the files importing it, for every .py file under `folder`."""
    found: dict[str, set[str]] = {}
    for path in sorted((REPO_ROOT / folder).rglob("*.py")):
        for module in _imports(path, _local_modules()):
            found.setdefault(module, set()).add(str(path.relative_to(REPO_ROOT)))
    return found


@functools.cache
def _installed() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


def _distributions(module: str) -> set[str]:
    """The distributions that provide `module`; for one not installed here (the bench group), its name."""
    return {_name(d) for d in _installed().get(module, [module])}


def test_every_imported_third_party_module_is_declared():
    declared = _declared()
    undeclared = []
    for folder in (*RUNTIME_FOLDERS, *GROUPS_FOR):
        allowed = declared["project"].union(*(declared[g] for g in GROUPS_FOR.get(folder, ())))
        for module, files in _third_party_imports(folder).items():
            if not _distributions(module) & allowed:
                undeclared.append(f"{module} (from {sorted(_distributions(module))}): {sorted(files)}")
    assert not undeclared, "imported but not declared in pyproject.toml:\n" + "\n".join(undeclared)


def test_every_runtime_dependency_is_imported_or_says_how_it_is_used():
    imported = set()
    for folder in RUNTIME_FOLDERS:
        imported |= {d for module in _third_party_imports(folder) for d in _distributions(module)}
    unused = _declared()["project"] - imported - set(USED_WITHOUT_IMPORT)
    assert not unused, f"declared in [project.dependencies] but never imported by the pipeline: {unused}"


def test_the_check_sees_an_undeclared_import(tmp_path):
    """The scanner finds imports inside functions and ignores the standard library and our packages."""
    module = tmp_path / "m.py"
    module.write_text(
        "import os\nfrom etl import errors\n\ndef f():\n    import markupsafe.x\n    from . import y\n"
    )
    assert _imports(module) == {"markupsafe"}
    assert _distributions("markupsafe") == {"markupsafe"} and _name("pdfminer.six>=1") == "pdfminer-six"
