"""What an amount is: a total investment or the amount planned for the year, by the keyword that names it.

"总投资约3295.3亿元" and "a total investment of about 329.53 billion yuan" are totals; "2023年度计划投资约
535.6亿元", "annual planned investment" and "… 53.56 billion yuan to be invested this year" are the year's
plan. An amount named by 完成投资 / 带动投资 / output / revenue is none of ours, and "计划投资" / "planned
investment" with no year is either: both make the sentence ambiguous.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from etl.announcements import vocabulary as vocab
from etl.announcements.mentions import Mention, overlaps

if TYPE_CHECKING:
    from etl.announcements.attribution import SentenceReader

_TOTAL_VERB = re.compile(r"total(?:s|ing|ling|led|ed)?", re.I)
_WEAK_EN_TOTAL = ("with", "worth", "invest", "invested", "investing", "invests", "involving", "valued at",
                  "spend", "spends", "spending", "allocate", "allocates", "allocating")  # fmt: skip


def _resolve(group: str, reader: SentenceReader, mention: Mention) -> str:
    from etl.announcements.attribution import Unreadable

    if group == "annual":
        return "annual_plan"
    if group in ("total", "total_plain"):
        return "total_investment"
    if group == "planned" and reader.language == "en" and vocab.EN_YEAR_AFTER.match(reader.text, mention.end):
        return "annual_plan"
    if group == "planned" and _an_event_s_plan(reader):
        return "total_investment"
    if group == "planned":
        raise Unreadable("a planned investment with no year: the year's plan or the whole budget?")
    raise Unreadable("an amount that is no total and no year's plan (progress, induced investment, output …)")


_A_YEAR = re.compile(r"年度|今年|当年|全年|本年|\d{4}\s*年|this\s+year|\b20\d\d\b", re.I)


def _an_event_s_plan(reader: SentenceReader) -> bool:
    """'本次活动签约项目60个，计划投资140亿元': what the projects just signed or started plan to invest, in a sentence
    that names no year, is their whole budget, unless their total was given already."""
    if reader.event not in ("signing", "groundbreaking") or reader.state is None:
        return False
    if _A_YEAR.search(reader.text, reader.sentence.start, reader.sentence.end):
        return False
    return not any(r.figure == "total_investment" and r.scope == reader.state and r.event == reader.event
                   for r in reader.readings)  # fmt: skip


def _keywords(reader: SentenceReader, mention: Mention) -> list:
    pattern = vocab.ZH_AMOUNT_KEYWORD if reader.language == "zh" else vocab.EN_AMOUNT_KEYWORD
    blocked = [(m.start, m.end) for m in reader.markers if m.kind != "city"]
    blocked += [(m.start, m.end) for m in reader.mentions if m is not mention]
    found = pattern.finditer(reader.text, reader.sentence.start, mention.start)
    return [k for k in found if not overlaps(k.start(), k.end(), blocked)]


def _funding_adjacent(reader: SentenceReader, mention: Mention) -> bool:
    """'政府投资704.2亿元': a funding marker ending in 投资 names a total."""
    gap = vocab.ZH_KEYWORD_GAP
    return any(
        m.kind == "funding"
        and m.end <= mention.start
        and reader.text[m.start : m.end].endswith("投资")
        and gap.match(reader.text[m.end : mention.start])
        for m in reader.markers
    )


def _future_spending(reader: SentenceReader, keyword: re.Match[str]) -> bool:
    """'Huangpu will invest 6.95 billion yuan in …', '74 projects, with an investment of 24.4 billion yuan,
    will be carried out': money to be spent, by a future verb or a bare "investment of" in a future sentence."""
    m = vocab.EN_FUTURE_SPENDING.search(reader.text, reader.sentence.start, keyword.start() + 12)
    if m is not None and m.end() > keyword.start():
        return True
    bare = re.fullmatch(r"investments?\s+of", keyword.group(0), re.I)
    return bool(bare) and bool(
        re.search(r"\bwill\b", reader.text[reader.sentence.start : reader.sentence.end], re.I)
    )


# What money to be spent may go "in/on": projects counted or named as a scope, or a year.
_SPENT_ON = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:in|on|into|for)\s+(?P<what>[^,.;]{0,60})", re.I)


def _spent_on_a_part(reader: SentenceReader, mention: Mention) -> bool:
    """'… invest CNY28.74bn in transportation infrastructure': money going to a part that no marker names
    right where the phrase begins (a count, a field's projects, the projects, a year do)."""
    m = _SPENT_ON.match(reader.text, mention.end)
    if m is None or _NAMES_THE_WHOLE.match(m.group("what")):
        return False
    start = m.start("what")
    firsts = [x.start for x in reader.markers + reader.mentions if start <= x.start < m.end()]
    return not firsts or not _LEAD_WORDS.fullmatch(reader.text, start, min(firsts))


_NAMES_THE_WHOLE = re.compile(
    r"(?:this|the)\s+year|20\d\d|(?:the|these|all)\s+(?:\d+\s+)?(?:key\s+|major\s+)?projects", re.I
)
_LEAD_WORDS = re.compile(r"(?:the|key|major|its|\s)*", re.I)


def _spending_kind(reader: SentenceReader, mention: Mention) -> str:
    from etl.announcements.attribution import Unreadable

    if _spent_on_a_part(reader, mention):
        raise Unreadable("an amount spent on a part that no scope names")
    if reader.year_plan or vocab.EN_THIS_YEAR.search(reader.text, reader.sentence.start, reader.sentence.end):
        return "annual_plan"
    raise Unreadable("an amount to be invested, with no year: the year's plan or the whole budget?")


def amount_kind(reader: SentenceReader, mention: Mention) -> tuple[str | None, int]:
    """(kind or None when nothing says, start of the figure's text including an adjacent keyword)."""
    gap = vocab.ZH_KEYWORD_GAP if reader.language == "zh" else vocab.EN_KEYWORD_GAP
    keywords = _keywords(reader, mention)
    last = keywords[-1] if keywords else None
    adjacent = last is not None and bool(gap.match(reader.text[last.end() : mention.start]))
    weak = last is not None and last.group(0).lower() in _WEAK_EN_TOTAL
    if (
        reader.language == "en"
        and (not adjacent or weak)
        and vocab.EN_ANNUAL_AFTER.match(reader.text, mention.end)
    ):
        return "annual_plan", mention.start
    if (
        reader.language == "en"
        and (not adjacent or weak)
        and vocab.EN_SPENT_AFTER.match(reader.text, mention.end)
    ):
        return _spending_kind(reader, mention), mention.start
    if (
        reader.language == "en"
        and last is not None
        and len(keywords) > 1
        and _TOTAL_VERB.fullmatch(last.group(0))
    ):
        subject = keywords[
            -2
        ]  # "Planned investment for this year totals about 6.2 billion yuan": its subject
        if subject.lastgroup in ("annual", "planned") and not any(
            m.kind == "money" and subject.end() <= m.start < mention.start for m in reader.mentions
        ):
            return _resolve(subject.lastgroup or "", reader, mention), subject.start()
    if reader.language == "en" and last is not None and _future_spending(reader, last):
        return _spending_kind(reader, mention), mention.start
    if adjacent and last is not None:
        return _resolve(last.lastgroup or "", reader, mention), last.start()
    if reader.language == "zh" and _funding_adjacent(reader, mention):
        return "total_investment", mention.start
    if last is not None and not any(
        m.kind == "money" and last.end() <= m.start < mention.start for m in reader.mentions
    ):
        return _resolve(last.lastgroup or "", reader, mention), mention.start
    return None, mention.start
