from pathlib import Path

import pytest
import yaml

from etl.core.errors import CatalogError
from etl.fetching.catalog import load_catalog, parse_catalog

REPO = Path(__file__).resolve().parent.parent


def entry(**overrides):
    base = {
        "id": "sz-batch",
        "title": "深圳批次",
        "publisher": "深圳市人民政府",
        "list_kind": "groundbreaking",
        "city": "深圳",
        "published": "2023-01-29",
        "location": "samples/x.csv",
    }
    return {**base, **overrides}


def test_bundled_catalog_is_valid():
    sources = load_catalog(REPO / "catalog" / "sources.yaml")
    assert sources
    for s in sources:
        # A bundled file is a SAMPLE and says so (the warehouse marks its rows is_sample); a real list
        # (a URL, or a file outside samples/) is not one.
        assert s.sample == s.location.startswith("samples/"), (s.id, s.location, s.sample)
        if s.sample:
            assert (REPO / s.location).is_file(), s.location


def test_defaults_are_filled():
    (source,) = parse_catalog({"sources": [entry()]})
    assert source.city == "4403"
    assert source.year == 2023
    assert source.resolved_format == "csv"
    (page,) = parse_catalog({"sources": [entry(location="https://example.invalid/list?id=3")]})
    assert page.resolved_format == "auto"  # the reader will tell by the bytes


@pytest.mark.parametrize(
    ("overrides", "field", "reason"),
    [
        ({"list_kind": "plan"}, "list_kind", "provincial_plan"),
        ({"city": "南宁"}, "city", "neither one of the 21 cities nor the province"),
        ({"location": "ftp://example.invalid/x.csv"}, "location", "only http(s)"),
        ({"location": "https://example.invalid:99999/x.csv"}, "location", "bad port (Port out of range"),
        ({"location": "https://[::1/x.csv"}, "location", "bad host (Invalid IPv6 URL)"),
        ({"location": "https:///x.csv"}, "location", "no host"),
        ({"columns": {"项目": "nonsense"}}, "columns", "'项目' maps to 'nonsense', which is not one of"),
        ({"header_row": 0}, "header_row", "greater than or equal to 1"),
        ({"published": "2023-13-01"}, "published", "date"),
        ({"published": "0001-01-01"}, "published", "0001-01-01 is outside the years 1990-2100"),
        ({"published": "9999-12-31"}, "published", "9999-12-31 is outside the years 1990-2100"),
        ({"year": 9999}, "year", "less than or equal to 2100"),
        ({"allow_networks": ["0.0.0.0/0"]}, "allow_networks", "'0.0.0.0/0' allows 4,294,967,296 addresses"),
        ({"allow_networks": ["127.0.0.1", "10.0.0.0/8"]}, "allow_networks", "set allow_any_network: true"),
        ({"allow_networks": ["::/0"]}, "allow_networks", "not one host"),
        ({"encoding": "klingon"}, "encoding", "unknown encoding"),
        ({"headline": {"projects": -1, "source": "x"}}, "headline.projects", "greater than or equal"),
        ({"headline": {"projects": 3}}, "headline.source", "Field required"),
        ({"colour": "red"}, "colour", "Extra inputs"),
    ],
)
def test_errors_name_the_entry_and_the_field(overrides, field, reason):
    with pytest.raises(CatalogError) as caught:
        parse_catalog({"sources": [entry(id="ok"), entry(**overrides)]}, origin="sources.yaml")
    message = str(caught.value)
    assert "entry 2 (id 'sz-batch')" in message
    assert f"field {field!r}" in message
    assert reason in message


def test_a_network_block_needs_allow_any_network():
    one_host = parse_catalog({"sources": [entry(allow_networks=["127.0.0.1", "10.1.2.3/32", "::1/128"])]})
    assert one_host[0].allow_networks == ["127.0.0.1", "10.1.2.3/32", "::1/128"]
    (wide,) = parse_catalog({"sources": [entry(allow_networks=["10.0.0.0/8"], allow_any_network=True)]})
    assert wide.allow_any_network and wide.allow_networks == ["10.0.0.0/8"]


def test_duplicate_ids_are_refused():
    with pytest.raises(CatalogError, match="entry 2 .* field 'id': duplicate of entry 1"):
        parse_catalog({"sources": [entry(), entry()]})


def test_a_file_that_is_not_a_catalog_is_refused(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("just: text\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="'sources' list"):
        load_catalog(path)


def lines_run_checking(path: Path) -> int:
    """How many lines of the project's own code `gdmp check-catalog` runs on this catalog: a count of work
    done, where a timing would depend on the machine."""
    import argparse
    import contextlib
    import io
    import sys

    from etl.core.settings import get_settings
    from gdmp.sources import check_catalog

    ours, count, settings = (str(REPO / "etl"), str(REPO / "gdmp")), 0, get_settings()

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(ours) else None

    sys.settrace(calls)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert check_catalog(argparse.Namespace(catalog=path), settings) == 0
    finally:
        sys.settrace(None)
    return count


def catalog_of(tmp_path: Path, lists: int) -> Path:
    """`lists` lists and one announcement per ten of them, each with its own id and URL."""
    entries = [entry(id=f"list-{i}", location=f"https://example.invalid/附件{i}.csv") for i in range(lists)]
    entries += [
        entry(
            id=f"release-{i}",
            kind="announcement",
            announces=[f"list-{i * 10}"],
            format="html",
            location=f"https://example.invalid/{i}.html",
        )
        for i in range(lists // 10)
    ]
    path = tmp_path / f"catalog-{lists}.yaml"
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    return path


def test_check_catalog_work_grows_linearly_with_the_entries(tmp_path):
    lines_run_checking(catalog_of(tmp_path, 20))  # caches warm (folding tables, settings)
    small, large = (lines_run_checking(catalog_of(tmp_path, n)) for n in (200, 400))
    assert large < 2.1 * small, f"{small} lines for 200 entries, {large} for 400: worse than linear"
