"""Announcements as data, end to end: a release fetched like any source, its figures in the warehouse, and
the list it announces reconciled against them without a typed headline."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from tests.test_daily_flow import csv_list, run_artifacts, run_flow, write_catalog

pytestmark = pytest.mark.usefixtures("prefect_harness")

RELEASE = """<html><head><meta charset="utf-8"><title>佛山市重大项目集中开工</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news">要闻动态</a></div>
<div class="article"><h1>佛山市举行重大项目集中开工活动</h1>
<p>3月1日上午，佛山市举行重大项目集中开工活动。本次集中开工项目共{n}个，总投资约{total}亿元，年度计划投资约4亿元。</p>
<p>按区域划分，南海区项目{n}个，总投资约{total}亿元。</p>
<p>活动现场气氛热烈，企业代表纷纷表示将加快项目建设进度。</p></div>
<div class="footer">版权所有：佛山市人民政府 备案号：粤ICP备00000000号 联系电话：0757-00000000</div>
</body></html>"""


def query(data_dir: Path, sql: str):
    with duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def entries(httpserver, **release) -> list[dict]:
    announcement = {"id": "foshan-release", "kind": "announcement", "location": httpserver.url_for("/release.html"),
                    "format": "auto", "announces": ["foshan-list"], **release}  # fmt: skip
    return [{"id": "foshan-list", "location": httpserver.url_for("/list.csv")}, announcement]


def serve(httpserver, n_listed: int, n_announced: int, total: str) -> None:
    httpserver.clear()
    httpserver.expect_request("/list.csv").respond_with_data(csv_list(n_listed), content_type="text/csv")
    page = RELEASE.format(n=n_announced, total=total)
    httpserver.expect_request("/release.html").respond_with_data(page.encode(), content_type="text/html")


def test_a_list_is_checked_against_its_announcement_without_a_typed_headline(tmp_path, data_dir, httpserver):
    serve(httpserver, 4, 4, "12")  # 1.5 + 2.5 + 3.5 + 4.5 = 12亿, 4 × 1亿 for the year
    state = run_flow(write_catalog(tmp_path, *entries(httpserver)))
    assert state.is_completed(), state.message
    checks = query(data_dir, "SELECT figure, declared, ok, figure_source FROM reconciliation "
                             "WHERE source_id = 'foshan-list' AND check_kind = 'announced' ORDER BY figure")  # fmt: skip
    assert [(f, d, ok) for f, d, ok, _ in checks] == [
        ("annual_yi", Decimal("4"), True),
        ("projects", Decimal("4"), True),
        ("total_yi", Decimal("12"), True),
    ]
    assert all(source.startswith("announcement foshan-release: “") for *_, source in checks)
    figures = query(data_dir, "SELECT scope_kind, scope_label, figure, value, qualifier FROM announced_figures "
                              "WHERE status = 'ok' ORDER BY figure_no")  # fmt: skip
    assert figures == [
        ("batch", None, "projects", Decimal(4), "exact"), ("batch", None, "total_investment", Decimal(120000), "about"),
        ("batch", None, "annual_plan", Decimal(40000), "about"), ("district", "南海区", "projects", Decimal(4), "exact"),
        ("district", "南海区", "total_investment", Decimal(120000), "about"),
    ]  # fmt: skip
    # Each figure points at its words in the article, not at the navigation or the footer.
    (sentence, text), *_ = query(data_dir, "SELECT sentence, text FROM announced_figures WHERE figure_no = 2")
    assert text == "总投资约12亿元" and text in sentence and "首页" not in sentence
    compared = query(data_dir, "SELECT scope_kind, figure, announced, loaded, agrees FROM announcements_vs_lists "
                               "ORDER BY scope_kind, figure")  # fmt: skip
    assert ("district", "projects", Decimal(4), Decimal(4), True) in compared
    assert all(agrees for *_, agrees in compared)

    second = run_flow(write_catalog(tmp_path, *entries(httpserver)))  # the same bytes: nothing to do
    assert second.is_completed() and "0 loaded, 2 unchanged" in second.message


def test_a_list_that_disagrees_with_its_announcement_loads_and_the_disagreement_is_reported(
    tmp_path, data_dir, httpserver
):
    """A figure read from prose by rules never rejects a list by itself (a misread sentence must not keep a
    correct list out): the list loads, and the disagreement is in the reconciliation, the comparison view
    and the run summary, with both figures."""
    serve(httpserver, 5, 4, "12")  # the list has 5 projects, the release says 4
    state = run_flow(write_catalog(tmp_path, *entries(httpserver)))
    assert state.is_completed(), state.message
    assert query(data_dir, "SELECT source_id, status FROM publication_runs ORDER BY source_id") == [
        ("foshan-list", "loaded"),
        ("foshan-release", "loaded"),
    ]
    (ok, message), = query(data_dir, "SELECT ok, message FROM reconciliation WHERE source_id = 'foshan-list' "
                                     "AND check_kind = 'announced' AND figure = 'projects'")  # fmt: skip
    assert (
        not ok
        and "projects: loaded 5, announced 4 (announcement foshan-release: “4个”) → MISMATCH" in message
    )
    compared = query(data_dir, "SELECT announced, loaded, agrees FROM announcements_vs_lists "
                               "WHERE scope_kind = 'batch' AND figure = 'projects'")  # fmt: skip
    assert compared == [(Decimal(4), Decimal(5), False)]
    summary = run_artifacts(state)["daily-refresh-summary"].data
    assert "announced" in summary and "loaded 5, announced 4" in summary


def test_a_release_without_figures_loads_with_a_warning_and_a_page_that_is_no_article_fails(
    tmp_path, data_dir, httpserver
):
    quiet = "<html><body><article><h1>市领导调研重点项目</h1><p>近日，市领导到项目现场调研，要求加快建设进度，确保项目早日建成投产。</p></article></body></html>"
    links = (
        "<html><body><ul>"
        + "".join(f"<li><a href='/n{i}'>新闻标题{i}</a></li>" for i in range(40))
        + "</ul></body></html>"
    )
    httpserver.expect_request("/quiet.html").respond_with_data(quiet.encode(), content_type="text/html")
    httpserver.expect_request("/index.html").respond_with_data(links.encode(), content_type="text/html")
    httpserver.expect_request("/list.csv").respond_with_data(csv_list(3), content_type="text/csv")
    catalog = write_catalog(
        tmp_path,
        {
            "id": "quiet",
            "kind": "announcement",
            "location": httpserver.url_for("/quiet.html"),
            "format": "auto",
        },
        {
            "id": "index",
            "kind": "announcement",
            "location": httpserver.url_for("/index.html"),
            "format": "auto",
        },
        {"id": "a-list", "location": httpserver.url_for("/list.csv")},
    )
    state = run_flow(catalog)
    assert state.is_failed() and "index: cannot read" in state.message and "not an article" in state.message
    runs = dict(query(data_dir, "SELECT source_id, status FROM publication_runs"))
    assert runs == {"quiet": "loaded", "index": "failed", "a-list": "loaded"}  # neither stops the others
    assert query(data_dir, "SELECT figures, ambiguous FROM announcements WHERE source_id = 'quiet'") == [
        (0, 0)
    ]
    summary = run_artifacts(state)["daily-refresh-summary"].data
    assert "quiet: WARNING: no figures found in the article" in summary
