"""Many publications validated in one GX call give each the result GX gives it alone (etl/validate/quality_batch.py)."""

from decimal import Decimal

import pandas as pd

from etl.validate.quality import _frame, load_suite, suite_columns, validate_frame, validate_frames
from etl.validate.quality_batch import batches


def record(n, **overrides):
    base = {
        "row_number": n, "project_name": f"项目{n:03d}", "project_key": f"项目{n:03d}|深圳",
        "place_kind": "city", "city_code": "4403", "total_investment_wan": Decimal("1000"),
        "annual_plan_wan": Decimal("100"), "start_year": 2023, "end_year": 2026,
    }  # fmt: skip
    return {**base, **overrides}


def frames() -> list:
    """Three publications that share project keys and fail rules on different rows (one on none)."""
    columns = suite_columns(load_suite("projects"))
    first = [record(n) for n in range(1, 9)]
    first[1] |= {"place_kind": "unknown", "city_code": None, "start_year": None}
    first[2] |= {"total_investment_wan": Decimal("-5"), "project_name": "x"}
    first[3] |= {"start_year": 2026, "end_year": 2023}
    first[4] |= {"project_key": first[5]["project_key"]}
    clean = [record(n) for n in range(1, 6)]  # the same keys as the first: no duplicate across lists
    third = [record(n, end_year=None) for n in range(3, 40)]
    third[7] |= {"project_name": None, "total_investment_wan": Decimal("200000000")}
    third[9] |= {"city_code": "99"}
    return [_frame(rows, columns) for rows in (first, clean, third)]


def comparable(report) -> dict:
    result = report.result_json
    return {
        "success": result["success"],
        "statistics": result["statistics"],
        "results": [
            (
                r["expectation_config"]["type"],
                r["expectation_config"]["kwargs"].get("column"),
                r["success"],
                r["result"],
            )
            for r in result["results"]
        ],  # fmt: skip
        "outcomes": report.outcomes,
    }


def test_one_call_for_many_gives_each_publication_its_own_result():
    alone = [validate_frame(frame) for frame in frames()]
    together = validate_frames(frames())
    assert together[0].result_json["meta"]["validated_together"]
    assert [o.row_numbers for o in together[0].outcomes if o.row_numbers]  # the first fails rules
    assert all(o.success for o in together[1].outcomes)  # keys shared with the first are no duplicates
    for one, many in zip(alone, together, strict=True):
        assert comparable(many) == comparable(one)


def test_an_empty_frame_has_no_result_and_a_big_one_is_validated_alone():
    empty = pd.DataFrame({"row_number": []})
    reports = validate_frames([empty, frames()[1]])
    assert reports[0].result_json is None and reports[1].result_json["success"]
    sized = [pd.DataFrame({"a": range(n)}) for n in (10, 20, 60_000, 5)]
    assert batches(sized) == [[0, 1], [2], [3]]
