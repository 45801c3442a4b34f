"""Size bands: "总投资超过50亿元（含50亿元）的项目", "百亿级项目", "projects worth over 5 billion yuan each".

The amount in a band is a threshold, not a figure: "总投资超过50亿元（含50亿元）的项目20个" is a count of
20 in the band, and the 50亿 is consumed here so that it is never read as a total investment.

Labels, one spelling for every band (amounts in 亿元, no trailing zeros):
- "≥50亿元"   a lower bound: 以上 / 及以上 / 超过 / 逾 / 不低于 / （含…）/ 级 / over / more than / or more;
             releases use 超过 and 以上 loosely for "at least", so both read as ≥;
- "<10亿元"   an upper bound: 以下 / 以内 / 不足 / 低于 / under / less than / below;
- "10–50亿元" a range: 10亿元至50亿元 / between 1 and 5 billion yuan.

An English amount that could be a band or a total ("projects worth over 10 billion yuan", no "each",
no "total") is marked `unclear_band`: the sentence is then read as ambiguous, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from etl.announcements.numbers import ARABIC, EN_SCALES_WAN, ZH_MONEY_UNITS, number_value, yi_label

if TYPE_CHECKING:
    from etl.announcements.scopes import Marker

_NUM = rf"(?:{ARABIC}|[一二两三四五六七八九十百千]+)"
_UNIT = r"(?:万亿元|万亿|亿元|亿|万元)"
_LEAD = r"(?:(?:总投资额?|投资总额|投资额|投资规模|单体投资额?|单个项目投资额?|投资)\s*(?:在|均|达)?\s*)?"
_TAIL = r"(?:的)?(?:重大|重点)?(?:建设)?(?:项目|工程)"
# A bound's amount may also describe projects named after it ("总投资超过50亿元的有10个项目", "投资额达10亿元
# 以上的工业项目45宗"): the phrase ends at 的, and what follows it keeps its own scope.
_BOUND_TAIL = rf"(?:{_TAIL}|的(?=(?:就|也|还)?(?:有|共有|共|达)?\s*[\d一二两三四五六七八九十])|的(?=[\u4e00-\u9fff]{{1,6}}(?:项目|工程)))"
_ZH_RANGE = re.compile(
    rf"{_LEAD}(?P<lo>{_NUM})\s*(?P<lo_unit>{_UNIT})?\s*(?:至|到|-|—|~|～)\s*(?P<hi>{_NUM})\s*(?P<unit>{_UNIT})"
    rf"(?:之间)?(?:[(（][^)）]{{0,16}}[)）])?{_TAIL}"
)
_ZH_BOUND = re.compile(
    rf"{_LEAD}(?P<pre>超过|超出|超|逾|达到|不低于|不少于|高于|大于|过|不足|低于|少于|小于)?\s*(?P<num>{_NUM})\s*"
    rf"(?P<unit>{_UNIT})(?P<incl>[(（]含[^)）]{{0,12}}[)）])?(?P<post>及以上|或以上|以上|级|以下|以内)?"
    rf"(?:[(（]不含(?P<below>{_NUM})\s*(?P<below_unit>{_UNIT})(?:级|以上|及以上)?(?:项目)?[)）])?{_BOUND_TAIL}"
)
_ZH_ONE_YI = re.compile(
    rf"{_LEAD}(?:(?<![\d一二两三四五六七八九十百千万])亿元(?:及)?以上|(?:超|超过|过|逾)亿元(?:及以上|以上)?){_TAIL}"
)
_UPPER_WORDS = ("不足", "低于", "少于", "小于", "以下", "以内")


def _zh_amount(num: str, unit: str) -> Decimal | None:
    value = number_value(num)
    return None if value is None else value * ZH_MONEY_UNITS[unit]


def _band(lower: Decimal | None, upper: Decimal | None) -> str:
    if lower is not None and upper is not None:
        return f"{yi_label(lower)}–{yi_label(upper)}亿元"
    if upper is not None:
        return f"<{yi_label(upper)}亿元"
    return f"≥{yi_label(lower or Decimal(0))}亿元"


def zh_bands(text: str, start: int, end: int) -> list[Marker]:
    """Size-band phrases in a Chinese sentence; each marker spans the phrase up to its 项目."""
    from etl.announcements.scopes import Marker

    piece = text[start:end]
    found: list[Marker] = []
    for m in _ZH_RANGE.finditer(piece):
        unit = m.group("unit")
        lo, hi = _zh_amount(m.group("lo"), m.group("lo_unit") or unit), _zh_amount(m.group("hi"), unit)
        if lo is not None and hi is not None:
            found.append(Marker("size_band", _band(lo, hi), start + m.start(), start + m.end()))
    for m in _ZH_BOUND.finditer(piece):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if not (pre or post or m.group("incl")):
            continue  # "总投资3295.3亿元的项目" describes the batch, it is no band
        amount = _zh_amount(m.group("num"), m.group("unit"))
        if amount is None:
            continue
        upper = pre in _UPPER_WORDS or post in _UPPER_WORDS
        below = _zh_amount(m.group("below"), m.group("below_unit")) if m.group("below") else None
        # "30亿元以上（不含百亿级）": a lower bound, with the band above it left out, is a range
        label = _band(None, amount) if upper else _band(amount, below)
        found.append(Marker("size_band", label, start + m.start(), start + m.end()))
    for m in _ZH_ONE_YI.finditer(piece):
        found.append(Marker("size_band", "≥1亿元", start + m.start(), start + m.end()))
    return found


_EN_AMOUNT = re.compile(
    rf"(?:(?:RMB|CNY)\s?)?(?P<num>{ARABIC})\s*(?P<scale>trillion|hundred\s+million|billion|million)?[\s-]*"
    rf"(?:yuan|RMB|CNY)(?P<plus>-plus|-level|\s+level)?",
    re.I,
)
_EN_PRE = re.compile(
    r"(?P<pre>over|more\s+than|above|at\s+least|exceeding|no\s+less\s+than|in\s+excess\s+of|under|less\s+than|below)\s*$",
    re.I,
)
_EN_EACH_BEFORE = re.compile(
    r"\b(?:each|individual(?:ly)?|single)\b(?:\s+\w+){0,6}\s*$|\bprojects?\s+(?:(?:are|were|is)\s+)?(?:of|at\s+the)\s+(?:over\s+|more\s+than\s+)?$",
    re.I,
)
_EN_EACH_AFTER = re.compile(
    r"^\s*(?P<post>each|apiece|or\s+more|or\s+above|and\s+above|per\s+project|individually)\b", re.I
)
_EN_BETWEEN = re.compile(
    rf"between\s+(?:RMB\s?)?(?P<lo>{ARABIC})\s*(?P<lo_scale>billion|million)?(?:\s+yuan)?\s+and\s*$", re.I
)
_EN_WEAK = re.compile(
    r"\bprojects?\s+(?:\w+\s+){0,2}?(?:worth|valued\s+at|with\s+(?:an?\s+)?investments?\s+of|of|exceeding|above|over)\s*"
    r"(?:over|more\s+than|above|at\s+least|exceeding)?\s*$",
    re.I,
)


_EN_TOTAL_WORD = re.compile(
    r"\b(?:total|overall)(?:\s+planned)?\s+investments?\b|\btotal(?:l?ing|l?ed)\b|\bcombined\b|\baggregate\b",
    re.I,
)
# "460 projects worth over 680 billion yuan": counted projects and their worth — a total, not a band.
_EN_COUNTED = re.compile(
    rf"(?:{ARABIC}|thousand|hundred)\s+(?:[A-Za-z'-]+\s+){{0,3}}projects?\s+(?:\w+\s+){{0,2}}?"
    r"(?:worth|valued\s+at|with\s+(?:an?\s+)?investments?\s+of|of|exceeding|above|over)\s*$",
    re.I,
)


# "Among the 158 industrial projects, 32 have a total investment of more than 2 billion yuan, and the total
# investment exceeds 133 billion yuan": a count whose projects each pass a bound, then their own total.
_EN_COUNT_HAS = re.compile(
    rf"(?:{ARABIC}|\b[a-z]+-?[a-z]*)\s+(?:[A-Za-z'-]+\s+){{0,3}}?(?:have|has|with|each\s+with)\s+(?:an?\s+)?"
    r"(?:total\s+)?investments?\s+(?:of\s+)?$",
    re.I,
)
_EN_TOTAL_AFTER = re.compile(r"[^.;]{0,40}?\btotal(?:\s+investment)?\b[^.;]{0,30}?\d", re.I)


def _en_wan(num: str, scale: str | None) -> Decimal:
    return Decimal(num.replace(",", "")) * EN_SCALES_WAN[re.sub(r"\s+", " ", (scale or "").lower())]


def _en_band(piece: str, m: re.Match[str]) -> tuple[str | None, int, int] | None:
    """(label, start, end) when the amount at m is a band threshold; label None when it may be one."""
    before, after = piece[max(0, m.start() - 80) : m.start()], piece[m.end() : m.end() + 30]
    amount = _en_wan(m.group("num"), m.group("scale"))
    between = _EN_BETWEEN.search(before)
    if between:
        lower = _en_wan(between.group("lo"), between.group("lo_scale") or m.group("scale"))
        return _band(lower, amount), m.start() - (len(before) - between.start()), m.end()
    pre, post = _EN_PRE.search(before), _EN_EACH_AFTER.match(after)
    post_word = re.sub(r"\s+", " ", post.group("post").lower()) if post else ""
    upper = bool(pre) and re.sub(r"\s+", " ", pre.group("pre").lower()) in ("under", "less than", "below")
    bound = bool(pre) or post_word in ("or more", "or above", "and above") or bool(m.group("plus"))
    each = post_word in ("each", "apiece", "per project", "individually") or bool(
        _EN_EACH_BEFORE.search(before)
    )
    each_before = _EN_EACH_BEFORE.search(before)
    lead = each_before.start() if each_before else pre.start() if pre else len(before)
    start, end = m.start() - (len(before) - lead), m.end() + (post.end() if post else 0)
    label = _band(None, amount) if upper else _band(amount, None)
    counted = _EN_COUNTED.search(before[: pre.start()] if pre else before)
    or_more = post_word.startswith(("or", "and")) and not _EN_TOTAL_WORD.search(before)
    if bound and (each or m.group("plus") or or_more):
        return label, start, end
    # "32 have a total investment of more than 2 billion yuan, and the total … exceeds …": each passes the bound
    if (
        pre
        and not upper
        and _EN_COUNT_HAS.search(before[: pre.start()])
        and _EN_TOTAL_AFTER.search(piece, m.end())
    ):
        return label, start, end
    weak = pre and not upper and _EN_WEAK.search(before[: pre.start()]) and not _EN_TOTAL_WORD.search(before)
    if each or (weak and not counted):
        return None, start, end
    return None


def en_bands(text: str, start: int, end: int) -> list[Marker]:
    """Size-band phrases in an English sentence (and `unclear_band` markers where band and total mix)."""
    from etl.announcements.scopes import Marker

    piece = text[start:end]
    found: list[Marker] = []
    for m in _EN_AMOUNT.finditer(piece):
        band = _en_band(piece, m)
        if band is None:
            continue
        label, b_start, b_end = band
        kind = "size_band" if label else "unclear_band"
        found.append(Marker(kind, label, start + b_start, start + b_end))
    return found
