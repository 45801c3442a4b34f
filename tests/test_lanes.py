"""The lanes stay honest: what `make test-fast` selects starts no server and runs no flow (tests/lanes.py).

The fast lane's plan comes from pytest itself in a child process (`--setup-plan`: every selected test with
every fixture it would set up, none executed), so a new test that uses an e2e fixture, or a new test in a
module that runs flows, fails here if the rule ever stops sending it to the e2e lane.
"""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest_httpserver.pytest_plugin

from tests.lanes import E2E_FIXTURES, FAST_LANE, FLOW_FIXTURE

REPO = Path(__file__).resolve().parent.parent
PLANNED = re.compile(r"^\s*(tests/[^:]+)::(\S+(?: [^(]*)?) \(fixtures used: ([^)]*)\)$")
SESSION_SETUP = re.compile(r"^\s*SETUP\s+S (\w+)")
# Session fixtures the fast lane may set up. Servers and warehouses are session fixtures, so this is a
# second oracle beside E2E_FIXTURES: a new one shows here until it is put in one list or the other.
CHEAP_SESSION_FIXTURES = frozenset({"tmp_path_factory", "staging_dir"})


def fast_lane_plan() -> tuple[dict[str, tuple[str, frozenset[str]]], set[str]]:
    """Each test the fast lane selects: node id -> (module path, every fixture it uses); and the session
    fixtures it sets up."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--setup-plan",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            FAST_LANE,
            "tests",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    plan, session = {}, set()
    for line in done.stdout.splitlines():
        if match := PLANNED.match(line):
            module, name, fixtures = match.groups()
            plan[f"{module}::{name}"] = (module, frozenset(f.strip() for f in fixtures.split(",")))
        elif match := SESSION_SETUP.match(line):
            session.add(match.group(1))
    return plan, session


def modules_that_run_flows() -> set[str]:
    return {
        str(path.relative_to(REPO))
        for path in (REPO / "tests").glob("test_*.py")
        if re.search(rf"\b{FLOW_FIXTURE}\b", path.read_text(encoding="utf-8"))
    }


def test_the_fast_lane_starts_no_server_and_runs_no_flow():
    plan, session = fast_lane_plan()
    assert len(plan) > 500, f"the fast lane selected only {len(plan)} tests: is the plan still parsed?"
    assert "staging_dir" in session, "the session fixtures are still parsed"
    new = session - CHEAP_SESSION_FIXTURES
    assert not new, (
        f"session fixtures in the fast lane: {new}; a server goes in tests/lanes.py's E2E_FIXTURES"
    )
    e2e = {
        test: sorted(fixtures & E2E_FIXTURES)
        for test, (_, fixtures) in plan.items()
        if fixtures & E2E_FIXTURES
    }
    assert not e2e, f"tests in the fast lane that use e2e fixtures: {e2e}"
    flow_modules = modules_that_run_flows()
    assert len(flow_modules) >= 5, flow_modules  # the check below would pass vacuously without them
    in_flow_modules = sorted(test for test, (module, _) in plan.items() if module in flow_modules)
    assert not in_flow_modules, f"tests of modules that run flows in the fast lane: {in_flow_modules}"


def test_every_e2e_fixture_exists():
    """A renamed fixture would silently leave its tests in the fast lane."""
    sources = [p.read_text(encoding="utf-8") for p in (REPO / "tests").glob("*.py")]
    sources.append(inspect.getsource(pytest_httpserver.pytest_plugin))
    missing = [name for name in E2E_FIXTURES if not any(f"def {name}(" in source for source in sources)]
    assert not missing, missing


def test_make_test_fast_runs_the_fast_lane_and_make_test_runs_everything():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    fast = makefile.split("\ntest-fast:", 1)[1].split("\n\n", 1)[0]
    assert f'-m "{FAST_LANE}"' in fast and "ruff check" in fast, fast
    full = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert (
        '-m "' not in full and "python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)" in full
    ), full
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert all(f'"{marker}: ' in pyproject for marker in ("slow", "e2e")), (
        "markers registered in pyproject.toml"
    )
