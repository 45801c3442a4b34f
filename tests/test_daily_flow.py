"""End-to-end: the daily flow against the Prefect test harness, real DuckDB files, real GX."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.warehouse_fixture import table_digests as digests_of

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("prefect_harness")


def run_flow(catalog: Path | str | None = None, force: bool = False):
    from flows.daily_refresh import daily_refresh

    return daily_refresh(catalog=str(catalog) if catalog else None, force=force, return_state=True)


def query(data_dir: Path, sql: str, params=None):
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def table_digests(data_dir: Path) -> dict[str, str]:
    """Every data table's full contents, provenance included."""
    return digests_of(data_dir / "warehouse.duckdb")


def run_artifacts(state) -> dict[str, object]:
    """The artifacts of a flow run, by key, read back through the Prefect client (not the code that wrote them)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in artifacts}


def run_logs(state) -> list[str]:
    """The log lines of a flow run and its task runs, read back through the Prefect client: after the
    lines still queued in this process are sent (they go to the API in batches, in the background), and
    page by page (the API answers at most its default limit of lines a call)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=30)
    only_this_run = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[state.state_details.flow_run_id]))
    logs, page = [], 200
    with get_client(sync_client=True) as client:
        while batch := client.read_logs(log_filter=only_this_run, limit=page, offset=len(logs)):
            logs += batch
            if len(batch) < page:
                break
    return [log.message for log in logs]


def write_catalog(tmp_path: Path, *entries: dict) -> Path:
    base = {"title": "测试清单", "publisher": "测试", "list_kind": "groundbreaking", "city": "佛山",
            "published": "2023-03-01", "format": "csv", "allow_http": True}  # the test server is plain http  # fmt: skip
    path = tmp_path / "catalog.yaml"
    path.write_text(
        yaml.safe_dump({"sources": [{**base, **e} for e in entries]}, allow_unicode=True), "utf-8"
    )
    return path


def csv_list(n: int, bad_rows: dict[int, str] | None = None) -> bytes:
    lines = ["序号,项目名称,所在地,总投资（亿元）,年度计划投资（亿元）"]
    for i in range(1, n + 1):
        amount = (bad_rows or {}).get(i, f"{i}.5")
        lines.append(f"{i},测试项目{i:03d},南海区,{amount},1")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_malformed_row_is_quarantined_with_its_reason_and_the_rest_load(tmp_path, data_dir, httpserver):
    httpserver.expect_request("/batch.csv").respond_with_data(
        csv_list(30, {7: "12亿x"}), content_type="text/csv"
    )
    catalog = write_catalog(tmp_path, {"id": "foshan-test", "location": httpserver.url_for("/batch.csv")})
    state = run_flow(catalog)
    assert state.is_completed(), state.message
    assert query(data_dir, "SELECT count(*), min(city_name) FROM projects") == [(29, "佛山")]
    ((row_number, reasons, raw),) = query(data_dir, "SELECT row_number, reasons, raw FROM quarantine")
    assert row_number == 8  # line 8 of the file: header on line 1, project 7 on line 8
    assert reasons == ["unreadable_total_investment: '12亿x' has text after its unit"]
    assert '"项目名称": "测试项目007"' in raw
    assert query(data_dir, "SELECT status, projects, quarantined FROM publication_runs") == [
        ("loaded", 29, 1)
    ]
    assert query(data_dir, "SELECT flow_run_id IS NOT NULL, sha256 FROM projects LIMIT 1")[0] == (
        True,
        hashlib.sha256(csv_list(30, {7: "12亿x"})).hexdigest(),
    )


def test_headline_mismatch_fails_the_run_and_keeps_the_previous_version(tmp_path, data_dir, httpserver):
    httpserver.expect_request("/batch.csv").respond_with_data(csv_list(4), content_type="text/csv")
    entry = {"id": "foshan-test", "location": httpserver.url_for("/batch.csv"),
             "headline": {"projects": 4, "total_yi": "12", "source": "新闻发布会"}}  # fmt: skip
    good = {**entry, "id": "foshan-good", "headline": None}
    assert run_flow(write_catalog(tmp_path, entry)).is_completed()  # 1.5+2.5+3.5+4.5 = 12亿
    before = query(data_dir, "SELECT * FROM projects ORDER BY row_number")

    httpserver.clear()
    httpserver.expect_request("/batch.csv").respond_with_data(csv_list(5), content_type="text/csv")
    state = run_flow(write_catalog(tmp_path, entry, good))
    assert state.is_failed()
    assert "foshan-test" in state.message and "projects: loaded 5, announced 4" in state.message
    assert "total_yi: loaded 17.5亿元, announced 12亿元" in state.message
    assert (
        query(data_dir, "SELECT * FROM projects WHERE source_id = 'foshan-test' ORDER BY row_number")
        == before
    )
    assert query(data_dir, "SELECT count(*) FROM projects WHERE source_id = 'foshan-good'") == [(5,)]
    assert query(
        data_dir, "SELECT status FROM publication_runs WHERE source_id = 'foshan-test' ORDER BY recorded_at"
    ) == [("loaded",), ("rejected",)]
    artifacts = run_artifacts(state)
    assert {"daily-refresh-summary", "province-totals"} <= set(artifacts)
    summary = artifacts["daily-refresh-summary"].data
    assert "1 loaded, 0 unchanged, 1 rejected, 0 failed" in summary
    assert "| `foshan-test` | ⛔ rejected | 5 | 5 | 0 | 0 |" in summary
    assert "**NO** | projects: loaded 5, announced 4" in summary
    assert "foshan-good" in summary
    assert query(data_dir, "SELECT figure, ok FROM reconciliation WHERE NOT ok ORDER BY figure") == [
        ("projects", False),
        ("total_yi", False),
    ]


def test_a_failing_source_does_not_stop_the_others(tmp_path, data_dir, httpserver):
    httpserver.expect_request("/ok.csv").respond_with_data(csv_list(3), content_type="text/csv")
    httpserver.expect_request("/error.csv").respond_with_data(
        "<html><body>维护中</body></html>", content_type="text/html"
    )
    catalog = write_catalog(
        tmp_path,
        {"id": "missing", "location": httpserver.url_for("/missing.csv")},
        {"id": "error-page", "location": httpserver.url_for("/error.csv")},
        {"id": "fine", "location": httpserver.url_for("/ok.csv")},
    )
    state = run_flow(catalog)
    assert state.is_failed()
    assert "missing: GET" in state.message and "HTTP 500" in state.message or "HTTP 404" in state.message
    assert "error-page: cannot read" in state.message and "payload is HTML" in state.message
    assert query(data_dir, "SELECT source_id, count(*) FROM projects GROUP BY ALL") == [("fine", 3)]
    assert query(data_dir, "SELECT source_id, status FROM fetch_log ORDER BY source_id") == [
        ("error-page", "fetched"),
        ("fine", "fetched"),
        ("missing", "failed"),
    ]


def test_lists_loaded_together_still_fail_alone(tmp_path, data_dir, httpserver, monkeypatch):
    """Small lists load several to a transaction (tasks/load.py, LOAD_TOGETHER); one whose load fails
    rolls the group back, the group loads again one by one, and only that one fails, with its own record."""

    entries = []
    for i in range(5):
        httpserver.expect_request(f"/l{i}.csv").respond_with_data(csv_list(4 + i), content_type="text/csv")
        entries.append({"id": f"list-{i}", "location": httpserver.url_for(f"/l{i}.csv")})
    monkeypatch.setenv("GDMP_CRASH_POINT", "error:load:list-2")
    state = run_flow(write_catalog(tmp_path, *entries))
    assert state.is_failed()
    assert "4 loaded" in state.message and "1 failed" in state.message
    assert "list-2: unexpected RuntimeError while loading it: injected fault at load:list-2" in state.message
    assert query(data_dir, "SELECT source_id, count(*) FROM projects GROUP BY ALL ORDER BY 1") == [
        ("list-0", 4), ("list-1", 5), ("list-3", 7), ("list-4", 8)]  # fmt: skip
    assert query(data_dir, "SELECT source_id, status FROM publication_runs ORDER BY 1") == [
        ("list-0", "loaded"), ("list-1", "loaded"), ("list-2", "failed"), ("list-3", "loaded"),
        ("list-4", "loaded")]  # fmt: skip
    assert query(data_dir, "SELECT count(*) FROM publications WHERE source_id = 'list-2'") == [(0,)]
    said = run_logs(state)  # as the UI shows them
    assert "loading 5 publications together failed (RuntimeError); loading them one by one" in said
    assert sorted(line[:6] for line in said if line.startswith("[")) == [f"[{i}/5] " for i in range(1, 6)]

    # Without the fault, all five load together (one commit) to the same rows.
    monkeypatch.delenv("GDMP_CRASH_POINT")
    state = run_flow(write_catalog(tmp_path, *entries))
    assert state.is_completed(), state.message
    assert "1 loaded, 4 unchanged" in state.message
    assert query(data_dir, "SELECT count(*) FROM projects WHERE source_id = 'list-2'") == [(6,)]


def test_bad_catalog_fails_before_any_fetch(tmp_path, data_dir, httpserver):
    catalog = write_catalog(tmp_path, {"id": "x", "city": "南宁", "location": httpserver.url_for("/x.csv")})
    state = run_flow(catalog)
    assert state.is_failed()
    with pytest.raises(Exception, match="entry 1 \\(id 'x'\\), field 'city'"):
        state.result()
    assert httpserver.log == []


def test_bundled_samples_load_to_their_headlines_and_a_second_run_changes_nothing(data_dir):
    state = run_flow()
    assert state.is_completed(), state.message
    assert query(
        data_dir,
        "SELECT projects, total_investment_yi, annual_plan_yi FROM publication_totals WHERE source_id = ?",
        ["shenzhen-2023-batch1"],
    ) == [(266, Decimal("3295.3000"), Decimal("535.6000"))]
    # 96 industrial projects hold more than half of the Shenzhen batch.
    ((industrial, share),) = query(
        data_dir,
        """SELECT count(*) FILTER (category = '产业'),
                  sum(total_investment_wan) FILTER (category = '产业') / sum(total_investment_wan)
           FROM projects WHERE source_id = 'shenzhen-2023-batch1'""",
    )
    assert industrial == 96 and share > 0.5
    # Every bundled sample (CSV, JSON, XLSX, HTML, PDF, XLS, DOCX, ODS) agrees with its announced headline;
    # none is left unchecked.
    assert query(data_dir, "SELECT format, count(*) FROM publications GROUP BY ALL ORDER BY 1") == [
        ("csv", 2), ("docx", 1), ("html", 1), ("json", 1), ("ods", 1), ("pdf", 1), ("xls", 1), ("xlsx", 1)]  # fmt: skip
    assert query(
        data_dir, "SELECT count(*), bool_and(headline_ok), sum(in_file_disagreeing) FROM publication_totals"
    ) == [(9, True, 0)]
    assert query(
        data_dir, "SELECT year, total_investment_yi FROM province_totals WHERE list_kind = 'provincial_plan'"
    ) == [(2022, Decimal("76700.0000")), (2023, Decimal("85000.0000"))]
    # The XLSX's category headings state counts; each was checked against the rows under it.
    assert query(
        data_dir,
        """SELECT figure, declared, actual FROM reconciliation
           WHERE check_kind = 'in_file' AND figure LIKE '%:projects' AND source_id = 'guangdong-2022-provincial-plan'
           ORDER BY figure""",
    ) == [
        ("in_file:heading '产业工程':projects", 696, 696),
        ("in_file:heading '基础设施工程':projects", 559, 559),
        ("in_file:heading '民生保障工程':projects", 315, 315),
    ]
    # 8.5万亿 (DRC notice) vs 8.4万亿 (press) is reported as a conflict, not a failure.
    ((conflict_ok, conflict_message),) = query(
        data_dir, "SELECT ok, message FROM reconciliation WHERE check_kind = 'conflict'"
    )
    assert not conflict_ok and "CONFLICT between sources" in conflict_message and "84000" in conflict_message
    # 不分市 and multi-city projects keep their own lines in the city totals.
    assert query(
        data_dir,
        """SELECT place_kind, count(*) FROM province_totals_by_city
           WHERE source_id = 'guangdong-2022-provincial-plan' GROUP BY ALL ORDER BY 1""",
    ) == [("city", 21), ("multi_city", 5), ("unassigned", 1)]
    # The Shenzhen file's 合计 row is a non-project row, not a 267th project.
    assert query(
        data_dir, "SELECT kind, label FROM non_project_rows WHERE source_id = 'shenzhen-2023-batch1'"
    ) == [("total", "合计")]

    # GX Data Docs were built (offline: tests/test_data_docs.py) and linked from the run.
    docs_index = data_dir / "data_docs" / "index.html"
    assert docs_index.is_file()
    assert docs_index.as_uri() in run_artifacts(state)["data-docs"].data
    docs_built_at = docs_index.stat().st_mtime_ns
    totals = run_artifacts(state)["province-totals"].data

    first = table_digests(data_dir)
    fetches = query(data_dir, "SELECT count(*) FROM fetch_log")[0][0]
    state = run_flow()
    assert state.is_completed()
    assert "11 unchanged" in state.message  # 9 lists and 2 announcements
    assert table_digests(data_dir) == first
    assert docs_index.stat().st_mtime_ns == docs_built_at  # nothing validated, nothing rebuilt
    # Nothing the report reads changed: the run took the last report (tasks/run_artifacts.report_totals), and
    # its table in the UI is the same.
    assert (data_dir / "run_report_cache.json").is_file()
    assert run_artifacts(state)["province-totals"].data == totals
    assert query(data_dir, "SELECT count(*) FROM fetch_log")[0][0] == 2 * fetches
    last_run = query(
        data_dir,
        """SELECT status, count(*) FROM publication_runs
                                  WHERE flow_run_id = (SELECT flow_run_id FROM publication_runs
                                                       ORDER BY recorded_at DESC LIMIT 1) GROUP BY ALL""",
    )
    assert last_run == [("unchanged", 11)]  # 9 lists, 2 announcements


@pytest.fixture
def fast_fetch(monkeypatch):
    """Retries without the production waits, so fault tests stay quick."""
    monkeypatch.setenv("GDMP_BACKOFF_SECONDS", "0.01")
    monkeypatch.setenv("GDMP_HOST_DELAY_SECONDS", "0")
    monkeypatch.setenv("GDMP_READ_TIMEOUT", "1")


def task_run_names(state) -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return sorted(r.name for r in runs)


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ({"response_data": "busy", "status": 503}, "answered HTTP 503 (after 4 attempts)"),
        ({"response_data": "gone", "status": 404}, "answered HTTP 404"),
        (
            {"response_data": "<html><body>系统维护</body></html>", "content_type": "text/html"},
            "payload is HTML",
        ),
        ({"response_data": ""}, "the payload is empty"),
    ],
)
def test_a_publisher_fault_keeps_the_previous_version(
    tmp_path, data_dir, httpserver, fast_fetch, fault, reason
):
    httpserver.expect_ordered_request("/batch.csv").respond_with_data(csv_list(4), content_type="text/csv")
    catalog = write_catalog(tmp_path, {"id": "foshan-test", "location": httpserver.url_for("/batch.csv")})
    assert run_flow(catalog).is_completed()
    before = table_digests(data_dir)

    httpserver.expect_request("/batch.csv").respond_with_data(**fault)
    state = run_flow(catalog)
    assert state.is_failed()
    assert "foshan-test" in state.message and reason in state.message
    assert table_digests(data_dir) == before
    assert "**NO**" not in run_artifacts(state)["daily-refresh-summary"].data  # failed, not mis-reconciled
    assert "❌ failed" in run_artifacts(state)["daily-refresh-summary"].data


def test_unchanged_publications_are_not_fetched_twice_or_reparsed(tmp_path, data_dir, httpserver, fast_fetch):
    body = csv_list(4)
    httpserver.expect_request("/batch.csv", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    httpserver.expect_request("/batch.csv").respond_with_data(
        body, content_type="text/csv", headers={"ETag": '"v1"'}
    )
    httpserver.expect_request("/plain.csv").respond_with_data(body, content_type="text/csv")  # no validators
    catalog = write_catalog(
        tmp_path,
        {"id": "with-etag", "location": httpserver.url_for("/batch.csv")},
        {"id": "without-etag", "location": httpserver.url_for("/plain.csv")},
    )
    first = run_flow(catalog)
    assert first.is_completed()
    assert "prepare with-etag" in task_run_names(first)

    second = run_flow(catalog)
    assert second.is_completed() and "2 unchanged" in second.message
    names = task_run_names(second)
    assert not [n for n in names if n.startswith(("prepare", "validate"))], (
        names
    )  # no task run when unchanged
    assert query(data_dir, "SELECT source_id, status, bytes FROM fetch_log ORDER BY source_id, fetched_at") == [
        ("with-etag", "fetched", len(body)), ("with-etag", "not_modified", 0),
        ("without-etag", "fetched", len(body)), ("without-etag", "fetched", len(body)),
    ]  # fmt: skip
    assert query(data_dir, "SELECT message FROM publication_runs WHERE source_id = 'with-etag' AND status = 'unchanged'"
                 )[0][0].endswith("(HTTP 304 Not Modified)")  # fmt: skip

    forced = run_flow(catalog, force=True)
    assert forced.is_completed() and "2 loaded" in forced.message
    assert "prepare with-etag" in task_run_names(forced)


def test_too_many_quarantined_rows_reject_the_publication_and_keep_the_previous_version(
    tmp_path, data_dir, httpserver
):
    httpserver.expect_ordered_request("/batch.csv").respond_with_data(csv_list(30), content_type="text/csv")
    catalog = write_catalog(tmp_path, {"id": "foshan-test", "location": httpserver.url_for("/batch.csv")})
    assert run_flow(catalog).is_completed()
    before = table_digests(data_dir)

    bad = {3: "-5", 9: "三亿", 20: "--5"}  # 3 of 30 rows (10 %) cannot be loaded: over the 5 % threshold
    httpserver.expect_ordered_request("/batch.csv").respond_with_data(
        csv_list(30, bad), content_type="text/csv"
    )
    state = run_flow(catalog)
    assert state.is_failed()
    assert "foshan-test: 3 rows quarantined (10.0% > 5% allowed)" in state.message
    assert "row 4: expect_column_values_to_be_between(total_investment_wan)" in state.message
    assert table_digests(data_dir) == before  # the previous version, its quarantine and all
    assert query(data_dir, "SELECT status FROM publication_runs ORDER BY recorded_at") == [
        ("loaded",),
        ("rejected",),
    ]


def test_schema_drift_is_reported(tmp_path, data_dir, httpserver):
    httpserver.expect_ordered_request("/batch.csv").respond_with_data(csv_list(5), content_type="text/csv")
    catalog = write_catalog(tmp_path, {"id": "foshan-test", "location": httpserver.url_for("/batch.csv")})
    assert run_flow(catalog).is_completed()
    drifted = csv_list(5).decode().replace("年度计划投资（亿元）", "备注").encode()
    httpserver.expect_ordered_request("/batch.csv").respond_with_data(drifted, content_type="text/csv")
    state = run_flow(catalog)
    assert state.is_completed()
    ((drift,),) = query(data_dir, "SELECT schema_drift FROM publication_runs WHERE status = 'loaded' "
                                  "ORDER BY recorded_at DESC LIMIT 1")  # fmt: skip
    assert json.loads(drift) == [
        "column '年度计划投资(亿元)' (annual_plan) disappeared",
        "new column '备注' (remark)",
    ]
    assert "new column '备注' (remark)" in run_artifacts(state)["daily-refresh-summary"].data
    assert query(data_dir, "SELECT version, valid_to IS NULL FROM publications ORDER BY version") == [
        (1, False),
        (2, True),
    ]  # the new version closed the first, which stays queryable


def test_a_list_we_do_not_understand_is_rejected_and_the_previous_version_stays(
    tmp_path, data_dir, httpserver
):
    good = [{"projectName": f"项目{i}", "totalInvestmentYi": f"{i}.5", "town": "南海区"} for i in range(1, 4)]
    httpserver.expect_request("/rows.json").respond_with_json({"data": {"rows": good}})
    entry = {"id": "foshan-portal", "location": httpserver.url_for("/rows.json"), "format": "json"}
    assert run_flow(write_catalog(tmp_path, entry)).is_completed()
    before = query(data_dir, "SELECT project_name, total_investment_wan FROM projects ORDER BY row_number")
    assert before == [("项目1", Decimal("15000")), ("项目2", Decimal("25000")), ("项目3", Decimal("35000"))]

    httpserver.clear()  # the portal renamed its amount key
    renamed = [
        {"projectName": r["projectName"], "val": r["totalInvestmentYi"], "town": r["town"]} for r in good
    ]
    httpserver.expect_request("/rows.json").respond_with_json({"data": {"rows": renamed}})
    state = run_flow(write_catalog(tmp_path, entry))
    assert state.is_failed() and "no column for total_investment" in state.message
    assert (
        query(data_dir, "SELECT project_name, total_investment_wan FROM projects ORDER BY row_number")
        == before
    )
    statuses = query(data_dir, "SELECT status FROM publication_runs ORDER BY recorded_at")
    assert statuses == [("loaded",), ("rejected",)]
    summary = run_artifacts(state)["daily-refresh-summary"].data
    assert "⛔ rejected" in summary and 'columns: {"val": total_investment}' in summary
