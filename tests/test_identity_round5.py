"""The identity step's readings of round 5 (docs/benchmarks.md, issue 26, "Round 5"): mechanisms for the classes the
fourth blind set missed — numerals, words reordered, a qualifier dropped, a well-known name abbreviated, a company's
legal name against its brand — tested with names of our own, and the hand-written lists of
scripts/corpus/identity_round5.py held to the figures reached (recall as floors, no distractor linked).
"""

from __future__ import annotations

import pytest

from etl.identity.names import brand_starts, name_key
from etl.identity.numerals import as_digits, chinese_number, same_but_digits
from etl.identity.readings import abbreviated, qualified, reordered, transposed
from etl.identity.scoring import _descriptors
from etl.identity.vocabulary import load_vocabulary
from scripts.corpus.identity_round5 import CLASSES, score
from tests.test_identity_round4 import _linked


def _digits(text: str) -> str:
    return as_digits(text, tuple(load_vocabulary().units))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百", 100),
        ("一千二百", 1200),
        ("二〇二四", 2024),
        ("五", 5),
    ],
)
def test_a_chinese_number_is_read_by_its_grammar(text: str, number: int) -> None:
    assert chinese_number(text) == number


def test_digits_that_are_no_numeral_are_not_read() -> None:
    assert chinese_number("一二十") is None
    assert _digits("六一小学") == "六一小学"  # before no unit: a name
    assert _digits("青洲一海上风电") == "青洲一海上风电"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("十万亩荔枝", "10万亩荔枝"),
        ("五万吨级泊位", "5万吨级泊位"),
        ("二〇二四年老旧小区", "2024年老旧小区"),
        ("一百兆瓦光伏", "100兆瓦光伏"),
        ("后湖海上风电场ii期", "后湖海上风电场2期"),
        ("第iii标段", "第3标段"),
        ("3#泊位", "3号泊位"),
    ],
)
def test_numbers_written_in_numerals_or_with_a_sign_are_read_as_digits(text: str, read: str) -> None:
    assert _digits(text) == read


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("惠州市二〇二四年城中村改造", "惠州市2024年城中村改造项目", "惠州"),
        ("汕头港广澳港区三号泊位", "广澳港区3#泊位工程", "汕头"),
        ("阳江沙扒海上风电场Ⅲ期", "沙扒海上风电场三期", "阳江"),
        ("湛江徐闻十万亩菠萝基地", "徐闻10万亩菠萝基地", "湛江"),
    ],
)
def test_one_number_written_two_ways_is_one_project(a: str, b: str, city: str) -> None:
    assert _linked(a, b, city)


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("惠州市二〇二五年城中村改造", "惠州市2024年城中村改造项目", "惠州"),
        ("汕头港广澳港区四号泊位", "广澳港区3#泊位工程", "汕头"),
        ("阳江沙扒海上风电场Ⅱ期", "沙扒海上风电场三期", "阳江"),
    ],
)
def test_two_numbers_written_two_ways_are_two_projects(a: str, b: str, city: str) -> None:
    assert not _linked(a, b, city)


def test_a_number_a_name_holds_is_the_same_in_digits() -> None:
    assert same_but_digits("大洲一风电场", "大洲1风电场")
    assert not same_but_digits("大洲二风电场", "大洲1风电场")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("文化体育中心", "体育文化中心"),
        ("冷链物流仓储中心", "仓储冷链物流中心"),
        ("公园及河道", "河道及公园"),
    ],
)
def test_words_moved_in_blocks_are_one_name(a: str, b: str) -> None:
    assert reordered(a, b)


@pytest.mark.parametrize(
    ("a", "b"), [("白北大道", "北白大道"), ("湖滨公园", "滨湖公园"), ("文化中心", "体育中心")]
)
def test_characters_moved_one_by_one_are_no_reordering(a: str, b: str) -> None:
    assert not reordered(a, b)


def test_descriptive_words_dropped_leave_one_name() -> None:
    words = _descriptors()
    assert qualified("高端不锈钢精深加工产业园", "不锈钢加工产业园", words)
    assert not qualified("不锈钢物流产业园", "不锈钢产业园", words)  # 物流 is what is built, no descriptor
    assert not qualified("产业园", "绿色产业园", words)  # too little left to name a project
    assert _linked("云浮市新兴县高端不锈钢厨具智能制造产业园", "新兴不锈钢厨具产业园", "云浮")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("南方科技大学医学院", "南科大医学院"),  # first characters of each word
        ("香港科技大学", "港科大"),  # the first word by its second character
        ("哈尔滨工业大学设计学院", "哈工大设计学院"),  # a first word of three
        ("中国科学院先进技术研究院", "中科院先进院"),  # institutions' short forms, a word left out
        ("妇女儿童医疗中心", "妇儿中心"),
    ],
)
def test_a_well_known_name_abbreviated_by_the_initials_of_its_words(a: str, b: str) -> None:
    assert abbreviated(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("南方医科大学医学院", "南科大医学院"),  # 科 starts no word of 南方|医科
        ("华南理工大学校区", "华农校区"),
        ("人民医院新院区", "人民医院"),  # a short form found whole is a word dropped
        ("新塘城区污水处理厂", "新城污水处理厂"),  # two initials of two short words
        ("电子信息产业园", "电子产业园"),  # a word dropped is no abbreviation
    ],
)
def test_what_is_no_abbreviation(a: str, b: str) -> None:
    assert not abbreviated(a, b)


def test_an_abbreviation_links_only_when_the_rest_agrees() -> None:
    assert _linked("南方科技大学医学院实验楼", "南科大医学院实验楼工程", "深圳")
    assert not _linked("南方科技大学医学院实验楼", "南科大医学院宿舍楼工程", "深圳")


def test_an_abbreviation_starting_with_the_city() -> None:
    assert name_key("深技大二期工程", ("深圳",)).core.startswith("深")  # the city's initial stays
    assert _linked(
        "深圳技术大学实验楼", "深技大实验楼工程", "深圳"
    )  # the city read back in front of the long form


def test_two_characters_of_one_word_swapped_are_two_places() -> None:
    assert transposed("新安社区", "安新社区")
    assert not _linked("长安镇新安社区智能装备产业园", "长安镇安新社区装备产业园", "东莞")


def test_a_brands_own_word_before_the_district_is_the_brand() -> None:
    key = name_key("迈瑞医疗光明生产基地", ("深圳",), brands=brand_starts({"迈瑞生物医疗电子"}))
    assert (key.brand, key.district, key.core) == ("迈瑞医疗", "光明", "生产基地")
    assert name_key("OPPO智能终端滨海湾生产基地", ("东莞",)).brand == "oppo"  # 智能终端 is what is built


def test_a_trade_name_that_is_the_initials_of_the_legal_name_is_one_company() -> None:
    from etl.identity.readings import brand_abbreviated

    assert brand_abbreviated("广汽", "汽车", ("广州",))  # 广州汽车集团 (the city taken out) / 广汽集团
    assert not brand_abbreviated("美的", "格力", ("佛山",))
    assert _linked("广州汽车集团股份有限公司黄埔零部件产业园", "广汽集团黄埔零部件产业园", "广州")


def test_a_zone_abbreviated_before_its_kind() -> None:
    assert abbreviated("综合保税区一期", "综保区一期")  # 综合保税 / 综保, then 区
    assert not abbreviated("新塘城区污水处理厂", "新城污水处理厂")


def test_a_capacity_in_sets_or_vehicles_is_a_specification() -> None:
    key = name_key("年产30万套智能马桶生产线", ("佛山",))
    # read in its base unit since round 6 (quantities.py: 30万套 is 300000套)
    assert key.numbers == (300_000,) and "30" not in key.core


# Figures reached on the hand-written lists (docs/benchmarks.md, Round 5): floors, so that a change that loses a
# class shows here; distractors never linked. The held-out half was scored once, at the end of the round.
FLOORS = {"dev": 70, "heldout": 70, "heldout2": 42}


@pytest.mark.parametrize("split", ["dev", "heldout", "heldout2"])
def test_hand_written_lists_of_round_5(split: str) -> None:
    s = score(split)
    assert s.distractors_linked == 0
    assert not s.wrong, s.wrong
    assert sum(s.found.values()) >= FLOORS[split], {cls: s.found[cls] for cls in CLASSES}
