"""Single projects named in a sentence ("比亚迪全球研发中心项目", "the Shenzhen Bay project").

Their figures belong to no scope we store (a project is not a batch, a district or a sector), so a
figure that a named project governs makes its sentence ambiguous. A name is what is left before 项目
once the words any release puts there are taken away: 本次新开工的重大项目 is no name, 招商局前海总部项目
is one. In English a single "project" (not "projects") names one.
"""

from __future__ import annotations

import re

from etl.announcements import places
from etl.announcements.scopes import Marker, described_label
from etl.announcements.vocabulary import ZH_EVENTS

GENERIC = re.compile(
    r"(?:其中|其余|另有|此外|同时|以及|包括|涉及|共有|共计|合计|总计|本次|此次|这次|本批|这批|该批|此批|首批|本轮"
    r"|第[一二三四五六七八九十\d]+(?:批|季度|期)|[一二三四]季度|今年|当年|年度|全年|季度|上半年|下半年|全市|全区|全县|全省|我市|我省|各区|各县|各镇"
    r"|市重点|省重点|市级|省级|区级|现场|集中|新开工|开工|签约|竣工|投产|动工|开建|建设|重大|重点|新建|在建|已|的|和|及"
    r"|与|为|是|有|共|按|各类|各项|这些|上述|所有|全部|一批|批|了|个|项|宗|等|内|中|均|招商引资|招商|引资|类|领域|方面"
    r"|新|大|总|首|次|此|该|本|今天|当天|当日|活动|仪式|举行|成功|正式|将|拟|规模|以上|以下|年|月|日|市|省|区|县|镇|各"
    r"|参加|参与|纳入|列入|入选|储备|前期|一|其|这|那|些|上|共同|分别|均为|属于|来自|位于|涉及的|一大|多个"
    r"|举行|举办|召开|开展|组织|暨|启动|安排|拟安排|计划安排|落地|落子|推进|实施|谋划|入库|纳入|参与|具体|有关|相关"
    r"|增资扩产|增资|扩产|技改|技术改造|产业化|配套|招引|引进|动建|复工|续建|预备|储备|备选|主要|大型|在建|亿元|万元"
    r"|从|对|在|就|将|把|被|以|由|向|给|于|至|到|自|日前|近日|近期|当天|今天|昨天|昨日|上午|下午|仪式"
    r"|计划|公布|发布|印发|下达|建成|铺排|发改局|发改委|发展和改革局|发展改革局|人民政府|政府"
    r"|坚持|聚焦|围绕|狠抓|抓好|大抓|抓|突出|强化|加快|全力|项目|工程|经贸|合作|"
    + "|".join(rx for _, rx in ZH_EVENTS)  # every word read as an event's (签订, 投用 …) names no project
    + ")+"
)
# "综合交通领域项目", "城市建设类项目": a kind of projects, described; never a name.
_KIND_OF = re.compile(r"(?:领域|类|板块|方面|行业|产业|工程|系统)$")
# A single project has no count: a name followed by one ("高新区项目2个") names a kind of projects, a place
# (its last character says so) or else a category; a name made of words that describe a list (省属年度重点建设
# 项目9个) is a part of the list that no scope names, and stays a name (ambiguous).
_COUNTED = re.compile(
    r"(?:共|共有|有|达|为)?\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*[个项宗]"
)
_PLACE_END = re.compile(r"(?:区|县|镇|街道|园区|片区)$")
_DESCRIBING = re.compile(
    r"年度|重点|重大|建设|省属|市属|区属|省级|市级|开工|竣工|签约|投产|计划|新建|续建|在建|前期|预备|储备|招商|会集|集中"
)


def _without_lead(run: str) -> str:
    """'安排现代化基础设施' → '现代化基础设施': the verbs and words any release puts before a kind of projects."""
    lead = GENERIC.match(run)
    return run[lead.end() :] if lead and lead.end() < len(run) else run


def _category(name: str, start: int, end: int, text: str, quoted: bool = False) -> Marker:
    """A kind of projects: a place, a field under its label (a quoted programme's name as it is), else
    (投资项目17个: no field) a name, ambiguous."""
    if _PLACE_END.search(name):
        return Marker("district", name, start, end)
    label = described_label(name) or (name if quoted else None)
    return Marker("sector", label, start, end) if label else Marker("named", text[start:end], start, end)


_THE_PROJECT = re.compile(r"(?:计划|估算|预计)?总投资|计划投资|位于|占地|建成|预计|于20|总用地|建筑面积")
_SLOGAN_AFTER = re.compile(r"为王|建设年|攻坚年|是第一|就是|优先|带动|引领|兴市|强市")
_VENUE_AFTER = re.compile(r"现场|工地|施工现场|建设现场|所在地")
# "某某投资合作项目签约仪式在某地举行": the name of the occasion, whose projects are the batch; no single project.
_OCCASION_AFTER = re.compile(
    r"(?:集中|现场)?(?:签约|签订|开工|动工|开建|竣工|投产|推介|对接|洽谈|招商)"
    r"(?:暨[^，。；]{0,12}?)?(?:仪式|活动|大会|典礼|推介会|对接会|洽谈会)"
)
_COMPANY = re.compile(r"有限公司|股份公司|集团公司|集团(?!化)|公司")
_EN_SINGLE = re.compile(r"\b(?<!per\s)(?<!each\s)project\b(?![s-])", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# …or the verb that arranged or listed it ("初步安排市重点建设项目420个"): what follows a verb names the list.
_AFTER_THE_HOST = re.compile(
    r"举行|举办|召开|开展|签约|新开工|开工|动工|开建|竣工|投产|启动|安排|铺排|谋划|列入|纳入|确定|筛选|梳理|公布|印发|下达"
)
# "来自长三角项目9个": where the investors come from, which no stored scope holds (a name, ambiguous).
_FROM = re.compile(r"来自")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _zh_named(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Marker]:
    found = []
    for m in re.finditer("项目", text[start:end]):
        pos = start + m.start()
        if _inside(pos, taken):
            continue
        if pos > start and text[pos - 1] in "”」》\"'":
            opening = max(text.rfind(q, start, pos - 1) for q in "“「《\"'")
            name = text[opening + 1 : pos - 1] if opening >= start else ""
            if name and _COUNTED.match(text, pos + 2):  # "“百千万工程”项目10个": a kind of projects, counted
                found.append(_category(name, opening, pos + 2, text, quoted=True))
            else:
                found.append(Marker("named", text[max(start, pos - 12) : pos + 2], pos - 1, pos + 2))
            continue
        if not text[start:pos].strip() and _THE_PROJECT.match(text, pos + 2):
            found.append(
                Marker("named", "项目", pos, pos + 2)
            )  # "项目总投资8.10亿元，于今年7月开工": that project
            continue
        k = pos
        while k > start and _HAN.match(text[k - 1]) and not _inside(k - 1, taken):
            k -= 1
        run = places.without_places(text[k:pos])  # the venue, the city: no name
        run = run.rsplit("的", 1)[
            -1
        ]  # "纳入本次某某活动的新开工项目": what is before 的 describes, never names
        # "今日举行重大项目…", "初步安排…": who held it, when, how: no name
        run = _AFTER_THE_HOST.split(run)[-1]
        if run.endswith(("一个", "一项", "一宗")):
            found.append(Marker("named", text[k : pos + 2], k, pos + 2))  # "其中的一个项目": one project
            continue
        if _SLOGAN_AFTER.match(text, pos + 2):
            continue  # "坚持项目为王": a slogan, no project
        if _VENUE_AFTER.match(text, pos + 2):
            continue  # "在…项目现场举行": the ceremony's venue, not what its figures count
        if _OCCASION_AFTER.match(text, pos + 2):
            continue  # "…合作项目签约仪式": the occasion's name, not one project
        # a run ending in 工程 with no count after it is a project's name ("某某大桥工程项目"), not a kind
        kind = _KIND_OF.search(run) and not (run.endswith("工程") and not _COUNTED.match(text, pos + 2))
        if len(run) >= 2 and not GENERIC.fullmatch(run) and not kind:
            if (
                _COUNTED.match(text, pos + 2)
                and not _DESCRIBING.search(run)
                and not _FROM.search(text, k, pos)
            ):
                found.append(
                    _category(_without_lead(run), pos - len(_without_lead(run)), pos + 2, text)
                )  # "高新区项目2个", "产业立柱项目15个": counted, a kind
            else:
                found.append(Marker("named", text[k : pos + 2], k, pos + 2))
    for m in _COMPANY.finditer(text[start:end]):
        if not _inside(start + m.start(), taken):
            found.append(Marker("named", m.group(0), start + m.start(), start + m.end()))
    return found


def named_projects(
    text: str, start: int, end: int, language: str, taken: list[tuple[int, int]]
) -> list[Marker]:
    """Markers of kind 'named' for the single projects named in text[start:end]; `taken` spans are skipped
    (markers and mentions, whose 项目 is no name)."""
    if language == "zh":
        return _zh_named(text, start, end, taken)
    return [
        Marker(
            "named",
            text[max(start, start + m.start() - 30) : start + m.end()],
            start + m.start(),
            start + m.end(),
        )
        for m in _EN_SINGLE.finditer(text[start:end])
        if not _inside(start + m.start(), taken)
    ]
