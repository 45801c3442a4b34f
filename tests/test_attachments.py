"""Attachments in the formats publishers use — PDF, legacy .xls, Word .docx, .ods — read through the real
path (`parse_publication`: sniff, reader, normalizer) and compared with what their generator knows they
hold (scripts/corpus/attachments.py): rows read, projects, exact totals, non-project rows and kinds.
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest

from etl.core.errors import ReadError
from etl.fetching.catalog import parse_catalog
from etl.readers import read_table, sniff_format
from etl.readers.parse import parse_publication
from etl.readers.spreadsheet import general_number
from etl.rules.headers import header_units, map_headers
from etl.rules.units import fold_text
from etl.validate.reconcile import reconcile_in_file
from scripts.corpus import attachments
from scripts.corpus.ole import compound_file
from tests.entry import limits, staging

pytestmark = pytest.mark.slow  # every test reads through the DuckDB staging path (~0.3-1 s a publication)

FIXTURES = {make.__name__: make for make in attachments.FIXTURES}
READABLE = [name for name in FIXTURES if name != "scanned_pdf"]


def source(fixture: attachments.Fixture, fmt: str = "auto"):
    entry = {"id": "attachment", "title": "t", "publisher": "p", "list_kind": "groundbreaking", "city": "广东省",
             "published": "2023-03-01", "location": f"lists/{fixture.name}", "format": fmt, **fixture.entry}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


@pytest.fixture(scope="module", params=READABLE)
def read(request):
    fixture = FIXTURES[request.param]()
    normalized = parse_publication(source(fixture), fixture.payload, staging(), limits())
    yield fixture, normalized
    normalized.discard()


def test_counts_and_totals_are_exact(read):
    fixture, normalized = read
    truth = fixture.truth
    projects = normalized.projects
    assert normalized.quarantined == []
    assert (normalized.rows_read, len(projects)) == (truth["rows_read"], truth["projects"])
    assert sum(p["total_investment_wan"] for p in projects) == truth["total_wan"]
    if truth["annual_wan"] is not None:
        assert sum(p["annual_plan_wan"] or Decimal(0) for p in projects) == truth["annual_wan"]
    assert normalized.accounted


def test_names_fold_back_and_wrapped_lines_join(read):
    fixture, normalized = read
    # Spaces aside: a line break inside a CJK name is joined by the normalizer (without a space, once the
    # normalizer's CJK rule lands; with one before it). Kangxi radicals and compatibility ideographs
    # must be folded back by NFKC either way.
    names = [p["project_name"].replace(" ", "") for p in normalized.projects]
    assert names == [fold_text(n).replace(" ", "") for n in fixture.truth["names"]]


def test_non_project_rows_and_their_kinds(read):
    fixture, normalized = read
    found = [(n["kind"], n["label"], n["declared_count"]) for n in normalized.non_projects]
    assert found == [tuple(t) for t in fixture.truth["non_projects"]]


def test_the_file_agrees_with_itself(read):
    fixture, normalized = read
    checks = reconcile_in_file(normalized.non_projects, normalized.projects)
    assert checks and [c.message for c in checks if not c.ok] == fixture.truth["in_file_disagreements"]


def test_a_scan_is_refused_naming_what_it_lacks():
    fixture = attachments.scanned_pdf()
    with pytest.raises(ReadError, match="scanned PDF: no text layer"):
        parse_publication(source(fixture), fixture.payload, staging(), limits())


def test_binary_floats_read_as_the_cell_shows_them():
    fixture = attachments.xls_yi_floats()
    normalized = parse_publication(source(fixture), fixture.payload, staging(), limits())
    first, second = normalized.projects[:2]
    assert (first["total_investment_raw"], first["total_investment_wan"]) == ("412.3", Decimal("4123000"))
    assert (second["total_investment_raw"], second["total_investment_wan"]) == ("0.3", Decimal("3000"))
    normalized.discard()


def test_pdf_header_broken_over_lines_and_in_odd_code_points_maps_with_its_unit():
    fixture = attachments.pdf_multipage()
    table = read_table(fixture.payload, "pdf")
    assert table.header[:4] == ["序号", "项目名称", "建设地点", "总投资(万元)"]  # the break joins, no space
    assert map_headers(table.header)[3] == "total_investment" and header_units(table.header)[3] == "万元"
    assert table.notes[:2] == ["珠海市2023年第一季度重大项目集中开工项目表", "单位:万元"]
    assert table.notes[-1].startswith("备注") and table.unit_hint == "万元"
    assert "\n" in table.rows[1].cells[1]  # a wrapped name keeps its line break for the normalizer


@pytest.mark.parametrize(
    ("streams", "location", "message"),
    [
        ({"WordDocument": b"w", "1Table": b"t"}, "list.doc", "Word 97 .doc: save it as .docx"),
        ({"WordDocument": b"w"}, "list.xls", "Word 97 .doc: save it as .docx"),
        ({"ETExtData": b"e"}, "list.et", "WPS .et spreadsheet .* save it as .xlsx"),
        ({"Workbook": b"not biff"}, "list.et", "WPS .et spreadsheet .* save it as .xlsx"),
        ({"EncryptedPackage": b"e", "EncryptionInfo": b"i"}, "list.xlsx", "password-protected"),
    ],
)
def test_office_files_we_cannot_read_say_what_to_save_them_as(streams, location, message):
    fixture = attachments.Fixture(location, compound_file(streams), {}, {"location": f"lists/{location}"})
    with pytest.raises(ReadError, match=message):
        parse_publication(source(fixture), fixture.payload, staging(), limits())


def test_an_odt_is_refused_and_a_misnamed_workbook_is_read_by_its_bytes():
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(ReadError, match=r"OpenDocument text \(.odt\): save it as .docx"):
        read_table(odt.getvalue(), "auto")
    fixture = attachments.ods_merged()
    assert sniff_format(fixture.payload) == "ods"
    assert len(read_table(fixture.payload, "xls").rows) == fixture.truth["rows_read"]  # named .xls: an ODS


@pytest.mark.parametrize(
    ("value", "shown"),
    [(412.29999999999995, "412.3"), (0.1 + 0.2, "0.3"), (1e16, "10000000000000000"), (12.0, "12"),
     (-0.0, "0"), (1e-7, "0.0000001"), (123456789.123456789, "123456789.123457"), (45658.0, "45658")],
)  # fmt: skip
def test_floats_become_the_text_excel_shows_in_general_format(value, shown):
    assert general_number(value) == shown


def test_a_wps_et_that_is_excel_97_inside_is_read():
    fixture = attachments.xls_yi_floats()
    et = attachments.Fixture(
        "list.et", fixture.payload, fixture.truth, {**fixture.entry, "location": "lists/list.et"}
    )
    normalized = parse_publication(source(et), et.payload, staging(), limits())
    assert (normalized.rows_read, len(normalized.projects)) == (
        fixture.truth["rows_read"],
        fixture.truth["projects"],
    )
    normalized.discard()
