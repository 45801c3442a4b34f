"""The identity step of round 7 (docs/benchmarks.md, issue 26, "Round 7"): evidence that carries over to lists
nobody has seen — a project of two cities held through the row naming both, the same total investment where the
names half agree, a rare total as a candidate source, and a review queue without the rivals a better link beat —
tested with names of our own.
"""

from __future__ import annotations

from decimal import Decimal

from etl.identity.linking import link_rows
from etl.identity.names import name_key, trailing_place
from etl.identity.records import IdentityRow


def _row(source: str, name: str, city: str, total: int | None = 100_000, kind: str = "provincial_plan",
         n: int = 1) -> IdentityRow:  # fmt: skip
    place = "multi_city" if "、" in city else "city"
    return IdentityRow(source, 1, n, f"{name}|{city}", name, place, city, None, None, None,
                       Decimal(total) if total else None, kind, "2024-03-01")  # fmt: skip


def _pair(a: str, b: str, city: str, total_a: int, total_b: int) -> tuple[bool, bool]:
    """(linked, queued) for two rows of two lists."""
    ids = link_rows(
        [_row("plan", a, city, total_a), _row("batch", b, city, total_b, "groundbreaking")], 86, 70
    )
    return ids.project_of[0] == ids.project_of[1], bool(ids.review)


# A project of two cities: the province names it with both, each city's list its own section.
TWO_CITIES = [
    _row("plan", "韶关至新丰高速公路扩容工程", "韶关、广州"),
    _row("shaoguan", "韶新高速扩容工程（韶关段）", "韶关", 60_000, "city_plan"),
    _row("guangzhou", "韶新高速扩容工程广州段", "广州", 40_000, "city_plan"),
]


def test_a_project_of_two_cities_holds_each_citys_section_through_the_row_naming_both() -> None:
    ids = link_rows(TWO_CITIES, 86, 70).project_of
    assert ids[0] == ids[1] == ids[2]


def test_two_cities_sections_stay_apart_without_a_row_naming_both() -> None:
    ids = link_rows(TWO_CITIES[1:], 86, 70)
    assert ids.project_of[0] != ids.project_of[1] and not ids.review  # never a pair: two cities


def test_a_row_naming_other_cities_does_not_join_two_cities_sections() -> None:
    other = _row("plan", "韶关至新丰高速公路扩容工程", "韶关、清远")
    ids = link_rows([other, *TWO_CITIES[1:]], 86, 70).project_of
    assert ids[1] != ids[2]


def test_the_same_total_lifts_a_pair_whose_names_half_agree() -> None:
    a, b = "阳江市江城区闸坡港区渔港升级改造", "闸坡国家中心渔港升级改造工程"  # a qualifier here, words there
    assert _pair(a, b, "阳江", 46_000, 46_000) == (True, False)  # main: 83.8, queued
    assert _pair(a, b, "阳江", 46_000, 52_000) == (False, True)  # close totals: queued, as before


def test_the_same_total_does_not_join_a_template_filled_with_two_places() -> None:
    a, b = "韶关市乐昌市北乡镇农光互补光伏发电项目", "乐昌市坪石镇农光互补光伏发电项目"
    assert _pair(a, b, "韶关", 90_000, 90_000)[0] is False
    assert _pair("乐昌北乡农光互补光伏发电", "乐昌坪石农光互补光伏发电", "韶关", 90_000, 90_000)[0] is False


def test_the_same_total_does_not_join_two_districts() -> None:
    """Nor two companies' plants (格力… / 美的…: tests/test_identity_round4.py, whose lists give every row one
    total)."""
    assert (
        _pair("清远市清新区禾云镇生猪养殖基地", "清城区禾云生猪养殖基地", "清远", 61_000, 61_000)[0] is False
    )


def test_a_total_many_rows_of_the_city_give_is_no_evidence() -> None:
    a, b = "阳江市江城区闸坡港区渔港升级改造", "闸坡国家中心渔港升级改造工程"
    assert _pair(a, b, "阳江", 46_000, 46_000) == (True, False)
    filler = [_row("plan", f"江城区第{n}号片区道路", "阳江", 46_000, n=n + 2) for n in range(7)]
    rows = [_row("plan", a, "阳江", 46_000), _row("batch", b, "阳江", 46_000, "groundbreaking"), *filler]
    ids = link_rows(rows, 86, 70)
    assert ids.project_of[0] != ids.project_of[1] and ids.review  # 46,000 given by nine rows: queued


def test_a_rare_total_makes_a_candidate_of_names_written_otherwise() -> None:
    """禾云镇 / 年出栏…: too few characters alike to be compared by name, compared by the total."""
    a, b = "清远市清新区禾云镇生猪标准化养殖基地", "禾云镇年出栏20万头生猪养殖基地项目"
    assert _pair(a, b, "清远", 61_000, 61_000) == (False, True)


def test_a_rival_a_better_link_beat_is_not_queued() -> None:
    """Each row already holds a better partner from the other's list: a judgement 'same' on the rival could only
    undo that link, so the queue does not ask."""
    rows = [_row("plan", "韶关北站综合交通枢纽配套工程", "韶关", 95_000, n=1),
            _row("plan", "韶关站综合交通枢纽配套工程", "韶关", 70_000, n=2),
            _row("batch", "韶关北站综合交通枢纽配套项目", "韶关", 95_000, "groundbreaking", n=1),
            _row("batch", "韶关站综合交通枢纽配套项目", "韶关", 70_000, "groundbreaking", n=2)]  # fmt: skip
    ids = link_rows(rows, 86, 70)
    assert ids.project_of[0] == ids.project_of[2] != ids.project_of[1] == ids.project_of[3]
    assert not ids.review


def test_a_place_moved_from_a_bracket_at_the_end_to_the_front_is_one_name() -> None:
    a, b = "韶关市武江区西河街道智能装备产业园", "武江区智能装备产业园（西河片区）"
    assert _pair(a, b, "韶关", 300_000, 270_000) == (True, False)  # main: 83.3, queued
    assert trailing_place(b) == "西河" and trailing_place("某某产业基地（凤岭）") == "凤岭"
    # another place in front: still only queued, as before
    assert _pair("韶关市武江区龙归镇智能装备产业园", b, "韶关", 300_000, 270_000) == (False, True)


def test_a_countys_seat_ends_a_route_like_a_citys_urban_area() -> None:
    """…市区至某县城: the county's 县城 is the county, not 县 and a 城 left in the name."""
    a, b = name_key("韶关市区至仁化县城快速干线", ("韶关",)), name_key("韶仁快速干线工程", ("韶关",))
    assert a.core == b.core == "仁快速干线"  # main: 仁城快速干线
    assert _pair("韶关市区至仁化县城快速干线", "韶仁快速干线工程", "韶关", 270_000, 256_500)[0]
