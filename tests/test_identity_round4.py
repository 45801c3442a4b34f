"""The identity step's readings added from the classes the third blind set showed (docs/benchmarks.md, issue
26, "Round 4"). Every name here is our own, not one of the blind lists': each test says a class of renaming,
not an example of it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.identity.linking import link_rows
from etl.identity.names import name_key
from etl.identity.records import IdentityRow


def _row(source: str, name: str, city: str, kind: str) -> IdentityRow:
    return IdentityRow(source, 1, 1, f"{name}|{city}", name, "city", city, None, None, None, Decimal(100_000), kind,
                       "2024-03-01")  # fmt: skip


def _linked(a: str, b: str, city: str) -> bool:
    ids = link_rows(
        [_row("plan", a, city, "provincial_plan"), _row("batch", b, city, "groundbreaking")], 86, 70
    )
    return ids.project_of[0] == ids.project_of[1]


def _same(a: str, b: str, city: str) -> bool:
    """Both names read alike (core, phase and numbers) and linked."""
    ka, kb = name_key(a, (city,)), name_key(b, (city,))
    return (ka.core, ka.phase, ka.numbers) == (kb.core, kb.phase, kb.numbers) and _linked(a, b, city)


def test_traditional_characters_are_read_as_simplified() -> None:
    assert _same("佛山市順德區美的創新中心二期", "顺德区美的创新中心二期", "佛山")
    assert _same("韶關學院體育館", "韶关学院体育馆", "韶关")


def test_the_first_phase_is_the_first_phase_however_written() -> None:
    assert (
        name_key("某某科技园（首期）", ("广州",)).phase
        == name_key("某某科技园一期", ("广州",)).phase
        == {"期1"}
    )
    assert _same("阳江科创园首期工程", "阳江科创园(一期)", "阳江")
    assert not _linked("阳江科创园首期工程", "阳江科创园二期", "阳江")


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("阳江核电五机组延寿改造", "阳江核电5号机组延寿改造工程", "阳江"),  # a numbered thing, 号 left out
        ("广钢新城二号路", "广钢新城2号路工程", "广州"),  # a Chinese numeral before 号
        ("宝安机场第三跑道", "宝安机场3号跑道工程", "深圳"),  # 第 before the numeral
    ],
)
def test_a_numbered_thing_is_read_in_digits_with_or_without_its_number_sign(
    a: str, b: str, city: str
) -> None:
    assert _same(a, b, city)


def test_two_numbered_things_are_two_projects() -> None:
    assert name_key("韶钢三高炉大修", ("韶关",)).numbers == (3,)
    assert not _linked("韶钢三高炉大修工程", "韶钢4号高炉大修工程", "韶关")


def test_a_road_class_written_without_its_letter_is_the_same_road() -> None:
    assert _same("国道324线云城段改建工程", "G324云城段改建", "云浮")
    assert _same("省道S113线英德段改建", "省道113线英德段改建工程", "清远")
    assert not _linked("国道324线云城段改建工程", "国道325线云城段改建工程", "云浮")


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("阳江滨海新区科创园首期工程", "阳江滨海新区科创园(一期)", "阳江"),  # a zone, a generic word after
        ("英德市连江口镇中学新建工程", "英德市连江口镇中学建设工程", "清远"),  # a town, a kind of work after
    ],
)
def test_a_town_or_zone_is_read_alike_whatever_generic_word_follows(a: str, b: str, city: str) -> None:
    assert _same(a, b, city)


def test_a_town_named_like_a_district_of_another_city_is_still_a_town() -> None:
    assert name_key("横沥镇美丽圩镇建设工程", ("惠州",)).town == "横沥"  # 横沥 is also a town of 东莞
    assert not _linked("横沥镇美丽圩镇建设工程", "汝湖镇美丽圩镇建设工程", "惠州")


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("市妇幼保健院门诊综合楼", "云浮市妇幼保健院门诊综合楼工程", "云浮"),  # 市 is the row's city
        ("广州港南沙港区粮食通用码头三期", "南沙粮食通用码头三期工程", "广州"),  # a port's areas
        ("茂名港博贺新港区吉达作业区5号泊位", "博贺新港区吉达五号泊位工程", "茂名"),
        ("玉林至湛江高速公路湛江段", "玉湛高速湛江段", "湛江"),  # two places of another province
    ],
)
def test_a_place_written_around_the_name_is_read_as_the_place(a: str, b: str, city: str) -> None:
    assert _linked(a, b, city)


def test_a_word_starting_with_the_city_sign_is_no_city() -> None:
    assert name_key("市政道路改造", ("江门",)).core == name_key("江门市市政道路改造", ("江门",)).core
    assert "市政" in name_key("市政道路改造", ("江门",)).core


def test_two_sections_of_one_road_are_never_shortened_to_their_initials() -> None:
    a = name_key("国道G205线大坪至畲江段改建", ("梅州",))
    assert "大坪至畲江段" in a.core
    assert not _linked("国道G205线大坪至畲江段改建", "国道G205线程江至大坪段改建", "梅州")
    assert _same("G228线坡头至吴川段改建", "国道228线坡头—吴川段改建工程", "湛江")  # places of the vocabulary
