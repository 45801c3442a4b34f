"""A number in a sentence that may be an announced figure: an amount, a count of projects, a percentage.

Finding mentions is language-specific (`mentions_zh.py`, `mentions_en.py`); deciding whose figure a
mention is (scope, event, total or annual) is not (`attribution.py`).

Kinds:
- money   an amount of money (unit known), value in 万元;
- count   a count of projects (个 / 项 / 宗 / "projects"), a number;
- share   a percentage of something (占…的24.5% / 过半 / "more than half of the total investment");
- growth  a change (增长12.3% / 提高3个百分点 / "up 12.3 percent"): not a figure we store, and the sentence
          it stands in is read as ambiguous (it speaks of the projects but says nothing we can file);
- unclear a number we see but cannot read ("up to …", 三分之一): the sentence is read as ambiguous.

Numbers that are not figures at all give no mention: years and dates (2023年, 1月29日), ordinals (第一批),
quantities (120万平方米, 60万千瓦, 3万人 — employment figures are quantities), counts of other things
(12个区, 20个产业集群), dollar conversions ($48.6 billion), and the thresholds of size bands.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Mention:
    kind: str
    start: int
    end: int
    value: Decimal | None = None
    qualifier: str = "exact"
    share_of: str | None = (
        None  # shares: "total_investment" / "annual_plan" / "projects"; None = say-so needed
    )
    figure: str | None = (
        None  # money: the keyword's kind ("total" / "annual" / "planned" / "other"), if adjacent
    )
    reason: str | None = None  # growth / unclear: what it is


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first: a count span "96个产业项目" and a stray reading inside it cannot both stand.
    The spans chosen are kept sorted, so each candidate is checked against its two neighbours only."""
    starts: list[int] = []
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect.bisect_left(starts, mention.start)
        if (i > 0 and chosen[i - 1].end > mention.start) or (
            i < len(chosen) and chosen[i].start < mention.end
        ):
            continue
        starts.insert(i, mention.start)
        chosen.insert(i, mention)
    return chosen


def fraction_percent(numerator: int, denominator: int) -> Decimal | None:
    """3/4 → 75; a fraction that is no exact percentage (1/3) → None."""
    value = Decimal(100 * numerator) / Decimal(denominator)
    return (
        value if value * denominator == 100 * numerator and value == value.quantize(Decimal("0.01")) else None
    )
