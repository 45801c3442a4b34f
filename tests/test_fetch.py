"""Fetching a healthy publication: archived by content, read back, logged. Faults: test_fetch_faults.py."""

import hashlib

import pytest

from etl.core.errors import FetchError
from etl.fetching import fetch
from etl.fetching.catalog import parse_catalog
from tests.entry import fetch_policy


def url_source(url, **overrides):
    entry = {"id": "web", "title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山",
             "published": "2023-03-01", "location": url, "format": "csv", "allow_http": True, **overrides}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


def test_url_payload_is_archived_by_sha256(httpserver, data_dir):
    body = "序号,项目名称\n1,甲\n".encode()
    httpserver.expect_request("/list.csv").respond_with_data(body, content_type="text/csv")
    fetched = fetch(url_source(httpserver.url_for("/list.csv")), policy=fetch_policy())
    sha = hashlib.sha256(body).hexdigest()
    assert (fetched.sha256, fetched.size, fetched.http_status) == (sha, len(body), 200)
    assert fetched.archive_path == str(data_dir / "raw" / sha[:2] / f"{sha}.csv")
    assert fetched.read() == body
    assert "gd-major-projects-etl" in httpserver.log[0][0].headers["User-Agent"]


def test_the_same_content_is_archived_once(data_dir):
    first = fetch(url_source("samples/foshan_2023_q1_sample.csv"), policy=fetch_policy())
    second = fetch(url_source("samples/foshan_2023_q1_sample.csv"), policy=fetch_policy())
    assert first.archive_path == second.archive_path
    assert len(list((data_dir / "raw").rglob("*.csv"))) == 1


def test_missing_repo_file_is_a_clear_error(data_dir):
    with pytest.raises(FetchError, match="source web: cannot read samples/nope.csv"):
        fetch(url_source("samples/nope.csv"), policy=fetch_policy())
