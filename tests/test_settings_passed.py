"""Settings are read once, by an entry point, and passed down: nothing in etl/ reads them itself.

A flow when its run starts, a `gdmp` command, the bench and the scripts call `get_settings()` and pass the
object, or a record cut from it (FetchPolicy, ReaderLimits, Staging, WorkerCaps, GatePolicy,
IdentityPolicy, WarehouseConfig), to etl/. A `get_settings()` deep in etl/ would read the environment
again, mid-run: a reader worker or a thread could see other values than the run started with, and a bad
value would fail half-way instead of at the start. Read from the source, nothing imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ETL = REPO / "etl"
HOME = ETL / "core" / "settings.py"  # where the settings are defined, and read from the environment


def ambient_reads(path: Path) -> list[str]:
    """Where a module names get_settings (a call, a reference, an import) or builds Settings() itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and any(a.name == "get_settings" for a in node.names):
            found.append(f"{node.lineno}: imports get_settings")
        elif isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name == "get_settings":
                found.append(f"{node.lineno}: get_settings")
        if isinstance(node, ast.Call):
            called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if called == "Settings":
                found.append(f"{node.lineno}: Settings()")
    return found


def test_nothing_in_etl_reads_the_settings_itself() -> None:
    reads = {
        str(path.relative_to(REPO)): found
        for path in sorted(ETL.rglob("*.py"))
        if path != HOME and (found := ambient_reads(path))
    }
    assert reads == {}, (
        "etl/ takes its settings as parameters: the entry point (flows/, gdmp/, bench/, scripts/) calls "
        f"get_settings() once and passes the Settings, or a record cut from it, down: {reads}"
    )


def test_the_scan_finds_an_ambient_read(tmp_path: Path) -> None:
    """The check can fail: each way of reading the settings is found."""
    module = tmp_path / "reader.py"
    module.write_text(
        "from etl.core.settings import Settings, get_settings as current\n"
        "import etl.core.settings as s\n\n"
        "def limit():\n    return s.get_settings().max_cells + Settings().max_cells\n",
        encoding="utf-8",
    )
    assert sorted(where.split(": ")[1] for where in ambient_reads(module)) == [
        "Settings()",
        "get_settings",
        "imports get_settings",
    ]
    assert ambient_reads(HOME)  # settings.py itself reads the environment: the one place that may
