"""Scope markers: the words in a sentence that say whose figure follows.

Kinds (a figure takes the kind of the marker that governs it, see `attribution.py`):

- batch      本次 / 此次 / 第一批 / 全市 / a total of / this batch — the whole announced list;
- funding    政府投资 / 社会投资 / 国有投资 / 民间投资 / 外商投资; government-funded (政府投资), privately
             funded / social capital (社会投资 — what Shenzhen's English calls "privately funded"), state-owned;
- district   龙岗区 / 博罗县 / 虎门镇 / 深汕特别合作区; Longgang District (labels: `places.py`); the ones
             not named (其余各镇街 / other districts) as 其他; never the venue (活动在黄埔区举行);
- sector     产业 / 基础设施 / 民生 / 先进制造业 / 城市更新 / 其他 …; industrial field, infrastructure …;
- size_band  总投资超过50亿元（含50亿元）的项目 / projects worth over 5 billion yuan each (`bands.py`);
- province   全省 / 我省 / province-wide / across Guangdong;
- city       one of the 21 cities: not a scope (the publisher), but it breaks a province-wide reading;
- named      a single project (XX项目, "the project"): its figures belong to no scope we store.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.announcements import places
from etl.announcements.bands import en_bands, zh_bands
from etl.announcements.vocabulary import ZH_AMONG, ZH_EVENTS
from etl.rules.clusters import INDUSTRIAL_CLUSTERS


@dataclass(frozen=True)
class Marker:
    kind: str
    label: str | None
    start: int
    end: int
    # A sector named in passing ("cover infrastructure and …"): it scopes only a count it touches.
    weak: bool = False


# ---- funding ----------------------------------------------------------------------------------------
_ZH_FUNDING = [
    (
        "政府和社会共同投资",
        r"政府和社会共同投资|政府与社会共同投资|政府和社会资本合作|政府和社会资本共同投资",
    ),
    ("政府投资", r"政府投资|政府性投资|财政投资|政府类投资|政府出资|财政资金"),
    ("社会投资", r"社会投资|社会资本投资|社会资本|非政府投资"),
    ("国有投资", r"国有投资|国有企业投资|国企投资|国有企业|国企"),
    ("民间投资", r"民间投资|民营投资|民营企业|民营"),
    ("港商投资", r"港商投资|港资|港商"),  # before 外商: Hong Kong capital, which Guangdong counts on its own
    ("外商投资", r"外商投资|外资|外商"),
]
_EN_FUNDING = [
    (
        "政府投资",
        r"government[\s-](?:funded|financed|invested|backed)|funded\s+by\s+the\s+government"
        r"|government\s+investment|publicly\s+funded|public\s+investment|state[\s-]funded"
        r"|funded\s+by\s+(?:the\s+)?(?:local\s+)?governments?|(?:from|by)\s+(?:the\s+)?government\s+funds?",
    ),
    ("国有投资", r"state[\s-]owned|SOE"),
    (
        "社会投资",
        r"privately[\s-]funded|private(?:ly)?[\s-]financed|private\s+(?:investment|capital|investors)"
        r"|social\s+(?:capital|investment|funds?)|non[\s-]government(?:al)?(?:\s+investment|\s+investors)?"
        r"|funded\s+by\s+(?:private|social)\s+(?:capital|funds?)",
    ),
    ("外商投资", r"foreign[\s-](?:funded|invested|investment)|foreign\s+capital"),
]

# ---- sectors ----------------------------------------------------------------------------------------
_ZH_SECTORS = [
    ("先进制造业", "先进制造业|先进制造"),
    ("现代服务业", "现代服务业|服务业"),
    ("战略性新兴产业", "战略性新兴产业"),
    ("新型基础设施", "新型基础设施|新基建"),
    ("基础设施", "基础设施|基建"),
    ("城市更新", "城市更新"),
    ("民生", "民生保障|民生改善|社会民生|民生事业|民生|社会事业|公共服务"),
    ("产业", "现代产业|产业|工业|实体经济"),
    ("制造业", "制造业"),
    # The parts of transport a provincial plan counts apart ("安排铁路项目29个、综合交通枢纽项目6个").
    ("城市轨道交通", "城市轨道交通|轨道交通|地铁"),
    ("综合交通枢纽", "综合交通枢纽|交通枢纽"),
    ("铁路", "铁路|高铁|城际铁路"),
    ("高速公路", "高速公路"),
    ("交通", "交通运输|交通"),
    ("能源", "能源"),
    ("水利", "水利"),
    ("生态环保", "生态环保|生态环境|环保"),
    ("科技创新", "科技创新"),
    ("高新技术产业", "高新技术产业|高新技术"),
    ("文化旅游", "文化旅游|文旅"),
    ("现代农业", "现代农业|农业"),
    # The province's strategic industrial clusters (粤府函〔2020〕82号), as releases name them.
    *[(name, name) for name in INDUSTRIAL_CLUSTERS],
    ("其他", "其他|其它"),
]
# A field named by a release in its own words ("综合交通领域项目", "城市建设类项目"): a sector, under the
# label of the list above where the words are a synonym of one, else under its own words.
_ZH_DESCRIBED_SECTOR = re.compile(
    r"(?:(?<=[^\u4e00-\u9fff])|(?<=[中的和及与、为是按共其有排括含涉等])|^)(?P<name>[\u4e00-\u9fff]{2,8}?)"
    r"(?:领域|类|板块|产业|工程)(?=(?:的)?(?:重大|重点|建设)?(?:项目|工程)|\d|[一二三四五六七八九十百千]+[个项])"
)
# Words that say no field ("重点工程", "新开工类", "二季度开工", "珠海市重点"), and words a field's name
# does not begin with ("是电子信息", "个产业").
# An event's word (签订, 投用, 开建 …: every word `vocabulary.ZH_EVENTS` reads as an event) names no field either.
_NOT_A_KIND = (
    r"重点|重大|建设|续建|前期|预备|正式|集中|本次|季度|批|年|月|[市区县省镇]|^[一二两三四五六七八九十百千]|"
    r"安排|铺排|实施|推进|谋划|计划|引进|招引|^来自|" + "|".join(rx for _, rx in ZH_EVENTS)
)
_NOT_A_FIELD = re.compile(
    _NOT_A_KIND + r"|^投资$|^招商$|等$"
)  # "…、物流、旅游等领域": a list of fields, not one
_COUNT_AFTER = re.compile(
    r"(?:的)?(?:重大|重点|建设)?(?:项目|工程)?(?:共|共有|有|达|为)?\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*[个项宗]"
)
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*[个项宗]$")
_FIELD_LEAD = re.compile(rf"^(?:{ZH_AMONG}|包含|包括|涵盖|涉及|[是个项宗有为共其的中及和与])+")

ZH_SECTOR_SYNONYMS = {
    "综合交通": "交通", "交通运输": "交通", "城市建设": "基础设施", "城建": "基础设施", "产业发展": "产业",
    "现代产业": "产业", "工业": "产业", "社会民生": "民生", "民生保障": "民生", "民生改善": "民生",
    "社会事业": "民生", "生态环境": "生态环保", "生态环保": "生态环保", "农业农村": "现代农业",
    "道路交通": "交通",
}  # fmt: skip


def _kind_named(name: str, words: str) -> str | None:
    """'投资类项目9个、助力类项目3个': a kind the publisher names with 类 is one, even in words (投资) that
    alone name no field."""
    name = _FIELD_LEAD.sub("", name)
    return name if words.endswith("类") and len(name) >= 2 and not re.search(_NOT_A_KIND, name) else None


def _described_sectors(text: str, base: int, taken: list[Marker]) -> list[Marker]:
    found = []
    for m in _ZH_DESCRIBED_SECTOR.finditer(text):
        lead = _FIELD_LEAD.match(m.group("name"))  # "12个新材料产业项目": 个 is the count's, not the field's
        start, end = base + m.start("name") + (lead.end() if lead else 0), base + m.end()
        if any(start < t.end and t.start < end for t in taken):
            continue
        counted = _COUNT_AFTER.match(text, m.end()) or _COUNT_BEFORE.search(text, 0, start - base)
        if m.group(0).endswith("工程") and not counted:
            continue  # "某某大桥工程项目总投资5亿元": a project's name; a kind of 工程 is counted (民生工程项目12个)
        name = m.group("name")
        if re.search(r"第[一二三]$", name) and m.group(0).endswith("产业"):
            name += "产业"  # "第二产业项目25个": 第二产业 is the field, 产业 no suffix of it
        label = described_label(name) or _kind_named(name, m.group(0))
        if label:
            found.append(Marker("sector", label, start, end))
    return found


def described_label(name: str) -> str | None:
    """The sector label of a field a release names in its own words (综合交通 → 交通, 现代化基础设施 → 基础设施,
    生物医药 → 生物医药), or None when the words name no field (投资, 重点, 本次 …)."""
    name = _FIELD_LEAD.sub("", name)
    bare = _FIELD_TAIL.sub("", name)  # "第二产业投资项目": the field is 第二产业; a word more makes no other
    name = bare if len(bare) >= 2 else name
    if name.removeprefix("现代化") in _ZH_SECTOR_LABELS:
        return name.removeprefix("现代化")
    if name in ZH_SECTOR_SYNONYMS:
        return ZH_SECTOR_SYNONYMS[name]
    return name if len(name) >= 2 and not _NOT_A_FIELD.search(name) else None


_ZH_SECTOR_LABELS = {label for label, _ in _ZH_SECTORS}
_FIELD_TAIL = re.compile(r"(?:投资|项目|领域|类|板块|方面|行业)+$")


# Two fields counted together (…基础设施及民生保障项目N个): one scope, both names.
_ZH_SECTOR_WORD = "|".join(f"(?:{rx})" for _, rx in _ZH_SECTORS)
_ZH_JOINED_SECTORS = re.compile(
    rf"(?P<a>{_ZH_SECTOR_WORD})(?:及|和|与|、)(?P<b>{_ZH_SECTOR_WORD})(?:领域|类)?"
    r"(?=(?:的)?(?:重大|重点|建设)?(?:项目|工程))"
)


def _sector_label(word: str) -> str:
    return next(label for label, rx in _ZH_SECTORS if re.fullmatch(rx, word))


def _joined_sectors(text: str, base: int) -> list[Marker]:
    return [Marker("sector", f"{_sector_label(m.group('a'))}及{_sector_label(m.group('b'))}", base + m.start(),
                   base + m.end()) for m in _ZH_JOINED_SECTORS.finditer(text)
            if _sector_label(m.group("a")) != _sector_label(m.group("b"))]  # fmt: skip


# "在基础设施领域，东莞共安排131个重大项目": a field named in a frame, no 项目 after it.
_ZH_FIELD_FRAME_LEAD = r"(?<=[在从就])"
_ZH_FIELD_FRAME_TAIL = r"(?:领域|方面|板块)"

# A sector word counts when projects follow it ("产业项目", "产业领域项目", "民生类") — not in 产业集群.
_ZH_SECTOR_TAIL = (
    r"(?:领域|类|方面|板块|行业)?(?=(?:的)?(?:重大|重点|建设|投资)?(?:项目|工程)|领域|类|方面|板块)"
)
_ZH_SECTOR_LEAD = r"(?:(?<=[^\u4e00-\u9fff])|(?<=[中的和及与、为是按共次批年区市于属排有括含涉等个项工约])|^)"
_EN_SECTORS = [
    ("先进制造业", r"advanced[\s-]manufacturing"),
    ("现代服务业", r"modern[\s-]services?(?:\s+industry)?"),
    ("战略性新兴产业", r"strategic\s+emerging\s+industr(?:y|ies)"),
    ("新型基础设施", r"new\s+infrastructure"),
    (
        "基础设施",
        r"infrastructure|urban\s+construction|municipal\s+(?:supporting\s+)?(?:facilities|utilities)",
    ),
    ("城市更新", r"urban\s+(?:renewal|regeneration|renovation)"),
    (
        "民生",
        r"(?:people's\s+|public\s+)?livelihoods?|(?:people's\s+|public\s+)?well[\s-]?being|public[\s-]services?"
        r"|public\s+welfare"
        r"|social\s+(?:programs?|undertakings|welfare)",
    ),
    ("水利", r"water\s+conservancy|water\s+resources?|water(?=\s+(?:and|&)\s)"),
    ("生态环保", r"ecological(?:\s+and\s+environmental)?|environmental(?:\s+protection)?"),
    ("科技创新", r"(?:sci-tech|scientific|technolog(?:y|ical))\s+innovation|science\s+and\s+technology"),
    (
        "高新技术产业",
        r"high[\s-](?:end\s+)?tech(?:nology|nologies)?(?:\s+industr(?:y|ies))?|hi-tech(?:\s+industr(?:y|ies))?",
    ),
    ("文化旅游", r"cultur(?:e|al)(?:\s+and)?\s+touris[mt]"),
    ("现代农业", r"(?:modern\s+)?agricultur(?:e|al)"),
    ("产业", r"industrial|industry|industries"),
    ("制造业", r"manufacturing"),
    ("交通", r"transport(?:ation)?|traffic|road|highway|expressway|railway|rail\s+transit|metro"),
    ("能源", r"energy"),
    ("其他", r"other\s+(?:fields?|sectors?|categories|types)|others"),
]
# Sector nouns that mean a sector even with no "projects" after them ("related to people's livelihood").
# Phrases that mean a sector with no "projects" after them, where the sector's word alone would not
# ("modern industries": 产业; "industry" alone is too common to be a scope).
_EN_SECTOR_NOUN_PHRASES = [("产业", r"\bmodern\s+industr(?:y|ies)\b|\bindustrial\s+upgrading\b")]
_EN_SECTOR_NOUNS = {
    "高新技术产业",
    "先进制造业",
    "现代服务业",
    "战略性新兴产业",
    "新型基础设施",
    "基础设施",
    "城市更新",
    "民生",
}
_EN_SECTOR_WORDS = re.compile(r"\b(?:" + "|".join(rx for _, rx in _EN_SECTORS) + r")\b", re.I)


def en_sector_named(text: str) -> bool:
    """Does an English phrase name a field ("ecological environment and …")?"""
    return bool(_EN_SECTOR_WORDS.search(text))


def en_sectors_in(text: str, start: int, end: int) -> set[str]:
    """The labels of the fields an English phrase names, projects or not ("environmental preservation")."""
    hits = _first_hits([(lb, rf"\b(?:{rx})\b") for lb, rx in _EN_SECTORS], text[start:end], "sector", start)
    return {m.label for m in hits if m.label}


_EN_OTHER_PROJECTS = re.compile(r"\bother\s+(?=projects\b)", re.I)
# "industrial projects", "industrial development projects", "urban renewal construction projects": up to two
# words of the release's own between the field and its noun.
_EN_SECTOR_TAIL = (
    r"(?:(?:\s+(?!projects?\b)[a-z-]+){0,2}?\s+(?:field|fields|sector|sectors|category|projects?|ones"
    r"|infrastructure|construction))"
)

# The province's regions, as its plan counts them ("粤港澳大湾区重点项目968个", "“珠三角核心区”重点项目"): a
# district-like scope, only where projects follow (the Greater Bay Area is named in passing everywhere).
_ZH_REGIONS = re.compile(
    r"(粤港澳大湾区|大湾区|珠三角核心区|珠三角|沿海经济带(?:东翼|西翼)?|北部生态发展区|粤东西北|粤东|粤西|粤北)(?:地区)?"
    r"(?=[”」\"]?(?:的)?(?:重点|重大)?(?:建设)?(?:项目|工程))"
)
# The same regions in English, before "projects": "43 Greater Bay Area projects", "eastern Guangdong projects".
_EN_REGIONS = [
    (
        "粤港澳大湾区",
        r"(?:Guangdong-Hong\s+Kong-Macao\s+|Greater\s+Guangdong,?\s+Hong\s+Kong\s+and\s+Macao\s+)?"
        r"(?:Greater\s+)?Bay\s+Area",
    ),
    ("珠三角", r"Pearl\s+River\s+Delta"),
    ("粤东", r"eastern\s+Guangdong"),
    ("粤西", r"western\s+Guangdong"),
    ("粤北", r"northern\s+Guangdong"),
]
_ZH_REGION_LABELS = {"大湾区": "粤港澳大湾区"}


def _zh_regions(text: str, base: int) -> list[Marker]:
    return [Marker("district", _ZH_REGION_LABELS.get(m.group(1), m.group(1)), base + m.start(), base + m.end())
            for m in _ZH_REGIONS.finditer(text)]  # fmt: skip


def _en_regions(text: str, base: int) -> list[Marker]:
    return _first_hits([(lb, rf"\b(?:{rx})(?=\s+(?:(?:key|major|construction)\s+)*projects?\b)") for lb, rx in _EN_REGIONS],
                       text, "district", base)  # fmt: skip


# ---- batch and province -----------------------------------------------------------------------------
_ZH_BATCH = re.compile(
    r"本次|此次|这次|本批|这批|该批|此批|首批|本轮|本季度|本期|第[一二三四五六七八九十\d]+批|全部项目|所有项目|上述项目|这些项目"
    r"|全市|全区(?!域)|全县|我市|我区|我县|今次|是次"
)
_EN_BATCH = re.compile(
    r"\b(?:this\s+batch|the\s+batch|a\s+total\s+of|all\s+(?:the\s+)?projects"
    r"|(?:these|the)\s+(?:\d+\s+)?(?:major\s+|key\s+)?projects)\b",
    re.I,
)
# 全省 as the ground a place is ranked or measured against (增速排名全省第一, 居全省前列, 高于全省平均) is no scope.
_ZH_PROVINCE = re.compile(
    r"(?<!排名)(?<!排)(?<!居)(?<!位列)(?<!领跑)(?<!高于)(?<!低于)全省(?!第|前列|首位|前[一二三四五六七八九十\d]|排名|领先|平均|水平)|我省|全广东|广东全省|广东省(?=已|今年|全年|共|重大|重点|开工|签约|新开工|累计|各地|范围|\d{4}|的)|广东(?=今年|全年|已|共|各地)"
)
_EN_PROVINCE = re.compile(
    r"\b(?:province[\s-]?wide|across\s+(?:the\s+|Guangdong\s+)?province|across\s+Guangdong|throughout\s+(?:the\s+province|Guangdong)"
    r"|(?<!China's\s)(?<!in\s)(?<!of\s)(?<!eastern\s)(?<!western\s)(?<!northern\s)(?<!southern\s)Guangdong(?:\s+[Pp]rovince)?(?:'s|\s+has|\s+had|\s+saw|\s+signed|\s+started|\s+launched)"
    r"|the\s+province(?:'s|\s+has|\s+had)|in\s+the\s+province)\b",
    re.I,
)


@lru_cache(maxsize=64)
def _one_pattern(patterns: tuple[tuple[str, str], ...], tail: str, lead: str) -> re.Pattern[str]:
    """Every label's words in one alternation (a group per label, in the list's order): the text is scanned
    once, not once per label."""
    alternatives = "|".join(f"(?P<g{i}>{rx})" for i, (_, rx) in enumerate(patterns))
    return re.compile(f"{lead}(?:{alternatives}){tail}", re.I)


def _first_hits(
    patterns: list[tuple[str, str]], text: str, kind: str, base: int, tail: str = "", lead: str = ""
) -> list[Marker]:
    pattern = _one_pattern(tuple(patterns), tail, lead)
    return [Marker(kind, patterns[int((m.lastgroup or "g0")[1:])][0], base + m.start(), base + m.end())
            for m in pattern.finditer(text)]  # fmt: skip


# "其余各镇街共19个", "other districts": the districts not named, as one district row labelled 其他.
_ZH_RESIDUAL = re.compile(r"(?:其余|其他|其它)各?(?:镇街|镇|街道|区县|县区|区|县)")
_EN_RESIDUAL = re.compile(
    r"\b(?:other|the\s+remaining|the\s+other|remaining)\s+(?:\w+\s+)?(?:districts|counties|towns|areas)\b",
    re.I,
)


# Projects that span districts, counted apart: "跨区域的有2个", "另有跨区项目1个".
_ZH_CROSS_DISTRICT = re.compile(r"跨区域|跨区(?=项目|的)|跨县区|跨镇街")


def _zh_districts(text: str, base: int) -> list[Marker]:
    found = [
        Marker("district", "其他", base + m.start(), base + m.end()) for m in _ZH_RESIDUAL.finditer(text)
    ]
    found += [
        Marker("district", "跨区域", base + m.start(), base + m.end())
        for m in _ZH_CROSS_DISTRICT.finditer(text)
    ]
    found += [
        Marker("district", places.district_label_zh(m.group(0)), base + m.start(), base + m.end())
        for m in places.ZH_DISTRICT.finditer(text)
    ]
    for m in places.ZH_DISTRICT_BY_SUFFIX.finditer(text):
        name = m.group(1)
        if not places.is_generic_place(name):
            found.append(
                Marker("district", places.district_label_zh(name) or name, base + m.start(1), base + m.end(1))
            )
    return found


def _en_districts(text: str, base: int) -> list[Marker]:
    found = [
        Marker("district", "其他", base + m.start(), base + m.end()) for m in _EN_RESIDUAL.finditer(text)
    ]
    for m in places.EN_DISTRICT.finditer(text):
        found.append(
            Marker("district", places.district_label_en(m.group(1)), base + m.start(), base + m.end())
        )
    for m in places.EN_DISTRICT_BY_SUFFIX.finditer(text):
        label = places.district_label_en(m.group(1)) or re.sub(r"\s+", " ", m.group(0))
        found.append(Marker("district", label, base + m.start(), base + m.end()))
    return found


def _non_overlapping(markers: list[Marker]) -> list[Marker]:
    """Longest first, then leftmost: 前海深港现代服务业合作区 is a district, not 现代服务业."""
    chosen: list[Marker] = []
    for marker in sorted(markers, key=lambda m: (-(m.end - m.start), m.start)):
        if all(marker.end <= c.start or marker.start >= c.end for c in chosen):
            chosen.append(marker)
    return sorted(chosen, key=lambda m: m.start)


def _hits(
    pattern: re.Pattern[str], kind: str, piece: str, base: int, label: str | None = None
) -> list[Marker]:
    """A marker for every match; the label is the given one, else the first group (cities)."""
    return [
        Marker(kind, label if label or not pattern.groups else m.group(1), base + m.start(), base + m.end())
        for m in pattern.finditer(piece)
    ]


# Where the ceremony took place is no scope: "活动在黄埔区举行，共有460多个项目" is the whole batch. A place's
# own sub-venue ("在化州分会场，开工项目9个") is: what is counted there is that place's part of the batch.
_ZH_VENUE_BEFORE = re.compile(r"(?:设在|主会场|分会场|会场)$")
_ZH_VENUE_AFTER = re.compile(r"^(?:举行|举办|召开|隆重举行|开幕|主会场|会场)")
_EN_VENUE_BEFORE = re.compile(
    r"\b(?:held|hosted|staged|took\s+place|ceremony|event)\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:held|hosted|staged|organi[sz]ed|convened|took\s+place)\b[^.;]{0,80}\b(?:in|at)\s+(?:the\s+)?$",
    re.I,
)


def _not_venues(markers: list[Marker], text: str, language: str) -> list[Marker]:
    kept = []
    for m in markers:
        before, after = text[max(0, m.start - 20) : m.start], text[m.end : m.end + 6]
        if (
            m.kind == "district"
            and language == "zh"
            and (_ZH_VENUE_BEFORE.search(before) or _ZH_VENUE_AFTER.match(after))
        ):
            continue
        if (
            m.kind == "district"
            and language == "en"
            and _EN_VENUE_BEFORE.search(text, max(0, m.start - 120), m.start)
        ):
            continue
        kept.append(m)
    return kept


# A document's name ("《…政府投资项目计划（草案）》") names no scope of the batch.
_ZH_DOCUMENT = re.compile(r"《[^《》]{0,80}》|[\u4e00-\u9fff]{0,20}(?:项目|投资)计划[(（]草案[)）]")


def document_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of documents' names in text[start:end]: no scope, no named project inside them."""
    return [(start + m.start(), start + m.end()) for m in _ZH_DOCUMENT.finditer(text[start:end])]


def _outside_documents(markers: list[Marker], text: str, start: int, end: int) -> list[Marker]:
    names = document_names(text, start, end)  # a province's plan named stays the province's
    return [m for m in markers if m.kind == "province" or not any(a <= m.start < b for a, b in names)]


# "该区 / 该县 / the district": a place named before, said again. It is that place, when one was named
# shortly before (with none, the release's own place: no marker, as before).
_ZH_THAT_PLACE = re.compile(r"该(?:新区|区|县|镇)")
_EN_THAT_PLACE = re.compile(
    r"\b(?:the|this)\s+(?:district|county|new\s+area)\b(?!\s+(?:level|government)\b)", re.I
)
_LOOK_BACK = 2000  # characters searched for the place a 该区 points at: it was named in the last paragraphs


def _that_place(text: str, start: int, end: int, language: str) -> list[Marker]:
    pattern = _ZH_THAT_PLACE if language == "zh" else _EN_THAT_PLACE
    found = []
    for m in pattern.finditer(text, start, end):
        ends, labels = _places_named(text, language)
        last = bisect.bisect_right(ends, m.start()) - 1  # the last place named that ends before it
        if last >= 0 and ends[last] > m.start() - _LOOK_BACK:
            found.append(Marker("district", labels[last], m.start(), m.end()))
    return found


@lru_cache(maxsize=4)
def _places_named(text: str, language: str) -> tuple[list[int], list[str]]:
    """(ends, labels) of the districts a whole text names, in order: found once per text, not once per 该区
    (a page of 该区 repeated would otherwise be scanned once per word)."""
    named = (_zh_districts if language == "zh" else _en_districts)(text, 0)
    named = sorted((d for d in named if d.label not in (None, "其他", "跨区域")), key=lambda d: d.end)
    return [d.end for d in named], [d.label or "" for d in named]


def zh_markers(text: str, start: int, end: int) -> list[Marker]:
    """Every scope marker in a Chinese sentence text[start:end] (folded text), in order."""
    piece = text[start:end]
    found = zh_bands(text, start, end)
    found += _zh_districts(piece, start)
    found += _that_place(text, start, end, "zh")
    found += _zh_regions(piece, start)
    found += _first_hits(_ZH_FUNDING, piece, "funding", start)
    found += _first_hits(_ZH_SECTORS, piece, "sector", start, _ZH_SECTOR_TAIL, _ZH_SECTOR_LEAD)
    found += _first_hits(_ZH_SECTORS, piece, "sector", start, _ZH_FIELD_FRAME_TAIL, _ZH_FIELD_FRAME_LEAD)
    found += _joined_sectors(piece, start)
    found += _described_sectors(piece, start, found)
    found += _hits(_ZH_PROVINCE, "province", piece, start)
    found += _hits(_ZH_BATCH, "batch", piece, start)
    found += _hits(places.ZH_CITY, "city", piece, start)
    found = [replace(m, weak=True) if m.kind == "sector" and (_ZH_IN_PASSING.search(text, max(start, m.start - 12), m.start)
             or text[m.start - 1 : m.start] == "等")  # "…、物流等产业领域": a list's summary, no part
             and not _ZH_COUNTED_AFTER.match(text, m.end, end) else m for m in _non_overlapping(found)]  # fmt: skip
    return _outside_documents(_not_venues(found, text, "zh"), text, start, end)


# What the batch is made of, said in passing ("项目主要集中在新能源领域", "大部分为制造业项目"): the field named
# after it scopes only a count it touches, not the amount after it.
_ZH_IN_PASSING = re.compile(
    r"(?:主要|大部分|大多|多数|大都|集中在|集中于|涵盖|覆盖|聚焦|以)[^，。；,;]{0,6}$"
)
_ZH_COUNTED_AFTER = re.compile(r"[^，。；,;]{0,8}?(?:\d|[一二两三四五六七八九十百])+\s*(?:多|余)?\s*[个项宗]")


# Two English fields counted together ("11 water and environmental projects"): one scope, both names.
_EN_SECTOR_PATTERNS = [(label, re.compile(rx, re.I)) for label, rx in _EN_SECTORS]
_EN_SECTOR_WORD = "|".join(f"(?:{rx})" for _, rx in _EN_SECTORS)
_EN_JOINED_SECTORS = re.compile(
    rf"\b(?P<a>{_EN_SECTOR_WORD})\s+(?:and|&)\s+(?P<b>{_EN_SECTOR_WORD})\s+projects?\b", re.I
)


def _en_joined_sectors(text: str, base: int) -> list[Marker]:
    """'11 water and environmental projects': one scope, labelled as 水利及生态环保."""
    return [Marker("sector", f"{_en_sector_label(text, m, 'a')}及{_en_sector_label(text, m, 'b')}", base + m.start(),
                   base + m.end()) for m in _EN_JOINED_SECTORS.finditer(text)]  # fmt: skip


def _en_sector_label(text: str, m: re.Match[str], group: str) -> str:
    """The label of the field whose words stand at the group (a field's pattern may look past its words)."""
    for label, pattern in _EN_SECTOR_PATTERNS:
        own = pattern.match(text, m.start(group))
        if own and own.end() == m.end(group):
            return label
    return m.group(group)


def en_markers(text: str, start: int, end: int) -> list[Marker]:
    """Every scope marker in an English sentence text[start:end], in order."""
    piece = text[start:end]
    found = en_bands(text, start, end)
    found += _en_districts(piece, start)
    found += _that_place(text, start, end, "en")
    found += _en_regions(piece, start)
    found += _first_hits([(lb, rf"\b(?:{rx})\b") for lb, rx in _EN_FUNDING], piece, "funding", start)
    found += _en_joined_sectors(piece, start)  # before single fields: of two as long, the first listed stays
    found += _first_hits(
        [(lb, rf"\b(?:{rx}){_EN_SECTOR_TAIL}") for lb, rx in _EN_SECTORS], piece, "sector", start
    )
    found += _first_hits(
        [(lb, rf"\b(?:{rx})\s+(?=projects?\b)") for lb, rx in _EN_SECTORS], piece, "sector", start
    )
    found += _hits(_EN_OTHER_PROJECTS, "sector", piece, start, "其他")
    nouns = [
        (lb, rf"\b(?:{rx})\b") for lb, rx in _EN_SECTORS if lb in _EN_SECTOR_NOUNS
    ] + _EN_SECTOR_NOUN_PHRASES
    found += [replace(m, weak=True) for m in _first_hits(nouns, piece, "sector", start)]
    found += _hits(_EN_PROVINCE, "province", piece, start)
    found += _hits(_EN_BATCH, "batch", piece, start)
    found += _hits(places.EN_CITY, "city", piece, start)
    return _not_venues(_non_overlapping(found), text, "en")
