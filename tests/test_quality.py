"""Row-level rules with real Great Expectations."""

import json
from decimal import Decimal

import pytest

from etl.core.errors import SuiteError
from etl.core.settings import EXPECTATIONS_DIR
from etl.fetching.catalog import parse_catalog
from etl.normalize import Normalized
from etl.validate.gates import GatePolicy, judge, judged
from etl.validate.quality import load_suite, validate_normalized, validate_records
from tests.entry import staging

SOURCE = parse_catalog({"sources": [{
    "id": "t", "title": "t", "publisher": "p", "list_kind": "groundbreaking", "city": "深圳",
    "published": "2023-01-29", "location": "x.csv",
}]})[0]  # fmt: skip


def record(n, **overrides):
    base = {
        "row_number": n, "raw": "{}", "project_name": f"项目{n:03d}", "project_key": f"项目{n:03d}|深圳",
        "place_kind": "city", "city_code": "4403", "total_investment_wan": Decimal("1000"),
        "annual_plan_wan": Decimal("100"), "start_year": 2023, "end_year": 2026,
    }  # fmt: skip
    return {**base, **overrides}


def test_suite_loads_every_expectation():
    suite = load_suite("projects")
    declared = json.loads((EXPECTATIONS_DIR / "projects.json").read_text(encoding="utf-8"))["expectations"]
    assert len(suite.expectations) == len(declared) >= 8


def test_a_suite_with_an_unknown_expectation_is_refused(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"name": "bad", "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "a"}},
        {"type": "expect_column_values_to_be_lovely", "kwargs": {"column": "a"}},
    ]}), encoding="utf-8")  # fmt: skip
    with pytest.raises(SuiteError, match="kept 1 of 2"):
        load_suite("bad", tmp_path)


def test_each_failing_row_is_quarantined_with_every_rule_it_broke():
    records = [record(n) for n in range(1, 11)]
    records[1] |= {"place_kind": "unknown", "city_code": None}
    records[2] |= {"total_investment_wan": Decimal("-5")}
    records[3] |= {"start_year": 2026, "end_year": 2023}
    records[4] |= {"project_key": records[5]["project_key"]}
    records[6] |= {"project_name": None, "total_investment_wan": Decimal("200000000")}
    normalized = Normalized.from_records(records, [], [], len(records), [], staging())
    verdict = judge(
        SOURCE,
        normalized,
        validate_normalized(normalized).outcomes,
        policy=GatePolicy(max_quarantine_share=1.0),
    )
    with judged(normalized, verdict.rule_failures) as con:  # what the writer will take, read as it reads it
        reasons = dict(con.execute("SELECT row_number, reasons FROM quarantined").fetchall())
        passed = [n for (n,) in con.execute("SELECT row_number FROM passed ORDER BY 1").fetchall()]
    assert (verdict.projects, verdict.quarantined) == (4, 6)
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7]
    assert reasons[2] == ["expect_column_values_to_be_in_set(place_kind)"]
    assert reasons[3] == ["expect_column_values_to_be_between(total_investment_wan)"]
    assert reasons[4] == ["expect_column_pair_values_a_to_be_greater_than_b(end_year,start_year)"]
    assert reasons[5] == reasons[6] == ["expect_column_values_to_be_unique(project_key)"]
    assert set(reasons[7]) == {
        "expect_column_values_to_not_be_null(project_name)",
        "expect_column_values_to_be_between(total_investment_wan)",
    }
    assert passed == [1, 8, 9, 10]


def test_judge_rejects_a_headline_mismatch_and_too_many_quarantined_rows():
    source = parse_catalog({"sources": [{
        "id": "t", "title": "t", "publisher": "p", "list_kind": "groundbreaking", "city": "深圳",
        "published": "2023-01-29", "location": "x.csv",
        "headline": {"projects": 10, "total_yi": "1.0", "source": "press"},
    }]})[0]  # fmt: skip

    def staged(records):
        return Normalized.from_records(records, [], [], 10, [], staging())

    records = [record(n) for n in range(1, 11)]
    normalized = staged(records)
    assert (
        judge(source, normalized, validate_normalized(normalized).outcomes).status == "loaded"
    )  # 10 × 1000万元 = 1亿

    records[0]["total_investment_wan"] = Decimal("1001")
    normalized = staged(records)
    verdict = judge(source, normalized, validate_normalized(normalized).outcomes)
    assert verdict.status == "rejected"
    assert "total_yi: loaded 1.0001亿元, announced 1亿元" in verdict.message

    records[0]["total_investment_wan"] = Decimal("-1")
    normalized = staged(records)
    verdict = judge(source, normalized, validate_normalized(normalized).outcomes)
    assert verdict.status == "rejected"
    assert "1 rows quarantined (10.0% > 5% allowed)" in verdict.message
    assert "projects: loaded 9, announced 10" in verdict.message


def test_a_rule_that_cannot_run_is_an_error_not_a_pass():
    records = [{k: v for k, v in record(n).items() if k != "end_year"} for n in range(1, 4)]
    with pytest.raises(SuiteError, match=r"expect_column_values_to_be_between\(end_year\) raised"):
        validate_records(records)


@pytest.mark.parametrize(
    ("qualifier", "declared", "ok"),
    [("over", "6800", True), ("over", "7050", False), ("about", "6900", True), ("exact", "6800", False),
     ("nearly", "7000", True), ("nearly", "6800", False)],
)  # fmt: skip
def test_headline_qualifiers_turn_equalities_into_bounds(qualifier, declared, ok):
    from etl.fetching.catalog import Headline
    from etl.validate.reconcile import reconcile

    headline = Headline(total_yi=declared, tolerance_yi="100", qualifier=qualifier, source="新闻发布会")
    if qualifier == "exact":
        headline = Headline(total_yi=declared, qualifier="exact", source="新闻发布会")
    projects = [{"total_investment_wan": Decimal("69000000"), "annual_plan_wan": None}]  # 6900亿 loaded
    (check,) = reconcile(headline, projects)
    assert check.ok is ok, check.message


MESSY_CSV = """序号,项目名称,建设地点,总投资（万元）,2023年计划投资（万元）
一、交通,,,,
1,甲市快速路改造工程,深圳市南山区,"12,000",3000
2,乙港区疏港公路,深圳市盐田区,#REF!,500
小计,,,"12,000",3500
二、社会民生,,,,
1,丙区人民医院扩建,深圳市福田区,8000,2000
2,丁中学新校区,深圳市宝安区,6500,1000
合计,,,"26,500",6500
注：金额单位为万元
""".encode()


def test_the_tally_the_reader_makes_is_the_one_judging_makes_and_gives_way_to_rule_failures():
    """The reader worker tallies a small list as staged (etl.validate.gates.tally_as_staged); judging takes it
    only when the suite failed no row, and it must be what judging would have counted itself."""
    from etl.readers.parse import parse_with_frame
    from etl.validate.gates import rule_failures_of, tally
    from etl.validate.quality import ExpectationOutcome
    from tests.entry import limits

    source = SOURCE
    normalized, small = parse_with_frame(source, MESSY_CSV, staging(), limits())
    as_staged = small.tally
    assert small.frame is not None
    with judged(normalized, []) as con:
        assert tally(con) == as_staged
        first_passed = con.execute("SELECT min(row_number) FROM passed").fetchone()[0]
    assert (as_staged.passed, as_staged.quarantined, as_staged.non_projects) == (3, 1, 5)
    assert [g["rows"] for g in as_staged.groups] == [1, 2]  # the unreadable amount's row is not a project
    outcomes = validate_normalized(normalized).outcomes
    assert not rule_failures_of(outcomes)
    assert judge(source, normalized, outcomes, as_staged=as_staged) == judge(source, normalized, outcomes)
    failing = [ExpectationOutcome("projects", "expect_a_rule_for_this_test", False, 1, [], [first_passed])]
    verdict = judge(source, normalized, failing, GatePolicy(max_quarantine_share=1.0), as_staged=as_staged)
    assert (verdict.projects, verdict.quarantined) == (2, 2)  # counted again, with the failure
