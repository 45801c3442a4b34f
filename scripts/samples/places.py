"""Where the synthetic projects sit: the districts, towns and cities each sample prints.

Each dict's weights say how often a place is drawn; its key order is the order the file lists them in
(administrative-code order for the cities), so the samples read like the real publications.
"""

from __future__ import annotations

import random

SHENZHEN_DISTRICTS = (  # in the order Shenzhen's lists print them
    "福田区",
    "罗湖区",
    "盐田区",
    "南山区",
    "宝安区",
    "龙岗区",
    "龙华区",
    "坪山区",
    "光明区",
    "大鹏新区",
    "前海合作区",
    "深汕特别合作区",
)
# Shenzhen's first 2023 batch by district: projects, total and planned for 2023 (亿元), largest first, as
# the release prints them. Invented with the published properties: the rows add up to 266 projects and
# 3295.3亿 exactly, while the annual figures add up to 535.7亿, not 535.6亿 (rounding). The SAMPLE list
# (shenzhen_batch.py) and the SAMPLE release (scripts/corpus/pages_samples.py) both follow it.
SHENZHEN_BATCH1_DISTRICTS = (
    ("龙岗区", 46, "611.7", "92.4"),
    ("宝安区", 32, "847.6", "113.9"),
    ("南山区", 28, "402.5", "61.3"),
    ("龙华区", 27, "231.9", "42.8"),
    ("光明区", 25, "286.2", "49.1"),
    ("坪山区", 24, "205.3", "38.5"),
    ("深汕特别合作区", 18, "160.9", "33.6"),
    ("福田区", 17, "198.6", "30.2"),
    ("前海合作区", 15, "91.7", "34.7"),
    ("罗湖区", 14, "126.8", "18.7"),
    ("大鹏新区", 11, "58.7", "9.9"),
    ("盐田区", 9, "73.4", "10.6"),
)
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
