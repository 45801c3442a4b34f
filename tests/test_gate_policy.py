"""Which figures may reject a list: typed headlines and reviewed figures gate; a figure read from a release by
rules is checked and reported, never a gate; a breakdown's qualifiers are bounds."""

from __future__ import annotations

from decimal import Decimal

from etl.announcements.figure import AnnouncedFigure
from etl.announcements.reading import consistency_checks, expected_figure
from etl.fetching.catalog import Headline
from etl.validate.reconcile import reconcile


def rows(n: int, total_wan: str, annual_wan: str | None) -> list[dict]:
    return [{"total_investment_wan": Decimal(total_wan), "annual_plan_wan": None if annual_wan is None else
             Decimal(annual_wan)} for _ in range(n)]  # fmt: skip


def test_a_batch_list_with_blank_annual_cells_is_only_reported_against_its_release():
    # 266 projects; 5 of them publish no annual amount, so the list's annual sum falls short of 约535.6亿.
    listed = rows(261, "126000", "20318") + rows(5, "17.4", None)
    announced = expected_figure(
        "release", "annual_plan", Decimal("5356000"), "about", "年度计划投资约535.6亿元", "rules"
    )
    (check,) = reconcile(None, listed, [announced])
    assert not check.ok and check.kind == "announced" and "MISMATCH" in check.message


def test_a_reviewed_figure_and_a_typed_headline_gate():
    listed = rows(5, "10000", "1000")
    reviewed = expected_figure("release", "projects", Decimal(4), "exact", "4个", "reviewed")
    headline = Headline(projects=5, total_yi="5", source="新闻发布会")
    checks = reconcile(headline, listed, [reviewed])
    assert [(c.kind, c.ok) for c in checks] == [("headline", True), ("headline", True), ("headline", False)]
    assert "(reviewed)" in checks[-1].figure_source


def figure(
    scope_kind: str, label: str | None, name: str, value: str, qualifier: str = "about"
) -> AnnouncedFigure:
    return AnnouncedFigure(
        scope_kind, label, name, Decimal(value), None, qualifier, None, "", 0, 0, "", 0, 0, "ok"
    )


def test_a_breakdown_against_a_whole_stated_as_over_is_a_bound_not_a_value():
    whole = [
        figure("batch", None, "projects", "266", "exact"),
        figure("batch", None, "total_investment", "32000000", "over"),
    ]
    parts = [figure("funding", "政府投资", "projects", "145", "exact"), figure("funding", "政府投资", "total_investment", "7042000"),
             figure("funding", "社会投资", "projects", "121", "exact"), figure("funding", "社会投资", "total_investment", "25911000")]  # fmt: skip
    check = next(c for c in consistency_checks(whole + parts) if c.figure == "total_investment")
    assert check.ok, check.message  # 3295.3亿 is over 3200亿
    nearly = [whole[0], figure("batch", None, "total_investment", "32000000", "nearly")]
    check = next(c for c in consistency_checks(nearly + parts) if c.figure == "total_investment")
    assert not check.ok and "MISMATCH" in check.message  # 近3200亿 cannot be 3295.3亿
