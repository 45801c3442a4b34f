"""The identity step of round 11 (docs/benchmarks.md, issue 26, "Round 11"): totals that agree, the same years and a
rare word in common as evidence beyond a name alike enough to be queued; a word joining two parts of a name; a town
whose name ends in 村; two sections of one road; a district written inside a core after a company — tested with
names of our own.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import product

from etl.identity.linking import link_rows
from etl.identity.names import name_key
from etl.identity.records import IdentityRow
from etl.identity.scoring import _district, _sections, villages_named


def _row(
    source: str, name: str, city: str, total: int | None, n: int, start: int | None = 2025
) -> IdentityRow:
    return IdentityRow(source, 1, n, f"{name}|{city}", name, "city", city, None, start, None,
                       Decimal(total) if total else None, "provincial_plan" if source == "plan" else "groundbreaking",
                       "2025-03-01")  # fmt: skip


# Names of one run's other projects, none sharing a word with the pairs below: what rarity is counted against.
_FILLER = [
    f"{place}{kind}"
    for place, kind in product(
        ("东岭", "西塘", "北坑", "上洞", "下围", "田心", "水口", "石角", "白沙", "黄竹", "青溪", "龙湖"),
        (
            "小学扩建",
            "污水处理厂",
            "市政道路",
            "人民公园",
            "供水管网",
            "体育馆",
            "垃圾转运站",
            "文化广场",
            "农贸市场",
        ),
    )
]


def _in_a_run(a: str, b: str, totals: tuple[int, int], starts: tuple[int | None, int | None]) -> bool:
    """Whether `a` (a plan's row) and `b` (a batch's) are linked in a run of 108 other rows of the city."""
    rows = [
        _row("plan", a, "韶关", totals[0], 1, starts[0]),
        _row("batch", b, "韶关", totals[1], 2, starts[1]),
    ]
    rows += [
        _row("plan" if n % 2 else "batch", name, "韶关", 1_000 + 37 * n, 3 + n)
        for n, name in enumerate(_FILLER)
    ]
    ids = link_rows(rows, 86, 70).project_of
    return ids[0] == ids[1]


# A company's project named by a plan and by a batch in other words: the company's name is the word they share.
_A, _B = "星岚科技韶关智能传感器研发及制造中心项目", "韶关星岚智能传感器产业基地"


def test_agreeing_totals_the_same_year_and_a_rare_word_link_a_name_alike_enough_to_be_queued() -> None:
    assert _in_a_run(_A, _B, (236_400, 236_400), (2025, 2025))
    c, d = "星岚科技韶关智能传感器研发及生产基地项目", "星岚科技智能传感器产业基地"
    assert _in_a_run(c, d, (236_400, 231_000), (2025, 2025))  # totals within 5 %
    assert not _in_a_run(c, d, (236_400, 231_000), (2025, 2023))


def test_without_one_of_the_three_the_pair_waits_for_review() -> None:
    assert not _in_a_run(_A, _B, (236_400, 236_400), (2025, 2024))  # another start year
    assert not _in_a_run(_A, _B, (236_400, 236_400), (2025, None))  # a year on one side only
    assert not _in_a_run(_A, _B, (236_400, 180_000), (2025, 2025))  # totals apart
    rows = [_row("plan", _A, "韶关", 236_400, 1), _row("batch", _B, "韶关", 236_400, 2)]
    ids = link_rows(rows, 86, 70)
    assert ids.project_of[0] != ids.project_of[1]  # two rows alone: no word is rare among two names
    assert [(c.a, c.b) for c in ids.review] == [(0, 1)]


def test_a_word_joining_two_parts_is_read_one_way() -> None:
    one = name_key("丰溪高新区精细化工和新材料产业园", ("茂名",)).core
    assert one == name_key("丰溪高新区精细化工与新材料产业园", ("茂名",)).core
    assert one == name_key("丰溪高新区精细化工及新材料产业园", ("茂名",)).core
    assert name_key("和美乡村示范片建设", ("茂名",)).core.startswith(
        "和美"
    )  # a name that starts with one keeps it


def test_a_town_whose_name_ends_in_village_is_no_village() -> None:
    assert villages_named("紫金县柏村镇农光互补光伏电站") == frozenset()
    assert villages_named("紫金县柏村镇禾田村美丽乡村建设") == {"禾田"}
    ids = link_rows(
        [
            _row("plan", "紫金县柏村镇200MW农光互补光伏发电项目", "河源", 88_000, 1),
            _row("batch", "紫金柏村20万千瓦农光互补光伏电站", "河源", 88_000, 2),
        ],
        86,
        70,
    )
    assert ids.project_of[0] == ids.project_of[1]


def test_two_sections_of_one_road_by_their_ends() -> None:
    assert _sections("省道S999线甲坑至乙塘段改建工程", "省道S999线丙岭至甲坑段改建工程") == -25.0
    assert (
        _sections("省道S999线甲坑至乙塘段改建工程", "S999线乙塘—甲坑段改建") == 0.0
    )  # one section, either end first
    assert (
        _sections("省道S999线丰溪区甲坑镇至乙塘镇段", "S999丰溪甲坑至乙塘段") == 0.0
    )  # district and towns' words
    assert _sections("省道S999线甲坑至乙塘段改建工程", "省道S999线改建工程") == 0.0  # the whole road


def test_a_district_inside_a_core_after_a_company_is_a_district() -> None:
    a = name_key("新粤能源河源紫金抽水蓄能电站项目", ("河源",))
    b = name_key("连平抽水蓄能电站", ("河源",))
    assert b.district == "连平" and not a.district
    assert _district(a, b, "河源") == -35.0
    same = name_key("新粤能源河源连平抽水蓄能电站项目", ("河源",))
    assert _district(same, b, "河源") == 0.0
