"""Mentions in an English sentence: "about 329.53 billion yuan", "RMB 1.2 trillion", "266 major projects",
"over a thousand projects", "96 of them", "24.5 percent of the annual planned investment", "more than half"."""

from __future__ import annotations

import re
from decimal import Decimal

from etl.announcements.mentions import Mention, fraction_percent, overlaps, without_overlaps
from etl.announcements.numbers import (
    ARABIC,
    EN_NUMBER_WORDS,
    EN_SCALES_WAN,
    arabic_value,
    combine,
    en_qualifier_after,
    en_qualifier_before,
    english_value,
)
from etl.announcements.scopes import Marker
from etl.announcements.sentences import Span

_NUM = rf"(?:{ARABIC}|{EN_NUMBER_WORDS})"
_MONEY = re.compile(
    rf"(?:(?P<cur1>RMB|CNY|¥)\s?)?(?P<num>{ARABIC})[\s-]*(?P<scale>trillion|hundred\s+million|billion|million|thousand"
    rf"|bn|bln|tn|trn|mn|mln|(?-i:B|T)(?=\W|$))?\b"
    rf"(?:[\s-]*(?P<cur2>yuan|RMB|CNY)\b)?",
    re.I,
)
_DOLLAR_LEAD = re.compile(r"(?:US|HK|U\.S\.)?\$\s?$|USD\s?$", re.I)
_UP_TO = re.compile(r"\bup\s+to\s+(?:RMB\s?)?$", re.I)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "with",
        "and",
        "or",
        "for",
        "by",
        "more",
        "than",
        "are",
        "were",
        "is",
        "was",
        "have",
        "has",
        "had",
        "will",
        "be",
        "been",
        "that",
        "which",
        "these",
        "those",
        "this",
        "its",
        "their",
        "another",
        "such",
    ]
)
# "science and technology business complex projects": an "and" inside a field's name, not between counts
# ("15 industrial and seven urban projects" is two).
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|dozen)\b"
)
_ADJECTIVE = rf"(?:(?!(?:{'|'.join(_STOP)})\b)[A-Za-z'-]+\s+|and\s+(?!{_NUMBER_WORD}))"
_COUNT_NOUN = re.compile(rf"(?P<num>{_NUM})\s+(?P<adj>{_ADJECTIVE}{{0,6}}?)projects\b", re.I)
_COUNT_OF = re.compile(
    rf"(?P<num>{_NUM})\s+of\s+(?:them|these|those|which|the\s+batch|the\s+(?:\d+\s+)?(?:[a-z-]+\s+)?projects)\b",
    re.I,
)
_COUNT_AFTER = re.compile(
    rf"\b(?:projects|number\s+of\s+projects)(?:\s*,\s*|\s+)(?:(?:in|from|of|located)\s+(?:[\w'-]+\s+){{1,3}}?)?"
    rf"(?:at|with|numbering|number|numbered|totaling|totalling"
    rf"|totaled|totalled|reaching|reached|was|were|is|stood\s+at|hit|came\s+to)?\s*(?P<num>{ARABIC})\b(?!\s*(?:%|percent|per\s+cent|trillion|billion|million"
    rf"|yuan|RMB|projects|of\b))",
    re.I,
)
# "…, followed by Taishan with 12": a bare count after with/at, in a sentence about projects.
_COUNT_WITH = re.compile(r"\b(?:with|at)\s+(?P<num>\d{1,4})(?=\s*(?:[,;.)]|and\b|$))(?![.,]\d)", re.I)
_COUNT_ARE = re.compile(
    rf"(?<![\w.,$])(?P<num>{ARABIC}|{EN_NUMBER_WORDS})\s+(?:are|were|is|was|have|had|belong|belonged|fall|fell|signed"
    rf"|started|broke|began|come|came|aimed|focused|related|relating|dedicated|devoted|geared|involve|involved)\b",
    re.I,
)
# "32 and 28 projects", "46, 32 and 28 projects": every number of the list counts projects.
_COUNT_LIST = re.compile(
    rf"(?P<num>{ARABIC})(?=(?:\s*,\s*{ARABIC})*\s*,?\s+and\s+{ARABIC}\s+(?:[A-Za-z'-]+\s+){{0,3}}projects\b)"
)
# "Of them / among the projects / of which, 96 are …"; "the remaining 121 are …": a bare count of projects.
_OF_THEM = re.compile(
    r"\b(?:of|among)\s+(?:them|these|those|which|the\s+(?:\d+\s+)?(?:[a-z-]+\s+)?projects)\b"
    r"|\bprojects\s+(?:include|included|including|comprise|comprising|consist\s+of)\b"
    r"|\b(?:remaining|other|rest\s+of\s+the)\s+\d",
    re.I,
)


def _money(text: str, clause: Span, masked: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for m in _MONEY.finditer(text, clause.start, clause.end):
        if not (m.group("cur1") or m.group("cur2")) or overlaps(m.start(), m.end(), masked):
            continue
        before = text[clause.start : m.start()]
        if _DOLLAR_LEAD.search(before):
            continue
        scale = re.sub(r"\s+", " ", (m.group("scale") or "").lower())
        value = arabic_value(m.group("num")) * EN_SCALES_WAN[scale]
        if _UP_TO.search(before):
            found.append(Mention("unclear", m.start(), m.end(), reason="an upper bound ('up to')"))
            continue
        word, length = en_qualifier_before(before)
        after_word, after_length = en_qualifier_after(text[m.end() : clause.end])
        qualifier = combine(word, after_word)
        found.append(Mention("money", m.start() - length, m.end() + after_length, value, qualifier))
    return found


def _count_value(num: str) -> Decimal | None:
    return arabic_value(num) if re.fullmatch(ARABIC, num) else english_value(num)


_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*$|\bNo\.\s*$|\b(?:Phase|Line|Batch)\s*$",
    re.I,
)
_MONEY_WORDS = re.compile(r"\b(?:yuan|RMB|billion|million|trillion|bn|percent|dollars?)\b", re.I)


def _count(text: str, clause: Span, m: re.Match[str], end: int) -> Mention | None:
    value = _count_value(m.group("num"))
    if value is None or value < 2 or value != value.to_integral_value() or "." in m.group("num"):
        return None  # a count of projects is a whole number: "211.8 billion yuan after all projects", "industry 4.0 projects" are none
    if m.groupdict().get("adj") and _MONEY_WORDS.search(m.group("adj")):
        return None  # "… billion yuan of projects": money, not a count
    before = text[clause.start : m.start("num")]
    if _MONTH.search(before):
        return None  # "on Feb 25": a date
    if _UP_TO.search(before):
        return Mention("unclear", m.start("num"), end, reason="an upper bound ('up to')")
    word, length = en_qualifier_before(before)
    after_word, after_length = en_qualifier_after(text[end : clause.end])
    return Mention("count", m.start("num") - length, end + after_length, value, combine(word, after_word))


def _is_year(num: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", num))


def _counts(text: str, clause: Span, sentence: Span) -> list[Mention]:
    found = []
    for m in _COUNT_NOUN.finditer(text, clause.start, clause.end):
        if _is_year(m.group("num")) and m.group("adj"):
            continue
        found.append(_count(text, clause, m, m.end()))
    for m in _COUNT_OF.finditer(text, clause.start, clause.end):
        found.append(_count(text, clause, m, m.end()))
    if re.search(r"\bprojects\b", text[sentence.start : clause.start]):
        for m in _COUNT_WITH.finditer(text, clause.start, clause.end):
            if not _is_year(m.group("num")):
                found.append(_count(text, clause, m, m.end("num")))
    for m in _COUNT_LIST.finditer(text, clause.start, clause.end):
        found.append(_count(text, clause, m, m.end()))
    for m in _COUNT_AFTER.finditer(text, sentence.start, clause.end):  # "the most projects, 46,"
        if m.start("num") >= clause.start and not _is_year(m.group("num")):
            found.append(_count(text, clause, m, m.end("num")))
    if (
        _OF_THEM.search(text, sentence.start, clause.start + 1)
        or _OF_THEM.search(text, clause.start, clause.end)
        or re.search(r"\bprojects\b", text[sentence.start : clause.start])  # "… number 96, while 114 are …"
    ):
        for m in _COUNT_ARE.finditer(text, clause.start, clause.end):
            if not _is_year(m.group("num")):
                found.append(_count(text, clause, m, m.end("num")))
    return [f for f in found if f is not None]


_PERCENT = re.compile(rf"(?P<num>{ARABIC})\s*(?:%|percent\b|per\s+cent\b)", re.I)
_FRACTIONS = {"half": (1, 2), "quarter": (1, 4), "quarters": (3, 4), "third": (1, 3), "thirds": (2, 3)}
_FRACTION = re.compile(
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)\b(?:(?P<count>a|an|one|two|three)\s+)?"
    r"(?P<frac>half|quarters?|thirds?)\b(?=\s+of\b)",
    re.I,
)
_GROWTH = re.compile(
    r"\b(?:up|down|increase[sd]?|rise|rose|risen|grew|grow(?:ing|th)?|higher|lower|year[\s-]on[\s-]year|compared"
    r"|jump(?:ed)?|surge[sd]?|decline[sd]?|drop(?:ped)?|fell|fall|percentage\s+points?)\b",
    re.I,
)
_SHARE_CUE = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|make[s]?\s+up|making\s+up|made\s+up|represent(?:s|ed|ing)?|share|proportion)\b",
    re.I,
)
_OF_BASE = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|this\s+year's\s+|the\s+\w+'s\s+)*(?P<base>(?:[\w'-]+\s+){0,4}"
    r"(?:investments?|projects|total|plan|number))\b",
    re.I,
)


def _share_value(m: re.Match[str]) -> Decimal | None:
    if m.groupdict().get("num"):
        return arabic_value(m.group("num"))
    numerator, denominator = _FRACTIONS[m.group("frac").lower()]
    count = (m.group("count") or "a").lower()
    if m.group("frac").lower().endswith("s"):
        numerator = {"two": 2, "three": 3}.get(count, numerator)
    return fraction_percent(numerator, denominator)


def _share_of(base: str) -> str | None:
    base = base.lower()
    if re.search(r"annual|this\s+year|for\s+the\s+year|planned", base) and "total planned" not in base:
        return "annual_plan"
    if "investment" in base:
        return "total_investment"
    if re.search(r"projects|number", base):
        return "projects"
    return None


def _share(text: str, clause: Span, m: re.Match[str], floor: int) -> Mention:
    ctx = text[floor : m.start()]
    if _GROWTH.search(ctx) or _GROWTH.match(text, m.end(), min(clause.end, m.end() + 30)):
        return Mention("growth", m.start(), m.end(), reason="a growth rate")
    base = _OF_BASE.match(text[m.end() : clause.end])
    if not (_SHARE_CUE.search(ctx) or base):
        return Mention("unclear", m.start(), m.end(), reason="a percentage that is not said to be a share")
    value = _share_value(m)
    if value is None:
        return Mention("unclear", m.start(), m.end(), reason="a fraction that is no exact percentage")
    word, length = en_qualifier_before(text[clause.start : m.start()])
    end = m.end() + (base.end() if base else 0)
    share_base = (
        base.group("base") if base else ctx[_SHARE_CUE.search(ctx).end() :] if _SHARE_CUE.search(ctx) else ""
    )
    return Mention("share", m.start() - length, end, value, combine(word), share_of=_share_of(share_base))


def _shares(text: str, clause: Span, taken: list[Mention]) -> list[Mention]:
    found = []
    for pattern in (_PERCENT, _FRACTION):
        for m in pattern.finditer(text, clause.start, clause.end):
            floor = max([clause.start, *(t.end for t in taken if t.end <= m.start())])
            found.append(_share(text, clause, m, floor))
    return found


def en_mentions(text: str, sentence: Span, clauses: list[Span], markers: list[Marker]) -> list[Mention]:
    """Every mention in an English sentence, clause by clause, in order."""
    masked = [(mk.start, mk.end) for mk in markers if mk.kind in ("size_band", "unclear_band")]
    found: list[Mention] = []
    for clause in clauses:
        here = without_overlaps(_money(text, clause, masked) + _counts(text, clause, sentence))
        taken = here + [Mention("mask", s, e) for s, e in masked]
        here += [s for s in _shares(text, clause, taken) if not overlaps(s.start, s.end, masked)]
        found += without_overlaps(here)
    return found
