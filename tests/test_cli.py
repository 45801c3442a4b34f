"""The command line `gdmp`: every command has --help, check-catalog is fast and offline, and the console
script is what `uv sync` installs. Commands that read a warehouse or run flows: tests/test_tools.py."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import get_args

import pytest
import yaml

from gdmp import cli

REPO = Path(__file__).resolve().parent.parent
COMMANDS = ("run", "backfill", "check-catalog", "status", "report", "docs", "export", "review", "restore")


def gdmp(
    *args: str, python: tuple[str, ...] = (), env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """The command line in a child process, as a shell runs it (python -m gdmp = .venv/bin/gdmp);
    `python`: interpreter options, e.g. ("-X", "importtime"); `env`: variables added to this one's."""
    return subprocess.run([sys.executable, *python, "-m", "gdmp", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=60, env={**os.environ, **(env or {})})  # fmt: skip


def imported_modules(stderr: str) -> set[str]:
    """The modules `python -X importtime` reports."""
    return {line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_every_command_has_help():
    top = gdmp("--help")
    assert top.returncode == 0, top.stderr
    for command in COMMANDS:
        assert command in top.stdout
        result = gdmp(command, "--help")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"usage: gdmp {command}")
    assert "--source ID" in gdmp("backfill", "--help").stdout
    assert "{xlsx,parquet,csv}" in gdmp("export", "--help").stdout


def test_no_command_and_bad_arguments_are_usage_errors():
    assert gdmp().returncode == 2
    bad_date = gdmp("backfill", "2023-13-01", "2023-12-31")
    assert bad_date.returncode == 2 and "not a date (YYYY-MM-DD): '2023-13-01'" in bad_date.stderr
    assert gdmp("backfill", "2023-01-01", "2023-12-31", "--kind", "plan").returncode == 2


@pytest.mark.parametrize("command", [("run",), ("status",), ("backfill", "2023-01-01", "2023-12-31")])
def test_a_bad_setting_ends_the_command_with_one_line_naming_it(command):
    """Settings are read once, when the command starts: no traceback, no Prefect server started."""
    done = gdmp(*command, env={"GDMP_MAX_WORKERS": "abc"})
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "gdmp: bad setting: GDMP_MAX_WORKERS='abc': Input should be a valid integer, unable to parse string as an integer"
    ]


@pytest.mark.slow  # imports Prefect (~3 s)
def test_importing_the_flows_reads_no_setting():
    """A flow's task runner is built when a run starts (flows/runners.py), so importing the flows, as a
    Prefect worker does, never fails on a bad value: the run does, naming it."""
    code = "import flows.daily_refresh, flows.backfill"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={**os.environ, "GDMP_MAX_WORKERS": "abc", "GDMP_TASK_RUNNER": "nope"})  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_cli_lists_match_the_code_they_stand_for():
    """The CLI keeps its own copies so that --help imports nothing; they must not drift."""
    from etl.fetching.catalog import ListKind
    from etl.present.exports import FORMATS

    assert get_args(ListKind) == cli.LIST_KINDS
    assert cli.FORMATS == FORMATS


def offline_catalog(tmp_path: Path) -> Path:
    """Two publishers on 127.0.0.1 ports nothing listens on: any fetch would fail or hang."""
    entries = [
        {"id": f"offline-{port}", "title": "测试清单", "publisher": "测试", "list_kind": "groundbreaking",
         "city": "佛山", "published": "2023-03-01", "location": f"http://127.0.0.1:{port}/list.csv",
         "allow_http": True, "allow_networks": ["127.0.0.1/32"]}
        for port in (9, 1)
    ]  # fmt: skip
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    return path


def test_check_catalog_lists_the_sources_without_network_or_prefect(tmp_path):
    catalog = offline_catalog(tmp_path)
    result = gdmp("check-catalog", "--catalog", str(catalog), python=("-X", "importtime"))
    assert result.returncode == 0, result.stderr
    assert "offline-9" in result.stdout and "http://127.0.0.1:1/list.csv" in result.stdout
    assert "佛山" in result.stdout and "2 sources, all valid" in result.stdout
    imported = imported_modules(result.stderr)
    assert "etl.fetching.catalog" in imported
    assert not {
        m for m in imported if m.split(".")[0] in {"prefect", "httpx", "httpcore", "great_expectations"}
    }
    # what keeps it quick is what it does not import (above), not a wall-clock bound that a busy machine breaks


def test_check_catalog_names_every_problem_and_exits_1(tmp_path):
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        yaml.safe_dump({"sources": [{"id": "x", "title": "t", "publisher": "p", "list_kind": "plan",
                                     "city": "南宁", "published": "2023-03-01", "location": "samples/x.csv"}]},
                       allow_unicode=True), encoding="utf-8")  # fmt: skip
    result = gdmp("check-catalog", "--catalog", str(catalog))
    assert result.returncode == 1 and result.stdout == ""
    assert "entry 1 (id 'x'), field 'list_kind'" in result.stderr
    assert "entry 1 (id 'x'), field 'city'" in result.stderr
    missing = gdmp("check-catalog", "--catalog", str(tmp_path / "none.yaml"))
    assert missing.returncode == 1 and "cannot read the catalog" in missing.stderr


def test_check_catalog_reports_what_the_run_would_refuse(tmp_path, monkeypatch, data_dir):
    from etl.core.errors import FetchError
    from etl.fetching import fetch
    from etl.fetching.catalog import load_catalog
    from tests.entry import fetch_policy

    drop = tmp_path / "srv"
    drop.mkdir()
    (drop / "list.csv").write_text("序号,项目名称\n1,甲\n", encoding="utf-8")
    monkeypatch.setenv("GDMP_SOURCE_ROOTS", str(drop))
    base = {"title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山", "published": "2023-03-01"}
    locations = {"dropped": str(drop / "list.csv"), "outside": "/etc/hostname", "missing": "samples/nope.csv",
                 "plain-http": "http://127.0.0.1:1/list.csv"}  # fmt: skip
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump({"sources": [{"id": ident, **base, "location": location}
                                                   for ident, location in locations.items()]}), encoding="utf-8")  # fmt: skip
    result = gdmp("check-catalog", "--catalog", str(catalog))
    assert result.returncode == 1 and "all valid" not in result.stdout
    assert "the run would refuse 3 source(s)" in result.stderr and "dropped" not in result.stderr
    for source in load_catalog(catalog)[1:]:  # the run refuses each for the very reason check-catalog gave
        with pytest.raises(FetchError) as refused:
            fetch(source, policy=fetch_policy())
        assert f"  - {refused.value}\n" in result.stderr + "\n"
    only_dropped = tmp_path / "dropped.yaml"
    only_dropped.write_text(
        yaml.safe_dump({"sources": [{"id": "dropped", **base, "location": locations["dropped"]}]})
    )
    result = gdmp("check-catalog", "--catalog", str(only_dropped))
    assert result.returncode == 0 and "1 sources, all valid" in result.stdout, result.stderr


def test_help_imports_no_prefect():
    result = gdmp("--help", python=("-X", "importtime"))
    assert result.returncode == 0
    roots = {m.split(".")[0] for m in imported_modules(result.stderr)}
    assert not roots & {"prefect", "duckdb", "etl", "pydantic", "flows"}, roots


def test_the_backfill_form_says_where_valid_source_ids_are():
    """The description Prefect renders under the `sources` field of the deployment's form."""
    from flows.backfill import backfill

    described = backfill.parameters.model_dump()["properties"]["sources"]["description"]
    assert "gdmp check-catalog" in described and "catalog/sources.yaml" in described


def test_the_project_declares_the_console_script():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"] == {"gdmp": "gdmp.cli:main"}
    assert "package" not in project.get("tool", {}).get("uv", {}), "the project must be installed to get gdmp"


def test_uv_sync_installed_the_console_script():
    """`make setup` (uv sync) installs the project editable with its script beside the interpreter."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution("gd-major-projects")
    except PackageNotFoundError:
        pytest.skip("this environment was synced before the project was a package: `uv sync` installs it")
    (entry,) = [e for e in dist.entry_points if e.group == "console_scripts"]
    assert (entry.name, entry.value) == ("gdmp", "gdmp.cli:main")
    script = Path(sys.executable).parent / "gdmp"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "check-catalog" in result.stdout
