from decimal import Decimal

import pytest

from etl.rules.units import AmountError, parse_amount, unit_in_header, unit_in_note


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("3295.3", "亿元", Decimal("32953000")),
        ("１２３．４", "万元", Decimal("123.4")),  # full-width digits and point
        ("12,345", "万元", Decimal("12345")),
        (" 1 234.5 ", "万元", Decimal("1234.5")),
        ("8.5万亿", None, Decimal("850000000")),  # unit in the cell wins
        ("5000元", "亿元", Decimal("0.5")),
        ("约6800亿元", None, Decimal("68000000")),
        ("100", "元", Decimal("0.01")),
        ("12万", None, Decimal("12")),  # a bare 万 at the end is 万元
    ],
)
def test_amounts_become_exact_wan(text, unit, expected):
    value, _ = parse_amount(text, unit)
    assert value == expected


@pytest.mark.parametrize("placeholder", ["", None, "——", "--", "-", "—", "无", "  "])
def test_placeholders_are_null(placeholder):
    assert parse_amount(placeholder, "万元") == (None, "万元")


@pytest.mark.parametrize(
    ("text", "reason"),
    [("120万千瓦", "quantity"), ("30万平方米", "quantity"), ("12x3", "not a number"), ("12", "no unit")],
)
def test_unreadable_amounts_say_why(text, reason):
    with pytest.raises(AmountError, match=reason):
        parse_amount(text, None if reason == "no unit" else "万元")


def test_units_in_headers_and_notes():
    assert unit_in_header("总投资（亿元）") == "亿元"
    assert unit_in_header("2023年计划投资(万元)") == "万元"
    assert unit_in_header("装机容量（万千瓦）") is None
    assert unit_in_header("总投资") is None
    assert unit_in_note("单位：万元") == "万元"
    assert unit_in_note("金额单位: 亿元") == "亿元"
    assert unit_in_note("建设规模100万千瓦") is None
