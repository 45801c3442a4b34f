"""A project name's core and its phase: what the identity step compares.

Lists name one project in several ways (issue 26): 项目 / 工程 / 建设项目 added or dropped, （一期） or
一期工程, a company in front (某某有限公司……项目), the city written in full, abbreviated (穗 / 深 / 莞 / 佛)
or left out, a district in brackets or moved, a long place name shortened (广州白云国际机场 / 白云机场).
The core is the name without all of that (vocabulary.yaml); the phase (一期, 二期, 三标段 …) is kept apart,
because two different phases are two projects and are never linked. So are what lists write in many ways
and says little about which project a row is: a number with its unit (220千伏 / 220kV), the kind of work
(提升改造 / 升级改造), a town's 镇 / 街道, a zone, a company's legal form (its brand is kept for the full
reading); long forms are read short (职业技术学院 / 职院, 江门市区至台山市区 / 江台).
Each way of writing a thing is read one way, so that a new list's wording costs no points: synonyms
(度假村 / 景区), qualifiers left out (现代农业), ordinals in full (一中 / 第一中学), autonomous counties
(乳源瑶族自治县 / 乳源县), roads by their code (国道G205线 / G205), two-city parks (广州（梅州）产业转移工业园 /
广梅产业园), a place's section in brackets ((电白段) / 电白区…), a bracket restating the name, a company's short
name (客都科技 / 广东客都铜箔科技有限公司), full-width characters (NFKC), traditional characters (澄海區 / 澄海区),
a numbered thing (三高炉 / 3号高炉), a road's class without its letter (国道228线 / G228), 首期 as 一期.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

from etl.identity.numerals import as_digits, as_numeral, roman_characters_as_digits
from etl.identity.quantities import scaled
from etl.identity.vocabulary import Vocabulary, load_vocabulary

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 一期 / 首期 / 第二期 / 3期 / 二标段 / 第3标 / 标段二: a phase or a section of a project.
_PART = re.compile(
    r"第?([一二三四五六七八九十]{1,3}|\d{1,3}|首(?=期))(期|标段|标)|标段([一二三四五六七八九十]{1,3}|\d{1,3})"
)
# A number: digits, or Chinese numerals before a counter (二季度, 三号线, 十二号).
_NUMBER = re.compile(r"\d+|([一二三四五六七八九十]{1,3})(?=季度|号|路|条|批|座)")
_PUNCT = re.compile(r"[\W_]+")  # spaces, punctuation, brackets: NFKC folded them at load
# A number and its unit (220千伏, 30万吨, 2024年), with 年产 before or /年 after it (年产30万吨 / 30万吨/年).
_QUANTITY = r"(?:年产)?(\d+(?:\.\d+)?)\s*({units})(?![a-z])(?:\s*/\s*年)?"
_NUMERAL = r"[一二三四五六七八九十]{1,3}|\d{1,2}"


@dataclass(frozen=True)
class NameKey:
    """core: the rest of the name; phase: its phases/sections ('期1', '标3'), empty if none; district: the
    district, county or town the name gives (removed from the core), '' if none; numbers: the other numbers
    of the name (a line, a year, a sequence number): two names giving different numbers are two projects."""

    core: str
    phase: frozenset[str]
    district: str = ""
    numbers: tuple[int, ...] = ()  # other numbers the name gives (2号线, 2023年度, 第034号), sorted
    works: frozenset[str] = frozenset()  # families of the kinds of work named (改造, 治理 …: vocabulary.yaml)
    town: str = ""  # the town, street or zone the name starts with (外海 of 外海街道)
    brand: str = ""  # the brand of a company put in front (优捷光电), removed from the core
    ordinals: tuple[int, ...] = ()  # an institution's ordinal (第一中学: 1), also among the numbers
    route: str = ""  # the initials of two places joined by 至 the name gave (江门至阳江: 江阳), '' if none
    # "city": the city's own institution (茂名市人民医院); "urban": the city's urban area (梅州市城区…); "county": the
    # district was written as a county (平远县, 化州市); "zone": its town is a zone (滨海新区); '' for none of these
    level: str = ""

    @property
    def full(self) -> str:
        """The core with the company's brand put back: how a list that names the project by it writes it."""
        return self.brand + self.core


def _number(text: str) -> int | None:
    """3 / 三 / 十二 / 二十 / 二十三 as a number; None for digits that are a name, not a number (六一小学,
    四九中学: a date, a town), which a numeral's grammar does not allow."""
    if text.isdigit():
        return int(text)
    if text == "首":  # 首期: the first phase
        return 1
    tens, ten, ones = text.partition("十")
    if not ten:
        return _NUMERALS.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _NUMERALS) or (ones and ones not in _NUMERALS):
        return None
    return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0)


def _parts(name: str) -> tuple[str, frozenset[str]]:
    """The name without its phase/section markers, and the markers as '期N' / '标N'."""
    found = set()

    def take(match: re.Match) -> str:
        if match.group(3):
            found.add(f"标{_number(match.group(3)) or match.group(3)}")
        else:
            found.add(
                ("期" if match.group(2) == "期" else "标") + str(_number(match.group(1)) or match.group(1))
            )
        return " "

    return _PART.sub(take, name), frozenset(found)


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's regular expressions."""

    company: re.Pattern  # a company in front of the name, up to its legal ending
    short_company: re.Pattern  # a company's short name in front (客都科技)
    placed: re.Pattern  # a district written as a place (江海区, 仲恺高新区)
    town: re.Pattern  # a town, street or zone the name starts with (外海街道, 滨江新区)
    generic: re.Pattern
    quantity: re.Pattern  # a number and its unit
    works: re.Pattern  # kinds of work
    pair: re.Pattern  # a name of two places (江门市区至台山市区, 合浦至湛江)
    port: re.Pattern  # a city's port before one of its areas, and an area's kind (江门港新会港区双水作业区)
    not_a_brand: re.Pattern  # what a bracket at the end holds when it is no company (a place, a part, 含…)
    latin_brand: re.Pattern  # a word in Latin letters in front (TCL华星光电): a brand
    station: re.Pattern  # a bare 站, or one of `other_stations` (电站, 换流站 …: group 1)
    own_city: re.Pattern  # a leading 市 that is the row's city (市中心医院), not a word (市政道路)
    park: re.Pattern  # a park two cities run (广州（梅州）产业转移工业园)
    urban: (
        re.Pattern
    )  # a city's name before its 市区 (阳江市区: the row's urban area, written with its city or not)
    ordinal: re.Pattern  # an ordinal before an institution (第一中学, 二水厂)
    road: re.Pattern  # a road with its class (国道G205线, 国道205线)
    numbered: re.Pattern  # a numbered thing (三高炉, 3号高炉, 三号线) or a number with 号
    short_forms: dict[str, str]  # long form → short form: abbreviations, synonyms, place aliases
    variants: dict[
        int, str
    ]  # a character written either way in place names → the one it is read as (墟 → 圩)
    city_owned: re.Pattern  # a city's name right before what each level has (茂名市人民医院): the city's own
    city_urban: re.Pattern  # a city's name right before 城区 (梅州市城区污水处理厂): the city's urban area
    long: re.Pattern  # any long form of `short_forms`


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """Traditional characters read as simplified (a list copied from a Hong Kong or Macao release writes
    澄海區智能玩具創意產業園): the same project, written in another script."""
    return _t2s().convert(text)


_COMPILED: dict[int, tuple[Vocabulary, _Patterns]] = {}


def _patterns(vocabulary: Vocabulary) -> _Patterns:
    """The vocabulary's regular expressions, compiled once per vocabulary object."""
    held = _COMPILED.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        held = _COMPILED[id(vocabulary)] = (vocabulary, _compile(vocabulary))
    return held[1]


_DERIVED: dict[tuple[int, str], tuple[Vocabulary, dict[str, str]]] = {}


def _derived(vocabulary: Vocabulary, what: str, make) -> dict[str, str]:
    """A lookup derived from the vocabulary, built once per vocabulary object (it was built per name)."""
    held = _DERIVED.get((id(vocabulary), what))
    if held is None or held[0] is not vocabulary:
        held = _DERIVED[(id(vocabulary), what)] = (vocabulary, make(vocabulary))
    return held[1]


def _canonical_ordinals(vocabulary: Vocabulary) -> dict[str, str]:
    """Every form of an institution's ordinal word → its full form (一中's 中 → 中学)."""
    return _derived(vocabulary, "ordinals", lambda v: {
        form: long for long, shorts in v.ordinal_words.items() for form in (long, *shorts)
    })  # fmt: skip


def _work_families(vocabulary: Vocabulary) -> dict[str, str]:
    """Every word of a kind of work → its family (升级改造 → 提升改造)."""
    return _derived(vocabulary, "works", lambda v: {
        word: name for name, words in v.work_kinds.items() for word in words
    })  # fmt: skip


def _any(words) -> str:
    """An alternation of `words`, longest first (a longer word wins over its own start)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _compile(v: Vocabulary) -> _Patterns:
    every = [d for names in v.districts.values() for d in names]
    places = _any([*v.cities, *every])
    synonyms = {word: one for one, words in v.synonyms.items() for word in words}
    short_forms = {**v.abbreviations, **synonyms, **v.place_aliases}
    forms = [form for long, shorts in v.ordinal_words.items() for form in (long, *shorts)]
    long_ordinals = [form for form in forms if len(form) > 1]  # 中学, 高中, 医院
    short_ordinals = {form for form in forms if len(form) == 1}  # 中, 高, 院: only where they end the word
    return _Patterns(
        short_forms=short_forms,
        variants=str.maketrans(v.variant_characters),
        city_owned=re.compile(f"(?:{_any(v.cities)})市?(?:{_any(v.owned_by_each_level)})"),
        city_urban=re.compile(f"(?:{_any(v.cities)})市?城区"),
        long=re.compile(_any(short_forms)),
        company=re.compile(rf"^.{{2,30}}(?:{_any(v.company_endings)})"),
        # not a place (东莞科技…), nor a park, building or school named so (智慧科技园, 南方科技大学, 科技创新中心)
        short_company=re.compile(
            rf"^(?!{places})(..)(?:{_any(v.company_short_markers)})(?![园城馆楼中区院小大创成港产])"
        ),
        # a county's 县城 (its seat) is the county: 乳源瑶族自治县县城污水处理厂 / 乳源县污水处理厂; a district's
        # 城区 (its urban area) the district: 信宜市城区第二水厂 / 信宜市第二水厂
        placed=re.compile(f"({_any(every)})({_any(v.district_suffixes)})(?:(?<=县)县城|城区)?"),
        # 金融高新区 is no zone 金融高 + 新区
        town=re.compile(f"^(.{{2,3}}?)(?:(?<!高)({_any(v.zone_suffixes)})|{_any(v.town_suffixes)})"),
        generic=re.compile(_any([*v.generic_words, *v.qualifiers])),
        quantity=re.compile(_QUANTITY.format(units=_any(v.units))),
        works=re.compile(_any(w for words in v.work_kinds.values() for w in words)),
        pair=re.compile(_route_pattern(v, places)),
        port=re.compile(
            f"^(?:{_any(v.cities)})港(?=..(?:{_any(v.port_areas)}))|(?<=..)(?:{_any(v.port_areas)})"
        ),
        not_a_brand=re.compile(f"^(?:含|包括|{places})|(?:{_any(v.bracket_places)})$"),
        latin_brand=re.compile(rf"^(?!(?:{_any(v.latin_things)})(?![a-z]))([a-z]{{2,8}})(?=[\u4e00-\u9fff])"),
        station=re.compile(f"({_any(v.other_stations)})|站"),
        own_city=re.compile(f"^(?!{_any(v.city_words)})市"),
        park=re.compile(rf"({places})[(（]({places})[)）]({_any(v.paired_parks)})"),
        urban=re.compile(f"(?:{_any(v.cities)})(?=市区)"),
        # the short forms 中 / 小 / 高 only where they end the ordinal's word (not 一中心, 三高速)
        ordinal=re.compile(
            rf"第?({_NUMERAL})({_any(long_ordinals)}|(?:{_any(short_ordinals)})(?![心区型速铁架压端层级医士校]))"
        ),
        road=re.compile(
            rf"(?<![a-z])(?:{_any(v.road_classes)})?([gsx]\d{{1,4}})线?(?:{_any(v.road_classes)})?"
            rf"|({_any(v.road_classes)})(\d{{1,4}})线?"
        ),
        numbered=re.compile(
            rf"第?([一二三四五六七八九十]{{1,3}}|\d{{1,3}})(?:号|(?={_any(v.numbered_things)}))"
        ),
    )


# What joins a route's two ends: 至 / 到, or a dash (翁源—和平, 四会-三水; NFKC folds － to -).
_ROUTE_JOINS = "至|到|-|—|–|―|~"
_ROUTE_END = "(?:市区|县城|市|县|区)?"
_NAMED_END = "(?:市区|县城|市|县|区|街道|镇|乡)?"


def _route_pattern(v: Vocabulary, places: str) -> str:
    """A route between two ends, read one way however it is written (`_two_places`): two places of the vocabulary,
    each with its city (and 市) before it or not (佛山三水至广州花都 / 三水至花都: the end is the district, not the
    city in front of it), joined by 至 / 到 or a dash; or any two names of two characters joined by 至 / 到 (合浦至湛江;
    a county's seat 县城 is the county, 汕尾市区至海丰县城 / 汕海; a town's name the town, 上坪镇至大湖镇 / 上坪至大湖),
    or by a dash where the first starts the name or follows a bracket (平湖—雁田…: inside a word, 花地河—佛山, a dash
    joins other things)."""
    city = f"(?:(?:{_any(v.cities)})市?)?"
    han = r"[\u4e00-\u9fff]{2}"
    return (
        f"{city}({places}){_ROUTE_END}(?:{_ROUTE_JOINS}){city}({places}){_ROUTE_END}"
        f"|({han}){_NAMED_END}(?:至|到)({han}){_NAMED_END}"
        rf"|(?<![\u4e00-\u9fff])({han})(?:-|—|–|―|~)({han}){_NAMED_END}"
    )


def _own_districts(cities: tuple[str, ...], vocabulary: Vocabulary) -> list[str]:
    return [d for city in cities for d in vocabulary.districts.get(city, ())]


def _bare_district(text: str, cities: tuple[str, ...], vocabulary: Vocabulary, generic: re.Pattern) -> str:
    """A district of the row's own cities the text starts with, written without 区 ('' if none), when four
    characters are left, counted without the generic words (海陵岛大桥 and 海陵岛大桥工程 are read alike). Not when
    a direction follows it: 曲江南 (a station's name) is another place than 曲江, nor when it names an area
    (滨海湾片区: `named_after`)."""
    if any(text.startswith(short) for short in vocabulary.place_aliases.values()):
        return ""
    own = _own_districts(cities, vocabulary)
    left = len(generic.sub("", text))
    found = max((d for d in own if text.startswith(d) and left - len(d) >= 4), key=len, default="")
    if found and (
        text[len(found)] in vocabulary.directions or text.startswith(vocabulary.named_after, len(found))
    ):
        return ""
    return found


_ROAD_CODE = re.compile(r"[gsx]\d{1,4}")


def _without_placed(text: str, placed: re.Pattern, towns: set[str]) -> str:
    """The text without its districts written as places (江海区), except on a road (国道G205线梅县区程江至大坪段 /
    G205梅县程江至大坪段): there the district says which section, so it stays, written bare. A town named like a
    district of another city (徐闻县南山镇: 南山 is also Shenzhen's) stays too: it is a town (`towns`)."""
    road = _ROAD_CODE.match(text)

    def place(m: re.Match) -> str:
        if m.group(0) in towns:
            return m.group(0)
        return m.group(1) if road else ""

    return placed.sub(place, text)


def _bracketed_district(text: str, cities: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, str]:
    """A district of the row's own cities written bare in a trailing bracket (…改造项目（仲恺）): the text
    without it, and the district ('' if none). Written with 区/县/市 it is found anywhere (`placed`)."""
    pattern = _city_patterns(cities, vocabulary)[0]
    found = pattern.search(text) if pattern else None
    return (text[: found.start()], found.group(1)) if found else (text, "")


_OwnPatterns = tuple[re.Pattern | None, tuple[re.Pattern, re.Pattern] | None]
_CITY_PATTERNS: dict[tuple[int, tuple[str, ...]], tuple[Vocabulary, _OwnPatterns]] = {}


def _city_patterns(cities: tuple[str, ...], vocabulary: Vocabulary) -> _OwnPatterns:
    """The patterns of a row's own places, compiled once per cities and vocabulary (building them per name
    cost half the step): a district bare in a trailing bracket, and a section named by a city or district
    (None when the row has no city)."""
    key = (id(vocabulary), cities)
    held = _CITY_PATTERNS.get(key)
    if held is None or held[0] is not vocabulary:
        own = _own_districts(cities, vocabulary)
        # …段, or …境内 (茂名境内: the part of a two-city project inside one of them)
        # not the far end of a section by two ends (江门至阳江段: two_places reads it 江阳段)
        section = f"(?<!至)(?<!到)({_any([*cities, *own])})(?:区|县|市)?(?:段|境内)"
        bracketed = re.compile(rf"[(（]\s*({_any(own)})\s*[)）]\s*$") if own else None
        # at the end, generic words aside; kinds of work too (鉴江流域吴川段综合整治工程), except on a road, where
        # a district names the section (G228阳西段改建 is not G228阳西至电白段改建)
        generic = _any(vocabulary.generic_words)
        works = _any(
            [*vocabulary.generic_words, *(w for words in vocabulary.work_kinds.values() for w in words)]
        )
        sections = (
            # also anywhere right after a river's name (某江化州段堤防加固: the river's section, bare)
            (re.compile(rf"[(（]\s*{section}\s*[)）]|{section}(?:{works})*$|(?<=[江河溪涌]){section}"),
             re.compile(rf"[(（]\s*{section}\s*[)）]|{section}(?:{generic})*$"))
            if cities else None
        )  # fmt: skip
        held = _CITY_PATTERNS[key] = (vocabulary, (bracketed, sections))
    return held[1]


_TOWN_SECTION = re.compile(r"[(（]\s*([^\W\d_]{2,3})段\s*[)）]\s*$")


def _river(before: str, vocabulary: Vocabulary) -> str:
    """The river a section follows when its name holds a place's name (浈江, 梅江, 漠阳江, 罗定江: a district's or a
    city's name is also the river's), '' otherwise: the shortest word of two to four characters ending in 江 / 河 /
    溪 / 涌 at the end of `before`. Such a name is what the section divides, not a place to take out of the name."""
    places = _place_names(vocabulary)
    for n in range(2, min(4, len(before)) + 1):
        word = before[-n:]
        if word[-1] in "江河溪涌" and any(place in word for place in places):
            return word
    return ""


def _place_names(vocabulary: Vocabulary) -> frozenset[str]:
    return _derived(vocabulary, "places", lambda v: frozenset(
        [*v.cities, *(d for names in v.districts.values() for d in names)]
    ))  # fmt: skip


def _section(text: str, cities: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, str, str, str]:
    """A section named by a place of the row, in brackets anywhere or at the end, kinds of work aside
    (沙琅江（电白段）流域…, …治理工程（茂名段）, 韶关至新丰高速公路韶关段, 梅龙高铁梅州段工程, 鉴江吴川段综合整治;
    not on a road): the text without it, the district ('' for a city) and the town. A list of one place names its part of a project so; another names the place in front
    (电白区沙琅江…, 恩城街道锦江碧道): any other name of two or three characters in a trailing bracket
    (锦江碧道（恩城段）) is read as a town. Last, the river the section follows when its name holds a place's (浈江（南雄段）:
    `_river`), taken out of the text: name_key puts it back in front of the core once the places are read."""
    patterns = _city_patterns(cities, vocabulary)[1]
    found = patterns[1 if _ROAD_CODE.match(text) else 0].search(text) if patterns else None
    if found:
        place = next(group for group in found.groups() if group)
        river = _river(text[: found.start()], vocabulary)
        rest = text[: found.start() - len(river)] + text[found.end() :]
        return rest, "" if place in cities else place, "", river
    town = _TOWN_SECTION.search(text)
    return (text[: town.start()], "", town.group(1), "") if town else (text, "", "", "")


_LAST_BRACKET = re.compile(r"[(（]\s*([^()（）\d]{2,8}?)\s*[)）]")


def _bracket_brand(text: str, p: _Patterns) -> tuple[str, str]:
    """The company a list names in a bracket at the end (徐闻海上风电场（中广核） / 中广核徐闻海上风电项目): the text
    without it and the name, read as the brand of a company in front is. Not a place, a part or an area
    (…（端州区）, （东段）, （黄岗片区）, （滨海院区）: `bracket_places`), nor what the project includes (（含保税仓）),
    nor a generic word (（省重点）)."""
    found = ([None, *_LAST_BRACKET.finditer(text)])[-1]
    if found is None or p.generic.sub("", text[found.end() :]).strip():
        return text, ""
    word = found.group(1)
    if p.generic.fullmatch(word) or p.not_a_brand.search(word):
        return text, ""
    return text[: found.start()] + text[found.end() :], word


_PROVINCE = re.compile("^广东省?")
_CAMPUS = re.compile(r"新(院区|校区)[(（]([^()（）]{1,8}?\1)[)）]")
_BRACKET = re.compile(r"[(（]([^()（）]{2,})[)）]")


def _restated(text: str) -> str:
    """What a bracket restates read once: a new campus named in it (新院区（滨海院区） / 滨海院区), or the words of
    the name again (韶新高速公路（韶关至新丰）, once the two places are read as 韶新)."""
    text = _CAMPUS.sub(lambda m: m.group(2), text)

    def drop(match: re.Match) -> str:
        rest = text[: match.start()] + text[match.end() :]
        return "" if match.group(1) in rest else match.group(0)

    return _BRACKET.sub(drop, text)


def _without_cities(text: str) -> str:
    """City names (with or without 市) removed anywhere: a row's city is its place, not its name. The city's
    市区 (its urban area, 江门市区老旧小区) stays 市区: it is no district."""
    for city in sorted(load_vocabulary().cities, key=len, reverse=True):
        if city in text:  # most names hold one city or none: three replaces per city were ~15 % of name_key
            text = text.replace(city + "市区", "市区").replace(city + "市", "").replace(city, "")
    return text


_CITY_NAMES = "|".join(sorted(load_vocabulary().cities, key=len, reverse=True))
# A university named after its city: 汕头大学, 韶关学院, 深圳技术大学, 中山大学 (not 广州市…学院: 市 follows).
_UNIVERSITY = re.compile(rf"(?:{_CITY_NAMES})(?!市)(?:[\u4e00-\u9fff]{{2}}){{0,2}}?(?:大学|学院)")


def _without_cities_but_universities(text: str) -> str:
    """The text without its city names (`_without_cities`), except where a city names a university (汕头大学,
    深圳技术大学): there the city is the university's name, and the initial its abbreviation keeps (汕大, 深技大)."""
    out, at = [], 0
    for m in _UNIVERSITY.finditer(text):
        out += [_without_cities(text[at : m.start()]), m.group(0)]
        at = m.end()
    return "".join([*out, _without_cities(text[at:])])


# An institution abbreviated after a city's initial: 深大, 深技大, 汕大 (not 大道, 大桥, 大亚湾 …).
_INSTITUTION_SHORT = re.compile(r"[\u4e00-\u9fff]{0,2}?[大院](?![道路桥楼厦湾埔堤坝街厅])")


def _without_city_short(
    text: str,
    cities: tuple[str, ...],
    vocabulary: Vocabulary,
    generic: re.Pattern,
    initials: frozenset[str] = frozenset(),
) -> str:
    """The row's own city abbreviation at the start (穗 / 深 / 莞) removed, unless the text starts with one
    of the city's districts (江海区 is no 江 + 海区) or too little would be left (counted without the
    generic words, so that 莞番高速 and 莞番高速公路工程 are read alike), or it starts an institution's
    abbreviation (深大, 深技大, 汕大医学院: readings.py reads the city back in front of the long form). One
    abbreviation at most, and none off the initials a row of two cities was read with (`initials`: 江门至阳江城际 of
    a row of 江门 and 阳江 is 江阳城际, the route's name: it lost both before, 城际, or one, 阳城际, inside 阳茂城际
    of another route), nor off a route such a row writes short (`short_route`: 江阳城际 is read as 江门至阳江城际 is). A row of one of the cities may still write 江阳城际 and lose its 江: scoring.py reads the
    abbreviation back in front (`_city_initial`)."""
    if any(text.startswith(d) for d in _own_districts(cities, vocabulary)):
        return text
    if len(cities) > 1 and (any(map(text.startswith, initials)) or short_route(text, vocabulary)):
        return text  # 汕揭快速通道 of a row of 汕头 and 揭阳 is 汕头至揭阳快速通道 written short: 汕揭, not 揭快速路
    for city in cities:
        for short in vocabulary.cities.get(city, ()):
            if text.startswith(city) or _INSTITUTION_SHORT.match(text, len(short)):
                continue  # 深圳技术大学: the city kept as a university's name is no abbreviation of it
            if text.startswith(short) and len(generic.sub("", text)) > 4:
                return text[len(short) :]
    return text


def _town(text: str, p: _Patterns) -> tuple[str, str, bool]:
    """A town, street or zone the text starts with (外海街道龙溪湖公园, 棠下镇中心小学): the text with its name
    but not its 街道 / 镇 (棠下中心小学 is how another list writes it), and the name ('' if none, or when
    too little would be left). The name stays in the core: in 澳头街道中学 it is what names the project. A
    zone (滨江新区滨江大道) is taken out like a district (the third value says it was a zone). What is left is counted without the generic words and
    the kinds of work, so that 滨海新区科创园 / 滨海新区科创园工程, 石角镇中学新建 / 石角镇中学建设 are read alike."""
    found = p.town.match(text)
    if not found or len(p.works.sub("", p.generic.sub("", text[found.end() :]))) < 2:
        return text, "", False
    kept = "" if found.group(2) else found.group(1)
    return kept + text[found.end() :], found.group(1), bool(found.group(2))


def _brand(company: str, p: _Patterns, vocabulary: Vocabulary) -> str:
    """A company's brand: its legal name without places, legal ending and descriptors (江门市优捷光电科技
    有限公司 → 优捷光电, 中科（广东）炼化有限公司 → 中科炼化)."""
    brand = p.generic.sub(
        "", _without_cities(re.sub(f"(?:{_any(vocabulary.company_endings)})$", "", company))
    )
    while len(brand) > 2 and (
        end := next((d for d in vocabulary.company_descriptors if brand.endswith(d)), None)
    ):
        brand = brand.removesuffix(end)
    return brand


def brand_starts(brands: set[str]) -> frozenset[str]:
    """Every start of two characters or more of the brands rows name (格力电器 → 格力, 格力电, 格力电器)."""
    return frozenset(b[:n] for b in brands for n in range(2, len(b) + 1))


def _known_brand(text: str, brands: frozenset[str]) -> str:
    """The longest start of `text` that starts a brand another row names, four characters at least left."""
    return next((text[:n] for n in range(min(8, len(text) - 4), 1, -1) if text[:n] in brands), "")


def _company(
    text: str, p: _Patterns, vocabulary: Vocabulary, brands: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """The text without a company in front and the company's brand. A company in front is the builder or
    the brand the project is known by: the core drops it, the full reading keeps the brand (scoring.py
    compares both). A name that is only a company (中科（广东）炼化有限公司二期工程) keeps the brand in its core.
    A company's short name (客都科技…: `company_short_markers`) gives its trade name as the brand, and so does
    a word in Latin letters in front (TCL华星光电…), unless it names a thing (LNG: `latin_things`), and a start
    of a brand other rows name (`brands`: 格力高栏港… when another row names 格力电器（珠海）有限公司)."""
    found = p.company.match(text)
    if not found:
        short = p.short_company.match(text) or p.latin_brand.match(text)
        if short and len(text) - short.end() >= 4:
            return text[short.end() :], short.group(1)
        known = _known_brand(text, brands) if brands else ""
        return (text[len(known) :], known) if known else (text, "")
    rest, brand = text[found.end() :], _brand(found.group(0), p, vocabulary)
    return (rest, brand) if len(rest) >= 4 else (brand + rest, "")


def _without_own_district(brand: str, cities: tuple[str, ...], vocabulary: Vocabulary) -> str:
    """A brand without a district of the row's city its legal name holds (海螺水泥（英德）有限公司 → 海螺水泥, as
    中科（广东）炼化 loses its province): the company of a plant in that county, written in its name, where a list
    writing the brand puts the county in front or leaves it out. Two characters at least left, and not a district
    the brand starts with: that is its trade name (光明乳业 of a 深圳 row: 光明 is also a district)."""
    for district in _own_districts(cities, vocabulary):
        if brand.find(district) > 0 and len(brand) - len(district) >= 2:
            return brand.replace(district, "", 1)
    return brand


def _brand_to_place(
    text: str, brand: str, cities: tuple[str, ...], vocabulary: Vocabulary
) -> tuple[str, str]:
    """A brand followed by a word of its own and then a district of the row's city (迈瑞|医疗|光明生产基地: the
    company's trade name, 迈瑞医疗, then where it builds): the word joins the brand, so the core starts at the
    place as the legal name's reading does (深圳迈瑞生物医疗电子股份有限公司光明生产基地)."""
    if not brand or not cities:
        return text, brand
    for n in (1, 2):  # a word of one or two characters (医疗, 电器); 智能终端 is what is built
        if any(text.startswith(d, n) for d in _own_districts(cities, vocabulary)):
            return text[n:], brand + text[:n]
    return text, brand


def _without_quantities(text: str, p: _Patterns, vocabulary: Vocabulary) -> str:
    """The text without its numbers with a unit (220千伏 / 220kV, 2024年): they are specifications, compared
    as numbers (never two numbers), not as characters, so where they stand and how the unit is written
    (vocabulary.yaml `units`) no longer matter. A unit may say what a bare 站 is (500千伏五邑站 is 五邑变电站:
    `stations`)."""
    units = {vocabulary.units[m.group(2)] for m in p.quantity.finditer(text)}
    text = p.quantity.sub(" ", text)
    for unit in sorted(units & vocabulary.stations.keys()):
        kind = vocabulary.stations[unit]
        text = p.station.sub(lambda m, kind=kind: m.group(1) or kind, text)
    return text


def _two_places(text: str, p: _Patterns, vocabulary: Vocabulary) -> tuple[str, frozenset[str]]:
    """A name of two places (江门市区至台山市区快速通道) written as lists shorten it (江台快速通道): each place's
    character (vocabulary.yaml `pair_initials`, else its first), for any two names of two characters joined by
    至 or 到 (合浦至湛江高铁 / 合湛高铁); so is a park two cities run (广州（梅州）产业转移工业园 / 广梅产业园:
    `paired_parks`). A section named by two such names (大坪至畲江段) is not shortened: two sections of one road
    would read nearly alike. Also the initials it wrote (`_without_city_short` keeps them on a row of two cities)."""
    written: set[str] = set()

    def initial(place: str) -> str:
        return vocabulary.pair_initials.get(place, place[0])

    def pair(m: re.Match) -> str:
        if m.group(1):
            found = initial(m.group(1)) + initial(m.group(2))
        elif m.string.startswith(
            "段", m.end()
        ):  # a section by two ends not in the vocabulary: never shortened
            return m.group(0)
        else:
            first, second = (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6))
            found = initial(first) + initial(second)
        written.add(found)
        return found

    text = p.pair.sub(pair, text)
    text = p.park.sub(
        lambda m: initial(m.group(1)) + initial(m.group(2)) + vocabulary.paired_parks[m.group(3)], text
    )
    return text, frozenset(written)


def _ordinals(text: str, p: _Patterns, vocabulary: Vocabulary) -> tuple[str, tuple[int, ...]]:
    """An institution's ordinal read one way, in full (一中 / 第一中学, 二水厂 / 第二水厂: `ordinal_words`), and its
    number: kept among the name's numbers, so 一中 and 二中 are never one school. In full, because a short core
    (二水厂) is too short to be found inside a longer one (城区第二水厂). The number is written in numerals
    (第21中学 / 第二十一中学): one spelling in the core, and counted once among the numbers (its digits were
    counted a second time, so the two spellings gave two different numbers and were never compared)."""
    found = []

    def full(match: re.Match) -> str:
        number = _number(match.group(1))
        if number is None:
            return match.group(0)  # 六一小学: a name, no ordinal
        found.append(number)
        return "第" + as_numeral(number) + _canonical_ordinals(vocabulary)[match.group(2)]

    return p.ordinal.sub(full, text), tuple(found)


def _road(text: str, road: re.Pattern, vocabulary: Vocabulary) -> str:
    """A road by its letter and number (国道G205线 / G205 / G205国道 / 国道205线 → g205): its class is written
    at will, and so is its letter when the class is written (`road_classes`: the class → its letter)."""
    return road.sub(lambda m: m.group(1) or vocabulary.road_classes[m.group(2)] + m.group(3), text)


_NUMBER_LIST = re.compile(
    r"([一二三四五六七八九十]{1,3}|\d{1,3})[、,](?=(?:[一二三四五六七八九十]{1,3}|\d{1,3})号)"
)


def _numbered(text: str, numbered: re.Pattern) -> str:
    """A thing numbered, written in digits or Chinese numerals, with 号 or without (三高炉 / 3号高炉 / 三号高炉,
    二号线 / 2号线: `numbered_things`), read one way: digits and 号 (3号高炉). Digits that are a name (六一)
    are left as they are. Numbers listed before one 号 each have it (5、6号机组 is 5号、6号机组: once the 、 is
    gone, 56号 was another number)."""

    def digits(match: re.Match) -> str:
        number = _number(match.group(1))
        return match.group(0) if number is None else f"{number}号"

    return numbered.sub(digits, _NUMBER_LIST.sub(r"\1号", text))


def _shortened(text: str, p: _Patterns) -> str:
    """Long forms read as their short forms: places (广州白云国际机场 / 白云机场) and words (职业技术学院 / 职院,
    文化旅游 / 文旅, 高速公路 / 高速), and synonyms as one word (度假村 / 景区): in one pass, the longest form
    starting at each place, so that 文化旅游度假区 reads 文旅 + 景区 as 文旅度假区 does."""
    return p.long.sub(lambda m: p.short_forms[m.group(0)], text)


def _without_works(text: str, works: re.Pattern, vocabulary: Vocabulary) -> tuple[str, frozenset[str]]:
    """The text without its kinds of work, and their families: 提升 / 提升改造 / 改造提升 / 升级改造 name one
    kind of work, and which words a list chose says little about which project it is."""
    family = _work_families(vocabulary)
    found = {family[m.group(0)] for m in works.finditer(text)}
    rest = works.sub("", text)
    left = _patterns(vocabulary).generic.sub("", rest)  # 2024年城中村改造项目 is 城中村改造, not 项目
    return (rest, frozenset(found)) if len(left) >= 2 else (text, frozenset())


def read_names(names: list[tuple[str, tuple[str, ...]]]) -> list[NameKey]:
    """name_key of each (name, cities): a share of a first run's names, read in a reader worker
    (etl/identity/step.py)."""
    return [name_key(name, cities) for name, cities in names]


def name_key(
    name: str,
    cities: tuple[str, ...] = (),
    vocabulary: Vocabulary | None = None,
    brands: frozenset[str] = frozenset(),
) -> NameKey:
    """The core and phase of `name`, for a row of `cities` (the row's city names, without 市). `brands`: the
    brands other rows name as companies (their starts of two characters or more, `brand_starts`): a name that
    starts with one, without a legal ending, is read with it as its brand (格力高栏港… / 格力电器（珠海）有限公司…)."""
    vocabulary = vocabulary or load_vocabulary()
    p = _patterns(vocabulary)
    text = _simplified(unicodedata.normalize("NFKC", roman_characters_as_digits(name)).lower()).translate(
        p.variants
    )  # ５００ｋＶ is 500kv
    level = "city" if p.city_owned.search(text) else "urban" if p.city_urban.search(text) else ""
    # 十万亩 / 10万亩, Ⅱ期 / 二期 (numerals.py); 二十万千瓦 / 200MW (quantities.py)
    text, phase = _parts(scaled(as_digits(text, tuple(vocabulary.units)), p.quantity, vocabulary))
    text, ordinals = _ordinals(_numbered(_road(text, p.road, vocabulary), p.numbered), p, vocabulary)
    read = (int(m.group(0)) if m.group(0).isdigit() else _number(m.group(1)) for m in _NUMBER.finditer(text))
    numbers = tuple(sorted([*ordinals, *(n for n in read if n is not None)]))
    text, bracketed = _bracketed_district(text.strip(), cities, vocabulary)
    text, section, section_town, river = _section(
        _without_quantities(text, p, vocabulary).strip(), cities, vocabulary
    )
    # 阳江市区至海陵岛 is 市区至海陵岛 (as _without_cities reads it later), so that both give one route, 市海
    text, initials = _two_places(p.urban.sub("", text), p, vocabulary)
    text, named = _bracket_brand(_restated(text), p)
    text = p.port.sub("", _PUNCT.sub("", text))  # 江门港新会港区双水作业区码头 is 新会双水码头
    text, brand = _company(_LATIN_RESTATED.sub(r"\1", _shortened(text, p)), p, vocabulary, brands)
    text, brand = _brand_to_place(text, _without_own_district(brand, cities, vocabulary), cities, vocabulary)
    text, brand = _PROVINCE.sub("", text), brand or named  # 广东茂名滨海新区…: the province, then the city
    text = p.own_city.sub("", _without_cities_but_universities(text))
    own = set(_own_districts(cities, vocabulary))
    towns = {m.group(0) for m in p.placed.finditer(text)
             if cities and m.group(2) in vocabulary.town_suffixes and m.group(1) not in own}  # fmt: skip
    found = next((m for m in p.placed.finditer(text) if m.group(0) not in towns), None)
    text = _without_placed(text, p.placed, towns)
    text = _without_city_short(text, cities, vocabulary, p.generic, initials)
    bare = _bare_district(text, cities, vocabulary, p.generic)
    district = (found.group(1) if found else "") or bracketed or section or bare
    text, town, zone = _town(text[len(bare) :], p)
    if found and found.group(2) in vocabulary.town_suffixes and not town:
        town = found.group(1)  # 横沥镇 (a town of one city named like a district of another) is a town too
    if section_town and not town:  # 锦江碧道（恩城段） is read as 恩城街道锦江碧道 is
        text, town = section_town + text, section_town
    text = river + text  # 浈江（南雄段）防洪: the river named like its district is the name, not a place
    text, kinds = _without_works(_WITH_ITS_OWN.sub("", text), p.works, vocabulary)
    core = _without_connectors(p.generic.sub("", text) or text, initials, vocabulary)
    # one pair in nearly every name that has one; min() for a stable choice. A route a row of two cities writes
    # short (江珠高速 of a row of 珠海 and 江门) is that route too: its initials were kept (`_without_city_short`)
    route = min(initials, default="") or (short_route(core, vocabulary) if len(cities) > 1 else "")
    county = found is not None and (
        found.group(2) == "市" or found.group(2).endswith("县")
    )  # not 区, not a zone
    level = level or ("county" if county else "zone" if zone and not district else "")
    return NameKey(
        core, phase, district, numbers, kinds, town, p.generic.sub("", brand), ordinals, route, level
    )


# A term and its Latin abbreviation side by side (液化天然气（LNG）, read lnglng once both are short): the term once.
_LATIN_RESTATED = re.compile(r"([a-z]{2,8})\1")

# What a project takes in with it, at the end of its name (第二水厂及配套管网, 污水处理厂及管网配套, 产业园和配套道路): its
# own scope, not a separate work (产业园配套道路 alone is one: scoring.py's separate works).
_WITH_ITS_OWN = re.compile(r"(?<=..)[及和与并][\u4e00-\u9fff]{0,4}?配套.*$")


# A word joining two parts of a core (绿色化工和氢能产业园 / 绿色化工与氢能产业园, 生态修复及旅游开发 / 生态修复旅游开发):
# lists write it one way or another; read as 及. Only between two words, so a place or a name that starts with one
# (和平, 和美) keeps it.
_CONNECTORS = re.compile(r"(?<=[\u4e00-\u9fff])[及和与](?=[\u4e00-\u9fff])")


# What a route is, after its two ends' initials and at most three characters of what it carries (江台快速通道, 汕揭快速路,
# 翁和天然气支线): a road, a line, a waterway, a pipe.
_ROUTE_WORD = re.compile(
    "高速|快速|铁路|城际|通道|公路|大道|航道|管道|管网|支线|干线|管线|线路|轨道|大桥|隧道|输电|输气|输水|连接线"
)


def _initials(vocabulary: Vocabulary) -> frozenset[str]:
    """Every character a route's end is shortened to: a city's abbreviation or first character, a district's first
    character, the initials of `pair_initials`."""
    return frozenset(_derived(vocabulary, "initials", lambda v: {
        i: i for i in (*(s for shorts in v.cities.values() for s in shorts), *(p[0] for p in _place_names(v)),
                       *v.pair_initials.values())
    }))  # fmt: skip


def short_route(text: str, vocabulary: Vocabulary) -> str:
    """The two initials a name starts with when it is a route written short (汕揭快速通道, 翁和支线: the initials of two
    places, then a road, a line or a pipe), '' otherwise. Such a name is read as the route written in full is
    (汕头至揭阳快速通道 / 汕揭): its first initial is no city abbreviation to take off, its 和 no connector."""
    found = _ROUTE_WORD.search(text, 2, 9) if len(text) > 2 else None
    if found and found.start() <= 5 and all(c in _initials(vocabulary) for c in text[:2]):
        return text[:2]
    return ""


def _without_connectors(core: str, initials: frozenset[str], vocabulary: Vocabulary) -> str:
    """The core with its connectors read one way (`_CONNECTORS`), except a 和 / 与 / 及 that is a place's: the start
    of a place of the vocabulary (东山和平大道: 和平, a county, joins nothing) or a route's initial (翁源至和平 / 翁源—和平 /
    翁和, read 翁和: the initial of 和平, not 翁及, which a list writing 和平至翁源 did not give)."""
    places = _derived(vocabulary, "connector places", lambda v: tuple(
        place for place in _place_names(v) if place[0] in "及和与"
    ))  # fmt: skip

    def read(m: re.Match) -> str:
        at = m.start()
        if any(core.startswith(place, at) for place in places):
            return m.group(0)
        if any(core[at - 1 : at + 1] == pair or core[at : at + 2] == pair for pair in initials):
            return m.group(0)
        if at == 1 and short_route(core, vocabulary):
            return m.group(0)
        return "及"

    return _CONNECTORS.sub(read, core)


# A place a list writes in a bracket at the end (…产业园（外海片区）, …产业基地（凤泉湖）): its name, without the word of
# the kind of area. Read from the name as loaded (brackets NFKC-folded to ASCII).
_TRAILING_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4}?)(?:片区|园区|街道|镇|新区|高新区)?[)）]\s*$")


def trailing_place(name: str) -> str:
    """The place named in a bracket at the end of a project's name ('' if none): scoring.py compares two names
    without it when the other names it in front or inside, blocking.py makes such rows candidates."""
    found = _TRAILING_PLACE.search(name)
    return found.group(1) if found else ""
