"""The 21 prefecture-level cities of Guangdong and how names in published lists map onto them.

Convention for zones (see docs/conventions.md): a district or functional zone is counted in the city
that *administers* it, because that city's own lists report it. So 深汕特别合作区 (geographically in
Shanwei, administered by Shenzhen since 2018) counts for Shenzhen, as do 前海 and 大鹏.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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

# Districts and zones that published lists name instead of their city. Only places whose city is
# unambiguous are listed; anything else stays unresolved and is reported, not guessed.
DISTRICTS: dict[str, str] = {
    # Shenzhen: 9 districts, 大鹏新区, and the two zones its batch lists count as districts.
    **dict.fromkeys(
        [
            "福田",
            "罗湖",
            "南山",
            "宝安",
            "龙岗",
            "盐田",
            "龙华",
            "坪山",
            "光明",
            "大鹏",
            "大鹏新区",
            "前海",
            "前海合作区",
            "深汕",
            "深汕特别合作区",
            "深汕合作区",
        ],
        "4403",
    ),
    # Guangzhou
    **dict.fromkeys(
        ["越秀", "海珠", "荔湾", "天河", "白云", "黄埔", "番禺", "花都", "南沙", "从化", "增城"], "4401"
    ),
    # Foshan
    **dict.fromkeys(["禅城", "南海", "顺德", "高明", "三水"], "4406"),
    # Zhuhai
    **dict.fromkeys(["香洲", "斗门", "金湾", "横琴", "横琴粤澳深度合作区"], "4404"),
}

UNASSIGNED_WORDS = frozenset({"不分市", "跨市", "全省", "省级", "省直"})
_SPLIT = re.compile(r"[、,，/；;]|和|及")
_SUFFIX = re.compile(r"(特别行政区|自治县|新区|市|区|县)$")


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
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def city_by_code(code: str) -> Place:
    code_, zh, py = _BY_CODE[code]
    return Place("city", code_, zh, py)


def _one_city(token: str) -> tuple[str, str, str] | None:
    """Resolve a single place name (city, pinyin, district or zone) to its city, or None."""
    t = _fold(token)
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
    return None


def resolve_place(text: str | None, default: Place | None = None) -> Place:
    """Map a place cell to a Place. Blank → default (usually the publication's own city)."""
    t = _fold(text or "")
    if not t:
        return default or Place("unknown", None, None, None)
    if t in UNASSIGNED_WORDS:
        return Place("unassigned", None, "不分市", None)
    if t in {PROVINCE_NAME, "广东", "guangdong"}:
        return Place("province", PROVINCE_CODE, PROVINCE_NAME, "Guangdong")
    parts = [p for p in _SPLIT.split(t) if p]
    if len(parts) > 1:
        hits = [_one_city(p) for p in parts]
        if all(hits):
            unique = sorted({h for h in hits if h}, key=lambda h: h[0])
            if len(unique) == 1:
                return Place("city", *unique[0])
            return Place("multi_city", None, "、".join(h[1] for h in unique), None)
        return Place("unknown", None, None, None)
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
