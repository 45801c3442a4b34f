"""Synthetic project names, owners and 主要建设内容 texts, and the Namer that keeps names unique.

Names are assembled from a small vocabulary so that they read like real list entries without naming a
real project. One Namer is shared by every family of a run, so two files share a name only where an
overlap is planted on purpose (the 2023 provincial plan's copies of Shenzhen and Foshan rows).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from etl.rules.clusters import INDUSTRIAL_CLUSTERS

from .places import CITIES, short

SYLLABLES = tuple("凤岗塘湖溪岭湾沙埔桥田坑围洲青石龙鹤云松桂梅兰榕金银白新东西南北清泉荔樟柏")
BRAND_FIRST = tuple("岚粤鹏恒瑞创澜联卓腾启嘉领博星盛泰锐鼎昇晶")
BRAND_SECOND = tuple("芯光能材达源微信越驰康晟宇昊迈威拓科扬")
CLUSTERS = INDUSTRIAL_CLUSTERS
FACILITIES = ("产业园", "生产基地", "智能制造基地", "研发总部", "产业化基地", "智造中心", "制造基地")
PRODUCTS = (
    "高端显示面板",
    "动力电池",
    "功率半导体",
    "工业机器人",
    "新能源汽车零部件",
    "原料药",
    "智能家电",
    "先进陶瓷材料",
    "高性能膜材料",
    "光伏组件",
    "储能电池",
    "激光器件",
    "精密传感器",
    "服务器",
    "芯片封装测试",
    "氢燃料电池",
    "锂电池隔膜",
    "医疗器械",
)
PHASES = ("一期", "二期", "三期", "（一期）", "（二期）")

# Province-wide (不分市) programmes: name → sub-category of the 2022 plan it is printed under.
UNASSIGNED_INFRA = {
    "广东电网500千伏主网架完善工程": "能源项目",
    "全省城乡电网升级改造工程": "能源项目",
    "广东省天然气主干管网工程": "能源项目",
    "全省高速公路服务区提质升级工程": "高速公路项目",
    "全省中小河流治理工程": "水利项目",
    "全省农村供水保障工程": "水利项目",
    "广东省内河高等级航道提升工程": "港口航道项目",
}
UNASSIGNED_SOCIAL = (
    "全省基层医疗卫生服务能力提升工程",
    "全省职业教育基础能力建设工程",
    "广东省应急物资储备体系建设工程",
    "全省公共文化设施提升工程",
)


def place_word(rng: random.Random) -> str:
    """Two distinct syllables: a made-up place name such as '凤岗', used inside project names."""
    a, b = rng.sample(SYLLABLES, 2)
    return a + b


def brand_word(rng: random.Random) -> str:
    """A made-up two-character company brand such as '岚芯'."""
    return rng.choice(BRAND_FIRST) + rng.choice(BRAND_SECOND)


def industry_name(rng: random.Random, prefix: str = "") -> str:
    """An industrial (产业) project: a cluster park, a production line or an R&D base."""
    kind = rng.randrange(4)
    if kind == 0:
        return f"{prefix}{brand_word(rng)}{rng.choice(CLUSTERS)}{rng.choice(FACILITIES)}项目"
    if kind == 1:
        return f"{prefix}{place_word(rng)}{rng.choice(CLUSTERS)}产业园{rng.choice(PHASES)}"
    if kind == 2:
        return f"{brand_word(rng)}{rng.choice(PRODUCTS)}生产线建设项目"
    return f"{brand_word(rng)}{rng.choice(PRODUCTS)}研发及产业化项目"


def infra_name(rng: random.Random, prefix: str = "") -> str:
    """A city-scale infrastructure (基础设施) project: roads, water, grid, utility tunnels."""
    w = place_word(rng)
    return prefix + rng.choice(
        (
            f"{w}大道市政化改造工程",
            f"{w}路新建工程",
            f"{w}水质净化厂扩建工程",
            f"{w}片区综合管廊工程",
            f"{w}河流域综合治理工程",
            f"220千伏{w}输变电工程",
            f"110千伏{w}输变电工程",
            f"{w}立交改造工程",
            f"{w}综合交通枢纽工程",
            f"{w}片区供水管网改造工程",
            f"{w}隧道工程",
            f"{w}快速路工程",
        )
    )


def social_name(rng: random.Random, prefix: str = "") -> str:
    """A public-service (民生) project: schools, hospitals, housing, parks, culture and sport."""
    w = place_word(rng)
    return prefix + rng.choice(
        (
            f"{w}学校新建工程",
            f"{w}中学改扩建工程",
            f"{w}实验学校",
            f"人民医院{w}院区",
            f"{w}医院改扩建工程",
            f"{w}保障性租赁住房项目",
            f"{w}公园提升工程",
            f"{w}文化艺术中心",
            f"{w}体育中心",
            f"{w}养老服务中心",
            f"{w}人才安居房项目",
        )
    )


def big_infra_name(rng: random.Random, subcategory: str | None = None) -> str:
    """Names of the provincial plans' large infrastructure, by the 2022 plan's sub-categories."""
    a, b = place_word(rng), place_word(rng)
    while b == a:
        b = place_word(rng)
    by_sub = {
        "国铁干线项目": (f"{a}至{b}铁路", f"{a}至{b}高速铁路"),
        "城际铁路项目": (f"{a}至{b}城际铁路", f"{a}{b}城际铁路{rng.choice(PHASES)}"),
        "高速公路项目": (f"{a}至{b}高速公路", f"{a}高速公路改扩建工程"),
        "港口航道项目": (f"{a}港区{b}作业区码头工程", f"{a}航道扩能升级工程"),
        "机场项目": (f"{a}机场改扩建工程", f"{a}通用机场工程"),
        "能源项目": (
            f"{a}海上风电项目",
            f"{a}抽水蓄能电站",
            f"500千伏{a}输变电工程",
            f"{a}燃气电厂工程",
            f"{a}光伏发电项目",
        ),
        "水利项目": (
            f"{a}水库扩建工程",
            f"{a}河流域综合整治工程",
            f"{a}水资源配置工程",
            f"{a}海堤达标加固工程",
        ),
        "城市轨道及市政项目": (
            f"城市轨道交通{rng.randint(2, 30)}号线{rng.choice(PHASES)}",
            f"{a}快速路工程",
            f"{a}综合管廊工程",
            f"{a}水质净化厂工程",
        ),
    }
    sub = subcategory or rng.choice(list(by_sub))
    return rng.choice(by_sub[sub])


def content_text(rng: random.Random, category: str, subcategory: str | None = None) -> str:
    """主要建设内容: note the quantities in 万千瓦 / 万平方米 — 万 as a measure word, not money."""
    n = rng.randint(2, 80)
    if category == "基础设施":
        by_sub = {
            "港口航道项目": (f"新建泊位{rng.randint(2, 12)}个", f"整治航道约{n}公里"),
            "机场项目": (f"新建航站楼约{n}万平方米及配套设施",),
            "能源项目": (f"装机容量{n * 5}万千瓦", f"新建输电线路约{n * 3}公里"),
            "水利项目": (f"新增供水能力{n}万立方米/日", f"整治河道约{n}公里"),
            "城市轨道及市政项目": (f"新建线路约{n}公里", f"新建道路约{n}公里及配套设施"),
        }
        return rng.choice(by_sub.get(subcategory or "", (f"新建线路约{n * 2}公里",)))
    if category == "产业":
        return f"新建厂房及配套设施，建筑面积约{n}万平方米"
    return rng.choice(
        (
            f"新建校舍，建筑面积约{n}万平方米",
            f"新增床位{n * 20}张",
            f"建设保障性住房约{n * 100}套",
        )
    )


def owner_name(rng: random.Random, city: str, category: str) -> str:
    """建设单位: a company for 产业 and 基础设施, a city bureau or provincial department otherwise."""
    prefix = short(city) + "市" if city in CITIES else "广东省"
    if category == "产业":
        return (
            f"{prefix}{brand_word(rng)}{rng.choice(('科技', '实业', '新材料', '智能制造', '电子'))}有限公司"
        )
    if category == "基础设施":
        return (
            f"{prefix}{place_word(rng)}{rng.choice(('建设投资', '交通投资', '水务投资', '能源发展'))}有限公司"
        )
    if prefix == "广东省":
        return prefix + rng.choice(
            ("教育厅", "卫生健康委员会", "住房和城乡建设厅", "文化和旅游厅", "应急管理厅")
        )
    return prefix + rng.choice(
        ("教育局", "卫生健康局", "住房和城乡建设局", "文化广电旅游体育局", "建筑工务署")
    )


class Namer:
    """Hands out project names, never the same twice in one run (so no overlap happens by accident)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, name: str) -> str:
        """Claim a fixed name (a province-wide programme, a planted copy); a repeat is a bug."""
        assert name not in self.seen, f"duplicate project name {name}"
        self.seen.add(name)
        return name

    def unique(self, rng: random.Random, make: Callable[[random.Random], str]) -> str:
        """Draw names from make until one is new. Every retry draws from rng, so the order in which the
        families ask for names is part of what makes the samples reproducible."""
        for _ in range(500):
            name = make(rng)
            if name not in self.seen:
                return self.take(name)
        raise RuntimeError("could not find a fresh project name")


# The name maker of each city-list category (the city batches say 民生, the provincial plans 民生保障).
CITY_NAME_MAKERS: dict[str, Callable[[random.Random, str], str]] = {
    "产业": industry_name,
    "基础设施": infra_name,
    "民生": social_name,
}
