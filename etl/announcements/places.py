"""Places a release may break its figures down by: Guangdong's districts, counties, towns and zones.

A district is recognised by its full name (龙岗区, 博罗县, 台山市, 虎门镇, 深汕特别合作区), by its short
name where releases use one and it is not also a common word (龙岗, 宝安, 前海 — but never 新兴 or 和平),
or in English (Longgang District, Bao'an, Shenzhen-Shanwei Special Cooperation Zone). The label is
always the full Chinese name below, so a Chinese and an English release of one batch give the same labels.
Names not listed here are still found by their suffix (…镇, …新区, "… District"), and kept as written.

The 21 prefecture-level cities are recognised too, but they are not a scope: in a city's release the
city is the publisher (its figures are the batch); in a province-wide sentence a city's figure cannot be
stored (no per-city scope), so the sentence is read as ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# label | other Chinese spellings | English names | short name usable alone (1) or not (0)
_DISTRICTS = """
罗湖区||Luohu|1
福田区||Futian|1
南山区||Nanshan|1
宝安区||Bao'an,Baoan|1
龙岗区||Longgang|1
盐田区||Yantian|1
龙华区||Longhua|1
坪山区||Pingshan|1
光明区||Guangming|1
大鹏新区|大鹏|Dapeng New Area,Dapeng|1
深汕特别合作区|深汕合作区,深汕|Shenzhen-Shanwei Special Cooperation Zone,Shenshan Special Cooperation Zone,Shenshan|1
前海合作区|前海深港现代服务业合作区,前海|Qianhai Cooperation Zone,Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone,Qianhai|1
荔湾区||Liwan|1
越秀区||Yuexiu|1
海珠区||Haizhu|1
天河区||Tianhe|1
白云区||Baiyun|1
黄埔区||Huangpu|1
番禺区||Panyu|1
花都区||Huadu|1
南沙区|南沙新区|Nansha|1
从化区||Conghua|1
增城区||Zengcheng|1
禅城区||Chancheng|1
南海区||Nanhai|1
顺德区||Shunde|1
三水区||Sanshui|1
高明区||Gaoming|1
香洲区||Xiangzhou|1
斗门区||Doumen|1
金湾区||Jinwan|1
横琴粤澳深度合作区|横琴新区,横琴深合区,横琴合作区,横琴|Guangdong-Macao In-Depth Cooperation Zone in Hengqin,Hengqin|1
松山湖|松山湖高新区,松山湖科学城|Songshan Lake|1
滨海湾新区|滨海湾|Binhaiwan Bay Area,Binhaiwan New Area|1
翠亨新区|翠亨|Cuiheng New Area,Cuiheng New District|1
火炬开发区|中山火炬开发区|Torch Development Zone|0
大亚湾开发区|大亚湾经济技术开发区,大亚湾|Daya Bay|1
仲恺高新区|仲恺|Zhongkai|1
龙湖区||Longhu|0
金平区||Jinping|0
濠江区||Haojiang|0
潮阳区||Chaoyang|0
潮南区||Chaonan|0
澄海区||Chenghai|0
南澳县||Nan'ao|0
武江区||Wujiang|0
浈江区||Zhenjiang|0
曲江区||Qujiang|0
始兴县||Shixing|0
仁化县||Renhua|0
翁源县||Wengyuan|0
乳源瑶族自治县|乳源县|Ruyuan|0
新丰县||Xinfeng|0
乐昌市||Lechang|0
南雄市||Nanxiong|0
源城区||Yuancheng|0
紫金县||Zijin|0
龙川县||Longchuan|0
连平县||Lianping|0
和平县||Heping|0
东源县||Dongyuan|0
梅江区||Meijiang|0
梅县区||Meixian|0
大埔县||Dabu|0
丰顺县||Fengshun|0
五华县||Wuhua|0
平远县||Pingyuan|0
蕉岭县||Jiaoling|0
兴宁市||Xingning|0
惠城区||Huicheng|1
惠阳区||Huiyang|1
博罗县||Boluo|1
惠东县||Huidong|1
龙门县||Longmen|0
海丰县||Haifeng|0
陆河县||Luhe|0
陆丰市||Lufeng|0
虎门镇||Humen|1
长安镇||Chang'an|0
塘厦镇||Tangxia|1
常平镇||Changping|0
凤岗镇||Fenggang|0
大朗镇||Dalang|0
厚街镇||Houjie|0
麻涌镇||Machong|0
莞城街道||Guancheng|0
南城街道||Nancheng|0
东城街道||Dongcheng|0
万江街道||Wanjiang|0
小榄镇||Xiaolan|0
古镇镇||Guzhen|0
蓬江区||Pengjiang|1
江海区||Jianghai|0
新会区||Xinhui|1
台山市||Taishan|1
开平市||Kaiping|1
鹤山市||Heshan|1
恩平市||Enping|1
江城区||Jiangcheng|0
阳东区||Yangdong|0
阳西县||Yangxi|0
阳春市||Yangchun|0
赤坎区||Chikan|0
霞山区||Xiashan|0
坡头区||Potou|0
麻章区||Mazhang|0
遂溪县||Suixi|0
徐闻县||Xuwen|0
廉江市||Lianjiang|0
雷州市||Leizhou|0
吴川市||Wuchuan|0
茂南区||Maonan|0
电白区||Dianbai|0
高州市||Gaozhou|0
化州市||Huazhou|0
信宜市||Xinyi|0
端州区||Duanzhou|0
鼎湖区||Dinghu|0
高要区||Gaoyao|0
广宁县||Guangning|0
怀集县||Huaiji|0
封开县||Fengkai|0
德庆县||Deqing|0
四会市||Sihui|0
清城区||Qingcheng|0
清新区||Qingxin|0
佛冈县||Fogang|0
阳山县||Yangshan|0
连山壮族瑶族自治县|连山县|Lianshan|0
连南瑶族自治县|连南县|Liannan|0
英德市||Yingde|0
连州市||Lianzhou|0
湘桥区||Xiangqiao|0
潮安区||Chao'an|0
饶平县||Raoping|0
榕城区||Rongcheng|0
揭东区||Jiedong|0
揭西县||Jiexi|0
惠来县||Huilai|0
普宁市||Puning|0
云城区||Yuncheng|0
云安区||Yun'an|0
新兴县||Xinxing|0
郁南县||Yunan|0
罗定市||Luoding|0
"""

CITIES = {
    "广州": "Guangzhou",
    "韶关": "Shaoguan",
    "深圳": "Shenzhen",
    "珠海": "Zhuhai",
    "汕头": "Shantou",
    "佛山": "Foshan",
    "江门": "Jiangmen",
    "湛江": "Zhanjiang",
    "茂名": "Maoming",
    "肇庆": "Zhaoqing",
    "惠州": "Huizhou",
    "梅州": "Meizhou",
    "汕尾": "Shanwei",
    "河源": "Heyuan",
    "阳江": "Yangjiang",
    "清远": "Qingyuan",
    "东莞": "Dongguan",
    "中山": "Zhongshan",
    "潮州": "Chaozhou",
    "揭阳": "Jieyang",
    "云浮": "Yunfu",
}

# The province's regions and the cities they hold (codes). A region that holds a city's own release is no part
# of that city: "大湾区项目" in Jiangmen's release names a programme of the region's, a kind of projects.
_BAY_AREA = frozenset({"4401", "4403", "4404", "4406", "4407", "4412", "4413", "4419", "4420"})
REGION_CITIES = {
    "粤港澳大湾区": _BAY_AREA,
    "珠三角": _BAY_AREA,
    "珠三角核心区": _BAY_AREA,
    "粤东": frozenset({"4405", "4415", "4451", "4452"}),
    "粤西": frozenset({"4408", "4409", "4417"}),
    "粤北": frozenset({"4402", "4414", "4416", "4418", "4453"}),
}
REGION_AS_KIND = {"粤港澳大湾区": "大湾区", "珠三角": "珠三角", "珠三角核心区": "珠三角"}


def region_holds(label: str | None, city_code: str | None) -> bool:
    """Does the region labelled so hold the city of that code?"""
    return city_code in REGION_CITIES.get(label or "", ())


_SUFFIXES = ("特别合作区", "合作区", "新区", "开发区", "高新区", "街道", "区", "县", "市", "镇")


@dataclass(frozen=True)
class District:
    label: str
    zh_names: tuple[str, ...]
    en_names: tuple[str, ...]


def _short(label: str) -> str:
    for suffix in _SUFFIXES:
        if label.endswith(suffix) and len(label) - len(suffix) >= 2:
            return label[: -len(suffix)]
    return label


def _load() -> list[District]:
    districts = []
    for line in _DISTRICTS.strip().splitlines():
        label, others, english, short_ok = line.split("|")
        names = [label, *(n for n in others.split(",") if n)]
        if short_ok == "1":
            names.append(_short(label))
        districts.append(District(label, tuple(dict.fromkeys(names)), tuple(english.split(","))))
    return districts


DISTRICTS = _load()
_ZH_INDEX = {name: d.label for d in DISTRICTS for name in d.zh_names}
_EN_INDEX = {name.lower().replace("’", "'"): d.label for d in DISTRICTS for name in d.en_names}

# A short name (龙岗) must not run on into another word (龙岗大道): after it, punctuation, a digit, or a
# word that reads on about projects.
_ZH_AFTER_SHORT = r"(?=[^\u4e00-\u9fff]|[、和及与共有项目数为达最多以分占总年的]|$)"
ZH_DISTRICT = re.compile(
    "|".join(
        re.escape(name) + ("" if name.endswith(_SUFFIXES) else _ZH_AFTER_SHORT)
        for name in sorted(_ZH_INDEX, key=len, reverse=True)
    )
)
_EN_SUFFIX = r"(?:\s+(?:District|County|New\s+Area|New\s+District|Town|Subdistrict|(?:Special\s+)?Cooperation\s+Zone))?"
EN_DISTRICT = re.compile(
    r"\b("
    + "|".join(re.escape(n) for n in sorted(_EN_INDEX, key=len, reverse=True))
    + r")"
    + _EN_SUFFIX
    + r"\b",
    re.I,
)
# Unlisted names, by their suffix: "…镇", "…新区" after punctuation; "Xxx District" in English.
ZH_DISTRICT_BY_SUFFIX = re.compile(
    r"(?:(?<=[，,、；;：:\s(（])|(?<=其中)|^)((?!其中)[\u4e00-\u9fff]{2,4}?(?:特别合作区|合作区|新区|开发区|高新区|镇|街道|县))"
    r"(?=\d|[共有项目数为达最多以的，,、])"
)
# (Not "In Yinhu Development Zone": a capitalised preposition or article opens no name.)
EN_DISTRICT_BY_SUFFIX = re.compile(
    r"\b(?!(?:In|At|On|Of|The|And|For|From|To|By|With|Meanwhile|Besides)\b)([A-Z][a-z]+(?:['-][A-Za-z]+)?(?:\s[A-Z][a-z]+)?)\s+"
    r"(District|County|New\s+Area|New\s+District|Town|(?:Special\s+)?Cooperation\s+Zone|Development\s+Zone)\b"
)
_NOT_PLACES = frozenset({"全区", "各区", "城区", "本区", "全县", "各县", "本县", "全镇", "各镇", "其他各区"})

ZH_CITY = re.compile("(" + "|".join(CITIES) + ")(?:市)?")
EN_CITY = re.compile(r"\b(" + "|".join(CITIES.values()) + r")\b")


def without_places(text: str) -> str:
    """'惠州仲恺' → '': a run with the cities and districts named in it taken out (what may name a project)."""
    return ZH_CITY.sub("", ZH_DISTRICT.sub("", text))


def district_label_zh(name: str) -> str | None:
    """The canonical label of a Chinese district name, or None when it is not one we know."""
    return _ZH_INDEX.get(name)


def district_label_en(name: str) -> str | None:
    """'Longgang District' / 'Bao’an' → '龙岗区' / '宝安区'."""
    key = re.sub(r"\s+", " ", name).lower().replace("’", "'")
    return _EN_INDEX.get(key)


def is_generic_place(name: str) -> bool:
    return name in _NOT_PLACES or name.startswith(("其他", "其余", "各", "全", "本", "该"))


# A place named right after these words is where something happens or lands, not whose it is ("在某新区
# 举行", "落户某县", "held in X district").
_ZH_LOCATIVE = re.compile(r"(?:在|于|赴|到|至|落户|落地|位于|设在|走进)$")
_EN_LOCATIVE = re.compile(r"\b(?:in|at|to|into|from|of)\s+(?:the\s+)?$", re.I)
_TOWN_LEVEL = ("镇", "街道", "乡")


def _places_in(text: str, start: int, end: int, language: str, shorts: dict[str, str]) -> list[tuple]:
    """(start, kind, label, after a locative) of the cities and districts named in text[start:end], in order; a
    city named right before its district ("惠州惠阳", "珠海市斗门区") is left out. A district the text names in
    full elsewhere may be named short here (里水 for 里水镇)."""
    piece = text[start:end]
    if language == "zh":
        found = [(m.start(), m.end(), "district", district_label_zh(m.group(0)) or m.group(0))
                 for m in ZH_DISTRICT.finditer(piece)]  # fmt: skip
        found += [
            (m.start(), m.end(), "district", shorts[m.group(0)])
            for m in _short_pattern(shorts).finditer(piece)
        ]
        found += [(m.start(), m.end(), "city", m.group(1)) for m in ZH_CITY.finditer(piece)]
    else:
        found = [(m.start(), m.end(), "district", district_label_en(m.group(1)) or m.group(0))
                 for m in EN_DISTRICT.finditer(piece)]  # fmt: skip
        found += [(m.start(), m.end(), "city", m.group(1)) for m in EN_CITY.finditer(piece)]
    kept: list[tuple[int, int, str, str]] = []
    for f in sorted(found):  # the longest of overlapping names (惠阳区, not 惠阳)
        if kept and f[0] < kept[-1][1]:
            if f[1] - f[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = f
            continue
        kept.append(f)
    kept = [f for f, after in zip(kept, [*kept[1:], None], strict=False)
            if not (f[2] == "city" and after and after[2] == "district" and after[0] - f[1] <= 1)]  # fmt: skip
    locative = _ZH_LOCATIVE if language == "zh" else _EN_LOCATIVE
    return [
        (start + a, kind, label, bool(locative.search(piece[max(0, a - 8) : a])))
        for a, _, kind, label in kept
    ]


def _short_names(text: str) -> dict[str, str]:
    """The districts and towns a text names in full (by their suffix too: 广州开发区), by their full names and
    short ones (里水 → 里水镇; never a city's name: 广州 is no short name of 广州开发区)."""
    clauses = re.sub(r"[。！？!?\n]", "，", text)  # a name opening a sentence opens a clause too
    full = {m.group(1) for m in ZH_DISTRICT_BY_SUFFIX.finditer(clauses)} | set(ZH_DISTRICT.findall(text))
    labels = {district_label_zh(name) or name for name in full if not is_generic_place(name)}
    shorts = {
        _short(label): label for label in labels if len(_short(label)) >= 2 and _short(label) not in CITIES
    }
    return shorts | {label: label for label in labels}  # and the full names, wherever they stand


def _short_pattern(shorts: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))) or r"(?!)")


def release_host(text: str, parts: list[tuple[int, int, int]], language: str) -> str | None:
    """The district, county or town whose own event or plan a release tells of: in its title (else its lead),
    the place named last before the first word of its business (an event, a plan, a count of projects), else
    first after it, when that is a district-level place, not the city and not where something happens
    ("蕉岭县举行…活动，6个项目签约", "8个项目…！横沥一季度项目集中动工", "石湾公布30个项目", "Shunde starts
    40 projects"). None for a city's, a venue's or a place's project ("…在某新区举行", "40 projects began in
    Longgang", "某区…，深圳某条地铁线开工"). parts: (start, end, where
    the business is first named) of the title and the lead."""
    shorts = _short_names(text) if language == "zh" else {}
    for start, end, business in parts:
        named = _places_in(text, start, end, language, shorts)
        if not named:
            continue
        before = [p for p in named if p[0] < business]
        _, kind, label, locative = before[-1] if before else named[0]
        districts = {p[2] for p in named if p[1] == "district" and not p[3]}
        return label if kind == "district" and not locative and districts == {label} else None
    return None


def holds_no_part_of(host: str, label: str) -> bool:
    """In a release about `host`'s own event, is a place of that label no part of it (the district that holds a
    town, another district)? A town of a district may be a part of it; nothing is a part of a town."""
    return label != host and (host.endswith(_TOWN_LEVEL) or not label.endswith(_TOWN_LEVEL))
