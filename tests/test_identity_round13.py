"""The identity step of round 13 (docs/benchmarks.md, issue 26, "Round 13"): a route read one way however it is
written — its ends with their city in front or not, 至 / 到 / a dash between them, a place whose name holds 和 kept
whole, a route a row of its two cities writes short — tested with names of our own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.identity.linking import Identity, link_rows
from etl.identity.names import name_key, short_route
from etl.identity.records import IdentityRow
from etl.identity.vocabulary import load_vocabulary


def _row(source: str, name: str, place_kind: str, city: str, total: int | None, n: int,
         start: int | None = 2025) -> IdentityRow:  # fmt: skip
    return IdentityRow(source, 1, n, f"{name}|{city}", name, place_kind, city, None, start, None,
                       Decimal(total) if total else None, "provincial_plan" if source == "plan" else "groundbreaking",
                       "2025-03-01")  # fmt: skip


def _pair(a: IdentityRow, b: IdentityRow) -> Identity:
    return link_rows([a, b], 86, 70)


@pytest.mark.parametrize(
    "written",
    [
        "肇庆高要至云浮新兴快速路",  # each end after its city
        "肇庆市高要区至云浮市新兴县快速路",  # with 市 and the district's word
        "高要至云浮新兴快速路",  # the far end only after its city
        "高要—新兴快速路",  # a dash
        "高要-新兴快速路",
        "高要到新兴快速路",
    ],
)
def test_a_route_is_read_one_way_however_its_ends_are_written(written: str) -> None:
    plain = name_key("高要至新兴快速路", ("肇庆", "云浮"))
    key = name_key(written, ("肇庆", "云浮"))
    assert (key.core, key.route) == (plain.core, plain.route) == ("高新快速路", "高新")


def test_a_route_of_two_names_the_vocabulary_does_not_know_with_a_dash() -> None:
    assert (
        name_key("石门—塘尾连接路", ("东莞",)).route
        == name_key("石门至塘尾连接路", ("东莞",)).route
        == "石塘"
    )
    # inside a word a dash joins other things: 溪头河—白沙涌 is no route of 头河 and 白沙
    assert name_key("溪头河—白沙涌综合整治", ("江门",)).route == ""


def test_the_he_of_a_place_inside_a_route_is_no_connector() -> None:
    cities = ("河源",)
    full = name_key("东源至和平天然气管道", cities)
    assert full.route == "东和" and "东和" in full.core
    assert name_key("东源—和平天然气管道", cities).core == full.core
    assert name_key("东和天然气管道", cities).core == full.core  # written short
    # a place starting with 和 inside a name keeps its 和; a connector between two words is still read one way
    assert "和平" in name_key("东坑和平大道改造", ("东莞",)).core
    assert (
        name_key("绿色建材和新能源产业园", ("肇庆",)).core
        == name_key("绿色建材与新能源产业园", ("肇庆",)).core
    )


def test_a_route_a_row_of_its_two_cities_writes_short_keeps_both_initials() -> None:
    vocabulary = load_vocabulary()
    assert short_route("肇云快速路", vocabulary) == "肇云"
    assert short_route("肇庆新区", vocabulary) == ""  # no road, line or pipe after the two characters
    both = ("肇庆", "云浮")
    assert name_key("肇云快速通道", both).core == name_key("肇庆至云浮快速通道", both).core == "肇云快速路"


def test_a_line_whose_far_end_is_written_after_its_city_links_to_its_section() -> None:
    ids = _pair(
        _row("plan", "肇庆高要至云浮新兴快速路工程", "multi_city", "肇庆、云浮", 400_000, 1),
        _row("batch", "高要至新兴快速路（高要段）", "city", "肇庆", 150_000, 2, 2023),
    )
    assert ids.project_of[0] == ids.project_of[1]  # round 12 read the whole 高云 + 新兴: two routes, −25


def test_two_routes_sharing_one_end_stay_apart() -> None:
    ids = _pair(
        _row("plan", "肇庆高要至云浮新兴快速路工程", "multi_city", "肇庆、云浮", 400_000, 1),
        _row("batch", "高要至云城快速路（高要段）", "city", "肇庆", 150_000, 2, 2023),
    )
    assert ids.project_of[0] != ids.project_of[1]


def test_a_route_written_short_from_its_other_end_links_to_the_whole() -> None:
    both = "肇庆、云浮"
    ids = _pair(
        _row("plan", "肇庆至云浮快速路扩建工程", "multi_city", both, 900_000, 1),
        _row("batch", "云肇快速路扩建工程（云浮段）", "multi_city", both, 300_000, 2),
    )
    assert (
        ids.project_of[0] == ids.project_of[1]
    )  # 肇云 / 云肇: one road from either end, not 肇云 / 肇快速路
