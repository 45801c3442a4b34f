"""The identity step's readings of round 6 (docs/benchmarks.md, issue 26, "Round 6"): mechanisms for the classes the
fifth blind set missed — an ordinal in digits or numerals, a capacity in two units, a river's or a two-city road's
section, two cities' initials, numbers listed before one 号, a district inside a company's legal name, a carbon
fraction by its letter — tested with names of our own, and the hand-written lists of
scripts/corpus/identity_round6.py held to the figures reached (recall as floors, no distractor linked).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.identity.linking import link_rows
from etl.identity.names import name_key
from etl.identity.numerals import as_digits, as_numeral
from etl.identity.records import IdentityRow
from etl.identity.vocabulary import load_vocabulary
from scripts.corpus.identity_round6 import CLASSES, score
from tests.test_identity_round4 import _linked, _same


@pytest.mark.parametrize(
    ("number", "written"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (21, "二十一"), (99, "九十九")]
)
def test_an_ordinal_is_written_in_numerals(number: int, written: str) -> None:
    assert as_numeral(number) == written


def test_an_ordinal_in_digits_or_numerals_is_one_school() -> None:
    a, b = name_key("韶关市第十九中学", ("韶关",)), name_key("韶关市第19中学扩建", ("韶关",))
    assert (a.core, a.numbers) == (b.core, b.numbers) == ("第十九中学", (19,))  # counted once, not (19, 19)
    assert _linked("韶关市第十九中学", "韶关市第19中学扩建", "韶关")


def test_two_ordinals_are_two_schools_however_written() -> None:
    assert not _linked("韶关市第十八中学", "韶关市第19中学", "韶关")
    assert not _linked("韶关市第二十中学", "韶关市第21中学", "韶关")


def test_a_capacity_in_two_units_is_one_number() -> None:
    a = name_key("韶关市乐昌市300MW农光互补光伏项目", ("韶关",))
    b = name_key("乐昌三十万千瓦农光互补光伏发电项目", ("韶关",))
    assert a.numbers == b.numbers == (300_000,)
    assert _linked("韶关市乐昌市300MW农光互补光伏项目", "乐昌三十万千瓦农光互补光伏发电项目", "韶关")
    assert name_key("1.5MW分布式光伏", ("韶关",)).numbers == (1_500,)


def test_two_capacities_are_two_projects() -> None:
    assert not _linked("韶关市乐昌市100MW农光互补光伏项目", "乐昌十五万千瓦农光互补光伏发电项目", "韶关")


def test_a_river_named_like_its_district_keeps_its_name_and_its_section() -> None:
    a = name_key("武江（乐昌段）碧道建设", ("韶关",))
    b = name_key("武江乐昌段碧道工程", ("韶关",))
    assert (a.core, a.district) == (b.core, b.district) == ("武江碧道", "乐昌")
    assert _linked("武江（乐昌段）碧道建设", "武江乐昌段碧道工程", "韶关")
    assert not _linked("武江（乐昌段）碧道建设", "武江仁化段碧道工程", "韶关")  # two sections of one river


def test_a_section_by_two_ends_is_not_its_far_ends_section() -> None:
    whole = name_key("汕湛高速公路揭阳至惠州段改扩建", ("揭阳", "惠州"))
    assert whole.core == "汕湛高速揭惠段"
    assert name_key("汕湛高速揭惠段改扩建（惠州段）", ("惠州",)).core == whole.core
    assert name_key("揭阳至惠来铁路（揭阳境内）", ("揭阳",)).core == "揭惠铁路"  # …境内 is a section note


def _row(source: str, name: str, city: str, kind: str) -> IdentityRow:
    place = "multi_city" if "、" in city else "city"
    return IdentityRow(
        source, 1, 1, name, name, place, city, None, None, None, Decimal(100_000), kind, "2024-03-01"
    )


def test_a_two_city_row_and_the_other_citys_initials_are_one_project() -> None:
    """江门's abbreviation 江 is taken off the two-city row's 江阳 (names.py), not off a 阳江 row's: read back."""
    rows = [_row("plan", "江门至阳江城际快线", "江门、阳江", "provincial_plan"),
            _row("yangjiang", "江阳城际快线阳江段", "阳江", "city_plan")]  # fmt: skip
    ids = link_rows(rows, 86, 70)
    assert ids.project_of[0] == ids.project_of[1]
    rival = [rows[0], _row("yangjiang", "阳江至茂名城际快线阳江段", "阳江", "city_plan")]
    ids = link_rows(rival, 86, 70)
    assert (
        ids.project_of[0] != ids.project_of[1] and not ids.review
    )  # 江阳 / 阳茂: two routes (main: 94.9, linked)


def test_a_citys_urban_area_with_or_without_its_name_is_one_route() -> None:
    a = name_key("韶关市区至丹霞山快速通道", ("韶关",))
    b = name_key("市区至丹霞山快速路工程", ("韶关",))
    assert a.route == b.route == "市丹" and a.core == b.core


def test_numbers_listed_before_one_sign_each_have_it() -> None:
    a, b = name_key("平海电厂3、4号机组", ("惠州",)), name_key("平海电厂3号、4号机组", ("惠州",))
    assert (a.core, a.numbers) == (b.core, b.numbers) == ("平海电厂3号4号机组", (3, 4))


def test_a_district_in_a_companys_legal_name_is_no_part_of_its_brand() -> None:
    assert name_key("海螺水泥（英德）有限公司余热发电技改", ("清远",)).brand == "海螺水泥"
    assert name_key("光明乳业有限公司冷链物流中心", ("深圳",)).brand.startswith(
        "光明"
    )  # a trade name, no place


def test_a_carbon_fraction_by_its_letter() -> None:
    units = tuple(load_vocabulary().units)
    assert as_digits("碳九树脂", units) == "c9树脂"
    assert as_digits("碳三碳四综合利用", units) == "c3c4综合利用"
    assert as_digits("零碳产业园低碳二期", units) == "零碳产业园低碳二期"  # a phase, no fraction
    assert name_key("某某低碳二期", ("清远",)).phase == frozenset({"期2"})


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("汕头市潮南区练江快速通道", "潮南区练江快速路工程", "汕头"),
        ("韶关市芙蓉新区公共管廊", "芙蓉新区公用管廊项目", "韶关"),
        ("清远市某水泥厂窑炉技术改造", "清远某水泥厂窑炉技改项目", "清远"),
        ("清远市某产业园配套基础设施建设", "清远某产业园基础设施项目", "清远"),
        ("韶关市丹霞山旅游景区提升", "丹霞山景区提升工程", "韶关"),
    ],
)
def test_what_is_built_written_another_way(a: str, b: str, city: str) -> None:
    assert _same(a, b, city)


# Figures reached on the hand-written lists (docs/benchmarks.md, Round 6): floors, so that a change that loses a
# class shows here; distractors never linked. The held-out half was scored once, at the end of the round. Each
# half's pair of two cities' sections of one project is linked since round 7, through the row naming both cities.
FLOORS = {"dev": 43, "heldout": 41}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_round6_lists_hold_their_figures(split: str) -> None:
    s = score(split)
    assert sum(s.found.values()) >= FLOORS[split], s.missed
    assert s.distractors_linked == 0 and not s.wrong, s.wrong
    assert set(s.pairs) == set(CLASSES)


def test_a_roman_numeral_character_is_a_number_wherever_it_stands() -> None:
    """Ⅱ folds to the letters ii under NFKC; read before that, a site Ⅱ is site 2 with or without 期 or 号."""
    assert name_key("阳江市阳西县海上风电场（沙扒Ⅲ）", ("阳江",)).numbers == (3,)
    assert name_key("阳江市阳西县海上风电场（沙扒III）", ("阳江",)).numbers == (
        3,
    )  # as a load folds it (NFKC)
    assert name_key("X光机房改造", ("阳江",)).numbers == ()  # a letter alone is a word, not a numeral
    assert (
        name_key("阳江市阳西县海上风电场Ⅲ期", ("阳江",)).phase
        == name_key("阳西海上风电场三期", ("阳江",)).phase
    )
    assert not _linked("阳江市阳西县海上风电场项目（沙扒Ⅱ）", "阳西沙扒一海上风电项目", "阳江")
