"""The traps real published lists contain, one small fixture each, read through the real code path.

Every fixture is built here (XLSX with openpyxl, HTML / CSV / JSON as bytes) and read with
`parse_publication` (reader + normalizer); in-file figures are checked with `reconcile_in_file`.
See /work/shared/domain.md ("What real lists contain") and docs/conventions.md for the rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from decimal import Decimal

import openpyxl
import pytest

from etl.core.errors import ReadError
from etl.fetching.catalog import Source, parse_catalog
from etl.normalize import Normalized
from etl.readers.parse import parse_publication
from etl.validate.reconcile import reconcile_in_file
from tests.entry import limits, staging

pytestmark = pytest.mark.slow  # every test reads through the DuckDB staging path (~0.3-1 s a publication)

# ---------------------------------------------------------------------------------------------------
# Builders


def source(**overrides) -> Source:
    """A catalog entry for a province-wide list read from an XLSX file, unless overridden."""
    base = {
        "id": "messy", "title": "t", "publisher": "p", "list_kind": "provincial_plan", "city": "广东省",
        "published": "2023-02-01", "location": "lists/messy.xlsx",
    }  # fmt: skip
    return parse_catalog({"sources": [{**base, **overrides}]})[0]


def xlsx_bytes(rows, merges=(), sheet_title="Table", extra_sheets=()) -> bytes:
    """A workbook whose project sheet holds `rows` (row 1 first) with `merges` ("A1:E1").

    extra_sheets: (title, rows) sheets placed *before* the project sheet, so it is not the first one.
    """
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, extra_rows in extra_sheets:
        extra = workbook.create_sheet(title)
        for row in extra_rows:
            extra.append(list(row))
    sheet = workbook.create_sheet(sheet_title)
    for row in rows:
        sheet.append(list(row))
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, encoding="utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def parse_csv(rows, **overrides) -> Normalized:
    return parse_publication(
        source(location="lists/messy.csv", **overrides), csv_bytes(rows), staging(), limits()
    )


def by_row(normalized: Normalized, *fields: str) -> dict[int, tuple]:
    """Project rows keyed by their row number in the file, with the fields asked for."""
    return {p["row_number"]: tuple(p[f] for f in fields) for p in normalized.projects}


def kinds(normalized: Normalized) -> list[tuple[int, str, str | None]]:
    return [(n["row_number"], n["kind"], n["label"]) for n in normalized.non_projects]


HEADER = ["序号", "项目名称", "地市", "总投资（万元）"]

# ---------------------------------------------------------------------------------------------------
# XLSX: which sheet, where the header is, merged cells


def test_xlsx_default_sheet_name_with_title_and_note_rows_above_the_header():
    rows = [
        ["2023年广东省重点建设项目计划表"],  # 1: title, merged over the table's width
        ["单位：亿元"],  # 2: note row: the unit of columns whose header names none
        [],  # 3: blank
        ["序号", "项目名称", "地市", "总投资", "2023年计划投资（万元）"],  # 4: header
        [1, "广州地铁十号线", "广州市", 12.5, 3000],
        [2, "深圳机场三跑道", "深圳市", 90, 50000],
    ]
    normalized = parse_publication(source(), xlsx_bytes(rows, merges=["A1:E1", "A2:E2"]), staging(), limits())
    assert by_row(normalized, "project_name", "total_investment_wan", "total_investment_unit") == {
        5: ("广州地铁十号线", Decimal("125000"), "亿元"),
        6: ("深圳机场三跑道", Decimal("900000"), "亿元"),
    }
    assert by_row(normalized, "annual_plan_wan", "annual_plan_unit") == {
        5: (Decimal("3000"), "万元"),  # the header's unit wins over the note's
        6: (Decimal("50000"), "万元"),
    }
    assert normalized.rows_read == 2 and normalized.non_projects == [] and normalized.accounted


def test_xlsx_junk_sheets_before_the_project_sheet_are_skipped():
    instructions = [["填表说明"], ["1. 金额单位为万元"], ["2. 跨市项目填写所有地市"]]
    # A summary sheet with more rows than the list itself, and no project-name column.
    summary = [["地市", "项目个数", "总投资（万元）"]] + [[f"城市{i}", i, i * 100] for i in range(1, 22)]
    rows = [HEADER, [1, "广州地铁十号线", "广州", 300], [2, "湛江钢铁三期", "湛江", 500]]
    payload = xlsx_bytes(rows, extra_sheets=[("说明", instructions), ("汇总", summary)])
    normalized = parse_publication(source(), payload, staging(), limits())
    assert by_row(normalized, "project_name", "city_code") == {
        2: ("广州地铁十号线", "4401"),
        3: ("湛江钢铁三期", "4408"),
    }
    assert normalized.rows_read == 2 and normalized.accounted


def _two_year_workbook() -> bytes:
    plan_2023 = [HEADER, [1, "甲2023", "广州", 1], [2, "乙2023", "广州", 2], [3, "丙2023", "广州", 3]]
    plan_2022 = [HEADER, [1, "甲2022", "佛山", 10], [2, "乙2022", "佛山", 20]]
    return xlsx_bytes(plan_2023, sheet_title="2023年", extra_sheets=[("2022年", plan_2022)])


def test_xlsx_sheet_override_picks_that_sheet():
    payload = _two_year_workbook()
    # Left alone, the reader takes the sheet with the most project rows ...
    assert [
        p["project_name"] for p in parse_publication(source(), payload, staging(), limits()).projects
    ] == [
        "甲2023",
        "乙2023",
        "丙2023",
    ]
    # ... and the catalog's `sheet` picks the other one.
    normalized = parse_publication(source(sheet="2022年"), payload, staging(), limits())
    assert by_row(normalized, "project_name", "city_code", "total_investment_wan") == {
        2: ("甲2022", "4406", Decimal("10")),
        3: ("乙2022", "4406", Decimal("20")),
    }


def test_xlsx_missing_sheet_is_a_read_error_naming_the_sheets():
    with pytest.raises(
        ReadError, match=re.escape("no sheet '2024年'; the workbook has ['2022年', '2023年']")
    ):
        parse_publication(source(sheet="2024年"), _two_year_workbook(), staging(), limits())


def test_xlsx_two_row_header_with_merged_parent_and_a_city_merged_over_three_rows():
    rows = [
        ["2023年重点项目计划"],  # 1
        ["单位：亿元"],  # 2
        ["序号", "项目名称", "地市", "总投资（万元）", "2023年投资计划", None],  # 3: header, first line
        [None, None, None, None, "小计", "主要建设内容"],  # 4: header, second line
        [1, "广州地铁十号线", "广州市", 1005000, 10, "盾构隧道"],  # 5: 地市 merged over rows 5-7
        [2, "南沙港铁路", None, 500000, 5.5, "桥梁路基"],
        [3, "白云机场T3", None, 2000000, "——", "航站楼"],
        [4, "深中通道", "深圳市、中山市", 4600000, 20, "跨海通道"],  # 8
    ]
    merges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "C5:C7"]
    normalized = parse_publication(source(), xlsx_bytes(rows, merges), staging(), limits())
    assert normalized.column_map == {
        "序号": "seq",
        "项目名称": "project_name",
        "地市": "place",
        "总投资(万元)": "total_investment",
        "2023年投资计划/小计": "annual_plan",
        "2023年投资计划/主要建设内容": "content",
    }
    assert by_row(normalized, "project_name", "place_kind", "city_code", "content") == {
        5: ("广州地铁十号线", "city", "4401", "盾构隧道"),
        6: ("南沙港铁路", "city", "4401", "桥梁路基"),
        7: ("白云机场T3", "city", "4401", "航站楼"),
        8: ("深中通道", "multi_city", None, "跨海通道"),
    }
    assert by_row(normalized, "total_investment_wan", "annual_plan_wan", "annual_plan_unit") == {
        5: (Decimal("1005000"), Decimal("100000"), "亿元"),  # 小计 in the note's unit (亿元)
        6: (Decimal("500000"), Decimal("55000"), "亿元"),
        7: (Decimal("2000000"), None, "亿元"),
        8: (Decimal("4600000"), Decimal("200000"), "亿元"),
    }
    assert normalized.rows_read == 4 and normalized.accounted


def test_xlsx_headings_merged_across_the_row_are_not_projects():
    rows = [
        ["2023年重点建设项目"],  # 1
        ["序号", "项目名称", "地市", "总投资（亿元）", "建设起止年限"],  # 2
        ["一、基础设施工程（3个）"],  # 3: merged A3:E3
        ["广 州 市"],  # 4: city group, merged A4:E4
        [1, "广州地铁十号线", None, 100, "2023-2026"],
        [2, "南沙港铁路", None, 50, "2023-2025"],
        ["深 圳 市"],  # 7: merged A7:E7
        [3, "深圳机场三跑道", None, 80, "2022-2027"],
        ["合计", None, None, 230, None],  # 9: 合计 merged A9:C9
    ]
    merges = ["A1:E1", "A3:E3", "A4:E4", "A7:E7", "A9:C9"]
    normalized = parse_publication(source(), xlsx_bytes(rows, merges), staging(), limits())
    assert kinds(normalized) == [
        (3, "category", "基础设施工程"),
        (4, "city_group", "广州市"),
        (7, "city_group", "深圳市"),
        (9, "total", "合计"),
    ]
    # Rows under a city group without a place of their own are that city's.
    assert by_row(normalized, "project_name", "city_code", "section") == {
        5: ("广州地铁十号线", "4401", "基础设施工程"),
        6: ("南沙港铁路", "4401", "基础设施工程"),
        8: ("深圳机场三跑道", "4403", "基础设施工程"),
    }
    assert normalized.quarantined == [] and normalized.rows_read == 7 and normalized.accounted
    checks = reconcile_in_file(normalized.non_projects, normalized.projects)
    assert [(c.figure, c.declared, c.actual, c.ok) for c in checks] == [
        ("in_file:heading '基础设施工程':projects", Decimal(3), Decimal(3), True),
        ("in_file:whole list:total_yi", Decimal(230), Decimal(230), True),
    ]


# ---------------------------------------------------------------------------------------------------
# HTML: the project table among others, spans, thead or not, declared charset or none

LAYOUT_TABLE = (
    '<table class="nav"><tr><td><a href="/">首页</a></td><td>政务公开</td><td>重点项目</td></tr>'
    "<tr><td colspan=3>当前位置：首页 &gt; 重点项目</td></tr></table>"
)
HEAD_ROWS = (
    '<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">地市</th>'
    '<th rowspan="2">总投资（万元）</th><th colspan="2">2023年投资计划</th></tr>'
    "<tr><th>小计</th><th>主要建设内容</th></tr>"
)
BODY_ROWS = (
    '<tr><td colspan="6">一、基础设施工程（3个）</td></tr>'
    '<tr><td>1</td><td>广州地铁十号线</td><td rowspan="2">广州市</td><td>100500</td><td>10</td><td>盾构隧道</td></tr>'
    "<tr><td>2</td><td>南沙港铁路</td><td>50000</td><td>5</td><td>桥梁路基</td></tr>"
    "<tr><td>3</td><td>深汕高铁站</td><td>深汕特别合作区</td><td>200000</td><td>——</td><td>站房</td></tr>"
    '<tr><td colspan="3">合计</td><td>350500</td><td>15</td><td>&nbsp;</td></tr>'
)
CHARSET_DECLARATIONS = {
    "meta charset": '<meta charset="gb2312">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    "none": "",
}


def html_page(table: str, charset_tag: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{charset_tag}<title>重点项目</title></head><body>"
        f"{LAYOUT_TABLE}<h2>2023年重点项目计划</h2><p>单位：亿元</p>{table}<p>来源：发展改革局</p>"
        "</body></html>"
    )


def _check_html_projects(normalized: Normalized) -> None:
    assert by_row(normalized, "project_name", "city_code", "total_investment_wan", "annual_plan_wan") == {
        4: ("广州地铁十号线", "4401", Decimal("100500"), Decimal("100000")),  # 小计 in the page's 亿元
        5: ("南沙港铁路", "4401", Decimal("50000"), Decimal("50000")),  # 地市 from the rowspan
        6: ("深汕高铁站", "4403", Decimal("200000"), None),
    }
    assert [p["content"] for p in normalized.projects] == ["盾构隧道", "桥梁路基", "站房"]
    assert kinds(normalized) == [(3, "category", "基础设施工程"), (7, "total", "合计")]
    assert normalized.rows_read == 5 and normalized.accounted
    checks = reconcile_in_file(normalized.non_projects, normalized.projects)
    assert [(c.figure, c.ok) for c in checks] == [
        ("in_file:heading '基础设施工程':projects", True),
        ("in_file:whole list:total_yi", True),
        ("in_file:whole list:annual_yi", True),
    ]


@pytest.mark.parametrize("with_thead", [True, False], ids=["thead", "no-thead"])
@pytest.mark.parametrize("charset", list(CHARSET_DECLARATIONS))
def test_html_project_table_after_a_layout_table_with_spans(with_thead, charset):
    if with_thead:
        table = f"<table><thead>{HEAD_ROWS}</thead><tbody>{BODY_ROWS}</tbody></table>"
    else:
        table = f"<table>{HEAD_ROWS.replace('th', 'td')}{BODY_ROWS}</table>"
    page = html_page(table, CHARSET_DECLARATIONS[charset])
    payload = page.encode("utf-8") if charset == "none" else page.encode("gbk")
    _check_html_projects(parse_publication(source(location="lists/messy.html"), payload, staging(), limits()))


def test_html_project_table_nested_inside_a_layout_table():
    table = f"<table>{HEAD_ROWS}{BODY_ROWS}</table>"
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f'<table class="layout"><tr><td colspan="2">{LAYOUT_TABLE}</td></tr>'
        f'<tr><td class="sidebar">栏目导航</td><td class="content"><p>单位：亿元</p>{table}</td></tr>'
        '<tr><td colspan="2">版权所有 © 某某市人民政府</td></tr></table></body></html>'
    )
    _check_html_projects(
        parse_publication(source(location="lists/messy.html"), page.encode(), staging(), limits())
    )


# ---------------------------------------------------------------------------------------------------
# CSV and JSON


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("utf-8", None), ("utf-8-sig", None), ("gbk", None), ("gb18030", "gb18030")],
)
def test_csv_in_utf8_or_gbk_still_reads(encoding, declared):
    rows = [["佛山市2023年一季度重点项目"], ["单位：亿元"], HEADER[:3] + ["总投资"]]
    rows += [["1", "顺德机器人谷", "顺德区", "12.34"], ["2", "禅城陶瓷总部", "", "5"]]
    normalized = parse_publication(
        source(location="lists/foshan.csv", city="佛山", list_kind="groundbreaking", encoding=declared),
        csv_bytes(rows, encoding),
        staging(),
        limits(),
    )
    assert by_row(normalized, "project_name", "city_code", "total_investment_wan") == {
        4: ("顺德机器人谷", "4406", Decimal("123400")),
        5: ("禅城陶瓷总部", "4406", Decimal("50000")),  # a blank place is the list's own city
    }
    assert normalized.accounted


def test_json_nested_data_items_with_amount_strings_with_thousands_separators():
    document = {
        "code": 0,
        "msg": "success",
        "data": {
            "page": {"total": 3, "links": [{"rel": "next"}]},
            "items": [
                {"序号": 1, "项目名称": "广州地铁十号线", "地市": "广州", "总投资(万元)": "1,234,567.89"},
                {"序号": 2, "项目名称": "湛江钢铁三期", "地市": "湛江", "总投资(万元)": "12,000"},
                {"序号": 3, "项目名称": "粤东城际", "地市": "汕头、潮州、揭阳", "总投资(万元)": " 3,500 "},
            ],
        },
    }
    payload = json.dumps(document, ensure_ascii=False).encode()
    normalized = parse_publication(source(location="api/list.json"), payload, staging(), limits())
    assert by_row(normalized, "project_name", "total_investment_wan", "total_investment_raw") == {
        1: ("广州地铁十号线", Decimal("1234567.89"), "1,234,567.89"),
        2: ("湛江钢铁三期", Decimal("12000"), "12,000"),
        3: ("粤东城际", Decimal("3500"), "3,500"),
    }
    assert normalized.projects[2]["place_kind"] == "multi_city"
    assert normalized.rows_read == 3 and normalized.accounted


# ---------------------------------------------------------------------------------------------------
# Format detected from the bytes, not the name


@pytest.mark.parametrize("declared_format", ["xlsx", "auto"])
def test_html_error_page_served_as_xlsx_is_a_read_error(declared_format):
    page = b"<!DOCTYPE html><html><head><title>404</title></head><body>Not Found</body></html>"
    entry = source(location="https://example.gov.cn/files/list.xlsx", format=declared_format)
    assert entry.resolved_format == "xlsx"
    with pytest.raises(ReadError, match="expected xlsx but the payload is HTML"):
        parse_publication(entry, page, staging(), limits())


def test_xlsx_with_format_auto_and_no_extension_is_read_as_xlsx():
    entry = source(location="https://example.gov.cn/attachment/download?id=42", format="auto")
    assert entry.resolved_format == "auto"
    payload = xlsx_bytes([HEADER, [1, "珠海金湾机场扩建", "珠海", 8000]])
    normalized = parse_publication(entry, payload, staging(), limits())
    assert by_row(normalized, "project_name", "city_code", "total_investment_wan") == {
        2: ("珠海金湾机场扩建", "4404", Decimal("8000"))
    }


# ---------------------------------------------------------------------------------------------------
# Headers and units


def test_header_labels_with_inner_spaces_and_units_in_brackets():
    rows = [
        ["序 号", "项 目 名 称", "所 在 地 市", "总投资（亿元）", "2023年计划投资 (万元)", "建设起止年限"],
        ["1", "广州地铁十号线", "广州", "12.5", "3000", "2023-2026"],
    ]
    normalized = parse_csv(rows)
    assert normalized.column_map == {
        "序 号": "seq",
        "项 目 名 称": "project_name",
        "所 在 地 市": "place",
        "总投资(亿元)": "total_investment",
        "2023年计划投资 (万元)": "annual_plan",
        "建设起止年限": "period",
    }
    assert by_row(normalized, "total_investment_wan", "total_investment_unit", "annual_plan_wan") == {
        2: (Decimal("125000"), "亿元", Decimal("3000"))
    }
    assert normalized.unmapped_headers == []


def test_unit_in_a_note_row_above_the_table():
    rows = [
        ["2023年重点项目"],
        ["单位：万元"],
        ["序号", "项目名称", "地市", "总投资", "年度计划投资（亿元）"],
        ["1", "湛江钢铁三期", "湛江", "12.5", "0.3"],
    ]
    # The note (万元) beats the catalog's unit (亿元); the header's unit beats the note.
    normalized = parse_csv(rows, unit="亿元")
    assert by_row(normalized, "total_investment_wan", "total_investment_unit") == {
        4: (Decimal("12.5"), "万元")
    }
    assert by_row(normalized, "annual_plan_wan", "annual_plan_unit") == {4: (Decimal("3000"), "亿元")}


@pytest.mark.parametrize(
    ("header_unit", "cell", "expected_wan"),
    [
        ("元", "1,234,567", "123.4567"),
        ("万元", "1234.5", "1234.5"),
        ("亿元", "3.25", "32500"),
        ("万亿", "0.0015", "150000"),
        ("万亿元", "1.2", "120000000"),
    ],
)
def test_header_units_become_exact_wan(header_unit, cell, expected_wan):
    normalized = parse_csv([["项目名称", "地市", f"总投资（{header_unit}）"], ["某项目", "广州", cell]])
    (project,) = normalized.projects
    assert project["total_investment_wan"] == Decimal(expected_wan)
    assert isinstance(project["total_investment_wan"], Decimal)


def test_units_written_in_cells_become_exact_wan():
    rows = [["项目名称", "地市", "总投资"]]
    rows += [
        [f"项目{i}", "广州", cell]
        for i, cell in enumerate(["5000元", "12.5万元", "3.5亿元", "1.2万亿", "88"])
    ]
    normalized = parse_csv(rows, unit="万元")  # the catalog's unit, used only by the bare "88"
    assert by_row(normalized, "total_investment_wan", "total_investment_unit") == {
        2: (Decimal("0.5"), "元"),
        3: (Decimal("12.5"), "万元"),
        4: (Decimal("35000"), "亿元"),
        5: (Decimal("120000000"), "万亿元"),
        6: (Decimal("88"), "万元"),
    }


def test_quantities_with_wan_in_an_amount_cell_are_quarantined():
    rows = [
        HEADER,
        ["1", "阳江海上风电", "阳江", "120万千瓦"],
        ["2", "前海国际会展", "前海", "30万平方米"],
        ["3", "湛江钢铁三期", "湛江", "500"],
    ]
    normalized = parse_csv(rows)
    assert [(q["row_number"], q["project_name"], q["reasons"]) for q in normalized.quarantined] == [
        (2, "阳江海上风电", ["unreadable_total_investment: '120万千瓦' is a quantity, not money"]),
        (3, "前海国际会展", ["unreadable_total_investment: '30万平方米' is a quantity, not money"]),
    ]
    assert [p["project_name"] for p in normalized.projects] == ["湛江钢铁三期"]
    assert normalized.accounted


# ---------------------------------------------------------------------------------------------------
# Rows that are not projects


def test_categories_subcategories_city_groups_and_totals_are_not_projects():
    rows = [
        ["2023年广东省重点建设项目计划"],  # 1
        HEADER,  # 2
        ["一、基础设施工程（3个）", "", "", ""],  # 3: heading in the 序号 column
        ["-1", "国铁干线项目", "", ""],  # 4
        ["1", "广湛高铁", "湛江", "100"],  # 5
        ["−1", "城际铁路项目", "", ""],  # 6: Unicode minus
        ["2", "广佛环线", "广州、佛山", "200"],  # 7
        ["", "广 州 市", "", ""],  # 8: city group
        ["3", "广州地铁十号线", "", "300"],  # 9: no place of its own
        ["", "小计", "", "600"],  # 10
        ["", "（二）能源工程", "", ""],  # 11: heading in the name column
        ["4", "阳江海上风电", "阳江", "50"],  # 12
        ["合计", "", "", "650"],  # 13
        ["备注：投资额为估算数", "", "", ""],  # 14
        ["", "", "", ""],  # 15
    ]
    normalized = parse_csv(rows)
    assert [
        (n["row_number"], n["kind"], n["label"], n["declared_count"]) for n in normalized.non_projects
    ] == [
        (3, "category", "基础设施工程", 3),
        (4, "subcategory", "国铁干线项目", None),
        (6, "subcategory", "城际铁路项目", None),
        (8, "city_group", "广州市", None),
        (10, "total", "小计", None),
        (11, "category", "能源工程", None),
        (13, "total", "合计", None),
        (14, "note", "备注:投资额为估算数", None),
        (15, "blank", None, None),
    ]
    assert by_row(normalized, "project_name", "city_code", "section", "subsection") == {
        5: ("广湛高铁", "4408", "基础设施工程", "国铁干线项目"),
        7: ("广佛环线", None, "基础设施工程", "城际铁路项目"),
        9: ("广州地铁十号线", "4401", "基础设施工程", "城际铁路项目"),
        12: ("阳江海上风电", "4417", "能源工程", None),
    }
    assert normalized.quarantined == []
    assert normalized.rows_read == 13 and normalized.accounted


def test_category_numeral_alone_in_the_seq_column():
    rows = [
        HEADER,
        ["一", "基础设施工程（2个）", "", ""],  # 2
        ["1", "广湛高铁", "湛江", "100"],
        ["2", "广州地铁十号线", "广州", "300"],
        ["（二）", "能源工程（共1项）", "", ""],  # 5
        ["3", "阳江海上风电", "阳江", "50"],
    ]
    normalized = parse_csv(rows)
    assert [
        (n["row_number"], n["kind"], n["label"], n["declared_count"]) for n in normalized.non_projects
    ] == [
        (2, "category", "基础设施工程", 2),
        (5, "category", "能源工程", 1),
    ]
    assert by_row(normalized, "project_name", "section") == {
        3: ("广湛高铁", "基础设施工程"),
        4: ("广州地铁十号线", "基础设施工程"),
        6: ("阳江海上风电", "能源工程"),
    }
    assert normalized.accounted


@pytest.mark.parametrize(
    ("seq", "name", "label"),
    [
        ("", "合计", "合计"),
        ("合计", "", "合计"),
        ("", "总计（2个）", "总计(2个)"),  # labels are NFKC-folded
        ("", "小计", "小计"),
        ("", "全区", "全区"),
        ("", "南山区小计", "南山区小计"),
        ("总 计", "", "总 计"),
    ],
)
def test_total_rows_are_not_projects(seq, name, label):
    rows = [HEADER, ["1", "南山智造产业园", "南山区", "100"], ["2", "宝安综合管廊", "宝安区", "50"]]
    rows.append([seq, name, "", "150"])
    normalized = parse_csv(rows, city="深圳", list_kind="groundbreaking")
    assert [p["project_name"] for p in normalized.projects] == ["南山智造产业园", "宝安综合管廊"]
    (total,) = normalized.non_projects
    assert (total["row_number"], total["kind"], total["label"]) == (4, "total", label)
    assert total["declared_total_investment_wan"] == Decimal("150")
    assert normalized.rows_read == 3 and normalized.accounted


# ---------------------------------------------------------------------------------------------------
# What the file says about itself


def test_in_file_counts_and_totals_that_agree():
    rows = [
        ["序号", "项目名称", "地市", "总投资（亿元）"],
        ["一、基础设施工程（3个）", "", "", "60"],  # 2: count and total of its section
        ["1", "广湛高铁", "湛江", "10"],
        ["2", "深圳机场三跑道", "深圳", "20.5"],
        ["3", "广州地铁十号线", "广州", "29.5"],
        ["（二）能源工程（共1项）", "", "", ""],  # 6
        ["4", "阳江海上风电", "阳江", "5"],
        ["合计", "", "", "65"],  # 8
    ]
    normalized = parse_csv(rows)
    checks = reconcile_in_file(normalized.non_projects, normalized.projects)
    assert [(c.figure, c.declared, c.actual, c.ok) for c in checks] == [
        ("in_file:heading '基础设施工程':projects", Decimal(3), Decimal(3), True),
        ("in_file:heading '基础设施工程':total_yi", Decimal(60), Decimal(60), True),
        ("in_file:heading '能源工程':projects", Decimal(1), Decimal(1), True),
        ("in_file:whole list:total_yi", Decimal(65), Decimal(65), True),
    ]
    assert {c.kind for c in checks} == {"in_file"}


def test_in_file_heading_says_3_but_2_rows_follow():
    rows = [
        HEADER,
        ["一、基础设施工程（3个）", "", "", ""],  # 2
        ["1", "广湛高铁", "湛江", "10"],
        ["2", "深圳机场三跑道", "深圳", "20"],
        ["二、能源工程（1个）", "", "", ""],  # 5
        ["3", "阳江海上风电", "阳江", "5"],
    ]
    normalized = parse_csv(rows)
    wrong, right = reconcile_in_file(normalized.non_projects, normalized.projects)
    assert (wrong.ok, wrong.declared, wrong.actual) == (False, Decimal(3), Decimal(2))
    assert wrong.message == "heading '基础设施工程': loaded 2 projects, the file says 3 → MISMATCH"
    assert wrong.figure_source == "row 2 of the file (category '基础设施工程')"
    assert (right.ok, right.declared, right.actual) == (True, Decimal(1), Decimal(1))


# ---------------------------------------------------------------------------------------------------
# Numbers and years


def test_full_width_digits_thousands_separators_and_placeholders():
    rows = [
        ["序号", "项目名称", "地市", "总投资（万元）", "2023年计划投资（万元）"],
        ["1", "甲项目", "广州", "１２３．４", "1,234,567.8"],
        ["2", "乙项目", "广州", "——", "--"],
        ["3", "丙项目", "广州", "", "１，２３４"],
    ]
    normalized = parse_csv(rows)
    fields = ("total_investment_wan", "total_investment_raw", "annual_plan_wan", "annual_plan_raw")
    assert by_row(normalized, *fields) == {
        2: (Decimal("123.4"), "１２３．４", Decimal("1234567.8"), "1,234,567.8"),
        3: (None, "——", None, "--"),
        4: (None, None, Decimal("1234"), "１，２３４"),
    }
    assert normalized.quarantined == [] and normalized.accounted


def test_year_columns_with_an_excel_serial_and_a_date_cell():
    rows = [
        ["序号", "项目名称", "地市", "总投资（万元）", "开工年份", "竣工年份"],
        [1, "甲项目", "广州", 1, 45658, 2027],  # 45658 is 2025-01-01 typed as a number
        [2, "乙项目", "广州", 1, dt.datetime(2024, 3, 1), "2026年"],  # a real date cell
        [3, "丙项目", "广州", 1, "2023年", dt.date(2028, 12, 31)],
    ]
    normalized = parse_publication(source(), xlsx_bytes(rows), staging(), limits())
    assert normalized.quarantined == []
    assert by_row(normalized, "start_year", "end_year") == {2: (2025, 2027), 3: (2024, 2026), 4: (2023, 2028)}


def test_construction_period_ranges_give_start_and_end_years():
    periods = ["2023-2026", "2023—2026", "2023年-2026年", "２０２３－２０２６", "2024"]
    rows = [["项目名称", "地市", "总投资（万元）", "建设起止年限"]]
    rows += [[f"项目{i}", "广州", "1", period] for i, period in enumerate(periods)]
    normalized = parse_csv(rows)
    assert by_row(normalized, "start_year", "end_year", "period_raw") == {
        2: (2023, 2026, "2023-2026"),
        3: (2023, 2026, "2023—2026"),
        4: (2023, 2026, "2023年-2026年"),
        5: (2023, 2026, "2023-2026"),
        6: (2024, None, "2024"),
    }


# ---------------------------------------------------------------------------------------------------
# Places


def test_city_names_pinyin_districts_and_zones_resolve_to_their_city():
    places = ["广州", "广州市", "Guangzhou", "深汕特别合作区", "前海", "大鹏", "深圳市南山区", "横琴"]
    places += ["广州、佛山", "不分市"]
    rows = [HEADER] + [[str(i), f"项目{i}", place, "1"] for i, place in enumerate(places, 1)]
    normalized = parse_csv(rows)
    assert [
        (p["place_raw"], p["place_kind"], p["city_code"], p["city_name"]) for p in normalized.projects
    ] == [
        ("广州", "city", "4401", "广州"),
        ("广州市", "city", "4401", "广州"),
        ("Guangzhou", "city", "4401", "广州"),
        ("深汕特别合作区", "city", "4403", "深圳"),  # administered by Shenzhen, lies in Shanwei
        ("前海", "city", "4403", "深圳"),
        ("大鹏", "city", "4403", "深圳"),
        ("深圳市南山区", "city", "4403", "深圳"),
        ("横琴", "city", "4404", "珠海"),
        ("广州、佛山", "multi_city", None, "广州、佛山"),
        ("不分市", "unassigned", None, "不分市"),
    ]


def test_unknown_town_in_a_city_lists_town_column_stays_in_that_city():
    rows = [
        ["序号", "项目名称", "镇街", "总投资（亿元）"],
        ["1", "小榄智能制造园", "小榄镇", "10"],
        ["2", "岐江新城综合体", "石岐街道", "20"],
        ["3", "全市污水管网", "", "5"],
    ]
    normalized = parse_csv(rows, city="中山", list_kind="groundbreaking")
    assert by_row(normalized, "place_kind", "city_code", "district", "place_raw") == {
        2: ("city", "4420", "小榄镇", "小榄镇"),
        3: ("city", "4420", "石岐街道", "石岐街道"),
        4: ("city", "4420", None, None),
    }


def test_a_city_lists_own_places_in_its_place_column_are_in_that_city():
    """A city's list writes its zones, its own level and its towns without the city (高新区 is every city's);
    a place naming another unit of its own (南宁市) or another city's district beside one is reported."""
    rows = [
        ["序号", "项目名称", "属地", "总投资（亿元）"],
        ["1", "综合管廊", "高新区", "10"],
        ["2", "数字政府二期", "市本级", "2"],
        ["3", "智能制造产业园", "永安镇", "8"],
        ["4", "跨区干线", "端州区、高新区", "6"],
        ["5", "东西部协作产业园", "南宁市", "3"],
        ["6", "两地合作园", "天河区、高新区", "4"],
    ]
    normalized = parse_csv(rows, city="肇庆", list_kind="city_plan")
    places = by_row(normalized, "place_kind", "city_code", "place_raw")
    assert places[2] == ("city", "4412", "高新区")
    assert places[3] == ("city", "4412", "市本级")
    assert places[4] == ("city", "4412", "永安镇")
    assert places[5] == ("city", "4412", "端州区、高新区")
    assert places[6][0] == places[7][0] == "unknown"
    province = by_row(parse_csv(rows, city="广东省", list_kind="provincial_plan"), "place_kind")
    assert province[2] == ("unknown",)  # the province's 高新区 is no city's


# ---------------------------------------------------------------------------------------------------
# Text


def test_names_are_nfkc_folded_and_traditional_characters_left_as_published():
    names = ["ＡＢＣ产业园　一期", "  广州地铁   十号线  ", "深圳１２号线\n二期", "廣州地鐵十號線"]
    rows = [HEADER] + [[str(i), name, "广州", "1"] for i, name in enumerate(names, 1)]
    normalized = parse_csv(rows)
    assert [(p["project_name"], p["project_key"]) for p in normalized.projects] == [
        ("ABC产业园 一期", "ABC产业园 一期|广州"),
        ("广州地铁 十号线", "广州地铁 十号线|广州"),
        ("深圳12号线二期", "深圳12号线二期|广州"),  # a line break between Chinese text joins without a space
        ("廣州地鐵十號線", "廣州地鐵十號線|广州"),  # not converted to 广州地铁十号线
    ]


# ---------------------------------------------------------------------------------------------------
# Catalog overrides


def test_header_row_and_columns_read_a_header_auto_detection_cannot_find():
    rows = [
        ["2023年市级重点工程"],  # 1
        ["单位：亿元"],  # 2
        ["排序", "工作名目", "所属", "估值（万元）", "责任人"],  # 3: labels we do not know
        ["1", "东莞轨道1号线", "东莞", "5000", "张三"],
        ["2", "松山湖科学城", "东莞", "8000", "李四"],
    ]
    with pytest.raises(ReadError, match="no header row in the first 20 rows"):
        parse_csv(rows)
    columns = {"排序": "seq", "工作名目": "project_name", "所属": "place", "估值": "total_investment"}
    normalized = parse_csv(rows, header_row=3, columns=columns)
    assert by_row(
        normalized, "project_name", "city_code", "total_investment_wan", "total_investment_unit"
    ) == {
        4: ("东莞轨道1号线", "4419", Decimal("5000"), "万元"),  # the header's unit wins over the note's
        5: ("松山湖科学城", "4419", Decimal("8000"), "万元"),
    }
    assert normalized.unmapped_headers == ["责任人"]
    assert normalized.rows_read == 2 and normalized.accounted


def test_column_override_wins_over_a_built_in_alias():
    # '项目' is an alias of project_name, but in this file it holds the field; '工程名称' is the name.
    rows = [
        ["序号", "项目", "工程名称", "地市", "总投资（万元）"],
        ["1", "交通", "广州地铁十号线", "广州", "100"],
    ]
    normalized = parse_csv(rows, columns={"工程名称": "project_name"})
    assert [p["project_name"] for p in normalized.projects] == ["广州地铁十号线"]
    assert normalized.column_map["工程名称"] == "project_name"
    assert normalized.unmapped_headers == ["项目"]
