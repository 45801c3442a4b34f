"""The words that say what a figure is: its kind (total / planned for the year / not ours), its event.

Kept apart from the rules that use them so that a new phrasing is one line here, not a new rule.
"""

from __future__ import annotations

import re

from etl.announcements.places import CITIES
from etl.rules.places import OTHER_MAINLAND_PROVINCES

# ---- what an amount is -------------------------------------------------------------------------
# Chinese: the keyword written before the amount ("总投资约3295.3亿元", "2023年度计划投资约535.6亿元").
ZH_ANNUAL = (
    r"(?:\d{4}年度?|今年|当年|本年度?|全年|年内|年度)(?:计划(?:完成)?)?投资(?:计划)?(?:额|金额)?"
    r"|计划(?:年内|今年|当年|全年)完成投资|年度投资计划|年度计划投资额?|年计划投资|计划年度投资"
)
# 计划投资 without a year is neither: "计划投资50亿元" may be a year's plan or a project's whole budget.
ZH_PLANNED = r"计划投资"
ZH_TOTAL = (
    r"计划投资总额|计划投资额|计划总投资|总投资额|总投资|投资总额|投资总规模|投资规模|总规模|总金额|合计投资|总计投资"
    r"|签约(?:总)?金额|签约总额|协议(?:总)?投资额?|合同(?:总)?金额|合同投资额|意向(?:投资)?金额|意向投资额?|总值"
)
ZH_TOTAL_PLAIN = r"投资额|投资"  # after 计划投资 has had its chance
# Amounts that are not what an announcement lists: progress, induced investment, output, revenue.
ZH_OTHER = (
    r"累计完成投资|已完成投资|完成投资|累计完成|带动投资|带动|拉动|撬动|吸引投资|到位资金|新增投资"
    r"|产值|营业收入|营收|税收|增加值|销售额|GDP|生产总值|利润|补贴|奖励|融资|贷款|授信|平均(?:投资)?(?:规模|额)?|单个项目"
    r"|捐助|捐赠|捐款|帮扶资金|援助资金"
)
ZH_AMOUNT_KEYWORD = re.compile(
    rf"(?P<other>{ZH_OTHER})|(?P<annual>{ZH_ANNUAL})|(?P<total>{ZH_TOTAL})|(?P<planned>{ZH_PLANNED})"
    rf"|(?P<total_plain>{ZH_TOTAL_PLAIN})"
)
# What may stand between a keyword and its amount: 总投资约3295.3亿元, 投资总额达, 总投资为.
ZH_KEYWORD_GAP = re.compile(
    r"^(?:约为|约合|约|大约|共计|合计|总计|共|达到|达|为|是|超过|超出|超|逾|近|将近|接近|突破|高达|计|有|了|\s)*$"
)

# English: before the amount ("a total investment of about …"), or around it ("… to be invested in 2023").
EN_ANNUAL = (
    r"annual\s+(?:planned\s+)?investment(?:\s+plan)?|(?:this|the)\s+year'?s\s+(?:planned\s+)?investment"
    r"|planned\s+(?:annual\s+)?investment\s+(?:for|in)\s+(?:this\s+year|the\s+year|\d{4})"
    r"|investment\s+planned\s+for\s+(?:this\s+year|the\s+year|\d{4})"
)
# "planned investment" alone is the year's plan only when a year follows the amount ("… for 2023").
EN_PLANNED = r"planned\s+investments?|investment\s+plan"
# After an amount: "53.56 billion yuan (is) planned / to be invested this year / for 2023".
EN_ANNUAL_AFTER = re.compile(  # used with .match(text, pos): no ^, which would not match at pos
    r"\s*(?:\([^)]*\)\s*)?(?:(?:of\s+)?annual\s+(?:planned\s+)?investment\b|"
    r"(?:of\s+which\s+)?(?:(?:is|are|will\s+be|to\s+be|has\s+been|have\s+been)\s+)?"
    r"(?:planned|invested|scheduled|earmarked|budgeted|allocated|set\s+aside|(?<=will\sbe\s)completed|spent)"
    r"(?:\s+to\s+be\s+invested)?\s+(?:for|in|during|this|through)\s*(?:this\s+year|the\s+year|year|\d{4})\b)",
    re.I,
)
EN_YEAR_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:for|in|during)\s+(?:this\s+year|the\s+year|\d{4})|this\s+year)\b", re.I
)
EN_TOTAL = (
    r"(?:total|overall)(?:\s+planned)?\s+investments?|investments?\s+total(?:ing|ling)?|combined\s+investment"
    r"|aggregate\s+investment|(?:total\s+|combined\s+)?cost(?:s|ing)?(?:\s+of)?|total(?:s|ing|ling|led|ed)?|a\s+total\s+of|worth|valued\s+at|investments?\s+of"
    r"|invest(?:ing|ed|s)?|spend(?:s|ing)?|allocat(?:e|es|ing)|involv(?:e|es|ing)|account(?:s|ed|ing)?\s+for|with"
)
# An amount a publisher "will invest / spend / allocate" is this year's plan when the sentence names the
# year, and may be either (the year's plan or the whole budget) when it does not.
EN_FUTURE_SPENDING = re.compile(
    r"\b(?:will|plans?\s+to|is\s+to|are\s+to)\s+(?:\w+\s+){0,2}?(?:invest|spend|allocate)\b",
    re.I,
)
# After an amount, the same: "526.1 billion yuan is expected to be invested in the projects".
EN_SPENT_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:is|are|will\s+be)\s+(?:(?:expected|scheduled|set|due|planned)\s+to\s+be\s+)?"
    r"(?:invested|spent|allocated)\b",
    re.I,
)
EN_THIS_YEAR = re.compile(
    r"\b(?:this\s+year|(?:in|for|during)\s+20\d\d|(?:through|throughout|within|for|during)\s+the\s+year)\b",
    re.I,
)
EN_OTHER = (
    r"completed\s+investment|investment\s+completed|(?:has|have|had)\s+completed|(?:drive|drives|driving|drove)"
    r"|(?:attract|attracted|attracting)|output|revenue|tax|GDP|subsid(?:y|ies)|loans?|credit|financing|funds?\s+raised"
)
EN_AMOUNT_KEYWORD = re.compile(
    rf"(?P<other>\b(?:{EN_OTHER})\b)|(?P<annual>\b(?:{EN_ANNUAL})\b)|(?P<planned>\b(?:{EN_PLANNED})\b)"
    rf"|(?P<total>\b(?:{EN_TOTAL})\b)",
    re.I,
)
EN_KEYWORD_GAP = re.compile(
    r"^(?:of|about|approximately|around|roughly|some|nearly|almost|close\s+to|over|more\s+than|above|exceeding|"
    r"in\s+excess\s+of|at\s+least|is|are|was|were|reached|reaching|hit|stood\s+at|amounts?\s+to|amounting\s+to|"
    r"an?|the|estimated|planned|expected|overall|:|,|RMB|CNY|\s)*$",
    re.I,
)

# ---- what the figure counts: the event -------------------------------------------------------------
ZH_EVENTS = [
    (
        "groundbreaking_and_signing",
        r"开工(?:暨|和|及|与|、|并|、集中)?签约|签约(?:暨|和|及|与|、|并)?开工|开竣工",
    ),
    # "建成后预计年产值…", "投产后": what a project will do once built, no event of the batch.
    ("production", r"(?:建成投产|竣工投产|投产|投入使用|建成投用|投用|达产)(?!后)"),
    ("completion", r"(?:竣工|完工|建成)(?!后|投产|投用)"),
    ("groundbreaking", r"新开工|开工|动工|开建|奠基"),
    ("signing", r"签约|签订|签署"),
]
EN_EVENTS = [
    (
        "groundbreaking_and_signing",
        r"(?:started|begun|broken\s+ground)\s+(?:construction\s+)?or\s+(?:been\s+)?signed"
        r"|(?:started|launched)\s+or\s+signed|groundbreaking\s+(?:and|or)\s+signing",
    ),
    (
        "production",
        r"put\s+into\s+(?:operation|production|use|service)|went\s+into\s+(?:operation|production)"
        r"|commissioned|came\s+on\s+stream",
    ),
    ("completion", r"(?:were|was|been)\s+completed|completion"),
    (
        "groundbreaking",
        r"(?:broke|break|breaks|breaking)\s+ground|groundbreaking|(?:start|started|starts|starting|began|begin|begins"
        r"|commenced|commence|commences|kicked\s+off|kick\s+off|kicks\s+off|launched|launch|launches)"
        r"\s+(?:the\s+)?construction|construction\s+(?:started|began|kicked\s+off|commenced)"
        r"|construction\s+of\b(?=[^.;]*\b(?:started|began|kicked\s+off|commenced|got\s+underway)\b)"
        # "started 85 major projects": a start of projects is a groundbreaking ("launched" is not: it may be signing)
        r"|(?:start|started|starts|starting|began|begun|kick(?:s|ed)?\s+off)\b(?=(?:\s+(?:work\s+on|on))?(?:\s+[\w,'-]+){0,4}?\s+projects?\b)"
        # "63 projects … have started (intensively)", "51 projects were started in Longgang"
        r"|\b(?:have|has|had|were|was)\s+(?:all\s+)?(?:been\s+)?started\b",
    ),
    ("signing", r"signed|signing|inked"),
]
_ZH_EVENT_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in ZH_EVENTS))
_EN_EVENT_RE = re.compile("|".join(rf"(?P<{name}>\b(?:{rx})\b)" for name, rx in EN_EVENTS), re.I)


def event_marks(text: str, start: int, end: int, language: str) -> list[tuple[int, int, str]]:
    """(start, end, event) of every event word in text[start:end]."""
    pattern = _ZH_EVENT_RE if language == "zh" else _EN_EVENT_RE
    return [
        (start + m.start(), start + m.end(), m.lastgroup or "") for m in pattern.finditer(text[start:end])
    ]


# ---- figures that are not the batch's ----------------------------------------------------------------
# A cue in a clause makes its figures, and those of the clauses after it in the sentence, none of the
# batch's, until a clause names the batch again: a target (力争…), a result so far (今年以来 / 累计 /
# 1-10月), an earlier period (去年). Kept apart so that a new phrasing is one line here.
ZH_NOT_BATCH = [
    (
        "a target",
        r"力争|争取|力促|确保|冲刺|奋力|努力|下一步|接下来|将再|还将|目标|计划到|计划全年|预计(?:到|全年|今年|年内)|到20\d\d年|有望|将达到?|将突破|将超过",
    ),
    (
        "a result so far",
        r"(?<!史)以来|今年来(?!自)|至今|迄今|到目前|目前为止|目前已|截至|截止(?:到|至|目前)|(?:1|一)\s*(?:-|—|–|~|至|到)\s*(?:\d{1,2}|[二三四五六七八九十]{1,2})\s*月"
        r"|(?:1|一)月份?\s*(?:-|—|–|~|至|到)\s*(?:\d{1,2}|[二三四五六七八九十]{1,2})月|前[一二三]季度|前\d+个月|(?:上半年|全年|今年|本年度?|年内)累计|累计完成|累积|(?<![一二三四]季度)(?<!第)(?:今年)?上半年(?=[，,]|$)|已完成|(?<!计划)(?<!年内)(?<!今年)完成投资|完成年度|实际(?:已)?开工|开工率|完成率|进度",
    ),
    # The largest of the batch's projects singled out (not 投资额最大的为…: a field may follow): its amount is one
    # project's, never the batch's.
    (
        "one project: the largest of them",
        r"投资(?:规模|额|金额)?最大的(?![为是])[^，。；]{0,20}项目|单体投资最大|最大的?(?:单体|单个)项目",
    ),
    # A quota of projects per period (每季度签约10个以上…) is a rate the place sets itself, never one batch's figure.
    ("a quota per period", r"每(?:个)?(?:月|季度?|年|周|半年)[^，。；\d]{0,12}\d+个"),
    (
        "new starts planned for the year, a stage of the year's plan",
        r"(?<!本次)(?<!此次)计划(?:新)?开工|计划[^，。；、续]{0,8}?新开工",
    ),
    (
        "an earlier period",
        r"去年|上年(?!度计划)|上一年|前年|过去\S{0,3}年|十三五|“十三五”|此前|上(?:个|一)?(?:月|季度|批|周|轮)(?!度)"
        r"|前(?:[两三四五六七八九十]|\d+)个?(?:季度|月)",
    ),
    (
        "a period of several years",
        r"十[一二三四五六]五”?(?:时期|期间|规划)|今后五年|五年(?:内|间)|(?:未来|今后)[一二两三四五六七八九十\d]+年",
    ),
    (
        "another event",
        r"(?:同日|同一天|同天|当日下午|另外|此外|与此同时)[，,]?[^，。]{0,30}(?:举行|举办|召开)",
    ),
    (
        "another list: projects still being prepared",
        r"预备项目|前期项目|前期预备|储备项目|前期工作项目|谋划项目",
    ),
    # A city's government investment plan, or its budget's money (市级财政今年安排…), is a list of its own beside
    # its major projects' plan.
    (
        "another list: the government's investment plan",
        r"安排(?:市|区|县|省)?(?:本级)?政府投资(?:工程|建设)?项目|本级政府投资|财政[^，。；]{0,8}(?:安排|投入|预算|资金)",
    ),
]
EN_NOT_BATCH = [
    (
        "one project: the largest of them",
        r"\b(?:largest|biggest)\s+(?:single\s+)?(?:of\s+(?:them|these|the\s+\w+)|project|investment|one|among)\b",
    ),
    (
        "a target",
        r"\b(?:aims?\s+to|aiming\s+to|target(?:s|ed)?|goal|strive|striving|is\s+set\s+to|expects?\s+to|expected\s+to\s+(?:reach|exceed|surpass|top)"
        r"|will\s+(?:exceed|surpass|top)|by\s+20\d\d|by\s+the\s+end\s+of\s+(?:the|this)\s+year"
        r"|(?:are|is)\s+expected\s+to\s+(?:break\s+ground|start|begin|be\s+signed)|\d+\s+more\s+(?:\w+\s+)?projects)\b",
    ),
    (
        "a result so far",
        r"\b(?:so\s+far|since\s+the\s+(?:beginning|start)\s+of|year[\s-]to[\s-]date|in\s+the\s+first\s+\w+\s+months"
        r"|as\s+of\s+(?:the\s+end\s+of|now|today|\w+\s+\d)|from\s+January\s+to|between\s+January\s+and|in\s+the\s+first\s+(?:half|three\s+quarters)\s+of\s+(?:the|this)\s+year|January\s*(?:-|–|—|through|to)\s*(?:February|March|April|May|June|July|August|September|October|November|December)|(?:has|have|had)\s+(?:been\s+)?completed|completed\s+investment"
        r"|cumulative(?:ly)?|accumulated|to\s+date|up\s+to\s+(?:now|this\s+point)|thus\s+far|statistics\s+(?:show|indicate)|(?:since|(?:up\s+)?(?:until|till))\s+"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d|now))\b",
    ),
    (
        "an earlier period",
        r"\b(?:last\s+(?:year|month|week|quarter)|a\s+(?:year|month)\s+earlier|previous\s+(?:year|batch|round|quarter)"
        r"|earlier\s+this\s+(?:year|month|week)|the\s+13th\s+Five-Year)\b",
    ),
    (
        "a period of several years",
        r"\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?:two|three|four|five|six|seven|eight|nine|ten"
        r"|several|few|\d+)\s+years\b",
    ),
    (
        "another event",
        r"\b(?:on\s+the\s+same\s+day|meanwhile|separately)\b[^.;]{0,60}\b(?:held|hosted|staged)\b"
        r"|\bon\s+the\s+same\s+day\b[^.;]{0,60}\b(?:started|launched|kicked\s+off|broke\s+ground|signed)\b",
    ),
    (
        "another list: projects still being prepared",
        r"\b(?:preparatory|pre-construction|reserve|potential|prospective)\s+(?:\w+\s+)?projects?\b",
    ),
]
# Another event ("同日，X区举行…活动") is told over the sentence so far: its time and its place sit in clauses
# of their own. Every other cue is looked for in the clause.
_OVER_THE_SENTENCE = {"another event"}
_ZH_NOT_BATCH = [(why, re.compile(rx), why in _OVER_THE_SENTENCE) for why, rx in ZH_NOT_BATCH]
_EN_NOT_BATCH = [(why, re.compile(rx, re.I), why in _OVER_THE_SENTENCE) for why, rx in EN_NOT_BATCH]
_ZH_YEAR = re.compile(r"(?<!\d)(20\d\d)年(?!度计划|计划)")
_EN_YEAR = re.compile(r"\b(?:in|for|during|of)\s+(20\d\d)\b", re.I)


_EN_PURPOSE_BEFORE = re.compile(r"\bas\s+(?:[\w'-]+\s+){0,3}$", re.I)


def not_batch_cue(
    text: str, start: int, end: int, language: str, year: int | None, sentence_start: int | None = None
) -> str | None:
    """Why the figures of text[start:end] are not the batch's (a target, a result so far, an earlier
    period or year, another event, a list still being prepared), or None. `year`: the release's year,
    when known; `sentence_start`: where the sentence begins, for the cues told over it."""
    cues = _ZH_NOT_BATCH if language == "zh" else _EN_NOT_BATCH
    for why, pattern, over_sentence in cues:
        begin = sentence_start if over_sentence and sentence_start is not None else start
        m = pattern.search(text, begin, end)
        if m and language == "en" and _EN_PURPOSE_BEFORE.search(text, max(begin, m.start() - 40), m.start()):
            m = None  # "… projects have been scheduled, as the city aims to build itself as a hub": a reason
        if m:
            return f"{why} ({m.group(0).strip()})"
    if year:
        m = (_ZH_YEAR if language == "zh" else _EN_YEAR).search(text, start, end)
        if m and int(m.group(1)) < year:
            return f"an earlier year ({m.group(1)})"
    return None


# A sentence that runs through several dates, each opening a clause ("1月，某镇…签约…；2月，某街道…开工…"), is a
# chronicle of several events, none of them the batch's.
_ZH_DATE_OPENER = re.compile(
    r"(?:^|(?<=[，,；;。]))\s*(?:20\d\d年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"(?:(\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:上旬|中旬|下旬|初|底|中)?(?=[，,])"
)


def chronicle_cue(text: str, start: int, end: int, language: str) -> str | None:
    """Why text[start:end], a sentence, tells of several dates' events (two clauses or more that open on
    different dates), or None."""
    if language != "zh":
        return None
    dates = {m.group(0).strip() for m in _ZH_DATE_OPENER.finditer(text, start, end)}
    return f"several dates' events in one sentence ({'、'.join(sorted(dates))})" if len(dates) > 1 else None


def another_quarter(text: str, start: int, end: int, language: str, quarter: int | None) -> str | None:
    """Why text[start:end] opens on another quarter than the release's own ("一季度，全市集中开工项目95个" in a
    release about the third quarter's), or None; `quarter`: the release's, from its title, when it names one.
    Only a quarter that opens the clause sets its time ("签约额在一季度之后再次突破千亿" compares, and is the batch's)."""
    if quarter is None:
        return None
    lead = _ZH_QUARTER_LEAD if language == "zh" else _EN_QUARTER_LEAD
    m = lead.match(text, start, end)
    if m and quarter_of(m) != quarter:
        return f"another quarter than the release's ({m.group(0).strip()})"
    return None


def release_quarter(text: str, language: str) -> int | None:
    """The quarter a release's title names (第三季度 / "third quarter" / Q3), when it names one only."""
    named = {quarter_of(m) for m in (_ZH_QUARTER if language == "zh" else _EN_QUARTER).finditer(text)}
    return named.pop() if len(named) == 1 else None


def quarter_of(m: re.Match) -> int:
    word = next(g for g in m.groups() if g)
    return _QUARTER_NUMBERS.get(word.lower(), 0) or int(word)


_ZH_QUARTER = re.compile(r"(?<![前上下])第?([一二三四1-4])季度")
_EN_QUARTER = re.compile(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4]))\b", re.I)
_ZH_QUARTER_LEAD = re.compile(r"\s*(?:[今本]年|20\d\d年)?(?:在|于)?第?([一二三四1-4])季度")
_EN_QUARTER_LEAD = re.compile(
    r"\s*(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4]))\b",
    re.I,
)
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
                    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip


# In a city's release, the province's key projects located in the city are another list than the batch
# ("某年某市有N个项目列入省重点建设项目"): a sub-list of the provincial plan.
_ZH_PROVINCIAL_LIST = re.compile(
    r"(?<!市)省重点(?:建设)?(?:续建|新开工|新动工|在建|、)*项目|省级重点(?:建设)?项目|省重大项目"
    # "我市列入…重点建设项目N项": a place's entries in a list it does not own (one does not enter one's own list)
    r"|(?:我|本|全)[市区县镇](?:共有?)?(?:列入|纳入|入选)"
)
_EN_PROVINCIAL_LIST = re.compile(
    r"\b(?:Guangdong\s+)?provincial(?:-level)?\s+(?:(?:key|major|important|priority)\s+)*(?:construction\s+)?projects\b",
    re.I,
)


def provincial_list_cue(text: str, start: int, end: int, language: str) -> str | None:
    """Why a city release's clause speaks of another list: the province's key projects in the city, or a
    place's entries in a list of another level."""
    pattern = _ZH_PROVINCIAL_LIST if language == "zh" else _EN_PROVINCIAL_LIST
    m = pattern.search(text, start, end)
    return (
        f"another list: the province's key projects, or a place's entries in a list ({m.group(0)})"
        if m
        else None
    )


# A plan split by stage in one sentence ("续建项目192个；新开工项目58个，总投资625.18亿元；前期预备项目53个"): each
# stage is a part no stored scope names, so none of its figures is the batch's.
_ZH_STAGES_JOINED = re.compile(
    r"(?:新开工|新动工|续建|在建)(?:、|和|及|与)(?:新开工|新动工|续建|在建)(?:的)?(?:重点|重大)?(?:建设)?项目"
)
_ZH_STAGE = re.compile(r"新开工|新动工|续建|在建|前期|预备|储备|建成投产|投产|竣工")
# Stages only a plan has: with one of them the list is split by stage; without (新开工、竣工、投产) it names
# events, each its own part of the batch.
_PLAN_STAGES = {"续建", "在建", "前期", "预备", "储备", "continuing", "continued", "ongoing", "under construction",
                "preparatory"}  # fmt: skip
_EN_STAGE = re.compile(
    r"\b(?:new(?:ly)?[\s-]+(?:started|launched)|continu(?:ing|ed)|ongoing|under\s+construction|preparatory)\b",
    re.I,
)


def stage_cue(text: str, sentence, clause, language: str) -> str | None:
    """Why a clause's figures are a stage of a list split by stage in its sentence, or None."""
    pattern = _ZH_STAGE if language == "zh" else _EN_STAGE
    stages = {m.group(0).lower() for m in pattern.finditer(text, sentence.start, sentence.end)}
    here = pattern.search(text, clause.start, clause.end)
    if language == "zh" and _ZH_STAGES_JOINED.search(text, clause.start, clause.end):
        return None  # "重点续建、新开工项目N项": the stages together are the whole list
    if len(stages) >= 2 and here and stages & _PLAN_STAGES:
        return f"a stage of the list ({here.group(0)}), which no stored scope names"
    return None


# ---- what ties a figure to the batch (etl/announcements/ties.py) -------------------------------------
# This batch named again: 本次 / 这批 / "this batch", "this time" (a count said again, "these 17 projects",
# is tied by its value when the batch's count is 17, and is a part of it when not).
_ZH_THIS_BATCH = re.compile(r"本次|此次|这次|本批|这批|该批|此批|今次|是次|本轮")
_EN_THIS_BATCH = re.compile(r"\b(?:this\s+(?:batch|time|round)|the\s+batch)\b", re.I)
# "These projects" / 这些项目 point at projects named before: the batch's, or a few the release named. They tie
# as an event's verb does (the batch's own figures in the sentence), not a part of no whole.
_ZH_THESE_PROJECTS = re.compile(r"(?:这些|上述)(?:重点|重大)?(?:建设)?项目")
_EN_THESE_PROJECTS = re.compile(r"\b(?:these|those)\s+(?:[a-z-]+\s+){0,2}?projects\b", re.I)
# The occasion of the event (where and when its projects were started or signed), or the deals it made.
_ZH_OCCASION = re.compile(
    r"集中|现场|仪式|活动|大会|会上|推介会|招商会|洽谈会|签约会|交流会|论坛|博览会|当天|当日|今天|今日|昨天|昨日"
    r"|达成|敲定"
)
_EN_OCCASION = re.compile(
    r"\b(?:ceremony|event|conference|forum|fair|summit|expo|on[\s-]site|at\s+the\s+same\s+time|simultaneously"
    r"|on\s+the\s+same\s+day|today|this\s+morning|yesterday|collectively|intensively|centrali[sz]ed"
    r"|concentrated|(?:were|was)\s+reached|concluded\s+with)\b",
    re.I,
)
# The event's verb alone: it ties the batch's own figures, not a part of no whole (a project "was started").
_ZH_EVENT_VERB = re.compile(r"新开工|开工|动工|开建|启动|签约|签订|签署|竣工|投产")
_EN_EVENT_VERB = re.compile(
    r"\b(?:start(?:ed|s|ing)?|began|begun|launch(?:ed|es|ing)?|kick(?:ed|s)?\s+off|commenced?|broke\s+ground"
    r"|break(?:s|ing)?\s+ground|groundbreaking|sign(?:ed|ing)|inked|contracted)\b",
    re.I,
)
# The year's plan: this year (or the release's year) and a word of a plan or its list; or 年度计划 itself.
_ZH_PLAN_YEAR = re.compile(r"今年|本年度?|年内|全年|当年|(?<!\d)(20\d\d)年")
_ZH_PLAN = re.compile(r"安排|计划|铺排|列入|纳入|下达|重点(?:建设)?项目|重大(?:建设)?项目")
_ZH_YEARS_PLAN = re.compile(r"年度(?:投资)?计划|年计划投资|计划年度投资")
_EN_PLAN_YEAR = re.compile(r"\b(?:this\s+year|(20\d\d))\b", re.I)
_EN_PLAN = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|arrang(?:e|es|ed|ing)|list(?:s|ed)?|schedul(?:e|es|ed|ing)|implement(?:s|ed)?"
    r"|carry\s+forward|push\s+forward|(?:key|major)\s+(?:construction\s+)?projects|annual)\b",
    re.I,
)
_ZH_PLAN_WORD = re.compile(r"安排|计划|铺排|规划|列入|纳入|下达|清单")
_EN_PLAN_WORD = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|arrang(?:e|es|ed|ing)|list(?:s|ed)?|schedul(?:e|es|ed|ing))\b", re.I
)
# Words that open a clause by pointing back at what was counted before: 其中 / 这当中 / 这些项目中.
ZH_AMONG = r"(?:这|此)?(?:其中|当中)|(?:在)?(?:这些|上述|以上)(?:项目)?(?:中|当中)"
# A sentence that points back at the one before: 其中 / 这其中 / "N个重点项目中" / "Among those …".
_ZH_POINTS_BACK = re.compile(
    rf"\s*(?:{ZH_AMONG}|(?:在)?[^，。,]{{0,12}}?\d+(?:个|项|宗)[^，。,]{{0,10}}?项目中)"
)
_EN_POINTS_BACK = re.compile(r"\s*(?:among|of)\s+(?:them|these|those|which|(?:the\s+)?\d)", re.I)


def this_batch_named(text: str, language: str) -> str | None:
    """The words in `text` that name this batch again, if any."""
    m = (_ZH_THIS_BATCH if language == "zh" else _EN_THIS_BATCH).search(text)
    return m.group(0) if m else None


def another_province_opens(text: str, language: str) -> str | None:
    """The name of another province that opens a sentence ("浙江2024年推进…", "In Jiangsu, …"): a release that
    sets Guangdong beside other provinces gives their figures too, which are never Guangdong's batch's."""
    m = (_ZH_OTHER_PROVINCE if language == "zh" else _EN_OTHER_PROVINCE).match(text)
    return m.group(1) if m else None


# A date or a time word that may open a sentence before its place ("3月3日，浙江…", "On March 3, Hunan …").
_ZH_DATE_LEAD = r"(?:(?:20\d\d年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|当天)[上下]?午?[，,\s]*"
_OTHER_PROVINCES_ZH = "|".join(OTHER_MAINLAND_PROVINCES)
_ZH_OTHER_PROVINCE = re.compile(
    rf"[\s，,、；;：:）)]*(?:{_ZH_DATE_LEAD})?(?:而|同时|另外|此外|相比之下)?[，,]?\s*({_OTHER_PROVINCES_ZH})(?:省|市|自治区)?(?!路|街|大道|[\u4e00-\u9fff]*(?:公司|集团|企业|银行))"
)
_EN_OTHER_PROVINCE = re.compile(
    r"\W*(?:On\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?\s*,\s*)?"
    r"(?:(?:Meanwhile|Elsewhere|By\s+comparison|In\s+comparison)\s*,\s*)?(?:In\s+|Neighbo(?:u)?ring\s+)?"
    r"(Beijing|Tianjin|Hebei|Shanxi|Inner\s+Mongolia|Liaoning|Jilin|Heilongjiang|Shanghai|Jiangsu|Zhejiang|Anhui"
    r"|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|Guangxi|Hainan|Chongqing|Sichuan|Guizhou|Yunnan|Tibet|Shaanxi"
    r"|Gansu|Qinghai|Ningxia|Xinjiang)\b(?!\s+(?:Group|Company|Co\b|Bank))",
)


_ZH_GUANGDONG = re.compile("广东|粤|全省|我省|" + "|".join(CITIES))
_EN_GUANGDONG = re.compile(r"\b(?:Guangdong|" + "|".join(CITIES.values()) + r")\b")


def guangdong_named(text: str, language: str) -> bool:
    """Does `text` name Guangdong or one of its cities? After a sentence about another province, one that names
    none goes on about that province's event ("签约仪式上，9个项目…" after "浙江某区…签约仪式举行")."""
    return bool((_ZH_GUANGDONG if language == "zh" else _EN_GUANGDONG).search(text))


def occasion_named(text: str, language: str) -> str | None:
    """The words in `text` that name the occasion of an event (集中 / 仪式 / "ceremony", "today"), if any."""
    m = (_ZH_OCCASION if language == "zh" else _EN_OCCASION).search(text)
    return m.group(0) if m else None


def event_verb_named(text: str, language: str) -> str | None:
    """The verb of an event in `text` (开工 / 签约 / "started", "were signed"), if any."""
    m = (_ZH_EVENT_VERB if language == "zh" else _EN_EVENT_VERB).search(text)
    return m.group(0) if m else None


# What each event is made of: work started, deals signed, work finished (竣工 / 投产 alike).
EVENT_KINDS = {"groundbreaking": {"start"}, "signing": {"sign"}, "groundbreaking_and_signing": {"start", "sign"},
               "completion": {"finish"}, "production": {"finish"}}  # fmt: skip


def event_kinds(text: str, language: str) -> frozenset[str]:
    """The kinds of event (start / sign / finish) the event words of `text` tell of: 开工暨签约 is two."""
    return frozenset(
        k for _, _, e in event_marks(text, 0, len(text), language) for k in EVENT_KINDS.get(e, ())
    )


def these_projects_named(text: str, language: str) -> str | None:
    """'These projects' / 这些项目 in `text`, if said."""
    m = (_ZH_THESE_PROJECTS if language == "zh" else _EN_THESE_PROJECTS).search(text)
    return m.group(0) if m else None


def plan_named(text: str, language: str, year: int | None) -> str | None:
    """The plan word of a sentence that names this year's plan ("今年…安排", "has listed … for 2021",
    年度计划投资): a year (this year, or the release's) and a word of a plan or its list; else None."""
    if language == "zh" and (m := _ZH_YEARS_PLAN.search(text)):
        return m.group(0)
    return _with_this_year(text, language, year, _ZH_PLAN if language == "zh" else _EN_PLAN)


def years_list_named(text: str, language: str, year: int | None) -> str | None:
    """The word of a sentence that names a place's list of projects for this year ("今年全市安排重大项目…",
    "Dongguan has listed 300 key projects for 2024"): a year and a word of a list, not a word of an amount
    ("今年计划完成投资约N亿元" may be said of the batch's own projects); else None."""
    return _with_this_year(text, language, year, _ZH_LIST if language == "zh" else _EN_LIST)


def this_year_as_its_time(text: str, language: str, year: int | None) -> str | None:
    """The words that set a sentence in this year as a whole ("今年全市新引进…", "… this year"), not an amount's
    keyword (今年计划完成投资 / "to be invested this year"): in a release about an event, whose figures are a
    day's, a sentence set in the year speaks of the year's programme."""
    pattern = _ZH_YEAR_AS_TIME if language == "zh" else _EN_YEAR_AS_TIME
    for m in pattern.finditer(text):
        if not (m.group(1) and year is not None and int(m.group(1)) != year):
            return m.group(0)
    return None


_ZH_YEAR_AS_TIME = re.compile(
    r"(?:今年|全年|年内|(?<!\d)(20\d\d)年)(?!度|(?:计划|预计|将|要)?(?:完成|新增)?投资|计划)"
)
_EN_YEAR_AS_TIME = re.compile(
    r"(?<!invested\s)(?<!planned\s)(?<!spent\s)(?<!for\s)\b(?:this\s+year|in\s+(20\d\d))\b", re.I
)


def _with_this_year(text: str, language: str, year: int | None, words: re.Pattern) -> str | None:
    years = _ZH_PLAN_YEAR if language == "zh" else _EN_PLAN_YEAR
    this_year = [m for m in years.finditer(text) if not m.group(1) or year is None or int(m.group(1)) == year]
    plan = words.search(text)
    return plan.group(0) if this_year and plan else None


_ZH_LIST = re.compile(r"安排|铺排|列入|纳入|下达|重点(?:建设)?项目|重大(?:建设)?项目")
_EN_LIST = re.compile(
    r"\b(?:arrang(?:e|es|ed|ing)|list(?:s|ed)?|schedul(?:e|es|ed|ing)|(?:key|major)\s+(?:construction\s+)?projects)\b",
    re.I,
)


def plan_word_named(text: str, language: str) -> str | None:
    """A word of a plan or its list in `text` (安排 / 计划 / "plan", "listed"), if any."""
    m = (_ZH_PLAN_WORD if language == "zh" else _EN_PLAN_WORD).search(text)
    return m.group(0) if m else None


def points_back(text: str, language: str) -> bool:
    """Does `text` open by pointing back at the sentence before (其中 / "N个重点项目中" / "Among those …")?"""
    return bool((_ZH_POINTS_BACK if language == "zh" else _EN_POINTS_BACK).match(text))
