"""The identity step of round 9 (docs/benchmarks.md, issue 26, "Round 9"): whose a place's institution is (the
city's own or a district's, the city's urban area or a county's, a zone or a county), what a project takes in with it
(…及配套…), characters written either way in place names, and words of one meaning in new spellings — tested with
names of our own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.identity.linking import link_rows
from etl.identity.names import name_key
from etl.identity.records import IdentityRow


def _row(source: str, name: str, city: str, total: int | None, kind: str, n: int) -> IdentityRow:
    return IdentityRow(source, 1, n, f"{name}|{city}", name, "city", city, None, None, None,
                       Decimal(total) if total else None, kind, "2023-03-01")  # fmt: skip


def _pair(a: str, b: str, city: str, total_a: int = 60_000, total_b: int = 72_000) -> tuple[bool, bool]:
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


def test_what_a_name_says_about_the_level_of_its_place() -> None:
    assert name_key("江门市中心医院扩建工程", ("江门",)).level == "city"
    assert name_key("江门市第二中学新校区", ("江门",)).level == "city"
    assert name_key("江门市城区供水管网改造", ("江门",)).level == "urban"
    assert name_key("台山市城区供水管网改造", ("江门",)).level == "county"
    assert name_key("开平市中心医院扩建工程", ("江门",)).level == "county"
    assert name_key("蓬江区中心医院扩建工程", ("江门",)).level == ""  # a 区: an urban district
    assert (
        name_key("江门市蓬江区滨江大道改造", ("江门",)).level == ""
    )  # the city before its district: no institution
    assert name_key("海东新区污水处理厂", ("湛江",)).level == "zone"


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        ("江门市中心医院扩建工程", "蓬江区中心医院扩建项目", "江门"),  # the city's hospital, a district's
        ("河源市第一中学新校区建设", "东源县第一中学新校区建设工程", "河源"),  # the city's school, a county's
        (
            "河源市城区供水管网改造工程",
            "和平县城区供水管网改造项目",
            "河源",
        ),  # the city's urban area, a county's
    ],
)
def test_the_citys_own_is_never_a_districts_or_a_countys(a: str, b: str, city: str) -> None:
    linked, queued = _pair(a, b, city)
    assert not linked and not queued


def test_a_zone_and_a_county_go_to_review_not_to_a_link() -> None:
    linked, queued = _pair("湛江海东新区污水处理厂提标改造", "遂溪县城区污水处理厂提标改造工程", "湛江")
    assert not linked and queued


def test_the_city_urban_area_is_still_its_urban_districts() -> None:
    linked, _ = _pair("韶关城区三水厂扩建", "韶关市浈江区第三水厂扩建工程", "韶关", 30_000, 30_000)
    assert linked


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        (
            "阳春市第三水厂及配套管网工程",
            "阳春市第三水厂项目",
            "阳江",
        ),  # what it takes in with it: its own scope
        ("北滘工业园污水处理厂及管网配套", "佛山市顺德区北滘镇工业园污水处理厂及配套管网工程", "佛山"),
        (
            "红星水库灌区基础配套设施项目",
            "红星水库灌区基础设施工程",
            "梅州",
        ),  # infrastructure, in other words
        ("新墟镇中心小学扩建工程", "新圩镇中心小学扩建项目", "惠州"),  # 墟 / 圩: one market town
        ("坪山水质净化厂二期工程", "坪山污水处理厂二期", "深圳"),  # the newer name of a sewage plant
        ("揭阳LNG接收站二期", "揭阳液化天然气接收站二期工程", "揭阳"),
    ],
)
def test_one_project_in_other_words(a: str, b: str, city: str) -> None:
    assert _pair(a, b, city)[0]


def test_a_projects_supporting_road_alone_is_still_another_project() -> None:
    linked, _ = _pair("北滘工业园配套道路工程", "北滘工业园建设项目", "佛山")
    assert not linked
