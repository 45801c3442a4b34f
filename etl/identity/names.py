"""A project name's core and its phase: what the identity step compares.

Lists name one project in several ways (issue 26): 项目 / 工程 / 建设项目 added or dropped, （一期） or
一期工程, a company in front (某某有限公司……项目), the city written in full, abbreviated (穗 / 深 / 莞 / 佛)
or left out, a district in brackets or moved, a long place name shortened (广州白云国际机场 / 白云机场).
The core is the name without all of that (vocabulary.yaml); the phase (一期, 二期, 三标段 …) is kept apart,
because two different phases are two projects and are never linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from etl.identity.vocabulary import Vocabulary, load_vocabulary

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 一期 / 第二期 / 3期 / 二标段 / 第3标 / 标段二: a phase or a section of a project.
_PART = re.compile(
    r"第?([一二三四五六七八九十]{1,3}|\d{1,3})(期|标段|标)|标段([一二三四五六七八九十]{1,3}|\d{1,3})"
)
# A number: digits, or Chinese numerals before a counter (二季度, 三号线, 十二号).
_NUMBER = re.compile(r"\d+|([一二三四五六七八九十]{1,3})(?=季度|号|路|条|批|座)")
_PUNCT = re.compile(r"[\W_]+")  # spaces, punctuation, brackets: NFKC folded them at load
_QUANTITY = r"(\d+(?:\.\d+)?)\s*({units})(?![a-z])"  # a number and its unit (220千伏, 30万吨, 2024年)


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

    @cached_property
    def chars(self) -> frozenset[str]:
        """The core's characters (is one a character replaced in the other?)."""
        return frozenset(self.core)

    @property
    def sorted_core(self) -> str:
        """The core's characters in order: words reordered give the same string."""
        return "".join(sorted(self.core))


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + _NUMERALS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _NUMERALS[tens] * 10 + _NUMERALS.get(ones, 0)
    return _NUMERALS[text]


def _parts(name: str) -> tuple[str, frozenset[str]]:
    """The name without its phase/section markers, and the markers as '期N' / '标N'."""
    found = set()

    def take(match: re.Match) -> str:
        if match.group(3):
            found.add(f"标{_number(match.group(3))}")
        else:
            found.add(("期" if match.group(2) == "期" else "标") + str(_number(match.group(1))))
        return " "

    return _PART.sub(take, name), frozenset(found)


_COMPILED: dict[int, tuple[Vocabulary, tuple[re.Pattern, ...]]] = {}


def _patterns(vocabulary: Vocabulary) -> tuple[re.Pattern, ...]:
    """The vocabulary's regular expressions, compiled once per vocabulary object."""
    held = _COMPILED.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        held = _COMPILED[id(vocabulary)] = (vocabulary, _compile(vocabulary))
    return held[1]


def _compile(vocabulary: Vocabulary) -> tuple[re.Pattern, ...]:
    by_length = lambda words: sorted(words, key=len, reverse=True)  # noqa: E731
    company = re.compile(
        r"^.{2,30}(?:" + "|".join(map(re.escape, by_length(vocabulary.company_endings))) + ")"
    )
    every = [d for names in vocabulary.districts.values() for d in names]
    placed = re.compile("(" + "|".join(map(re.escape, by_length(every))) + ")(?:新区|区|县|市|镇|街道)")
    generic = re.compile("|".join(map(re.escape, by_length(vocabulary.generic_words))))
    quantity = re.compile(_QUANTITY.format(units="|".join(map(re.escape, by_length(vocabulary.units)))))
    family = {word: name for name, words in vocabulary.work_kinds.items() for word in words}
    works = re.compile("|".join(map(re.escape, by_length(family))))
    return company, placed, generic, quantity, works


def _bare_district(text: str, cities: tuple[str, ...], vocabulary: Vocabulary) -> str:
    """A district of the row's own cities the text starts with, written without 区 ('' if none)."""
    if any(text.startswith(short) for short in vocabulary.place_aliases.values()):
        return ""
    own = (d for city in cities for d in vocabulary.districts.get(city, ()))
    return max((d for d in own if text.startswith(d) and len(text) - len(d) >= 4), key=len, default="")


def _without_places(text: str, cities: tuple[str, ...], vocabulary: Vocabulary) -> str:
    """Remove city names (with or without 市) anywhere and the row's own city abbreviations at the start."""
    for city in sorted(vocabulary.cities, key=len, reverse=True):
        text = text.replace(city + "市", "").replace(city, "")
    for city in cities:
        for short in vocabulary.cities.get(city, ()):
            if text.startswith(short) and len(text) > 4:
                text = text[len(short) :]
    return text


def _without_quantities(text: str, quantity: re.Pattern) -> str:
    """The text without its numbers with a unit (220千伏 / 220kV, 2024年): they are specifications, compared
    as numbers (never two numbers), not as characters, so where they stand and how the unit is written
    (vocabulary.yaml `units`) no longer matter."""
    return quantity.sub(" ", text)


def _without_works(text: str, works: re.Pattern, vocabulary: Vocabulary) -> tuple[str, frozenset[str]]:
    """The text without its kinds of work, and their families: 提升 / 提升改造 / 改造提升 / 升级改造 name one
    kind of work, and which words a list chose says little about which project it is."""
    family = {word: name for name, words in vocabulary.work_kinds.items() for word in words}
    found = {family[m.group(0)] for m in works.finditer(text)}
    rest = works.sub("", text)
    return (rest, frozenset(found)) if len(rest) >= 2 else (text, frozenset())


def name_key(name: str, cities: tuple[str, ...] = (), vocabulary: Vocabulary | None = None) -> NameKey:
    """The core and phase of `name`, for a row of `cities` (the row's city names, without 市)."""
    vocabulary = vocabulary or load_vocabulary()
    company, placed, generic, quantity, works = _patterns(vocabulary)
    text, phase = _parts(name.lower())
    numbers = tuple(sorted(int(m.group(0)) if m.group(0).isdigit() else _number(m.group(1))
                           for m in _NUMBER.finditer(text)))  # fmt: skip
    text = _PUNCT.sub("", _without_quantities(text, quantity))
    for long, short in sorted(vocabulary.place_aliases.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(long, short)
    rest = company.sub("", text, count=1)
    if len(rest) >= 4:
        text = rest
    text = _without_places(text, cities, vocabulary)
    found = placed.search(text)
    district = found.group(1) if found else ""
    text = placed.sub("", text)
    bare = _bare_district(text, cities, vocabulary)
    district, text = district or bare, text[len(bare) :]
    text, kinds = _without_works(text, works, vocabulary)
    core = generic.sub("", text)
    return NameKey(core or text, phase, district, numbers, kinds)
