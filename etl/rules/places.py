"""The 21 prefecture-level cities of Guangdong and how names in published lists map onto them.

Convention for zones (see docs/conventions.md): a district or functional zone is counted in the city
that *administers* it, because that city's own lists report it. So 深汕特别合作区 (geographically in
Shanwei, administered by Shenzhen since 2018) counts for Shenzhen, as do 前海 and 大鹏.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.rules.text import fold_text

PROVINCE_CODE = "44"
PROVINCE_NAME = "广东省"

# (code, Chinese, pinyin) in official code order.
CITIES: tuple[tuple[str, str, str], ...] = (
    ("4401", "广州", "Guangzhou"),
    ("4402", "韶关", "Shaoguan"),
    ("4403", "深圳", "Shenzhen"),
    ("4404", "珠海", "Zhuhai"),
    ("4405", "汕头", "Shantou"),
    ("4406", "佛山", "Foshan"),
    ("4407", "江门", "Jiangmen"),
    ("4408", "湛江", "Zhanjiang"),
    ("4409", "茂名", "Maoming"),
    ("4412", "肇庆", "Zhaoqing"),
    ("4413", "惠州", "Huizhou"),
    ("4414", "梅州", "Meizhou"),
    ("4415", "汕尾", "Shanwei"),
    ("4416", "河源", "Heyuan"),
    ("4417", "阳江", "Yangjiang"),
    ("4418", "清远", "Qingyuan"),
    ("4419", "东莞", "Dongguan"),
    ("4420", "中山", "Zhongshan"),
    ("4451", "潮州", "Chaozhou"),
    ("4452", "揭阳", "Jieyang"),
    ("4453", "云浮", "Yunfu"),
)
CITY_CODES = frozenset(code for code, _, _ in CITIES)

# County-level divisions (districts, counties, county-level cities), towns of the two cities without
# districts (东莞, 中山) and functional zones that published lists name instead of their city, each
# written without its 区/县/市 suffix. Only names whose city is unambiguous are listed (中山's 东区/西区/
# 南区 and 汕尾's 城区 are not); anything else stays unresolved and is reported, not guessed.
_COUNTY_LEVEL = {
    "4401": "荔湾 越秀 海珠 天河 白云 黄埔 番禺 花都 南沙 从化 增城 广州开发区 知识城 中新广州知识城",
    "4402": "武江 浈江 曲江 始兴 仁化 翁源 乳源 乳源瑶族自治 新丰 乐昌 南雄",
    "4403": "福田 罗湖 南山 宝安 龙岗 盐田 龙华 坪山 光明 大鹏 大鹏新区 前海 前海合作区 河套 深汕 深汕特别合作区 深汕合作区",
    "4404": "香洲 斗门 金湾 横琴 横琴粤澳深度合作区 高栏港 高新",
    "4405": "龙湖 金平 濠江 潮阳 潮南 澄海 南澳",
    "4406": "禅城 南海 顺德 三水 高明",
    "4407": "蓬江 江海 新会 台山 开平 鹤山 恩平",
    "4408": "赤坎 霞山 坡头 麻章 遂溪 徐闻 廉江 雷州 吴川",
    "4409": "茂南 电白 高州 化州 信宜",
    "4412": "端州 鼎湖 高要 广宁 怀集 封开 德庆 四会",
    "4413": "惠城 惠阳 博罗 惠东 龙门 大亚湾 仲恺",
    "4414": "梅江 梅县 大埔 丰顺 五华 平远 蕉岭 兴宁",
    "4415": "海丰 陆河 陆丰",
    "4416": "源城 紫金 龙川 连平 和平 东源",
    "4417": "江城 阳东 阳西 阳春",
    "4418": "清城 清新 佛冈 阳山 连山 连山壮族瑶族自治 连南 连南瑶族自治 英德 连州",
    "4419": "莞城 南城 东城 万江 石碣 石龙 茶山 石排 企石 横沥 桥头 谢岗 东坑 常平 寮步 樟木头 大朗 黄江 清溪 塘厦 "
    "凤岗 大岭山 长安 虎门 厚街 沙田 道滘 洪梅 麻涌 望牛墩 中堂 高埗 松山湖 滨海湾",
    "4420": "石岐 五桂山 火炬开发区 翠亨 翠亨新区 黄圃 民众 东凤 东升 古镇 沙溪 坦洲 港口 三角 横栏 南头 阜沙 南朗 三乡 "
    "板芙 大涌 神湾 小榄",
    "4451": "湘桥 潮安 饶平",
    "4452": "榕城 揭东 揭西 惠来 普宁",
    "4453": "云城 云安 新兴 郁南 罗定",
}
DISTRICTS: dict[str, str] = {name: code for code, names in _COUNTY_LEVEL.items() for name in names.split()}

UNASSIGNED_WORDS = frozenset({"不分市", "跨市", "全省", "省级", "省直"})
_SEPARATORS = re.compile(r"[、,，/；;]")  # several places, certainly
_CONJUNCTIONS = re.compile(r"和|及")  # several places, if every part is one (和平县 is one county)
# The other provinces and regions: a project across the border (湛江市遂溪县、广西北海市) is counted where its Guangdong
# part is; a place in them alone is no place of this product.
OTHER_MAINLAND_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
                            "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广西", "海南", "重庆", "四川", "贵州",
                            "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")  # fmt: skip
OTHER_PROVINCES = (*OTHER_MAINLAND_PROVINCES, "香港", "澳门", "台湾")
_SUFFIX = re.compile(r"(特别行政区|特别合作区|合作区|自治县|新区|市|区|县|镇|街道)$")
# '南沙区万顷沙镇', '黄埔区科学城': a district named first, then where in it (the name before one of these words).
_UNIT_WORD = re.compile(r"特别合作区|合作区|新区|区|县|市|镇")


# Places a city's own list names relative to that city: its own level (市本级, 市直), its urban area, a zone
# of a generic kind with or without a proper name (高新区, 大旺高新区, 经开区, 综合保税区, 产业园区) and a town
# (永安镇, 石岐街道). In a city's list they are in that city; in the province's list they name no city.
# A name holding an administrative unit of its own (省, 市, 县, 州, 自治区: 南宁市, 某某县) is not relative:
# a city's list that places a row in another province or county we do not know reports it, never guesses.
_OWN_LEVEL = frozenset(
    {"市本级", "本级", "市直", "市级", "市属", "全市", "市区", "城区", "中心城区", "主城区"}
)
_RELATIVE_ZONE = re.compile(
    r"^[^省市县州]{0,8}?(高新技术产业开发区|高新技术开发区|高新区|经济技术开发区|经济开发区|经开区|开发区|"
    r"综合保税区|保税区|自贸区|新区|工业园区|产业园区|产业园|工业园|产业集聚区|园区|镇|乡|街道)$"
)


def in_own_city(text: str | None, city: Place) -> bool:
    """True when every part of a place cell of `city`'s own list is in that city: a place named relative to
    it (see _OWN_LEVEL, _RELATIVE_ZONE) or one of its districts. 端州区、高新区 in 肇庆's list is; 天河区、高新区
    is not (it names another city, so the row is reported, not counted in either)."""
    parts = [p for p in _SEPARATORS.split(_fold(text or "")) if p]
    return bool(parts) and all(
        p in _OWN_LEVEL or _RELATIVE_ZONE.match(p) or (_one_city(p) or ("",))[0] == city.code for p in parts
    )


@dataclass(frozen=True)
class Place:
    """Where a project is counted. kind: city | multi_city | unassigned | province | unknown."""

    kind: str
    code: str | None
    name_zh: str | None
    pinyin: str | None

    @property
    def label(self) -> str:
        return self.name_zh or "未识别"


_BY_NAME: dict[str, tuple[str, str, str]] = {}
for _code, _zh, _py in CITIES:
    _BY_NAME[_zh] = (_code, _zh, _py)
    _BY_NAME[_zh + "市"] = (_code, _zh, _py)
    _BY_NAME[_py.lower()] = (_code, _zh, _py)
    _BY_NAME[_code] = (_code, _zh, _py)
_BY_CODE = {code: (code, zh, py) for code, zh, py in CITIES}


def _fold(text: str) -> str:
    return fold_text(text).replace(" ", "")


def city_by_code(code: str) -> Place:
    code_, zh, py = _BY_CODE[code]
    return Place("city", code_, zh, py)


def _one_city(token: str) -> tuple[str, str, str] | None:
    """Resolve a single place name (city, pinyin, district or zone) to its city, or None."""
    t = _fold(token)
    if t not in {PROVINCE_NAME, "广东"}:
        t = t.removeprefix(PROVINCE_NAME).removeprefix("广东")  # '广东省深圳市南山区'
    if not t:
        return None
    hit = _BY_NAME.get(t) or _BY_NAME.get(t.lower())
    if hit:
        return hit
    # "深圳市南山区", "广州市天河区": a city name at the start wins.
    for _code, zh, _py in CITIES:
        if t.startswith(zh):
            return _BY_NAME[zh]
    for name in (t, _SUFFIX.sub("", t)):
        if name in DISTRICTS:
            return _BY_CODE[DISTRICTS[name]]
    for m in _UNIT_WORD.finditer(t):  # the shortest first (南沙区万顷沙镇); 梅县区雁洋镇 is 梅县's, not 梅's
        if 0 < m.start() <= 10 and t[: m.start()] in DISTRICTS:
            return _BY_CODE[DISTRICTS[t[: m.start()]]]
    return None


def _several(parts: list[str]) -> Place | None:
    """The place of several names, each one a city or in one: one city, or multi_city; None if any fails. Names of
    another province beside Guangdong's are the project's part across the border, not counted here."""
    parts = [p for p in parts if not _fold(p).startswith(OTHER_PROVINCES)] or parts
    hits = [_one_city(p) for p in parts]
    if not all(hits):
        return None
    unique = sorted({h for h in hits if h}, key=lambda h: h[0])
    if len(unique) == 1:
        return Place("city", *unique[0])
    return Place("multi_city", None, "、".join(h[1] for h in unique), None)


def resolve_place(text: str | None, default: Place | None = None) -> Place:
    """Map a place cell to a Place. Blank → default (usually the publication's own city)."""
    t = _fold(text or "")
    if not t:
        return default or Place("unknown", None, None, None)
    if t in UNASSIGNED_WORDS:
        return Place("unassigned", None, "不分市", None)
    if t in {PROVINCE_NAME, "广东", "guangdong"}:
        return Place("province", PROVINCE_CODE, PROVINCE_NAME, "Guangdong")
    parts = [p for p in _SEPARATORS.split(t) if p]
    if len(parts) > 1:
        return _several(parts) or Place("unknown", None, None, None)
    parts = [p for p in _CONJUNCTIONS.split(t) if p]
    several = _several(parts) if len(parts) > 1 else None
    if several:
        return several
    single = _one_city(t)
    if single:
        return Place("city", *single)
    return Place("unknown", None, None, None)


def resolve_publisher_city(text: str) -> Place:
    """A catalog entry's city: one of the 21 (any spelling) or the province itself."""
    place = resolve_place(text)
    if place.kind not in {"city", "province"}:
        raise ValueError(f"{text!r} is neither one of the 21 cities nor the province")
    return place
