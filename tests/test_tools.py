"""People's own tools on a warehouse a real run published: the DuckDB CLI binary, `gdmp status`, exports,
report and dictionary through `gdmp`; the backfill's run summary; progress lines of a long list.

`gdmp run` loads the bundled catalog once for the module against the session's Prefect test harness.
The DuckDB CLI is the `duckdb` the dev dependency group installs (duckdb-cli 1.5.x): in CI (`make test`
syncs the dev group) it is always there, so its absence fails rather than skips.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import yaml

from gdmp.cli import main as gdmp
from tests.test_analyst_views import example_queries

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("prefect_harness")
CLI_QUERIES = ("provincial_plan_this_year", "leading_cities", "totals_as_of_date")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, prefect_harness) -> Path:
    """The bundled catalog loaded by `gdmp run`; the published warehouse file."""
    data = tmp_path_factory.mktemp("tools") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GDMP_DATA_DIR", str(data))
        mp.delenv("GDMP_WAREHOUSE", raising=False)
        assert gdmp(["run"]) == 0
    return data / "warehouse.duckdb"


def duckdb_cli() -> Path:
    found = Path(sys.executable).with_name("duckdb")
    assert found.exists(), "the DuckDB CLI comes with the dev dependency group (duckdb-cli): `uv sync`"
    return found


def test_the_published_file_opens_in_the_duckdb_cli_and_answers_the_example_queries(published):
    assert stat.S_IMODE(published.stat().st_mode) == 0o444  # read-only on purpose
    cli = duckdb_cli()
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1.5."), version
    sql = {name: text for name, _, text in example_queries()}
    with duckdb.connect(str(published), read_only=True) as con:
        for name in CLI_QUERIES:
            answer = subprocess.run([cli, "-readonly", str(published), "-json", "-c", sql[name]],
                                    capture_output=True, text=True, timeout=60)  # fmt: skip
            assert answer.returncode == 0, f"{name}: {answer.stderr}"
            cursor = con.execute(sql[name])
            names = [d[0] for d in cursor.description]
            expected = [{k: str(v) if isinstance(v, Decimal) else v for k, v in zip(names, row, strict=True)}
                        for row in cursor.fetchall()]  # fmt: skip
            assert json.loads(answer.stdout) == expected, name
            assert expected, f"{name} answers something"


def test_status_shows_every_source_of_the_catalog(published, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GDMP_DATA_DIR", str(published.parent))
    document = yaml.safe_load((REPO / "catalog" / "sources.yaml").read_text(encoding="utf-8"))
    document["sources"].append({**document["sources"][0], "id": "not-loaded-yet"})
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert gdmp(["status", "--catalog", str(catalog)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "in", "force", "fetched", "(UTC+8)", "last", "run", "(UTC+8)", "outcome",
                                "message"]  # fmt: skip
    rows = {line.split()[0]: line for line in lines[2:]}
    assert len(rows) == 12  # 9 lists, 2 announcements, 1 not loaded
    with duckdb.connect(str(published), read_only=True) as con:
        fetched = dict(con.execute("SELECT source_id, fetched_at FROM current_publications").fetchall())
    for source_id, at in fetched.items():
        shown = at.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
        assert re.search(rf"version 1 +{shown} .* loaded +{source_id}: \d+ projects", rows[source_id])
    assert re.search(r"never loaded +– +– +never run", rows["not-loaded-yet"])
    assert re.search(
        r"version 1 .* loaded +shenzhen-2023-batch1-announcement", rows["shenzhen-2023-batch1-announcement"]
    )


def test_exports_report_and_dictionary_from_the_command_line(published, tmp_path, capsys):
    assert gdmp(["export", "--warehouse", str(published), "--format", "parquet", "--out", str(tmp_path)]) == 0
    from etl.present.exports import MAIN_VIEWS

    with duckdb.connect(str(published), read_only=True) as con:
        for view in MAIN_VIEWS:
            counts = con.execute(
                f"SELECT (SELECT count(*) FROM {view}), count(*) FROM '{tmp_path / view}.parquet'"
            )
            assert len(set(counts.fetchone())) == 1, view
    assert gdmp(["report", "--warehouse", str(published), "--out", str(tmp_path / "report.html")]) == 0
    assert "province" in (tmp_path / "report.html").read_text(encoding="utf-8").lower()
    assert gdmp(["docs", "--warehouse", str(published), "--out", str(tmp_path / "dictionary.md")]) == 0
    committed = (REPO / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert (tmp_path / "dictionary.md").read_text(encoding="utf-8") == committed
    assert gdmp(["export", "--warehouse", str(tmp_path / "none.duckdb")]) == 1
    assert "run `gdmp run` first" in capsys.readouterr().err


def latest_artifact(key: str):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])),
            sort=ArtifactSort.CREATED_DESC,
            limit=1,
        )
    return artifact


def test_a_backfill_summary_is_titled_after_its_flow(tmp_path, monkeypatch):
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    args = ["backfill", "2023-01-01", "2023-12-31", "--source", "zhongshan-2023-q1", "--mode", "refetch"]
    assert gdmp(args) == 0
    summary = latest_artifact("backfill-summary")
    assert summary.data.startswith("# Backfill: 1 loaded, 0 unchanged, 0 rejected, 0 failed")
    assert "zhongshan-2023-q1" in summary.data and "Daily refresh" not in summary.data


def flow_logs(flow_run_id) -> list[str]:
    """Every log line of a flow run and its tasks, as the server has them."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=30)
    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
    return [log.message for log in logs]


def test_a_long_list_logs_each_phase_with_rows_and_rate(tmp_path, monkeypatch, httpserver):
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    rows = 100_500
    csv = tmp_path / "long.csv"
    expected = generate.generate(rows, csv)
    httpserver.expect_request("/long.csv").respond_with_data(csv.read_bytes(), content_type="text/csv")
    entry = {"id": "long-list", "title": "合成长清单", "publisher": "测试", "list_kind": "provincial_plan",
             "city": "广东省", "published": "2023-03-01", "location": httpserver.url_for("/long.csv"),
             "allow_http": True, "sample": True}  # fmt: skip
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    from flows.daily_refresh import daily_refresh

    state = daily_refresh(catalog=str(catalog), return_state=True)
    assert state.is_completed(), state.message
    lines = flow_logs(state.state_details.flow_run_id)
    assert state.message.startswith("1 loaded"), state.message
    for phase in ("read+normalize", "validate", "load"):
        assert any(re.fullmatch(rf"long-list: {re.escape(phase)} {expected.rows_read:,} rows in \d+\.\d s \([\d,]+ rows/s\)", line)
                   for line in lines), (phase, [line for line in lines if "long-list" in line])  # fmt: skip
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
