"""Other readings of a pair of cores: words reordered, qualifiers dropped, a well-known name abbreviated.

Why a mechanism, not vocabulary: each blind list showed these classes with names nobody had listed (a fourth of
its misses were abbreviations of well-known names, a sixth words reordered or a qualifier dropped), and each
round's entries per name carried over to the next list only in part. These readings look at how two names
relate, not at which names they are:

- reordered: one core is the other with its words moved (文化体育中心 / 体育文化中心, 岐江公园及河道 / 河道及岐江
  公园): both split into the same blocks of two characters or more (a connector 及 / 与 / 和 may stand alone),
  the common start and end aside;
- qualifier dropped: one core is the other with descriptive words left out (兰花国家产业园 / 兰花产业园, 高端不锈钢
  精深加工产业园 / 不锈钢加工产业园): what the longer adds is made only of `descriptors` (vocabulary.yaml:
  高端, 绿色, 新型, 智能 …), and the shorter still names something (four characters);
- abbreviated: one core names a span of the other by the first characters of its words (南方科技大学 / 南科大,
  中国科学院 / 中科院, 高新技术服务区 / 高新区): the rest of both names identical, the span read in words of two
  characters, and each character of the short form the start of a word of the long one, in order, the first
  word never skipped. A bare subsequence was tried before and linked wrong pairs; here 南方医科大学 is no 南科大
  (科 starts no word of 南方|医科), and the rest must agree exactly.

The same alignment tells whether two companies' trade names are one (广汽 / 广州汽车, `brand_abbreviated`), and,
for precision, two characters of one word swapped are two places (新安 / 安新, `transposed`).

Each reading gives a similarity a little under an identical name (READING), so the pair's other evidence
(districts, phases, numbers, amounts) still decides near the threshold; none applies to two cores that differ
by a replaced word, so the distractor classes (two schools, two plants, two villages) read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

READING = 96.0  # a name read another way: trusted a little less than the same name
_CONNECTORS = frozenset("及与和、")
# An institution's word and its short form in an abbreviation (南方科技大学 / 南科大, 中国科学院 / 中科院).
_INSTITUTIONS = {
    "大学": "大",
    "学院": "院",
    "研究院": "院",
    "科学院": "科院",
    "医院": "院",
    "师大": "师大",
    "师院": "师院",
}


def _blocks_match(a: str, b: str) -> bool:
    """`a` and `b` split into the same blocks (two characters or more, or a connector), in another order."""
    if sorted(a) != sorted(b) or a == b:
        return False
    left, right = a, b
    blocks = 0
    while left:
        # the longest start of `left` found in `right` (two characters at least, or a connector)
        n = len(left)
        while n > 0 and left[:n] not in right:
            n -= 1
        if n == 0 or (n == 1 and left[0] not in _CONNECTORS):
            return False
        at = right.index(left[:n])
        right = right[:at] + "\0" + right[at + n :]  # a block taken, not joined with its neighbours
        left = left[n:]
        blocks += 1
    return blocks >= 2


def reordered(a: str, b: str) -> bool:
    """One core is the other with its words moved (a common start and end aside)."""
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    start = 0
    while a[start] == b[start]:
        start += 1
    end = 0
    while a[-1 - end] == b[-1 - end]:
        end += 1
    return _blocks_match(a[start : len(a) - end], b[start : len(b) - end])


def _made_of(text: str, words: frozenset[str]) -> bool:
    """`text` is a run of `words` (longest first at each place)."""
    longest = max(map(len, words), default=0)
    at = 0
    while at < len(text):
        n = next((n for n in range(min(longest, len(text) - at), 0, -1) if text[at : at + n] in words), 0)
        if not n:
            return False
        at += n
    return True


def qualified(a: str, b: str, descriptors: frozenset[str]) -> bool:
    """The longer core is the shorter with descriptive words added (in one place or several), nothing replaced."""
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or short == long:
        return False
    added = []
    matched = 0
    for op in Indel.opcodes(short, long):
        if op.tag == "equal":
            matched += op.src_end - op.src_start
        elif op.tag == "insert":
            added.append(long[op.dest_start : op.dest_end])
        else:
            return False  # the shorter holds characters the longer lacks
    return matched == len(short) and all(_made_of(run, descriptors) for run in added)


@lru_cache(maxsize=1 << 14)
def _initials(short: str, long: str, first: bool = True, three: bool = True) -> int | None:
    """How many initials `short` takes to abbreviate `long`, less the words it takes whole; None when it does not. `long` is read in words of
    two characters (the first may be three when it starts the name: 哈尔滨) or an institution's word (_INSTITUTIONS). Each word gives
    its first character (an initial), its whole self, or, an institution's word, its short form (an initial
    too); a word after the first may be left out; the first word of two characters may give either character
    (香港 / 港)."""
    if not long:
        return 0 if not short else None
    options = []
    for word, brief in _INSTITUTIONS.items():
        if long.startswith(word):
            rest = long[len(word) :]
            if short.startswith(brief):
                options.append((1, short[len(brief) :], rest))
            if not first:
                options.append((0, short, rest))
    for size in (2, 3) if first and three else (2,):
        if len(long) < size:
            continue
        word, rest = long[:size], long[size:]
        takes = {word[0]: 1, word: -1}  # a word taken whole counts against: 新城污水处理 is no abbreviation
        if first and size == 2:
            takes.setdefault(word[1], 1)
        options += [(n, short[len(take) :], rest) for take, n in takes.items() if short.startswith(take)]
        if not first:
            options.append((0, short, rest))
    found = [n + m for n, left, rest in options if (m := _initials(left, rest, False)) is not None]
    return max(found, default=None)


# An abbreviation takes two initials more than words taken whole: 南科大, 国创, 中科院先进院 (not 新城污水处理).
INITIALS = 2
_ZONES = ("区", "园")  # what a zone's or a park's name ends with after the words an abbreviation shortens


def abbreviated(a: str, b: str) -> bool:
    """One core is the other with a span of it abbreviated (南方科技大学医学院 / 南科大医学院), the rest identical."""
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) < 2 or len(short) < 2 or not set(short) <= set(long):
        return False  # every character of an abbreviation is one of the long form's
    head = 0
    while head < len(short) and short[head] == long[head]:
        head += 1
    tail = 0
    while tail < len(short) and short[-1 - tail] == long[-1 - tail]:
        tail += 1
    for p in range(head + 1):
        for r in range(min(tail, len(short) - p) + 1):
            span, brief = long[p : len(long) - r], short[p : len(short) - r]
            if brief in span or len(brief) < 2 or len(span) - len(brief) < 2:
                continue  # a short form found whole in the long one is a word dropped, not an abbreviation
            zone = r > 0 and long.startswith(
                _ZONES, len(long) - r
            )  # 综保区 / 综合保税区: a zone's kind after it
            if len(brief) < 3 and len(span) < 6 and not zone and not any(w in span for w in _INSTITUTIONS):
                continue  # 新城 / 新塘城区: two initials of two short words are too little
            if (_initials(brief, span, True, p == 0) or 0) >= INITIALS:  # a name of three only at the start
                return True
    return False


def brand_abbreviated(a: str, b: str, places: tuple[str, ...] = ()) -> bool:
    """One company's trade name is the initials of the other's, a place read in front of the longer (广汽 / 广州
    汽车: the city was taken out of the legal name, its initial stays in the short name)."""
    if min(len(a), len(b)) < 2 or a == b:
        return False
    return any(
        (_initials(short, place + long) or 0) >= INITIALS
        for short, long in ((a, b), (b, a))
        for place in ("", *places)
        if len(short) < len(place + long)
    )


def transposed(a: str, b: str) -> bool:
    """All the two names differ in is two characters of one word swapped (新安 / 安新, 白北 / 北白): two places
    named alike, not one place written another way."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=1 << 16)
def without_descriptors(text: str, descriptors: frozenset[str]) -> str:
    """`text` without its descriptive words (longest first at each place), once per name."""
    return descriptor_pattern(descriptors).sub("", text)


@lru_cache(maxsize=4)
def descriptor_pattern(descriptors: frozenset[str]) -> re.Pattern:
    """The descriptive words as one alternation, longest first."""
    return re.compile("|".join(map(re.escape, sorted(descriptors, key=len, reverse=True))) or "(?!)")


def reading_score(a: str, b: str, descriptors: frozenset[str]) -> float:
    """READING when one of the readings above makes the two cores one name, else 0."""
    if not a or not b or a == b:
        return 0.0
    if reordered(a, b) or qualified(a, b, descriptors) or abbreviated(a, b):
        return READING
    return 0.0
