"""Fetching against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

import hashlib

import pytest

from etl.catalog import parse_catalog
from etl.fetching import FetchError, fetch


def url_source(url, **overrides):
    entry = {"id": "web", "title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山",
             "published": "2023-03-01", "location": url, "format": "csv", **overrides}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


def test_url_payload_is_archived_by_sha256(httpserver, data_dir):
    body = "序号,项目名称\n1,甲\n".encode()
    httpserver.expect_request("/list.csv").respond_with_data(body, content_type="text/csv")
    fetched = fetch(url_source(httpserver.url_for("/list.csv")))
    sha = hashlib.sha256(body).hexdigest()
    assert (fetched.sha256, fetched.size, fetched.http_status) == (sha, len(body), 200)
    assert fetched.archive_path == str(data_dir / "raw" / sha[:2] / f"{sha}.csv")
    assert fetched.read() == body
    assert "gd-major-projects-etl" in httpserver.log[0][0].headers["User-Agent"]


@pytest.mark.parametrize(
    ("status", "transient"), [(404, False), (410, False), (503, True), (500, True), (429, True)]
)
def test_http_errors_name_the_source_and_say_if_worth_retrying(httpserver, data_dir, status, transient):
    httpserver.expect_request("/gone.csv").respond_with_data("no", status=status)
    with pytest.raises(FetchError, match=f"source web: GET .*/gone.csv answered HTTP {status}") as caught:
        fetch(url_source(httpserver.url_for("/gone.csv")))
    assert caught.value.transient is transient


def test_repo_paths_cannot_escape_the_repository(data_dir):
    with pytest.raises(FetchError, match="outside the repository"):
        fetch(url_source("../../etc/passwd"))


def test_missing_repo_file_is_a_clear_error(data_dir):
    with pytest.raises(FetchError, match="source web: cannot read samples/nope.csv"):
        fetch(url_source("samples/nope.csv"))
