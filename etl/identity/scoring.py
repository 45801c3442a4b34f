"""A candidate pair's score (0–100, linking caps it): mostly the name, moved a few points by amounts, years and category.

- name: mostly how alike the distinctive parts are (distinctive.py: the subject, not the kind of work
  hundreds of rows share), and partly the whole cores: the best of in order, with characters sorted
  (words reordered, a little less trusted) and one inside the other (trusted by how much it covers), whole or
  split by a word the other adds in its middle (碉楼文旅 / 碉楼与村落文旅);
- separate works: a word such as 配套 or 连接线 (vocabulary.yaml) in one name only takes many points;
- other institutions: a word such as 技师 or 中医 in one name only (韶关技师学院 / 韶关学院) takes points:
  a distinctive word on one side is another school or hospital, not a word left out;
- brands: two companies named whose trade names differ (客都 / 华粤) take points;
- ordinals: an institution numbered on one side only (第一中学 / 化州中学) takes points;
- directions: when all one core adds to the other is a direction (曲江 / 曲江南), two places: many points;
- other characters: when each core holds characters the other lacks (学凤中学 / 学明中学: a character
  replaced, not a word added, dropped or moved), points are taken, and more when all that differs is one short
  word swapped in one frame (北坡 / 洋青 农光互补光伏电站: one template, two projects);
- kinds of work: taken out of the core (names.py); two of different families (改造 / 新建) take a few points,
  a name giving none or the same family takes nothing: the kind weighs little;
- route: two names giving two different pairs of places joined by 至 (江门至阳江 / 阳江至茂名) take as much as two
  districts;
- town: the same, two different towns or streets, like districts;
- a place moved: one list names the place in a bracket at the end, the other in front (…产业园（外海片区） /
  外海街道…产业园): read without it (`_moved_place`);
- district: two different districts named take 35 points (also one read and another written inside the other's core
  after a company: 中粤能源河源东源… / 龙川…), enough to leave the same words in two districts under
  the review floor (each district's rental housing or small rivers in a city's list), the same adds;
- amounts: lists give one project different totals (the plan's whole against a batch's part), so close
  totals add a little and totals apart by more than 3× take a little; the same total to the 万元, where few rows
  of the city give it and no term tells the two apart, is evidence beyond the name (`_corroborated`): a name
  alike enough to be queued (南山湾科技产业园 / 南山湾产业园（濠江区）) and the same total reach the threshold;
- phase: a phase or section named on one side only (…新院区 / …三期) takes a few points: a list may split
  a project another names whole, but the whole's own row, where one exists, is the better match;
- years: a start year more than a year apart takes points, the same start adds;
- rare words: totals within 5 %, the same start or end year and a word few of the run's names hold in common (宁德时代,
  灵山岛尖) are evidence beyond a name alike enough to be queued (`_rare_words`);
- sections: two names each giving a section between two places, not the same two, take as much as two routes;
- a line's whole and one city's section: a row of several cities and a row of one of them naming its section
  (…（清远段）) add points, and are queued from under the review floor (`_line_and_section`); totals within 15 % with
  nothing against queue a pair from under it too (`Scored.below_floor`);
- category: the same family (category_group's rule) adds, two different families take.
Two different phases or sections (一期 / 二期), or names giving different numbers (2号线 / 22号线, 2022年度 /
2023年度), are never scored: they are two projects (`None`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from etl.identity.distinctive import Distinct, bigram_counts
from etl.identity.homophones import one_sound_apart
from etl.identity.names import NameKey, trailing_place
from etl.identity.numerals import same_but_digits
from etl.identity.readings import (
    READING,
    abbreviated,
    brand_abbreviated,
    reading_score,
    transposed,
    without_descriptors,
)
from etl.identity.records import IdentityRow
from etl.identity.vocabulary import load_vocabulary

FAMILIES = ("城市更新", "基础设施", "民生", "产业")


def category_family(category: str | None) -> str | None:
    """The family of a published category, as macro category_group folds it (None: none or other)."""
    return next((f for f in FAMILIES if category and f in category), None)


DISTINCT_WEIGHT = 0.6


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _split_inside(short: str, long: str) -> bool:
    """`short` is `long` with one word taken out of its middle (碉楼文旅 / 碉楼与村落文旅), words at its ends
    aside: all its characters in order, in at most two runs."""
    if len(short) >= len(long):
        return False
    runs = [op for op in Indel.opcodes(short, long) if op.tag == "equal"]
    return len(runs) <= 2 and sum(op.src_end - op.src_start for op in runs) == len(short)


def _alike(a: str, b: str) -> float:
    """Similarity of two strings 0–100: in order, as sets of character pairs (words reordered, but not the
    characters of a word: 白北 is not 北白), or one inside the other — whole, or split by a word the other
    adds in its middle (a little less trusted)."""
    ordered = fuzz.ratio(a, b)
    pa, pb = _bigrams(a), _bigrams(b)
    shuffled = 0.92 * 200 * len(pa & pb) / (len(pa) + len(pb))
    short, long = sorted((a, b), key=len)
    inside = 0.0
    if len(short) >= 4:
        cover = 0.6 + 0.4 * len(short) / len(long)
        inside = fuzz.partial_ratio(short, long) * cover
        if inside < 95 * cover and _split_inside(short, long):
            inside = 95 * cover
    return max(ordered, shuffled, inside)


def _swapped(a: str, b: str) -> bool:
    """One short word swapped for another in one frame (北坡 / 洋青 农光互补光伏电站, 海滨 / 海港 小学, 黄岗 / 睦岗
    片区): what is left of each once their common start and end are taken off is one to three characters, none
    shared, and the frame is at least two. A list of a province names many projects of one template so;
    writing one project another way seldom changes only its name."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    rest_a, rest_b = a[start : len(a) - end], b[start : len(b) - end]
    return (0 < len(rest_a) <= 3 and 0 < len(rest_b) <= 3 and start + end >= 2
            and not set(rest_a) & set(rest_b))  # fmt: skip


SWAPPED = 6.0  # points a swapped word takes, over the 10 of a character replaced
# and more when the word swapped opens a long name: two companies' trade names (_leading_swapped)
LEADING = 10.0


def _leading_swapped(a: str, b: str) -> bool:
    """Two names of one long frame that differ only in their first two characters, none shared (金丰海洋深远海养殖
    装备基地 / 佳润海洋深远海养殖装备基地): a list of one trade names several companies' plants so; one project written
    another way keeps its name's start."""
    return len(a) == len(b) >= 8 and a[2:] == b[2:] and not set(a[:2]) & set(b[:2])


def _reading_score(core_a: str, core_b: str, distinct_a: str, distinct_b: str) -> float:
    alike = DISTINCT_WEIGHT * _alike(distinct_a, distinct_b) + (1 - DISTINCT_WEIGHT) * _alike(core_a, core_b)
    replaced = -10.0 if (set(core_a) - set(core_b)) and (set(core_b) - set(core_a)) else 0.0
    swapped = -SWAPPED if replaced and _swapped(core_a, core_b) else 0.0
    swapped -= LEADING if replaced and _leading_swapped(core_a, core_b) else 0.0
    return alike + replaced + swapped


def name_score(a: NameKey, b: NameKey, distinct_a: Distinct, distinct_b: Distinct, city: str = "") -> float:
    """How alike two names are, 0–100: their distinctive parts weigh DISTINCT_WEIGHT, their cores the rest,
    and a character replaced (each holds characters the other lacks) takes 10 points. A core too short to
    stand alone is also read with its district (坦洲镇快线 / 坦洲快线: 坦洲 is a district of 中山 written bare). The better of two
    readings: the cores, and the full names (a company's brand kept: 优捷光电科技有限公司光通信… /
    优捷光电光通信…), since a company in front may be the builder or the brand the project is known by. `city`: the
    pair's city, read back in front of a core for an abbreviation that starts with it (深圳技术大学 / 深技大: the
    city was taken out of one core, its first character is the other's first)."""
    descriptors = _descriptors()
    core = max(_reading_score(a.core, b.core, distinct_a.core, distinct_b.core),
               reading_score(a.core, b.core, descriptors),
               READING if same_but_digits(a.core, b.core) else 0.0)  # fmt: skip
    if core < READING and _abbreviation(a, b, city):
        core = READING
    if min(len(a.core), len(b.core)) < 4 and a.district != b.district:  # 坦洲镇快线 / 坦洲快线
        placed_a, placed_b = a.district + a.core, b.district + b.core
        core = max(core, _reading_score(placed_a, placed_b, placed_a, placed_b))
    if bool(a.town) != bool(b.town) and a.district and a.district == b.district:
        core = max(core, _townless(a, b, distinct_a.core, distinct_b.core))
    if core < READING:
        core = max(core, _placeless(a, b), _by_kind_of_area(a.core, b.core))
    if not (a.brand or b.brand):
        return core
    return max(core, _reading_score(a.full, b.full, distinct_a.full, distinct_b.full),
               reading_score(a.full, b.full, descriptors))  # fmt: skip


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return frozenset(load_vocabulary().descriptors)


TOWNLESS = 0.95  # a town left out is trusted a little less than a name read alike


def _townless(a: NameKey, b: NameKey, distinct_a: str, distinct_b: str) -> float:
    """The cores read without the town one of them starts with (普宁市流沙东街道华美片区 / 普宁华美片区: a list of
    the county leaves its town out), when both give the same district, enough is left to name a project (four
    characters) and the other name begins where this one goes on after its town (not with another place)."""
    if b.town:
        a, b, distinct_a, distinct_b = b, a, distinct_b, distinct_a
    rest = a.core[len(a.town) :]
    if not a.core.startswith(a.town) or len(rest) < 4 or not b.core.startswith(rest[:2]):
        return 0.0  # b must begin where a goes on after its town: 珠玑…光伏电站 puts another place there
    distinct_rest = distinct_a.removeprefix(a.town) or rest
    return TOWNLESS * _reading_score(rest, b.core, distinct_rest, distinct_b)


def _placeless(a: NameKey, b: NameKey) -> float:
    """The cores read without a district or town one name gives as a place and the other writes bare at the start
    of its core (三水南山冷链物流中心 / 佛山市三水区南山镇农产品冷链物流中心: 三水 and 南山 read as places on one side only),
    from both cores. Never when the two give two districts or two towns; four characters must be left; trusted
    as a town left out is."""
    if (a.district and b.district and a.district != b.district) or (a.town and b.town and a.town != b.town):
        return 0.0
    best = 0.0
    for one, other in ((a, b), (b, a)):
        places = [
            p for p in (other.district, other.town) if len(p) >= 2 and p not in (one.district, one.town)
        ]
        core, rest = one.core, other.core
        for place in sorted(places, key=len, reverse=True):
            if core.startswith(place) and len(core) - len(place) >= 4:
                core = core[len(place) :]
                if rest.startswith(place) and len(rest) - len(place) >= 4:
                    rest = rest[len(place) :]
        if core != one.core:
            best = max(best, TOWNLESS * _reading_score(core, rest, core, rest))
    return best


# Kinds of area, by category: a park (产业园 / 产业基地 / 工业园区) or an area a project serves (片区 / 景区 / 枢纽) is
# written with any word of its category (万绿湖景区 / 万绿湖片区, 南站片区 / 南站枢纽, 智能家电产业园 / 智能家电产业基地).
# A company's own base (生产基地) is not a park.
_KINDS_OF_AREA = (
    (re.compile("产业园区|工业园区|产业基地|产业园|工业园"), "\u2460"),
    (re.compile("片区|景区|枢纽|板块"), "\u2461"),
)
KIND_OF_AREA = 0.96  # a word of the same category read as one: a little less trusted than the same word


@lru_cache(maxsize=1 << 16)
def _area_kinds(core: str) -> str:
    for words, mark in _KINDS_OF_AREA:
        core = words.sub(mark, core)
    return core


def _by_kind_of_area(core_a: str, core_b: str) -> float:
    """The cores compared with their kinds of area read by category (`_KINDS_OF_AREA`), when either names one."""
    read_a, read_b = _area_kinds(core_a), _area_kinds(core_b)
    if (read_a, read_b) == (core_a, core_b):
        return 0.0
    return KIND_OF_AREA * _reading_score(read_a, read_b, read_a, read_b)


_ZONE_AFTER = re.compile(
    r"^(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|片区|园区|街道|镇)"
)
MOVED = 0.96  # a place moved from a bracket at the end to the front: read as a name read another way


def _moved_place(a: IdentityRow, b: IdentityRow, ka: NameKey, kb: NameKey) -> float:
    """One list names the place of the project in a bracket at the end, the other in front or inside
    (江海区智能制造产业园（外海片区） / 外海街道智能制造产业园, 智能卫浴产业基地（凤泉湖） / 凤泉湖高新区智能卫浴产业基地): the two
    cores compared without the place, and without the word of its kind of area after it, when the other core names
    it where it does not end; four characters must be left."""
    best = 0.0
    for row, key, other in ((a, ka, kb), (b, kb, ka)):
        place = trailing_place(row.project_name)
        if not place or place not in key.core:
            continue
        at = other.core.find(place)
        if at < 0 or other.core.endswith(place):
            continue
        rest = other.core[at + len(place) :]
        zone = _ZONE_AFTER.match(rest)
        other_core = other.core[:at] + rest[zone.end() if zone else 0 :]
        own_at = key.core.rfind(place)
        own_core = key.core[:own_at] + key.core[own_at + len(place) :]
        if min(len(own_core), len(other_core)) < 4:
            continue
        best = max(best, MOVED * _reading_score(own_core, other_core, own_core, other_core))
    return best


def _city_initial(a: NameKey, b: NameKey, cities: tuple[str, ...]) -> bool:
    """One core is the other with a city's abbreviation in front (江阳高速 / 阳高速, for a row of 江门 and one of 阳江):
    a list of the city the abbreviation is of took it off as the city's (names.py), a list of the other city kept it.
    Read back for the cities of the two rows only, and only where what is left is the other core exactly."""
    if not a.core or not b.core or len(a.core) == len(b.core):
        return False
    short, long = sorted((a.core, b.core), key=len)
    shorts = load_vocabulary().cities
    return any(long == initial + short for city in cities for initial in shorts.get(city, ()))


def _separate_works(a: NameKey, b: NameKey, city: str = "") -> float:
    """A separate work named on one side only (配套, 连接线 …), unless an abbreviation of the other name explains
    the word (广州医科大学附属第二医院 / 广医二院: 附属 is the university's, not a work)."""
    words = load_vocabulary().separate_works
    if any((w in a.core) != (w in b.core) for w in words) and not _abbreviation(a, b, city):
        return -20.0
    return 0.0


def _abbreviation(a: NameKey, b: NameKey, city: str = "") -> bool:
    """One core abbreviates the other, the pair's city or the province read in front of either (readings.py)."""
    return abbreviated(a.core, b.core) or any(
        abbreviated(place + a.core, b.core) or abbreviated(a.core, place + b.core)
        for place in _places(city)
        if a.core[:1] in place[:2]
        or b.core[:1] in place[:2]  # the short form starts with the place's initial
    )


def _brands(a: NameKey, b: NameKey, city: str = "") -> float:
    """Two companies named whose trade names (their first two characters) differ: two projects, as two
    districts are; unless one trade name is the other's initials (广汽 / 广州汽车: readings.py)."""
    if not (a.brand and b.brand) or a.brand[:2] == b.brand[:2]:
        return 0.0
    short, long = sorted((a.brand, b.brand), key=len)
    if len(short) >= 2 and short in long:  # 精钢 / 粤北精钢: a region written in front of one company
        return 0.0
    return 0.0 if brand_abbreviated(a.brand, b.brand, _places(city)) else -25.0


def _places(city: str) -> tuple[str, ...]:
    """What a list takes out of a name in front and its abbreviations keep the initial of: the pair's city and
    the province (广东外语外贸大学 / 广外, 广州汽车集团 / 广汽集团)."""
    return (city, "广东") if city else ("广东",)


def _ordinal(a: NameKey, b: NameKey) -> float:
    """An institution numbered on one side only (化州市第一中学 / 化州中学) is another one, most likely."""
    return -10.0 if bool(a.ordinals) != bool(b.ordinals) else 0.0


def _institution(a: NameKey, b: NameKey, city: str = "") -> float:
    """A word naming another kind of school or hospital on one side only (技师学院 / 学院): another one, unless
    the other name abbreviates it (妇女儿童医疗中心 / 妇儿中心: readings.py)."""
    words = load_vocabulary().institution_kinds
    if not any((w in a.full) != (w in b.full) for w in words):
        return 0.0
    return 0.0 if _abbreviation(a, b, city) else -12.0


@lru_cache(maxsize=1 << 16)
def _levels(full: str) -> frozenset[str]:
    """The school levels a name gives, once per name: pair_score asks for both names of every candidate pair."""
    return frozenset(
        level for level, words in load_vocabulary().school_levels.items() if any(w in full for w in words)
    )


def _school_level(a: NameKey, b: NameKey) -> float:
    """Two schools at two levels (马坝镇中心小学 / 马坝中学): two schools, as two districts are two places."""
    la, lb = _levels(a.full), _levels(b.full)
    return -25.0 if la and lb and not (la & lb) else 0.0


def _transposed(a: NameKey, b: NameKey) -> float:
    """Two characters of one word swapped, descriptive words aside (新安社区 / 安新社区): two places, as a direction
    added makes two (readings.py)."""
    descriptors = _descriptors()
    plain_a, plain_b = without_descriptors(a.core, descriptors), without_descriptors(b.core, descriptors)
    return -15.0 if transposed(plain_a, plain_b) else 0.0


def _direction(a: NameKey, b: NameKey) -> float:
    """A place and the same name with a direction after it (曲江 / 曲江南) are two places: when all that one
    core holds and the other lacks is directions, the pair loses as much as two districts."""
    own = (set(a.core) - set(b.core)) | (set(b.core) - set(a.core))
    return -15.0 if own and own <= set(load_vocabulary().directions) else 0.0


def _works(a: NameKey, b: NameKey) -> float:
    return -3.0 if a.works and b.works and not (a.works & b.works) else 0.0


def _district(a: NameKey, b: NameKey, city: str = "") -> float:
    if not a.district or not b.district:
        return min(_owners(a, b), _district_in_core(a, b, city))
    return 2.0 if a.district == b.district else -35.0


def _district_in_core(a: NameKey, b: NameKey, city: str) -> float:
    """One name gives a district and the other writes another district of the city inside its core, where it was
    not read as a place (中粤能源河源东源抽水蓄能电站 / 龙川抽水蓄能电站: after a company, 东源 stays in the core): two
    districts, as two read ones are. Not when the core also names the first district (a route between the two)."""
    for one, other in ((a, b), (b, a)):
        if one.district and not other.district and one.district not in other.core:
            named = load_vocabulary().districts.get(city, ())
            if any(d != one.district and len(d) >= 2 and d in other.core for d in named):
                return -35.0
    return 0.0


def _owners(a: NameKey, b: NameKey) -> float:
    """Two names of which one gives a district and the other none. The city's own institution and a district's
    (茂名市人民医院 / 茂南区人民医院) are two, as two districts are; so are the city's urban area and a county's
    (梅州市城区污水处理厂 / 平远县城区污水处理厂), not an urban district's (韶关城区三水厂 / 浈江区第三水厂). A zone and a
    county (滨海新区 / 化州市) are two places most likely, but a zone may lie in a county: 25 points, which send a pair
    that agrees on all else (the name, the amount, the years, the category) to review, not apart."""
    for one, other in ((a, b), (b, a)):
        if one.level == "city" and not one.district and other.district and other.level != "city":
            return -35.0
        if one.level == "urban" and not one.district and other.level == "county":
            return -35.0
        if one.level == "zone" and other.district and not other.town:
            return -25.0
    return 0.0


def _route(a: NameKey, b: NameKey) -> float:
    """Two names each giving two places joined by 至, and not the same two (江门至阳江 / 阳江至茂名: 江阳 / 阳茂), are two
    routes, as two districts are two places: a road or a line shares a city with its neighbour, and once the
    initials are read the cores differ by one character."""
    return -25.0 if a.route and b.route and sorted(a.route) != sorted(b.route) else 0.0


def _one_direction(a: NameKey, b: NameKey, distinct_b: Distinct) -> tuple[NameKey, Distinct]:
    """`b` read with its route in `a`'s order when the two give one line's two ends in two orders (东源—曲江500kV输电线路
    / 曲江至东源500千伏线路: a line between two places is the same line written from either end)."""
    if a.route and b.route and a.route != b.route and a.route == b.route[::-1] and b.route in b.core:
        turned = Distinct(*(text.replace(b.route, a.route, 1) for text in distinct_b))
        return replace(b, core=b.core.replace(b.route, a.route, 1), route=a.route), turned
    return b, distinct_b


def _company_against_name(a: NameKey, b: NameKey, name_a: str, name_b: str) -> float:
    """One name's company read as its brand (安达集团… → 安达) and the other's core that same core with two characters
    or more in front sharing none of the brand's (恒兴金属高端…): another company's project of the same kind, as two
    brands would be (`_brands`), where the second company wrote no 集团 or legal ending to be read by. Not when the
    first name writes those characters too (…（腰古）, …高栏港…): a place the other put in front."""
    for one, other, name in ((a, b, name_a), (b, a, name_b)):
        if len(one.brand) >= 2 and not other.brand and other.core.endswith(one.core):
            extra = other.core[: len(other.core) - len(one.core)]
            if len(extra) >= 2 and not set(extra) & set(one.brand) and extra not in name.lower():
                return -20.0
    return 0.0


def _written_alike(a: NameKey, b: NameKey, distinct_b: Distinct) -> tuple[NameKey, Distinct]:
    """`b` read with `a`'s spelling where its core, town or district differs from `a`'s by one character that
    sounds alike (乐昌市坪石镇… / 乐昌市平石镇…, 金砂路 / 金沙路: homophones.py): a slip in typing, not another place."""
    swaps = {}
    for field in ("core", "town", "district"):
        if swapped := one_sound_apart(getattr(a, field), getattr(b, field)):
            swaps[field] = swapped
    if not swaps:
        return b, distinct_b
    b = replace(b, **{field: getattr(a, field) for field in swaps})
    for ours, theirs in swaps.values():
        distinct_b = Distinct(*(text.replace(theirs, ours) for text in distinct_b))
    return b, distinct_b


def _town(a: NameKey, b: NameKey) -> float:
    if not a.town or not b.town:
        return 0.0
    return 2.0 if a.town == b.town else -15.0


# A village a name starts with (青桐村美丽乡村建设, 白石村旧村改造): villages of one town often share a
# template and even the town's name (企水镇企水村 / 企水镇青桐村), so two different villages are two projects.
_VILLAGE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)村(?!镇)")


def _village_of(key: NameKey) -> re.Match[str] | None:
    core = key.core[len(key.town) :] if key.town and key.core.startswith(key.town) else key.core
    return _VILLAGE.match(core)


# A town or street in a bracket at the end of a name (…产业基地（凤泉镇）): a place a list may write there or in front.
_BRACKETED_TOWN = re.compile(r"[(（]\s*([\u4e00-\u9fff]{2,3}?)(?:镇|街道|乡)\s*[)）]\s*$")


def _bracketed_town(a: NameKey, b: NameKey, name_a: str, name_b: str) -> float:
    """A town one name gives in a bracket at the end that is not the town the other gives in front (白石镇智能卫浴
    产业基地 / 智能卫浴产业基地（凤泉镇）): two towns, as two towns in front are — a place in a bracket is never another
    place named in front."""
    for key, name, other in ((a, name_a, b), (b, name_b, a)):
        found = _BRACKETED_TOWN.search(name)
        if found and not key.town and other.town and other.town != found.group(1):
            return -15.0
    return 0.0


def _village(a: NameKey, b: NameKey, name_a: str = "", name_b: str = "") -> float:
    va, vb = _village_of(a), _village_of(b)
    if va and vb and va.group(1) != vb.group(1):
        return -25.0
    named_a, named_b = villages_named(name_a), villages_named(name_b)
    return -25.0 if named_a and named_b and not named_a & named_b else 0.0


# A village named anywhere in a name, after its start, a town, a street or a bracket (荔城街棠村城中村改造 /
# 荔城街城中村改造（棠厦村）): two names that each name villages, none the same, are two villages' projects —
# a place in a bracket is never another place named in front. Words that end in 村 and name no village (城中村,
# 旧村, 美丽乡村, 新农村, 度假村, 村级, 村道) are not villages, nor is a town or street whose name ends in 村 (杨村镇).
_NAMED_VILLAGE = re.compile(
    r"(?:^|(?<=[街镇乡区县市(（、]))([\u4e00-\u9fff]{1,3}?)(?:村(?![级道庄落镇乡街])|社区)"
)
_NOT_VILLAGES = frozenset(
    {
        "城中",
        "旧",
        "古",
        "乡",
        "农",
        "新农",
        "美丽乡",
        "特色",
        "全",
        "村",
        "度假",
        "民俗",
        "农家",
        "文化",
        "生态",
        "智慧",
        "数字",
    }
)


@lru_cache(maxsize=1 << 16)
def villages_named(name: str) -> frozenset[str]:
    found = set()
    for m in _NAMED_VILLAGE.finditer(name):
        stem = m.group(1)
        if stem not in _NOT_VILLAGES and not any(stem.endswith(w) for w in ("城中", "乡", "农")):
            found.add(stem)
    return frozenset(found)


def _totals_ratio(a: IdentityRow, b: IdentityRow) -> float | None:
    """The lower total over the higher, None when either row gives none."""
    if not a.total_investment_wan or not b.total_investment_wan:
        return None
    low, high = sorted((a.total_investment_wan, b.total_investment_wan))
    return float(low / high)


def _amounts(a: IdentityRow, b: IdentityRow) -> float:
    ratio = _totals_ratio(a, b)
    if ratio is None:
        return 0.0
    return 4.0 if ratio >= 0.95 else 2.0 if ratio >= 0.7 else 0.0 if ratio >= 0.3 else -4.0


def _years(a: IdentityRow, b: IdentityRow) -> float:
    if a.start_year is None or b.start_year is None:
        return 0.0
    gap = abs(a.start_year - b.start_year)
    return 2.0 if gap == 0 else 0.0 if gap == 1 else -6.0


def _one_phase(a: NameKey, b: NameKey) -> float:
    return -4.0 if bool(a.phase) != bool(b.phase) else 0.0


def _category(a: IdentityRow, b: IdentityRow) -> float:
    fa, fb = category_family(a.category), category_family(b.category)
    if fa is None or fb is None:
        return 0.0
    return 2.0 if fa == fb else -6.0


CORROBORATED = (
    12.0  # over the close-amounts 4: a pair the name alone would queue (70+) and the same total link
)


def _corroborated(a: IdentityRow, b: IdentityRow, ka: NameKey, kb: NameKey, terms: tuple[float, ...],
                  common: frozenset = frozenset()) -> float:  # fmt: skip
    """The same total investment to the 万元 in both lists, and nothing else telling the two apart: evidence
    beyond the name that two lists name one project in other words (南山湾科技产业园 / 南山湾产业园（濠江区）,
    280,000 both). Not when a term says two projects (another district, town, brand, school, kind of work,
    category or start year: a term below 0), nor when one word is swapped in one frame (潭水 / 春湾 农光互补光伏:
    a template a list fills with places, often with one amount), nor for a total many rows of the city give
    (`common`: 10,000万元 tells nothing)."""
    amount = a.total_investment_wan
    if not amount or amount != b.total_investment_wan or _common(a, b, common):
        return 0.0
    if min(terms) < 0 or _swapped(ka.core, kb.core) or _swapped(ka.full, kb.full):
        return 0.0
    if _brand_unnamed(ka, b) or _brand_unnamed(kb, a):
        return 0.0
    return CORROBORATED


def _common(a: IdentityRow, b: IdentityRow, common: frozenset) -> bool:
    """Either row's total is one many rows of the pair's cities give (`blocking.common_amounts`: 10,000万元 tells
    nothing)."""
    cities = (*a.cities, *b.cities) or ("",)
    return bool(common) and any(
        (city, row.total_investment_wan) in common for row in (a, b) for city in cities
    )


def _brand_unnamed(key: NameKey, other: IdentityRow) -> bool:
    """A company one name gives that the other does not name at all, not even two characters of it (格力电器… /
    美的高栏港…: perhaps another company's plant); 中国石化中科（广东）炼化… / 中科炼化 names it."""
    brand = key.brand
    return len(brand) >= 2 and not any(
        brand[i : i + 2] in other.project_name.lower() for i in range(len(brand) - 1)
    )


# Words few of a run's names hold: a word at most RARE_READINGS distinct readings hold, of a run of RARE_AMONG readings
# or more (in fewer, every word is rare), names a project (宁德时代, 灵山岛尖), not a kind of project (产业园, 电池)
# nor a place many rows share.
RARE_READINGS = 4
RARE_AMONG = 100
RARE_SHARED = (
    2  # character pairs of such words the two names must share: a word of three characters, or two words
)
RARE_WORDS = (
    15.0  # over the close totals' 4 and a same total's 12: a name alike enough to be queued (55+) links
)
CLOSE_TOTALS = 0.95  # the lower total at least this share of the higher


@dataclass(frozen=True)
class Rarity:
    """How many distinct readings of a run's names (NameKey.full) hold each character pair: what `_rare_words`
    counts a word's rarity against."""

    counts: Counter[str]
    readings: int

    def rare(self, pair: str) -> bool:
        return self.readings >= RARE_AMONG and self.counts[pair] <= RARE_READINGS


def rarity(keys: list[NameKey]) -> Rarity:
    """The run's Rarity, once per run: the distinct readings' character pairs counted (distinctive.py)."""
    readings = {k.full for k in keys}
    return Rarity(bigram_counts(list(readings)), len(readings))


def _rare_words(a: IdentityRow, b: IdentityRow, ka: NameKey, kb: NameKey, terms: tuple[float, ...],
                rare: Rarity | None, common: frozenset = frozenset()) -> float:  # fmt: skip
    """Totals that agree (within 5 %), the same start or end year and a rare word in common: evidence from three
    fields beyond a name alike enough to be queued (华岭新能源动力电池研发及生产基地 / 华岭新能源坪山动力电池生产研发基地).
    On the nine labelled sets and the corpus it held for 715 candidate pairs, every one a project (docs/benchmarks.md,
    round 11). The year is asked for because the hand-written lists of rounds 4 and 5 give two projects of one
    company or one place the same total (亿纬锂能动力储能电池 / 亿纬锂能消费电池): names and totals alone do not tell
    them apart. Not when a term says two projects (a term below 0), a phase is named on one side only, a word is
    swapped in one frame, a company one names goes unnamed by the other, or many rows of the city give the total (as
    `_corroborated`)."""
    if rare is None or not _close_totals(a, b) or min(terms) < 0 or bool(ka.phase) != bool(kb.phase):
        return 0.0
    if _common(a, b, common) or not _same_years(a, b):
        return 0.0
    if _swapped(ka.core, kb.core) or _swapped(ka.full, kb.full) or _leading_swapped(ka.core, kb.core):
        return 0.0
    if _brand_unnamed(ka, b) or _brand_unnamed(kb, a):
        return 0.0
    shared = _character_pairs(ka.full) & _character_pairs(kb.full)
    return RARE_WORDS if sum(1 for pair in shared if rare.rare(pair)) >= RARE_SHARED else 0.0


def _same_years(a: IdentityRow, b: IdentityRow) -> bool:
    """Both rows give a start year, or both an end year, and it is the same."""
    return (a.start_year is not None and a.start_year == b.start_year) or (
        a.end_year is not None and a.end_year == b.end_year
    )


def _close_totals(a: IdentityRow, b: IdentityRow) -> bool:
    ratio = _totals_ratio(a, b)
    return ratio is not None and ratio >= CLOSE_TOTALS


def _character_pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


# A section between two places, before 段 (大坪至畲江段, 雁洋—丙村段, 松口镇至雁洋镇段): its two ends, towns' words aside,
# each read by its last two characters (云安区六都 / 云安六都: what is in front may be the district, written or not).
_SECTION = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)(?:镇|街道)?(?:至|到|—|－|-|–|~)([\u4e00-\u9fff]{2,4}?)(?:镇|街道)?段"
)


@lru_cache(maxsize=1 << 16)
def _section_ends(name: str) -> frozenset[str]:
    found = _SECTION.search(name)
    return frozenset(end[-2:] for end in found.groups()) if found else frozenset()


def _sections(name_a: str, name_b: str) -> float:
    """Two names each giving a section between two places, and not the same two (大坪至畲江段 / 程江至大坪段): two
    sections of one road or line, as two districts are two places. One name giving a section and the other the
    whole, or a city's part, is left to the rest of the score."""
    ends_a, ends_b = _section_ends(name_a), _section_ends(name_b)
    return -25.0 if ends_a and ends_b and ends_a != ends_b else 0.0


def pair_score(
    a: IdentityRow,
    b: IdentityRow,
    ka: NameKey,
    kb: NameKey,
    distinct_a: Distinct,
    distinct_b: Distinct,
    common: frozenset = frozenset(),
    rare: Rarity | None = None,
) -> float | None:
    """The pair's score, or None when the two are different phases/sections of a project. Not capped: past
    100 it still orders two rivals for one row (the same name, but only one with the same amount); linking
    shows it capped at 100."""
    scored = score_pair(a, b, ka, kb, distinct_a, distinct_b, common, rare)
    return None if scored is None else scored.score


@dataclass(frozen=True)
class Scored:
    """A pair's score, and how many points under the review floor it is still queued from (`below_floor`): the
    evidence besides the name (totals that agree, a line's whole and one city's section) that makes a name read
    less alike worth an analyst's look, where the name alone would not be."""

    score: float
    below_floor: float = 0.0


def score_pair(
    a: IdentityRow,
    b: IdentityRow,
    ka: NameKey,
    kb: NameKey,
    distinct_a: Distinct,
    distinct_b: Distinct,
    common: frozenset = frozenset(),
    rare: Rarity | None = None,
) -> Scored | None:
    """The pair's Scored (pair_score's score, and the evidence floor), or None for two different phases or
    numbers."""
    if ka.phase and kb.phase and ka.phase != kb.phase:
        return None
    if ka.numbers and kb.numbers and ka.numbers != kb.numbers:
        return None
    city = a.cities[0] if len(a.cities) == 1 and a.cities == b.cities else ""
    kb, distinct_b = _written_alike(ka, *_one_direction(ka, kb, distinct_b))
    name = name_score(ka, kb, distinct_a, distinct_b, city)
    if name < READING and _city_initial(ka, kb, (*a.cities, *b.cities)):
        name = READING
    if name < READING:
        name = max(name, _moved_place(a, b, ka, kb))
    terms = (_separate_works(ka, kb, city), _brands(ka, kb, city), _ordinal(ka, kb), _institution(ka, kb, city), _school_level(ka, kb),
             _direction(ka, kb), _transposed(ka, kb), _works(ka, kb), _district(ka, kb, city), _company_against_name(ka, kb, a.project_name, b.project_name), _route(ka, kb), _town(ka, kb), _village(ka, kb, a.project_name, b.project_name), _bracketed_town(ka, kb, a.project_name, b.project_name), _sections(a.project_name, b.project_name),
             _amounts(a, b), _years(a, b), _category(a, b))  # fmt: skip
    section = _line_and_section(a, b)
    score = round(
        name
        + sum(terms)
        + _one_phase(ka, kb)
        + _corroborated(a, b, ka, kb, terms, common)
        + _rare_words(a, b, ka, kb, terms, rare, common)
        + (LINE_SECTION if section and min(terms) >= 0 else 0.0),
        2,
    )
    return Scored(score, _below_floor(a, b, ka, kb, terms, common, section))


# A line's whole and one city's section (issue 26: one list's project split into parts in another list). A list of
# two cities names a road, a waterway or a pipeline whole; each city's list names its own part, by its place and 段
# (…（河源段）, …惠州段). On the ten labelled sets every such pair scoring over 52 was one project (40 of 40) and the
# different ones (another line of the city, a section of the next road) gave a term below 0 (docs/benchmarks.md,
# round 12).
LINE_SECTION = 15.0  # a pair with no term against it links from the band (71+)
SECTION_FLOOR = 20.0  # and is queued from 20 points under the review floor, a term against it or not
TOTALS_FLOOR = 10.0  # totals within 15 % and no term against: queued from 10 points under the floor
TOTALS_NEAR = 0.85
# A section of one place before 段 (河源段, 茂湛段, 城区段); not a phase's 标段, nor a section by two ends (_SECTION).
_ONE_PLACE_SECTION = re.compile(r"[\u4e00-\u9fff]{2}(?<!标)段")


def _one_place_section(name: str) -> bool:
    return bool(_ONE_PLACE_SECTION.search(name)) and not _SECTION.search(name)


def _line_and_section(a: IdentityRow, b: IdentityRow) -> bool:
    """One row a line of several cities (a multi-city row) and the other a row of one of them naming a section
    of one place, which the first does not: the whole and one city's part, when the part's total is below the
    whole's (or either is not given)."""
    for whole, part in ((a, b), (b, a)):
        if whole.place_kind != "multi_city" or part.place_kind != "city":
            continue
        if not part.cities or not set(part.cities) < set(whole.cities):
            continue
        if _one_place_section(part.project_name) and not _one_place_section(whole.project_name):
            totals = whole.total_investment_wan, part.total_investment_wan
            return not all(totals) or totals[1] < totals[0]
    return False


def _below_floor(a: IdentityRow, b: IdentityRow, ka: NameKey, kb: NameKey, terms: tuple[float, ...],
                 common: frozenset, section: bool) -> float:  # fmt: skip
    """Points under the review floor the pair is still queued from: a line's whole and one city's section
    (SECTION_FLOOR), or totals within 15 % that few rows of the city give, with no term saying two projects and
    not two companies' names opening one frame (TOTALS_FLOOR: a list of one trade fills one template with several
    companies' names, and often with near totals; `_leading_swapped`). A list names one project in other words more often than it changes its
    total; these are the pairs an analyst asked about would most often find one project (docs/benchmarks.md,
    round 12)."""
    if section:
        return SECTION_FLOOR
    near = _totals_ratio(a, b)
    if near is None or near < TOTALS_NEAR or min(terms) < 0 or _common(a, b, common):
        return 0.0
    if _leading_swapped(ka.core, kb.core) or _leading_swapped(ka.full, kb.full):
        return 0.0
    return TOTALS_FLOOR
