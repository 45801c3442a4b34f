from pathlib import Path

import pytest

from etl.catalog import load_catalog, parse_catalog
from etl.errors import CatalogError

REPO = Path(__file__).resolve().parent.parent


def entry(**overrides):
    base = {
        "id": "sz-batch", "title": "深圳批次", "publisher": "深圳市人民政府", "list_kind": "groundbreaking",
        "city": "深圳", "published": "2023-01-29", "location": "samples/x.csv",
    }  # fmt: skip
    return {**base, **overrides}


def test_bundled_catalog_is_valid():
    sources = load_catalog(REPO / "catalog" / "sources.yaml")
    assert sources
    assert all(s.sample for s in sources)
    for s in sources:
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


def test_duplicate_ids_are_refused():
    with pytest.raises(CatalogError, match="entry 2 .* field 'id': duplicate of entry 1"):
        parse_catalog({"sources": [entry(), entry()]})


def test_a_file_that_is_not_a_catalog_is_refused(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("just: text\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="'sources' list"):
        load_catalog(path)
