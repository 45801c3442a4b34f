"""The headers and keys publishers and their data portals use, each mapped to its canonical column and unit.

Every alias of etl/rules/headers.py is exercised as a publisher would write it (spaced, bracketed, with a unit,
in another case style); docs/catalog.md lists the same vocabulary.
"""

from __future__ import annotations

import pytest

from etl.rules.headers import ALIASES, ASCII_KEYS, canonical_column, header_units, map_headers
from etl.rules.units import unit_in_header

# (header as published, canonical column, unit the header states)
PUBLISHED = [
    # English keys of data portals, any case style, with or without a unit
    ("name", "project_name", None), ("projectName", "project_name", None), ("project_name", "project_name", None),
    ("Project Name", "project_name", None), ("PROJECT-NAME", "project_name", None), ("ProjectTitle", "project_name", None),
    ("investment", "total_investment", None), ("totalInvestment", "total_investment", None),
    ("total_investment", "total_investment", None), ("amount", "total_investment", None),
    ("investmentAmount", "total_investment", None), ("totalInvestmentWan", "total_investment", "万元"),
    ("investment_100m_yuan", "total_investment", "亿元"), ("TOTAL_INVESTMENT_100M_YUAN", "total_investment", "亿元"),
    ("Amount (10,000 yuan)", "total_investment", "万元"), ("Investment (RMB 100 million)", "total_investment", "亿元"),
    ("amountYi", "total_investment", "亿元"), ("investmentCNY", "total_investment", "元"),
    ("contract_amount", "total_investment", None), ("signedAmount", "total_investment", None),
    ("investment (billion yuan)", "total_investment", "十亿元"), ("Total Investment", "total_investment", None),
    ("annualPlan", "annual_plan", None), ("annual_investment", "annual_plan", None),
    ("plannedThisYear", "annual_plan", None), ("ANNUAL_PLAN_100M_YUAN", "annual_plan", "亿元"),
    ("district", "district", None), ("town", "district", None), ("county", "district", None),
    ("Township", "district", None), ("subDistrict", "district", None), ("zone", "district", None),
    ("city", "place", None), ("location", "place", None), ("Site", "place", None), ("address", "place", None),
    ("date", "event_date", None), ("signedOn", "event_date", None), ("signing_date", "event_date", None),
    ("no", "seq", None), ("No.", "seq", None), ("serialNo", "seq", None), ("index", "seq", None),
    ("category", "category", None), ("projectType", "category", None), ("sector", "category", None),
    ("industryCluster", "cluster", None), ("stage", "stage", None), ("status", "stage", None),
    ("fundingSource", "funding", None), ("developer", "owner", None), ("owner", "owner", None),
    ("description", "content", None), ("constructionContent", "content", None),
    ("constructionPeriod", "period", None), ("startYear", "start_year", None), ("completionYear", "end_year", None),
    ("remarks", "remark", None), ("Notes", "remark", None),
    # pinyin initials of government systems
    ("xmmc", "project_name", None), ("XMMC", "project_name", None), ("ztz", "total_investment", None),
    ("jsdd", "place", None), ("jsnr", "content", None), ("ndjh", "annual_plan", None), ("xh", "seq", None),
    ("jsdw", "owner", None), ("jsxz", "stage", None), ("ssqx", "district", None), ("bz", "remark", None),
    ("tzze", "total_investment", None), ("jhztz", "total_investment", None), ("qyje", "total_investment", None),
    ("qysj", "event_date", None), ("kgsj", "start_year", None), ("jgsj", "end_year", None),
    # Chinese variants
    ("投资总额（亿元）", "total_investment", "亿元"), ("计划总投资(万元)", "total_investment", "万元"),
    ("总投资额", "total_investment", None), ("项目总投资（亿元）", "total_investment", "亿元"),
    ("估算总投资", "total_investment", None), ("签约金额（亿元）", "total_investment", "亿元"),
    ("协议投资额", "total_investment", None), ("合同金额（万元）", "total_investment", "万元"),
    ("总投资万元", "total_investment", "万元"), ("总投资（万\n元）", "total_investment", "万元"),
    ("投资额（单位：亿元）", "total_investment", "亿元"), ("年度计划投资", "annual_plan", None),
    ("本年计划投资（万元）", "annual_plan", "万元"), ("2024年计划投资（亿元）", "annual_plan", "亿元"),
    ("2023年度投资计划", "annual_plan", None), ("所属区县", "district", None), ("镇街", "district", None),
    ("镇（街）", "district", None), ("县（市、区）", "district", None), ("建设地点", "place", None),
    ("落户地", "place", None), ("项 目 名 称", "project_name", None), ("项⽬名称", "project_name", None),
    ("项目\u200b名称", "project_name", None), ("签约项目", "project_name", None), ("签约时间", "event_date", None),
    ("建设起止年限", "period", None), ("建设单位", "owner", None), ("签约企业", "owner", None),
    ("主要建设内容及规模", "content", None), ("备注", "remark", None),
]  # fmt: skip


@pytest.mark.parametrize(("header", "column", "unit"), PUBLISHED, ids=[h for h, _, _ in PUBLISHED])
def test_a_published_header_maps_to_its_column_and_unit(header, column, unit):
    assert canonical_column(header) == column
    assert unit_in_header(header) == unit


def test_no_alias_or_key_collides_with_another_column():
    """One test over the whole vocabulary, not one per entry of it: an alias or key listed under two
    columns, or one that folding turns into another column's (a bracket, a space, upper case), would
    send a publisher's column to the wrong place. Each must map, as written and upper-cased, to its own."""
    entries = [(c, a) for c, aliases in ALIASES.items() for a in aliases]
    entries += [(c, k) for c, keys in ASCII_KEYS.items() for k in keys]
    entries += [(c, k.upper()) for c, keys in ASCII_KEYS.items() for k in keys]
    listed: dict[str, set[str]] = {}
    for column, label in entries:
        listed.setdefault(label, set()).add(column)
    twice = {label: columns for label, columns in listed.items() if len(columns) > 1}
    wrong = [
        (label, column, canonical_column(label))
        for column, label in entries
        if canonical_column(label) != column
    ]
    assert twice == {} and wrong == []
    assert len(entries) > 300  # the vocabulary was read, not an empty table


@pytest.mark.parametrize(
    "header",
    [
        "装机容量（万千瓦）",
        "用地面积（万平方米）",
        "val",
        "qty_money",
        "plan_2023",
        "area",
        "联系人",
        "URLName",
    ],
)
def test_what_is_not_a_known_column_stays_unmapped(header):
    assert canonical_column(header) is None
    assert unit_in_header(header) is None


def test_a_json_list_with_english_keys_maps_every_column_with_its_unit():
    header = ["id", "projectName", "totalInvestmentYi", "town", "signedOn", "contactPerson"]
    assert map_headers(header) == {
        1: "project_name",
        2: "total_investment",
        3: "district",
        4: "event_date",
    }
    assert header_units(header) == {2: "亿元"}
