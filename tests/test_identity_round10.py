"""The identity step of round 10 (docs/benchmarks.md, issue 26, "Round 10"): a name typed by its sound (one
character swapped for another read alike), a term restated in its Latin abbreviation, a route between two towns
with their 镇 / 街道 written or not, a few words of one meaning, and two companies' projects of one kind told
apart — tested with names of our own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.identity.homophones import one_sound_apart
from etl.identity.linking import link_rows
from etl.identity.records import IdentityRow


def _row(source: str, name: str, city: str, total: int | None, kind: str, n: int) -> IdentityRow:
    return IdentityRow(source, 1, n, f"{name}|{city}", name, "city", city, None, None, None,
                       Decimal(total) if total else None, kind, "2024-03-01")  # fmt: skip


def _linked(a: str, b: str, city: str) -> bool:
    ids = link_rows(
        [
            _row("plan", a, city, 40_000, "provincial_plan", 1),
            _row("batch", b, city, 46_000, "groundbreaking", 2),
        ],
        86,
        70,
    )
    return ids.project_of[0] == ids.project_of[1]


def test_one_character_read_alike_and_nothing_else() -> None:
    assert one_sound_apart("金砂路", "金沙路") == ("砂", "沙")
    assert one_sound_apart("官渡", "官度") == ("渡", "度")
    assert one_sound_apart("金砂路", "金山路") is None  # sha / shan: another name
    assert one_sound_apart("金砂路沿线", "金沙路两侧") is None  # more than one character apart
    assert one_sound_apart("a1", "b1") is None  # only Chinese characters are read by their sound


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        (
            "翁源县官渡镇中心卫生院迁建工程",
            "翁源县官度镇中心卫生院迁建项目",
            "韶关",
        ),  # a town typed by its sound
        ("南山区沙河西路品质提升工程", "南山区砂河西路品质提升项目", "深圳"),  # a road typed by its sound
        ("东坑天然气热电联产项目", "东坑燃气热电联产工程", "东莞"),
        ("韶钢特钢技术升级改造项目", "韶钢特钢技改工程", "韶关"),
        ("大鹏液化天然气（LNG）接收站扩建", "大鹏LNG接收站扩建工程", "深圳"),  # the term and its abbreviation
        ("华锐电子高端印制电路板生产基地", "华锐电子高端PCB生产基地项目", "肇庆"),
        (
            "龙门县麻榨镇至永汉镇公路改建工程",
            "龙门县麻榨至永汉公路改建项目",
            "惠州",
        ),  # a route between two towns
        ("新兴县东成街道至六祖镇旅游公路", "新兴县东成至六祖旅游公路工程", "云浮"),
    ],
)
def test_one_project_typed_or_worded_otherwise(a: str, b: str, city: str) -> None:
    assert _linked(a, b, city)


def test_a_name_that_sounds_different_is_another_project() -> None:
    assert not _linked("金平区金砂小学扩建工程", "金平区金山小学扩建工程", "汕头")


@pytest.mark.parametrize(
    ("a", "b", "city"),
    [
        # two companies' plants of one kind: the first named by its group, the second by its trade name alone
        ("宏基集团清远高端铝型材精深加工项目", "清远华泰铝业高端铝型材精深加工项目", "清远"),
        # one frame filled with two companies' trade names
        ("阳江金海水产深远海养殖装备基地项目", "银洋水产深远海养殖装备基地项目", "阳江"),
    ],
)
def test_two_companies_projects_of_one_kind_are_neither_linked_nor_queued(a: str, b: str, city: str) -> None:
    ids = link_rows(
        [
            _row("plan", a, city, 40_000, "provincial_plan", 1),
            _row("batch", b, city, 46_000, "groundbreaking", 2),
        ],
        86,
        70,
    )
    assert ids.project_of[0] != ids.project_of[1] and not ids.review
