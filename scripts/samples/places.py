"""Where the synthetic projects sit: the districts, towns and cities each sample prints.

Each dict's weights say how often a place is drawn; its key order is the order the file lists them in
(administrative-code order for the cities), so the samples read like the real publications.
"""

from __future__ import annotations

import random

SHENZHEN_DISTRICTS = {  # district → relative weight in the batch
    "福田区": 0.8,
    "罗湖区": 0.6,
    "盐田区": 0.4,
    "南山区": 1.2,
    "宝安区": 1.5,
    "龙岗区": 1.5,
    "龙华区": 1.1,
    "坪山区": 0.9,
    "光明区": 1.0,
    "大鹏新区": 0.4,
    "前海合作区": 0.5,
    "深汕特别合作区": 0.6,
}
FOSHAN_DISTRICTS = {"禅城区": 0.7, "南海区": 1.4, "顺德区": 1.4, "高明区": 0.6, "三水区": 0.6}
ZHONGSHAN_TOWNS = (
    "火炬开发区",
    "翠亨新区",
    "石岐街道",
    "东区街道",
    "西区街道",
    "南区街道",
    "小榄镇",
    "古镇镇",
    "南头镇",
    "黄圃镇",
    "东凤镇",
    "三角镇",
    "民众街道",
    "坦洲镇",
    "三乡镇",
    "板芙镇",
)
CITIES = {  # city (with 市) → relative weight in the provincial plans, in administrative-code order
    "广州市": 1.6,
    "韶关市": 0.35,
    "深圳市": 1.5,
    "珠海市": 0.7,
    "汕头市": 0.5,
    "佛山市": 1.0,
    "江门市": 0.6,
    "湛江市": 0.6,
    "茂名市": 0.4,
    "肇庆市": 0.5,
    "惠州市": 0.8,
    "梅州市": 0.35,
    "汕尾市": 0.3,
    "河源市": 0.3,
    "阳江市": 0.3,
    "清远市": 0.4,
    "东莞市": 0.9,
    "中山市": 0.5,
    "潮州市": 0.25,
    "揭阳市": 0.35,
    "云浮市": 0.25,
}
MULTI_CITY = (
    "广州市、佛山市",
    "深圳市、东莞市、惠州市",
    "珠海市、江门市",
    "广州市、清远市",
    "汕头市、潮州市、揭阳市",
    "湛江市、茂名市",
)
UNASSIGNED = "不分市"


def place_order(place: str) -> tuple[int, str]:
    """Sort key: the 21 cities in code order, then multi-city rows, then 不分市."""
    order = list(CITIES)
    if place in CITIES:
        return order.index(place), place
    return (len(order) + 1 if place == UNASSIGNED else len(order)), place


def short(place: str) -> str:
    """'深圳市' → '深圳', '南山区' → '南山', '大鹏新区' → '大鹏'; towns and zones are kept whole."""
    for suffix in ("新区", "市", "区"):
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


def weighted_places(rng: random.Random, weights: dict[str, float], n: int) -> list[str]:
    """n places: each at least once (a real list names every district), the rest by weight."""
    places = list(weights) + rng.choices(list(weights), weights=list(weights.values()), k=n - len(weights))
    rng.shuffle(places)
    return places
