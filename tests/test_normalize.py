"""Reading and normalizing small tables written the way publishers write them."""

import json
from decimal import Decimal

import pytest

from etl.core.errors import NotUnderstood, ReadError
from etl.fetching.catalog import parse_catalog
from etl.normalize import normalize
from etl.readers import read_table
from etl.rules.periods import parse_period, parse_year
from tests.entry import staging


def source(**overrides):
    base = {
        "id": "t", "title": "t", "publisher": "p", "list_kind": "groundbreaking", "city": "深圳",
        "published": "2023-01-29", "location": "samples/t.csv",
    }  # fmt: skip
    return parse_catalog({"sources": [{**base, **overrides}]})[0]


CSV = """样例数据（SAMPLE）深圳市2023年第一批重大项目
单位：亿元
序号,项 目 名 称,所在区,总投资（亿元）,2023年计划投资,建设起止年限
1,南山智造产业园,南山区,１２．５,3.1,2023-2026
2,宝安综合管廊,宝安区,"1,000.25",——,2023年-2025年
3,深汕新能源基地,深汕特别合作区,8,2,2023—2027
合计,,,"1,020.75",5.1,
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_any_encoding(encoding):
    table = read_table(CSV.encode(encoding), "csv")
    result = normalize(table, source(), staging())
    assert [p["project_name"] for p in result.projects] == [
        "南山智造产业园",
        "宝安综合管廊",
        "深汕新能源基地",
    ]


def test_csv_rows_are_normalized():
    result = normalize(read_table(CSV.encode("utf-8-sig"), "csv"), source(), staging())
    first, second, third = result.projects
    assert first["total_investment_wan"] == Decimal("125000")  # 12.5亿 from full-width digits
    assert first["total_investment_unit"] == "亿元"  # the header's unit
    assert first["annual_plan_wan"] == Decimal("31000")  # the note row's unit (单位：亿元)
    assert (first["city_code"], first["city_name"], first["city_pinyin"]) == ("4403", "深圳", "Shenzhen")
    assert (first["start_year"], first["end_year"]) == (2023, 2026)
    assert second["total_investment_wan"] == Decimal("10002500")  # thousands separator
    assert second["annual_plan_wan"] is None and second["annual_plan_raw"] == "——"
    assert third["city_code"] == "4403"  # 深汕特别合作区 counts for Shenzhen (docs/conventions.md)
    assert (third["start_year"], third["end_year"]) == (2023, 2027)
    assert [(n["kind"], n["row_number"]) for n in result.non_projects] == [("total", 7)]
    assert result.rows_read == 4 and result.accounted
    assert result.column_map["项 目 名 称"] == "project_name"


def test_json_records_nested_with_amount_strings():
    doc = {"note": "SAMPLE", "单位": "万元", "data": {"items": [
        {"序号": 1, "项目名称": "广州地铁十号线", "地市": "广州市", "总投资": "1,234,567", "2023年计划投资": 1000},
        {"序号": 2, "项目名称": "广佛跨市通道", "地市": "广州市、佛山市", "总投资": "200", "2023年计划投资": None},
        {"序号": 3, "项目名称": "全省农村公路", "地市": "不分市", "总投资": "300.5", "2023年计划投资": "12"},
    ]}}  # fmt: skip
    table = read_table(json.dumps(doc, ensure_ascii=False).encode(), "json")
    result = normalize(
        table, source(city="广东省", list_kind="provincial_plan", location="x.json"), staging()
    )
    gz, multi, unassigned = result.projects
    assert gz["total_investment_wan"] == Decimal("1234567")
    assert (multi["place_kind"], multi["city_name"], multi["city_code"]) == ("multi_city", "广州、佛山", None)
    assert (unassigned["place_kind"], unassigned["city_name"]) == ("unassigned", "不分市")
    assert result.accounted


def test_unreadable_amount_is_quarantined_with_its_reason():
    csv = "序号,项目名称,总投资（万元）\n1,甲项目,12x3\n2,乙项目,500\n3,丙项目,30万千瓦\n"
    result = normalize(read_table(csv.encode(), "csv"), source(), staging())
    assert [p["project_name"] for p in result.projects] == ["乙项目"]
    reasons = {q["row_number"]: q["reasons"] for q in result.quarantined}
    assert reasons[2] == ["unreadable_total_investment: '12x3' is not a number"]
    assert "quantity, not money" in reasons[4][0]
    assert result.accounted


@pytest.mark.parametrize(
    ("payload", "fmt", "reason"),
    [
        (b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "csv", "payload is HTML"),
        (b"", "csv", "empty"),
        (b"a,b\n1,2\n", "csv", "no header row"),
        (b'{"items": 3}', "json", "no list of records"),
        (b'[{"a": ', "json", "invalid JSON"),
    ],
)
def test_unreadable_payloads_say_why(payload, fmt, reason):
    with pytest.raises(ReadError, match=reason):
        read_table(payload, fmt)


def test_a_table_without_a_name_column_is_refused():
    table = read_table(json.dumps([{"x": 1, "y": 2}]).encode(), "json")
    with pytest.raises(NotUnderstood, match=r"no column for project_name \(项目名称\)"):
        normalize(table, source(), staging())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023-2026", (2023, 2026)), ("2023—2026", (2023, 2026)), ("2023年-2026年", (2023, 2026)),
     ("2023～2026年", (2023, 2026)), ("2024", (2024, None)), ("", (None, None))],
)  # fmt: skip
def test_periods(text, expected):
    assert parse_period(text) == expected


def test_excel_serial_in_a_year_column():
    assert parse_year("45658") == 2025
    assert parse_year("2023年") == 2023
    with pytest.raises(ValueError, match="not a year"):
        parse_year("明年")
