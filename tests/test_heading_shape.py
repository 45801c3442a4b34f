"""A project whose name begins with a minus sign is a project, not a '-1' sub-category heading.

Sub-category rows ("-1 国铁干线项目") carry their marker in the 序号 column, or are heading-shaped rows
with no amounts; a row that prints an amount is a project when the minus sign is only the start of its
name ('-2+3号线…'). The list is generated here.
"""

from __future__ import annotations

from decimal import Decimal

from etl.fetching.catalog import parse_catalog
from etl.normalize import normalize
from etl.readers.table import RawRow, RawTable
from tests.entry import staging

HEADER = ["序号", "项目名称", "建设地点", "总投资（万元）", "2023年计划投资（万元）"]
SOURCE = parse_catalog({"sources": [{"id": "minus", "title": "t", "publisher": "p", "list_kind": "provincial_plan",
                                     "city": "广东省", "published": "2023-02-01",
                                     "location": "lists/minus.xlsx"}]})[0]  # fmt: skip


def generated_list() -> tuple[list[list[str]], int]:
    """Rows (header first is not included) and the row number of the minus-named project."""
    rows = [
        ["一、", "基础设施工程", "", "", ""],
        ["-1", "国铁干线项目", "", "3000", "300"],  # marker in 序号, with its subtotals: a heading
        ["1", "广湛高铁", "湛江市", "1000", "100"],
        ["2", "广汕高铁", "汕尾市", "2000", "200"],
        ["", "-2 城际铁路项目", "", "——", ""],  # heading-shaped, no amounts: a heading
        ["3", "-2+3号线延长线工程", "广州市", "4500", "450"],  # a project named with a leading minus
    ]
    rows += [[str(4 + i), f"城际项目{i}", "佛山市", str(100 + i), "10"] for i in range(36)]
    rows += [["", "-5号地块综合开发", "", "800", "80"]]  # no 序号, no place, but amounts: a project
    rows += [["−3", "−3 市政道路项目"] + ["−3 市政道路项目"] * 3]  # merged across the row: copies only
    rows += [["40", "东莞大道改造", "东莞市", "50", "5"]]
    return rows, 7


def test_a_project_named_with_a_leading_minus_keeps_its_amount_and_the_rows_after_it():
    rows, minus_row = generated_list()
    table = RawTable(HEADER, [RawRow(line, cells) for line, cells in enumerate(rows, start=2)])
    normalized = normalize(table, SOURCE, staging())
    try:
        projects = {p["row_number"]: p for p in normalized.projects}
        kinds = {n["row_number"]: (n["kind"], n["label"]) for n in normalized.non_projects}
        assert normalized.accounted and not normalized.quarantined
    finally:
        normalized.discard()
    assert kinds == {
        2: ("category", "基础设施工程"),
        3: ("subcategory", "国铁干线项目"),
        6: ("subcategory", "城际铁路项目"),
        45: ("subcategory", "市政道路项目"),
    }
    minus = projects[minus_row]
    assert (minus["project_name"], minus["total_investment_wan"]) == ("-2+3号线延长线工程", Decimal(4500))
    assert minus["heading_path"] == ["基础设施工程", "城际铁路项目"]
    # the 36 rows after it stay under the heading above it, not under '+3号线延长线工程'
    after = [projects[n] for n in range(minus_row + 1, minus_row + 37)]
    assert all(p["subsection"] == "城际铁路项目" for p in after)
    assert projects[44]["project_name"] == "-5号地块综合开发"
    assert projects[46]["heading_path"] == ["基础设施工程", "市政道路项目"]
    total = sum(p["total_investment_wan"] for p in projects.values())
    assert total == Decimal(1000 + 2000 + 4500 + sum(100 + i for i in range(36)) + 800 + 50)
