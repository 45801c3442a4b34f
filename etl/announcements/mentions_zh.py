"""Mentions in a Chinese sentence: 总投资约3295.3亿元, 266个, 460多个, 超千个, 占…的24.5%, 过半, 近六成."""

from __future__ import annotations

import re
from decimal import Decimal

from etl.announcements.mentions import Mention, fraction_percent, overlaps, without_overlaps
from etl.announcements.named import GENERIC
from etl.announcements.numbers import (
    ARABIC,
    CN_NUMERAL,
    QUANTITY_WORDS,
    ZH_AFTER_NUMBER,
    ZH_AFTER_UNIT,
    ZH_BEFORE_ROUND,
    ZH_MONEY_UNITS,
    chinese_value,
    combine,
    number_value,
    zh_qualifier_before,
)
from etl.announcements.scopes import Marker
from etl.announcements.sentences import Span

_MONEY = re.compile(
    rf"(?P<num>{ARABIC}|{CN_NUMERAL})\s*(?P<suffix>多|余)?\s*(?P<unit>万亿元|万亿|亿元|亿|万元|元)"
)
_COUNT = re.compile(
    rf"(?P<num>{ARABIC}|{CN_NUMERAL})\s*(?P<suffix>多|余)?\s*(?P<cls>个|项|宗)(?P<after>以上|左右|上下)?"
)
_QUANTITY_AFTER = re.compile(rf"^\s*(?:{QUANTITY_WORDS})")
_AFTER_UNIT = re.compile(r"^(?:" + "|".join(ZH_AFTER_UNIT) + ")")
# A Chinese numeral is a number only after a qualifier, a verb or punctuation: never inside a word (统一, 十四五).
_CN_LEAD = re.compile(r"(?:[^\u4e00-\u9fff]|[超近逾约过破上达为共计有资额模值是了和及与占、])$")
_VAGUE_LEAD = re.compile(r"(?:数|几|若干|第|每|各|这|那|某|单|逐)$")
# What may stand between a count and its 项目: "266个重大项目", "96个产业项目".
_PROJECT_NOUN = re.compile(
    r"^(?:的)?(?:重大|重点|新开工|开工|签约|集中|建设|市级|省级|市|省|新建|续建|在建|招商引资|投资|产业化|建成投产|投产"
    r"|竣工|建成|动工|启动|完工)*(?:项目|工程)"
)
# "126个经贸合作项目": projects described in words that name no field, place or project (named.GENERIC).
_DESCRIBED_PROJECTS = re.compile(r"(?P<words>[\u4e00-\u9fff]{1,6}?)(?:项目|工程)")


def _described_generically(rest: str) -> re.Match[str] | None:
    m = _DESCRIBED_PROJECTS.match(rest)
    return m if m and GENERIC.fullmatch(m.group("words")) else None


# After a bare count: the next count of a list ("12个、10个和9个"), or where it is ("46个位于龙岗区").
_COUNT_GOES_ON = re.compile(
    r"[和及与或]\s*\d|位于|分布在|分布于|落户|落地|集中在|属于|来自|均在|(?:均)?[为是](?=\S{0,12}(?:项目|工程))"
)
# Nouns a bare count may follow that are not projects: "涉及区域12个", "覆盖镇街20个".
_OTHER_NOUN = re.compile(
    r"(?:区域|城市|地市|镇街|街道|领域|行业|集群|企业|单位|园区|批次|片区|区县|县区|部门|地区|方面|家|人|岗位|学位|床位|车位)$"
)


def _qualifier(text: str, clause: Span, num_start: int, num: str) -> tuple[str | None, int]:
    """The qualifier just before a number and the offset where the figure's text starts."""
    before = text[clause.start : num_start]
    word, length = zh_qualifier_before(before)
    if word:
        return word, num_start - length
    if before[-1:] in ZH_BEFORE_ROUND and re.fullmatch(r"一?[十百千万]+", num):
        return ZH_BEFORE_ROUND[before[-1]], num_start - 1  # 上百个, 破千亿: a round number (not 会上二十个)
    return None, num_start


def _number_allowed(text: str, clause: Span, m: re.Match[str]) -> bool:
    before = text[clause.start : m.start()]
    if _VAGUE_LEAD.search(before):
        return False
    if re.fullmatch(ARABIC, m.group("num")):
        return True
    if re.search(r"[\d.]$", before):
        return False  # 1.2万个, 2.6万个: a multiplier after digits (jobs, school places), never a count of projects
    if _CN_LEAD.search(before) or not before:
        return True
    value = chinese_value(m.group("num"))  # 项目一千多个: a count of ten or more reads after any word
    if m.re is _COUNT and value is not None and value >= 2 and before.endswith(("的", "项目")):
        return True  # "本次集中动工的四个重点项目", "民生项目五个": a count after 的 or after its 项目 (not 一个)
    return m.re is _COUNT and value is not None and value >= 10


def _money(text: str, clause: Span, masked: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for m in _MONEY.finditer(text, clause.start, clause.end):
        start, end = m.start(), m.end()
        if overlaps(start, end, masked) or not _number_allowed(text, clause, m):
            continue
        unit = m.group("unit")
        if not unit.endswith("元") and _QUANTITY_AFTER.match(text[end : clause.end]):
            continue  # 1.2亿平方米, 3亿人次: a quantity
        if text[end : end + 1] == "/":
            continue  # a price: 5000元/平方米
        value = number_value(m.group("num"))
        if value is None:
            continue
        before_q, start = _qualifier(text, clause, m.start(), m.group("num"))
        after = _AFTER_UNIT.match(text[end : clause.end])
        after_q = ZH_AFTER_UNIT[after.group(0)] if after else None
        end += len(after.group(0)) if after else 0
        qualifier = combine(before_q, ZH_AFTER_NUMBER.get(m.group("suffix") or ""), after_q)
        found.append(Mention("money", start, end, value * ZH_MONEY_UNITS[unit], qualifier))
    return found


def _count_end(text: str, clause: Span, cls_end: int, markers: list[Marker]) -> int | None:
    """Where a count's text ends (after its 项目), or None when it counts something else (12个区)."""
    cursor = cls_end
    for marker in markers:  # "96个产业项目", "20个总投资超50亿元的项目": a marker between count and 项目
        if marker.start == cursor and marker.kind in ("sector", "funding", "district", "size_band"):
            cursor = marker.end
            if marker.kind == "size_band":
                return cursor
    rest = text[cursor : clause.end]
    noun = _PROJECT_NOUN.match(rest) or _described_generically(rest)
    if noun:
        return cursor + noun.end()
    if cursor == cls_end and (
        not rest or not re.match(r"[\u4e00-\u9fff]", rest) or _COUNT_GOES_ON.match(rest)
    ):
        return cls_end  # "为46个，" / "12个、10个和9个" / "96个属于产业领域": the count stands alone
    # "…等12个产业领域，…等8个民生领域项目": the list's last 项目 is said of every field
    if cursor > cls_end and rest.startswith("领域") and _FIELDS_THEN_PROJECTS.match(text, cursor + 2):
        return cursor + 2
    return None


_FIELDS_THEN_PROJECTS = re.compile(r"[，、；,;][^。；;]*?[个项宗][\u4e00-\u9fff]{1,8}领域(?:项目|工程)")


def _counts(text: str, clause: Span, markers: list[Marker], masked: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for m in _COUNT.finditer(text, clause.start, clause.end):
        if overlaps(m.start(), m.end(), masked) or not _number_allowed(text, clause, m):
            continue
        value = number_value(m.group("num"))
        qualifier_word, start = _qualifier(text, clause, m.start(), m.group("num"))
        after_projects = m.group("num") == "1" and text.endswith("项目", clause.start, m.start())
        if value is None or (value < 2 and not qualifier_word and not after_projects):
            continue  # 一个 / 一项: an article, not a count ("南澳县项目1个" is one)
        if text.startswith("百分点", m.end()):
            found.append(Mention("growth", start, m.end() + 3, reason="a change in percentage points"))
            continue
        end = _count_end(text, clause, m.end(), markers)
        before = text[clause.start : start]
        in_marker = any(mk.start < start <= mk.end for mk in markers)
        if end is None or (end == m.end() and _OTHER_NOUN.search(before) and not in_marker):
            continue
        after = ZH_AFTER_UNIT.get(m.group("after") or "")
        qualifier = combine(qualifier_word, ZH_AFTER_NUMBER.get(m.group("suffix") or ""), after)
        found.append(Mention("count", start, end, value, qualifier))
    return found


_PERCENT = re.compile(rf"(?P<num>{ARABIC})\s*%|百分之(?P<cn>[一二三四五六七八九十百]+)")
_CHENG = re.compile(
    r"(?<=[超近逾约占达的过将到中，,、：:])(?P<cn>[一二三四五六七八九]|\d)成(?![为功本立果交都员熟长效])"
)
_HALF = re.compile(r"(?P<half>一半|半数|过半|超半|逾半|近半)")
_FRACTION = re.compile(r"(?P<den>[二三四五六七八九十])分之(?P<numr>[一二三四五六七八九])")
_GROWTH = re.compile(
    r"增长|增速|同比|环比|较上年|比上年|较去年|比去年|提高|提升|下降|减少|增加|上升|回落|增幅|降幅|翻番"
)
_SHARE_CUE = re.compile(r"占|比重|比例|份额")
_BASE = re.compile(
    r"(?:全部|所有|本次|全市|全省)?(?:项目)?(?:总投资额?|投资总额|年度计划投资|计划投资|投资额?|总数|数量|个数)的$"
)
# The base just after a share: "一半的投资", "六成的项目".
_BASE_AFTER = re.compile(
    r"的(?:项目总数|项目数量|项目|总投资额?|投资总额|投资额?|年度计划投资|计划投资|资金)"
)
# The noun just before 占 / 占比: "总投资占比超过一半", "项目数量占…".
_PRE_CUE = re.compile(r"(?:年度计划投资|计划投资|总投资额?|投资总额|投资额?|项目数量|项目数|数量|个数)$")
_HALF_QUALIFIER = {"过半": "over", "超半": "over", "逾半": "over", "近半": "nearly"}


def _share_value(m: re.Match[str]) -> tuple[Decimal | None, str | None]:
    groups = m.groupdict()
    if groups.get("num"):
        return Decimal(groups["num"].replace(",", "")), None
    if groups.get("half"):
        return Decimal(50), _HALF_QUALIFIER.get(groups["half"])
    if groups.get("den"):
        den, numr = chinese_value(groups["den"]), chinese_value(groups["numr"])
        return (fraction_percent(int(numr), int(den)) if den and numr else None), None
    value = Decimal(groups["cn"]) if groups["cn"].isdigit() else chinese_value(groups["cn"])
    if value is not None and m.group(0).endswith("成"):
        value *= 10
    return value, None


def _share_of(base: str) -> str | None:
    if re.search(r"年度|年计划|今年|当年|\d{4}年", base) and "投资" in base:
        return "annual_plan"
    if re.search(r"投资|总额|金额|资金", base):
        return "total_investment"
    if re.search(r"项目|数量|个数|总数", base):
        return "projects"
    return None


def _share(text: str, clause: Span, m: re.Match[str], floor: int) -> Mention:
    """A percentage: a share (占… / …的一半), a growth rate, or unclear; with its base and qualifier."""
    ctx = text[floor : m.start()]
    value, built_in = _share_value(m)
    end = m.end()
    after = _AFTER_UNIT.match(text[end : clause.end])
    end += len(after.group(0)) if after else 0
    if _GROWTH.search(ctx):
        return Mention("growth", m.start(), end, reason="a growth rate")
    cue = min((c.start() for c in _SHARE_CUE.finditer(ctx)), default=None)  # 占项目总数的比重: from 占
    base_of = _BASE.search(ctx)
    after_base = _BASE_AFTER.match(text, end, clause.end)
    if cue is None and base_of is None and after_base and value is not None:  # 超过一半的投资来自社会资本
        word, length = zh_qualifier_before(text[clause.start : m.start()])
        qualifier = combine(word, built_in, ZH_AFTER_UNIT[after.group(0)] if after else None)
        share_of = _share_of(after_base.group(0))
        return Mention("share", m.start() - length, after_base.end(), value, qualifier, share_of=share_of)
    if cue is None and base_of is None:
        return Mention("unclear", m.start(), end, reason="a percentage that is not said to be a share")
    if value is None:
        return Mention("unclear", m.start(), end, reason="a fraction that is no exact percentage")
    start = floor + cue if cue is not None else floor + base_of.start()
    base = ctx[start - floor :]
    pre = _PRE_CUE.search(ctx[: start - floor]) if cue is not None else None
    subject, of = (_share_of(pre.group(0)) if pre else None), _share_of(base)
    if subject and of and subject != of:  # 年度计划投资占总投资的16.3%: a ratio, no scope's share
        return Mention(
            "unclear", m.start(), end, reason=f"a ratio of {subject} to {of}, not a share of a scope"
        )
    if pre and of is None:
        start, base = floor + pre.start(), ctx[pre.start() :]
    word, length = zh_qualifier_before(text[clause.start : start if cue is None else m.start()])
    if cue is None and word:
        start -= length
    qualifier = combine(word, built_in, ZH_AFTER_UNIT[after.group(0)] if after else None)
    return Mention("share", start, end, value, qualifier, share_of=_share_of(base))


# "数量占比和投资额占比均超六成": one value for two shares, of the count and of the investment.
_DUAL = re.compile(
    r"(?P<a>项目数量|数量|项目数|个数)(?:占比|比重)?(?:和|及|与|、)(?P<b>总投资额?|投资总额|投资额?|年度计划投资)"
    r"(?:占比|比重)(?:均|都|分别)?(?:为|达|约|超过?|逾|近|接近)*$"
)


def _dual(text: str, m: re.Match[str], floor: int) -> list[Mention] | None:
    dual = _DUAL.search(text, floor, m.start())
    if not dual:
        return None
    value, built_in = _share_value(m)
    word, _ = zh_qualifier_before(text[floor : m.start()])
    qualifier = combine(word, built_in)
    investment = "annual_plan" if dual.group("b").startswith("年度") else "total_investment"
    return [Mention("share", dual.start("a"), dual.end("a"), value, qualifier, share_of="projects"),
            Mention("share", dual.start("b"), m.end(), value, qualifier, share_of=investment)]  # fmt: skip


def _shares(text: str, clause: Span, taken: list[Mention], masked: list[tuple[int, int]]) -> list[Mention]:
    found = []
    for pattern in (_PERCENT, _CHENG, _HALF, _FRACTION):
        for m in pattern.finditer(text, clause.start, clause.end):
            if overlaps(m.start(), m.end(), masked):
                continue
            floor = max([clause.start, *(t.end for t in taken if t.end <= m.start())])
            found += _dual(text, m, floor) or [_share(text, clause, m, floor)]
    return found


def zh_mentions(text: str, clauses: list[Span], markers: list[Marker]) -> list[Mention]:
    """Every mention in a Chinese sentence, clause by clause, in order."""
    masked = [(mk.start, mk.end) for mk in markers if mk.kind in ("size_band", "unclear_band")]
    found: list[Mention] = []
    for clause in clauses:
        here = _money(text, clause, masked) + _counts(text, clause, markers, masked)
        here = without_overlaps(here)
        here += _shares(text, clause, here, masked + [(t.start, t.end) for t in here])
        found += without_overlaps(here)
    return found
