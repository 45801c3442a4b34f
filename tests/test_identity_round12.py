"""The identity step of round 12 (docs/benchmarks.md, issue 26, "Round 12"): a line's whole, listed by two cities, and
one city's section of it; a review floor that depends on the evidence besides the name (a section of the whole, totals
within 15 %) — tested with names of our own.
"""

from __future__ import annotations

from decimal import Decimal

from etl.identity.linking import Identity, link_rows
from etl.identity.records import IdentityRow
from etl.identity.scoring import _line_and_section, _one_place_section


def _row(source: str, name: str, place_kind: str, city: str, total: int | None, n: int,
         start: int | None = 2025) -> IdentityRow:  # fmt: skip
    return IdentityRow(source, 1, n, f"{name}|{city}", name, place_kind, city, None, start, None,
                       Decimal(total) if total else None, "provincial_plan" if source == "plan" else "groundbreaking",
                       "2025-03-01")  # fmt: skip


def _pair(a: IdentityRow, b: IdentityRow) -> Identity:
    return link_rows([a, b], 86, 70)


_WHOLE = "榕水跨界整治工程(普宁—潮阳)"  # a river's works of two cities, named by its two ends in a bracket


def test_a_line_of_two_cities_and_one_citys_section_link() -> None:
    ids = _pair(
        _row("plan", _WHOLE, "multi_city", "揭阳、汕头", 300_000, 1),
        _row("batch", "榕水潮阳段跨界综合整治", "city", "汕头", 120_000, 2, None),
    )
    assert ids.project_of[0] == ids.project_of[1]


def test_a_section_with_a_term_against_it_is_queued_from_under_the_floor() -> None:
    whole = _row("plan", "清远英德至韶关翁源快速路工程", "multi_city", "清远、韶关", 300_000, 1)
    # a separate work on one side only (配套连接线, −20; round 12 had a route end misread, 英韶, fixed in round 13)
    ids = _pair(whole, _row("batch", "英德至翁源快速路配套连接线(翁源段)", "city", "韶关", 120_000, 2, 2023))
    assert ids.project_of[0] != ids.project_of[1]
    assert [(c.a, c.b) for c in ids.review] == [(0, 1)]  # scored 62: under 70, but a section of the whole


def test_what_is_a_whole_and_its_section() -> None:
    whole = _row("plan", _WHOLE, "multi_city", "揭阳、汕头", 300_000, 1)
    part = _row("batch", "榕水潮阳段跨界综合整治", "city", "汕头", 120_000, 2)
    assert _line_and_section(whole, part) and _line_and_section(part, whole)
    bigger = _row("batch", "榕水潮阳段跨界综合整治", "city", "汕头", 320_000, 2)
    assert not _line_and_section(whole, bigger)  # a part is not more than its whole
    other_city = _row("batch", "榕水潮阳段跨界综合整治", "city", "潮州", 120_000, 2)
    assert not _line_and_section(whole, other_city)
    assert not _line_and_section(whole, _row("batch", "榕水跨界综合整治", "city", "汕头", 120_000, 2))
    assert _one_place_section("英德至翁源快速路(翁源段)")
    assert not _one_place_section("罗阳至石岗段公路改建")  # a section by two ends
    assert not _one_place_section("滨江路三标段")  # a phase's 标段


def test_totals_within_15_percent_queue_a_name_under_the_floor() -> None:
    a = _row("plan", "星澜湾滨海旅游度假区", "city", "汕尾", 210_000, 1)
    ids = _pair(a, _row("batch", "星澜半岛滨海旅游度假区项目", "city", "汕尾", 190_000, 2, None))
    assert ids.project_of[0] != ids.project_of[1] and [(c.a, c.b) for c in ids.review] == [(0, 1)]
    ids = _pair(a, _row("batch", "星澜半岛滨海旅游度假区项目", "city", "汕尾", 120_000, 2, None))
    assert not ids.review  # totals apart: the name alone, under the floor


def test_two_companies_in_one_frame_with_near_totals_are_not_queued() -> None:
    ids = _pair(
        _row("plan", "澄泰海洋深远海网箱养殖基地项目", "city", "阳江", 50_000, 1),
        _row("batch", "汇川海洋深远海网箱养殖基地项目", "city", "阳江", 47_000, 2, None),
    )
    assert ids.project_of[0] != ids.project_of[1] and not ids.review
