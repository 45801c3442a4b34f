"""The identity step of round 8 (docs/benchmarks.md, issue 26, "Round 8"): comparisons by category that do not
depend on one renaming — a village in a bracket is never another village named in front, a line between two places
is one line from either end, kinds of area read by category, places one list reads and the other writes bare, a
region in front of one company's name — tested with names of our own.
"""

from __future__ import annotations

from decimal import Decimal

from etl.identity.linking import link_rows
from etl.identity.records import IdentityRow
from etl.identity.scoring import villages_named


def _row(source: str, name: str, city: str, total: int | None, kind: str, n: int) -> IdentityRow:
    return IdentityRow(source, 1, n, f"{name}|{city}", name, "city", city, None, None, None,
                       Decimal(total) if total else None, kind, "2024-03-01")  # fmt: skip


def _pair(a: str, b: str, city: str, total_a: int = 80_000, total_b: int = 95_000) -> tuple[bool, bool]:
    """(linked, queued) for two rows of two lists."""
    ids = link_rows(
        [
            _row("plan", a, city, total_a, "provincial_plan", 1),
            _row("batch", b, city, total_b, "groundbreaking", 2),
        ],
        86,
        70,
    )
    return ids.project_of[0] == ids.project_of[1], bool(ids.review)


def test_villages_are_read_after_a_street_a_town_or_a_bracket_and_not_from_words_ending_in_village() -> None:
    assert villages_named("沙河街莲村城中村改造项目") == {"莲"}
    assert villages_named("某区沙河街城中村改造项目（莲塘村）") == {"莲塘"}
    assert villages_named("莲塘村旧村改造项目") == {"莲塘"}
    assert villages_named("石岭镇新农村建设") == frozenset()
    assert villages_named("石岭镇村道硬化工程") == frozenset()


def test_a_village_in_a_bracket_is_never_another_village_named_in_front() -> None:
    a, b = "沙河街莲村城中村改造项目", "佛山市南海区沙河街城中村改造项目（莲塘村）"
    assert _pair(a, b, "佛山", 300_000, 300_000) == (False, False)  # the same total does not lift it either


def test_the_same_village_in_a_bracket_and_in_front_is_not_held_apart() -> None:
    a, b = "沙河街莲塘村城中村改造项目", "佛山市南海区沙河街城中村改造项目（莲塘村）"
    assert _pair(a, b, "佛山")[0]


def test_a_line_between_two_places_is_one_line_from_either_end() -> None:
    assert _pair("新丰—英德220kV输电线路工程", "英德至新丰220千伏线路工程", "韶关") == (True, False)


def test_two_lines_sharing_one_end_stay_apart() -> None:
    assert not _pair("新丰—英德220kV输电线路工程", "翁源至新丰220千伏线路工程", "韶关")[0]


def test_kinds_of_area_are_read_by_category() -> None:
    assert _pair("东莞市清溪镇光电信息产业园", "清溪光电信息产业基地项目", "东莞")[0]
    assert _pair("鼎湖山片区旅游配套设施提升项目", "肇庆市鼎湖区鼎湖山景区旅游配套设施提升工程", "肇庆")[0]


def test_a_kind_of_area_read_by_category_does_not_join_two_subjects() -> None:
    assert _pair("清溪镇光电信息产业园", "清溪镇生物医药产业基地", "东莞") == (False, False)


def test_a_place_one_list_reads_and_the_other_writes_bare_is_one_place() -> None:
    linked, queued = _pair("高明杨和食品冷链中心", "佛山市高明区杨和镇农副产品食品冷链中心项目", "佛山")
    assert linked or queued  # before: apart (below 70)


def test_two_towns_written_bare_and_as_places_stay_apart() -> None:
    # queued, as on main: 杨和 is not known as a town, so only the characters differ; never linked
    assert not _pair("高明杨和食品冷链中心", "佛山市高明区明城镇食品冷链中心项目", "佛山")[0]


def test_a_region_in_front_of_one_companys_name_is_the_same_company() -> None:
    assert _pair("粤西华冠集团超低排放改造项目", "华冠集团超低排放技术改造工程", "茂名")[0]
    assert not _pair("华冠集团超低排放改造项目", "恒泰集团超低排放技术改造工程", "茂名")[0]


def test_a_town_in_a_bracket_is_never_another_town_named_in_front() -> None:
    assert _pair("石门镇陶瓷卫浴产业基地", "陶瓷卫浴产业基地（龙湾镇）", "江门", 200_000, 200_000) == (
        False,
        False,
    )
    assert _pair("石门镇陶瓷卫浴产业基地", "陶瓷卫浴产业基地（石门镇）", "江门")[0]


def test_a_community_in_a_bracket_is_never_another_community_named_in_front() -> None:
    assert villages_named("城中村改造项目（桂园社区）") == {"桂园"}
    assert not _pair("榕树社区城中村改造项目", "城中村改造项目（桂园社区）", "佛山", 50_000, 50_000)[0]


def test_a_resort_or_a_theme_village_is_no_village() -> None:
    assert villages_named("石岭镇温泉度假村提升工程") == frozenset()
    assert villages_named("石岭镇文化村建设项目") == frozenset()


def test_one_programme_in_two_districts_is_two_projects_and_not_asked_about() -> None:
    """A city's lists name one kind of project once per district (each district's rental housing, its small
    rivers, its school places): the same words in two districts are two projects, never a pair for review.
    Our own names; the same total does not bring them together either."""
    for a, b, city in [
        ("湛江市赤坎区保障性租赁住房项目", "霞山区保障性租赁住房项目", "湛江"),
        ("韶关市浈江区中小河流治理工程", "仁化县中小河流治理工程", "韶关"),
        ("茂名市电白区中小学扩容提质工程", "信宜市中小学扩容提质工程", "茂名"),
    ]:
        assert _pair(a, b, city) == (False, False)
        assert _pair(a, b, city, 60_000, 60_000) == (False, False)
    assert _pair("湛江市赤坎区保障性租赁住房项目", "赤坎区保障性租赁住房", "湛江")[
        0
    ]  # one district: one project
