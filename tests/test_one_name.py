"""One name, one thing: a Prefect task (tasks/) never shares its name with a function of etl/ (the task
`parse_publication` once wrapped etl.readers.parse.parse_publication, and `apply_schema` etl.warehouse's): a reader
of a traceback or a log line must know which of the two it names. Read from the source, nothing imported."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _functions(path: Path) -> dict[str, bool]:
    """Top-level functions of a module: name → whether it is decorated as a Prefect task."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            decorators = [d.func if isinstance(d, ast.Call) else d for d in node.decorator_list]
            found[node.name] = any(isinstance(d, ast.Name) and d.id == "task" for d in decorators)
    return found


def test_no_task_has_the_name_of_an_etl_function():
    tasks = {
        name
        for path in (REPO / "tasks").glob("*.py")
        for name, is_task in _functions(path).items()
        if is_task
    }
    assert "load_publications" in tasks  # the reading finds the tasks: this test can fail
    etl = {}
    for path in (REPO / "etl").rglob("*.py"):
        for name in _functions(path):
            etl.setdefault(name, []).append(str(path.relative_to(REPO)))
    clashes = {name: etl[name] for name in sorted(tasks & etl.keys())}
    assert clashes == {}, (
        f"tasks named like etl functions (rename the task, a verb for what it adds): {clashes}"
    )
