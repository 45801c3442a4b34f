"""Regenerate the bundled SAMPLE publications in samples/: deterministic, offline.

    .venv/bin/python scripts/make_samples.py

The files are modelled on published headline figures (listed in samples/README.md):
their project counts and totals equal those headlines exactly, but every project row is synthetic.
Each file says so in a title / note row (CSV, XLSX, HTML) or a top-level "note" key (JSON).

Amounts are generated as integers in the smallest unit each file prints (0.01亿元 or 1万元), split so
that the rows add up to the headline exactly, and formatted with Decimal. Every file is checked
against its headline (assert) before it is written. Running the script twice gives identical bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE_NOTE = "样例数据（SAMPLE，非官方清单）：按公开报道的总数生成"
FIXED_TIME = dt.datetime(2023, 1, 1, 0, 0, 0)  # XLSX document properties and zip entry times

CENT_YI = 2  # decimals printed for 亿元 amounts: the generating unit is 0.01亿元 (= 100万元)
WAN_PER_CENT_YI = 100

# ---------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------------
# Vocabulary for synthetic names
# ---------------------------------------------------------------------------------------------------
SYLLABLES = tuple("凤岗塘湖溪岭湾沙埔桥田坑围洲青石龙鹤云松桂梅兰榕金银白新东西南北清泉荔樟柏")
BRAND_FIRST = tuple("岚粤鹏恒瑞创澜联卓腾启嘉领博星盛泰锐鼎昇晶")
BRAND_SECOND = tuple("芯光能材达源微信越驰康晟宇昊迈威拓科扬")
CLUSTERS = (
    "新一代电子信息",
    "绿色石化",
    "智能家电",
    "汽车",
    "先进材料",
    "现代轻工纺织",
    "软件与信息服务",
    "超高清视频显示",
    "生物医药与健康",
    "现代农业与食品",
    "半导体与集成电路",
    "高端装备制造",
    "智能机器人",
    "区块链与量子信息",
    "前沿新材料",
    "新能源",
    "激光与增材制造",
    "数字创意",
    "安全应急与环保",
    "精密仪器设备",
)
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
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def place_word(rng: random.Random) -> str:
    a, b = rng.sample(SYLLABLES, 2)
    return a + b


def brand_word(rng: random.Random) -> str:
    return rng.choice(BRAND_FIRST) + rng.choice(BRAND_SECOND)


def short(place: str) -> str:
    """'深圳市' → '深圳', '南山区' → '南山', '大鹏新区' → '大鹏'; towns and zones are kept whole."""
    for suffix in ("新区", "市", "区"):
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


def industry_name(rng: random.Random, prefix: str = "") -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{prefix}{brand_word(rng)}{rng.choice(CLUSTERS)}{rng.choice(FACILITIES)}项目"
    if kind == 1:
        return f"{prefix}{place_word(rng)}{rng.choice(CLUSTERS)}产业园{rng.choice(PHASES)}"
    if kind == 2:
        return f"{brand_word(rng)}{rng.choice(PRODUCTS)}生产线建设项目"
    return f"{brand_word(rng)}{rng.choice(PRODUCTS)}研发及产业化项目"


def infra_name(rng: random.Random, prefix: str = "") -> str:
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
        assert name not in self.seen, f"duplicate project name {name}"
        self.seen.add(name)
        return name

    def unique(self, rng: random.Random, make: Callable[[random.Random], str]) -> str:
        for _ in range(500):
            name = make(rng)
            if name not in self.seen:
                return self.take(name)
        raise RuntimeError("could not find a fresh project name")


# ---------------------------------------------------------------------------------------------------
# Exact integer splits and Decimal formatting
# ---------------------------------------------------------------------------------------------------
def _lognormal_weights(n: int, rng: random.Random, sigma: float) -> list[int]:
    """Skewed integer weights (the split itself stays in integers)."""
    return [int(rng.lognormvariate(0, sigma) * 1_000_000) + 1 for _ in range(n)]


def split_exact(total: int, n: int, rng: random.Random, floor: int, sigma: float = 1.1) -> list[int]:
    """n positive ints, each ≥ floor, summing to total exactly, with a lognormal (skewed) spread.

    Each part gets floor plus its weighted share of the rest (rounded down); the rounding
    remainder goes to the largest part.
    """
    assert n > 0 and floor > 0 and total >= n * floor, (total, n, floor)
    weights = _lognormal_weights(n, rng, sigma)
    spare = total - n * floor
    weight_sum = sum(weights)
    parts = [floor + spare * w // weight_sum for w in weights]
    parts[parts.index(max(parts))] += total - sum(parts)
    assert sum(parts) == total and min(parts) >= floor
    return parts


def split_capped(total: int, caps: list[int], floor: int, weights: list[int]) -> list[int]:
    """Ints with floor ≤ part ≤ cap summing to total exactly, proportional to weights (water-filling).

    Used for annual amounts, which must not exceed the project's own total investment.
    """
    n = len(caps)
    assert all(c >= floor for c in caps) and n * floor <= total <= sum(caps), (total, n, floor)
    parts = [floor] * n
    remaining = total - n * floor
    open_rows = [i for i in range(n) if parts[i] < caps[i]]
    while remaining > 0:
        weight_sum = sum(weights[i] for i in open_rows)
        given = 0
        for i in open_rows:
            add = min(caps[i] - parts[i], remaining * weights[i] // weight_sum)
            parts[i] += add
            given += add
        if given == 0:  # only rounding is left: it goes to the largest rows that have room
            for i in sorted(open_rows, key=lambda i: (-parts[i], i)):
                add = min(caps[i] - parts[i], remaining - given)
                parts[i] += add
                given += add
                if given == remaining:
                    break
        remaining -= given
        open_rows = [i for i in open_rows if parts[i] < caps[i]]
    assert sum(parts) == total and all(floor <= p <= c for p, c in zip(parts, caps, strict=True))
    return parts


def fmt_units(amount: int, decimals: int) -> str:
    """An integer count of 10^-decimals units as a plain decimal string: (329530, 2) → '3295.3'."""
    value = Decimal(amount).scaleb(-decimals).normalize()
    return format(value, "f")


def yi(amount_cents: int) -> str:
    """0.01亿元 units → '亿元' text with up to two decimals."""
    return fmt_units(amount_cents, CENT_YI)


def wan_as_yi(amount_wan: int) -> str:
    return fmt_units(amount_wan, 4)


# ---------------------------------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------------------------------
@dataclass
class Project:
    name: str
    place: str  # district, town, city or 不分市, as printed
    category: str
    total: int  # in the file's generating unit (0.01亿元 or 万元)
    annual: int | None = None  # None: printed as a placeholder / blank
    stage: str = "新开工"
    period: str = ""
    funding: str = ""
    owner: str = ""
    content: str = ""


def new_period(rng: random.Random, year: int, total: int, big: int) -> str:
    years = rng.choice((1, 2, 2, 3, 3, 3, 4)) + (1 if total >= big else 0)
    return f"{year}-{year + years}"


def ongoing_period(rng: random.Random, year: int) -> str:
    start = rng.randint(year - 6, year - 1)
    return f"{start}-{rng.randint(year, year + 5)}"


def weighted_places(rng: random.Random, weights: dict[str, float], n: int) -> list[str]:
    """n places: each at least once, the rest by weight."""
    places = list(weights) + rng.choices(list(weights), weights=list(weights.values()), k=n - len(weights))
    rng.shuffle(places)
    return places


def write_csv(path: Path, rows: list[list[str]], encoding: str, lineterminator: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=lineterminator).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def summary(path: Path, projects: int, total: str, annual: str | None, detail: str) -> None:
    annual_text = f", annual {annual}亿" if annual is not None else ""
    print(f"{path.relative_to(ROOT)}: {projects} projects, total {total}亿{annual_text} ({detail})")


# ---------------------------------------------------------------------------------------------------
# 1. Shenzhen, first groundbreaking batch of 2023
# ---------------------------------------------------------------------------------------------------
SZ_PROJECTS, SZ_TOTAL, SZ_ANNUAL = 266, 329530, 53560  # 3295.3亿 / 535.6亿 in 0.01亿元
SZ_GOV_N, SZ_GOV_TOTAL = 145, 70420  # 704.2亿
SZ_SOC_N, SZ_SOC_TOTAL = 121, 259110  # 2591.1亿
SZ_IND_N, SZ_IND_TOTAL = 96, 190000  # 1900亿: a subset of 社会投资, more than half of 3295.3亿


def make_shenzhen(namer: Namer) -> list[Project]:
    """Shenzhen 2023-01-29 first batch: 266 projects, 3295.3亿 total, 535.6亿 planned for 2023;
    96 industrial projects holding more than half the total; 145 government-funded (704.2亿) and
    121 privately funded (2591.1亿). All 新开工."""
    rng = random.Random(20230129)
    funding = ["社会投资"] * SZ_SOC_N + ["政府投资"] * SZ_GOV_N
    categories = ["产业"] * SZ_IND_N
    categories += [rng.choice(("基础设施", "民生")) for _ in range(SZ_SOC_N - SZ_IND_N)]
    categories += [rng.choices(("基础设施", "民生"), weights=(3, 2))[0] for _ in range(SZ_GOV_N)]
    totals = split_exact(SZ_IND_TOTAL, SZ_IND_N, rng, floor=50)
    totals += split_exact(SZ_SOC_TOTAL - SZ_IND_TOTAL, SZ_SOC_N - SZ_IND_N, rng, floor=30)
    totals += split_exact(SZ_GOV_TOTAL, SZ_GOV_N, rng, floor=20)
    districts = weighted_places(rng, SHENZHEN_DISTRICTS, SZ_PROJECTS)
    makers = {"产业": industry_name, "基础设施": infra_name, "民生": social_name}
    projects = []
    for category, fund, total, district in zip(categories, funding, totals, districts, strict=True):
        prefix = district if rng.random() < 0.4 else ""
        name = namer.unique(rng, lambda r, c=category, p=prefix: makers[c](r, p))
        projects.append(
            Project(name, district, category, total, funding=fund, period=new_period(rng, 2023, total, 5000))
        )
    caps = [p.total * 8 // 10 for p in projects]
    weights = [
        p.total * w for p, w in zip(projects, _lognormal_weights(len(projects), rng, 0.5), strict=True)
    ]
    for p, annual in zip(projects, split_capped(SZ_ANNUAL, caps, 5, weights), strict=True):
        p.annual = annual
    rng.shuffle(projects)
    order = list(SHENZHEN_DISTRICTS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def write_shenzhen(projects: list[Project]) -> Path:
    path = SAMPLES / "shenzhen_2023_batch1_sample.csv"
    assert len(projects) == SZ_PROJECTS
    assert sum(p.total for p in projects) == SZ_TOTAL
    assert sum(p.annual or 0 for p in projects) == SZ_ANNUAL
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    gov = [p for p in projects if p.funding == "政府投资"]
    soc = [p for p in projects if p.funding == "社会投资"]
    ind = [p for p in projects if p.category == "产业"]
    assert (len(gov), sum(p.total for p in gov)) == (SZ_GOV_N, SZ_GOV_TOTAL)
    assert (len(soc), sum(p.total for p in soc)) == (SZ_SOC_N, SZ_SOC_TOTAL)
    assert len(ind) == SZ_IND_N and all(p.funding == "社会投资" for p in ind)
    assert 2 * sum(p.total for p in ind) > SZ_TOTAL
    assert {p.place for p in projects} == set(SHENZHEN_DISTRICTS)
    rows = [
        [SAMPLE_NOTE + "：深圳市2023年第一批重大项目集中开工（266个项目，总投资3295.3亿元）"],
        ["单位：亿元"],
        [
            "序号",
            "项目名称",
            "所在区",
            "类别",
            "投资主体",
            "建设性质",
            "总投资（亿元）",
            "2023年计划投资（亿元）",
            "建设起止年限",
        ],
    ]
    for seq, p in enumerate(projects, 1):
        rows.append(
            [
                str(seq),
                p.name,
                p.place,
                p.category,
                p.funding,
                p.stage,
                yi(p.total),
                yi(p.annual or 0),
                p.period,
            ]
        )
    rows.append(["合计", "", "", "", "", "", yi(SZ_TOTAL), yi(SZ_ANNUAL), ""])
    write_csv(path, rows, "utf-8-sig", "\n")
    summary(path, len(projects), yi(SZ_TOTAL), yi(SZ_ANNUAL), "UTF-8 with BOM, 亿元 in the headers")
    return path


# ---------------------------------------------------------------------------------------------------
# 2. Foshan, 2023 Q1 groundbreaking batch
# ---------------------------------------------------------------------------------------------------
FS_PROJECTS, FS_TOTAL, FS_INDUSTRIAL = 103, 85003, 79  # 850.03亿 in 0.01亿元
FS_ANNUAL_KNOWN = 18627  # 186.27亿 over the rows that print a figure: NOT a published number
FS_PLACEHOLDERS = 9  # rows whose annual amount is printed as "——"


def make_foshan(namer: Namer) -> list[Project]:
    """Foshan 2023 Q1 batch: 103 projects, 850.03亿 total, 79 of them industrial. All 新开工.
    The annual figures are invented (no annual headline was published); 9 are '——'."""
    rng = random.Random(20230331)
    categories = ["产业"] * FS_INDUSTRIAL + ["基础设施"] * 15 + ["民生"] * (FS_PROJECTS - FS_INDUSTRIAL - 15)
    rng.shuffle(categories)
    totals = split_exact(FS_TOTAL, FS_PROJECTS, rng, floor=50)
    districts = weighted_places(rng, FOSHAN_DISTRICTS, FS_PROJECTS)
    makers = {"产业": industry_name, "基础设施": infra_name, "民生": social_name}
    projects = []
    for category, total, district in zip(categories, totals, districts, strict=True):
        prefix = district if rng.random() < 0.3 else ""
        name = namer.unique(rng, lambda r, c=category, p=prefix: makers[c](r, p))
        owner = owner_name(rng, "佛山市", category)
        projects.append(
            Project(name, district, category, total, owner=owner, period=new_period(rng, 2023, total, 3000))
        )
    unknown = set(rng.sample(range(FS_PROJECTS), FS_PLACEHOLDERS))
    known = [p for i, p in enumerate(projects) if i not in unknown]
    caps = [p.total * 7 // 10 for p in known]
    weights = [p.total * w for p, w in zip(known, _lognormal_weights(len(known), rng, 0.5), strict=True)]
    for p, annual in zip(known, split_capped(FS_ANNUAL_KNOWN, caps, 5, weights), strict=True):
        p.annual = annual
    order = list(FOSHAN_DISTRICTS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def write_foshan(projects: list[Project]) -> Path:
    path = SAMPLES / "foshan_2023_q1_sample.csv"
    assert len(projects) == FS_PROJECTS
    assert sum(p.total for p in projects) == FS_TOTAL
    assert sum(p.category == "产业" for p in projects) == FS_INDUSTRIAL
    assert sum(p.annual is None for p in projects) == FS_PLACEHOLDERS
    assert sum(p.annual or 0 for p in projects) == FS_ANNUAL_KNOWN
    rows = [
        [SAMPLE_NOTE + "：佛山市2023年第一季度重大项目集中开工（103个项目，总投资850.03亿元）"],
        ["金额单位：亿元"],
        ["序号", "项目名称", "所在地", "类别", "建设性质", "总投资", "年度计划投资", "建设单位"],
    ]
    for seq, p in enumerate(projects, 1):
        annual = "——" if p.annual is None else yi(p.annual)
        rows.append([str(seq), p.name, p.place, p.category, p.stage, yi(p.total), annual, p.owner])
    write_csv(path, rows, "gb18030", "\r\n")
    summary(path, len(projects), yi(FS_TOTAL), None, "GB18030, CRLF, 亿元 in a note row, no total row")
    return path


# ---------------------------------------------------------------------------------------------------
# 3. Guangdong provincial plan 2023 (JSON, 万元)
# ---------------------------------------------------------------------------------------------------
GD23_PROJECTS, GD23_NEW, GD23_ONGOING = 1530, 249, 1281
GD23_TOTAL, GD23_ANNUAL = 850_000_000, 100_000_000  # 8.5万亿 / 1万亿 in 万元
GD23_BIG_N, GD23_BIG_FLOOR = 205, 1_000_000  # 205 projects of at least 100亿
GD23_BIG_TOTAL = 470_000_000  # 4.7万亿 across the generated ≥100亿 projects (a modelling choice)
GD23_UNASSIGNED_N = 10
CITY_TO_PROVINCIAL_CATEGORY = {"产业": "产业", "基础设施": "基础设施", "民生": "民生保障"}
PROVINCIAL_CATEGORIES = ("基础设施", "产业", "民生保障")


def pick_overlap(rng: random.Random, projects: list[Project], n: int, min_total: int) -> list[Project]:
    """n large projects of a city list that the provincial plan will list too (same name, same city)."""
    candidates = [
        p for p in projects if p.total >= min_total and p.annual is not None and p.category != "民生"
    ]
    assert len(candidates) >= n
    return rng.sample(candidates, n)


def provincial_name(rng: random.Random, place: str, category: str, total: int) -> str:
    """A provincial-plan name: multi-city rows are rail / motorway links, large infrastructure gets
    the big-project vocabulary, and half the city rows carry their city's name."""
    if place in MULTI_CITY:
        return big_infra_name(rng, rng.choice(("城际铁路项目", "高速公路项目")))
    prefix = short(place) if place in CITIES and rng.random() < 0.5 else ""
    if category == "基础设施":
        return prefix + big_infra_name(rng) if total >= 500_000 else infra_name(rng, prefix)
    if category == "产业":
        return industry_name(rng, prefix)
    return social_name(rng, prefix)


def make_guangdong_2023(namer: Namer, shenzhen: list[Project], foshan: list[Project]) -> list[Project]:
    """Provincial plan 2023 (粤发改重点〔2023〕72号): 1530 projects (新开工 249 + 续建 1281), total
    8.5万亿 (the DRC notice; other reports say 8.4万亿), 1万亿 planned for 2023, 205 projects of at
    least 100亿. Five projects are copied from the Shenzhen sample and three from the Foshan sample."""
    rng = random.Random(2023_72)
    fixed = []
    for city, source, n, min_total in (("深圳市", shenzhen, 5, 3000), ("佛山市", foshan, 3, 2000)):
        for p in pick_overlap(rng, source, n, min_total):
            category = CITY_TO_PROVINCIAL_CATEGORY[p.category]
            fixed.append(
                Project(
                    p.name,
                    city,
                    category,
                    p.total * WAN_PER_CENT_YI,
                    (p.annual or 0) * WAN_PER_CENT_YI,
                    stage="新开工",
                    period=p.period,
                    owner=p.owner or owner_name(rng, city, category),
                )
            )
    n_generated = GD23_PROJECTS - len(fixed)
    big_n = GD23_BIG_N - sum(p.total >= GD23_BIG_FLOOR for p in fixed)
    small_n = n_generated - big_n
    small_total = GD23_TOTAL - GD23_BIG_TOTAL - sum(p.total for p in fixed)
    big = split_exact(GD23_BIG_TOTAL, big_n, rng, floor=GD23_BIG_FLOOR, sigma=1.0)
    small_weights = _lognormal_weights(small_n, rng, 1.1)
    small = split_capped(small_total, [GD23_BIG_FLOOR - 1] * small_n, 5000, small_weights)
    # Places: the 16 province-wide and multi-city rows are among the largest projects.
    social_unassigned = rng.sample(UNASSIGNED_SOCIAL, 3)
    infra_unassigned = rng.sample(list(UNASSIGNED_INFRA), GD23_UNASSIGNED_N - 3)
    specials = [(UNASSIGNED, "基础设施", n) for n in infra_unassigned]
    specials += [(UNASSIGNED, "民生保障", n) for n in social_unassigned]
    specials += [(place, "基础设施", None) for place in MULTI_CITY]
    stages = ["新开工"] * (GD23_NEW - len(fixed)) + ["续建"] * GD23_ONGOING
    rng.shuffle(stages)
    projects = list(fixed)
    for i, total in enumerate(big + small):
        stage = stages[i]
        if i < len(specials):
            place, category, name = specials[i]
            name = namer.take(f"{name}（2023年度）") if name else None
        else:
            place = rng.choices(list(CITIES), weights=list(CITIES.values()))[0]
            weights = (6, 3, 1) if total >= GD23_BIG_FLOOR else (3, 5, 2)
            category = rng.choices(PROVINCIAL_CATEGORIES, weights=weights)[0]
            name = None
        if name is None:
            name = namer.unique(rng, lambda r, p=place, c=category, t=total: provincial_name(r, p, c, t))
        period = new_period(rng, 2023, total, 2_000_000) if stage == "新开工" else ongoing_period(rng, 2023)
        projects.append(
            Project(
                name,
                place,
                category,
                total,
                stage=stage,
                period=period,
                owner=owner_name(rng, place, category),
            )
        )
    generated = projects[len(fixed) :]
    caps = [p.total * (4 if p.stage == "新开工" else 6) // 10 for p in generated]
    weights = [
        p.total * w for p, w in zip(generated, _lognormal_weights(len(generated), rng, 0.4), strict=True)
    ]
    annual_left = GD23_ANNUAL - sum(p.annual or 0 for p in fixed)
    for p, annual in zip(generated, split_capped(annual_left, caps, 500, weights), strict=True):
        p.annual = annual
    projects.sort(key=lambda p: (PROVINCIAL_CATEGORIES.index(p.category), place_order(p.place)))
    return projects


def write_guangdong_2023(projects: list[Project]) -> Path:
    path = SAMPLES / "guangdong_2023_provincial_plan_sample.json"
    assert len(projects) == GD23_PROJECTS
    assert sum(p.stage == "新开工" for p in projects) == GD23_NEW
    assert sum(p.stage == "续建" for p in projects) == GD23_ONGOING
    assert sum(p.total for p in projects) == GD23_TOTAL
    assert sum(p.annual or 0 for p in projects) == GD23_ANNUAL
    assert sum(p.total >= GD23_BIG_FLOOR for p in projects) == GD23_BIG_N
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    assert len({p.name for p in projects}) == len(projects)
    items = [
        {
            "序号": seq,
            "项目名称": p.name,
            "地市": p.place,
            "类别": p.category,
            "建设性质": p.stage,
            "建设起止年限": p.period,
            "总投资": p.total,
            "2023年计划投资": p.annual,
            "建设单位": p.owner,
        }
        for seq, p in enumerate(projects, 1)
    ]
    note = SAMPLE_NOTE + "：广东省2023年重点建设项目计划（1530个项目，总投资8.5万亿元，年度计划投资1万亿元）"
    head = json.dumps({"note": note, "单位": "万元"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    path.write_text(f'{head}, "data": {{"items": [\n{lines}\n]}}}}\n', encoding="utf-8")
    summary(path, len(projects), wan_as_yi(GD23_TOTAL), wan_as_yi(GD23_ANNUAL), "UTF-8 JSON, 万元 integers")
    return path


# ---------------------------------------------------------------------------------------------------
# 4. Guangdong provincial plan 2022 (XLSX for printing, 万元)
# ---------------------------------------------------------------------------------------------------
GD22_NEW, GD22_ONGOING = 294, 1276
GD22_TOTAL, GD22_ANNUAL, GD22_UNASSIGNED_ANNUAL = (
    767_000_000,
    90_000_000,
    5_600_000,
)  # 7.67万亿 / 9000亿 / 560亿
GD22_SECTIONS = (  # label, category, declared count, total investment (a modelling choice), annual
    ("一、基础设施工程", "基础设施", 559, 430_000_000, 49_490_000),
    ("二、产业工程", "产业", 696, 230_000_000, 28_970_000),
    ("三、民生保障工程", "民生保障", 315, 107_000_000, 11_540_000),
)
GD22_INFRA_SUBCATEGORIES = {  # sub-category → number of projects (adds to 559)
    "国铁干线项目": 14,
    "城际铁路项目": 22,
    "高速公路项目": 88,
    "港口航道项目": 25,
    "机场项目": 8,
    "能源项目": 120,
    "水利项目": 92,
    "城市轨道及市政项目": 190,
}
GD22_UNASSIGNED_INFRA_N, GD22_UNASSIGNED_SOCIAL_N = 5, 3


@dataclass
class Section:
    label: str
    category: str
    total: int
    annual: int
    groups: list[tuple[str | None, list[Project]]]  # (sub-category or None, its projects)

    @property
    def projects(self) -> list[Project]:
        return [p for _, group in self.groups for p in group]


def make_guangdong_2022(namer: Namer) -> list[Section]:
    """Provincial plan 2022: 1570 projects (新开工 294 + 续建 1276), 7.67万亿 total, 9000亿 planned
    for 2022 — 基础设施 559 projects (4949亿), 产业 696 (2897亿), 民生保障 315 (1154亿) — and a
    不分市 bucket of 560亿 (8 province-wide projects)."""
    rng = random.Random(2022)
    stages = ["新开工"] * GD22_NEW + ["续建"] * GD22_ONGOING
    rng.shuffle(stages)
    unassigned_infra = rng.sample(list(UNASSIGNED_INFRA), GD22_UNASSIGNED_INFRA_N)
    unassigned_social = rng.sample(UNASSIGNED_SOCIAL, GD22_UNASSIGNED_SOCIAL_N)
    sections: list[Section] = []
    all_unassigned: list[Project] = []
    for label, category, count, total, annual in GD22_SECTIONS:
        totals = sorted(split_exact(total, count, rng, floor=5000), reverse=True)
        names_unassigned = unassigned_infra if category == "基础设施" else []
        names_unassigned = unassigned_social if category == "民生保障" else names_unassigned
        # Province-wide projects take some of the largest totals; the rest are shuffled.
        top = rng.sample(range(30), len(names_unassigned))
        rest = [t for i, t in enumerate(totals) if i not in top]
        rng.shuffle(rest)
        if category == "基础设施":
            subs = [s for s, n in GD22_INFRA_SUBCATEGORIES.items() for _ in range(n)]
            for name in names_unassigned:
                subs.remove(UNASSIGNED_INFRA[name])
            rng.shuffle(subs)
            subs = [UNASSIGNED_INFRA[n] for n in names_unassigned] + subs
        else:
            subs = [None] * count
        projects: list[Project] = []
        for i, sub in enumerate(subs):
            stage = stages.pop()
            if i < len(names_unassigned):
                name, place, amount = (
                    namer.take(f"{names_unassigned[i]}（2022年度）"),
                    UNASSIGNED,
                    totals[top[i]],
                )
            else:
                amount = rest[i - len(names_unassigned)]
                place = rng.choices(list(CITIES), weights=list(CITIES.values()))[0]
                if sub in ("国铁干线项目", "城际铁路项目") and rng.random() < 0.2:
                    place = rng.choice(MULTI_CITY)
                prefix = short(place) if place in CITIES and rng.random() < 0.5 else ""
                if category == "基础设施":
                    name = namer.unique(rng, lambda r, p=prefix, s=sub: p + big_infra_name(r, s))
                elif category == "产业":
                    name = namer.unique(rng, lambda r, p=prefix: industry_name(r, p))
                else:
                    name = namer.unique(rng, lambda r, p=prefix: social_name(r, p))
            period = (
                new_period(rng, 2022, amount, 2_000_000) if stage == "新开工" else ongoing_period(rng, 2022)
            )
            projects.append(
                Project(
                    name,
                    place,
                    category,
                    amount,
                    stage=stage,
                    period=period,
                    owner=owner_name(rng, place, category),
                    content=content_text(rng, category, sub),
                )
            )
        groups: list[tuple[str | None, list[Project]]] = []
        for sub in GD22_INFRA_SUBCATEGORIES if category == "基础设施" else [None]:
            members = [p for p, s in zip(projects, subs, strict=True) if s == sub]
            members.sort(key=lambda p: place_order(p.place))
            groups.append((sub, members))
        section = Section(label, category, total, annual, groups)
        sections.append(section)
        all_unassigned += [p for p in projects if p.place == UNASSIGNED]
    # Annual amounts: first the 不分市 bucket (560亿), then the rest of each category.
    caps = [p.total * 6 // 10 for p in all_unassigned]
    weights = _lognormal_weights(len(all_unassigned), rng, 0.5)
    for p, annual in zip(
        all_unassigned, split_capped(GD22_UNASSIGNED_ANNUAL, caps, 10_000, weights), strict=True
    ):
        p.annual = annual
    for section in sections:
        others = [p for p in section.projects if p.annual is None]
        left = section.annual - sum(p.annual or 0 for p in section.projects)
        caps = [p.total * 6 // 10 for p in others]
        weights = [
            p.total * w for p, w in zip(others, _lognormal_weights(len(others), rng, 0.4), strict=True)
        ]
        for p, annual in zip(others, split_capped(left, caps, 500, weights), strict=True):
            p.annual = annual
    return sections


def _deterministic_xlsx(wb: Workbook) -> bytes:
    """XLSX bytes with fixed document times and zip entry times (openpyxl's save() stamps 'now')."""
    wb.properties.creator = "scripts/make_samples.py"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(wb, archive).save()  # closes the archive
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def write_guangdong_2022(sections: list[Section]) -> Path:
    path = SAMPLES / "guangdong_2022_provincial_plan_sample.xlsx"
    projects = [p for s in sections for p in s.projects]
    assert len(projects) == sum(s[2] for s in GD22_SECTIONS) == 1570
    assert sum(p.stage == "新开工" for p in projects) == GD22_NEW
    assert sum(p.stage == "续建" for p in projects) == GD22_ONGOING
    assert sum(p.total for p in projects) == GD22_TOTAL
    assert sum(p.annual or 0 for p in projects) == GD22_ANNUAL
    for section, (_, _, count, total, annual) in zip(sections, GD22_SECTIONS, strict=True):
        assert len(section.projects) == count
        assert sum(p.total for p in section.projects) == total
        assert sum(p.annual or 0 for p in section.projects) == annual
    assert sum(p.annual or 0 for p in projects if p.place == UNASSIGNED) == GD22_UNASSIGNED_ANNUAL
    assert all(0 < (p.annual or 0) <= p.total for p in projects)
    assert len({p.name for p in projects}) == len(projects)

    rng = random.Random(20220)
    wb = Workbook()
    ws = wb.active
    ws.title = "Table"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append(["广东省2022年重点建设项目计划表（样例数据 SAMPLE，非官方）"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.append(["单位：万元"])
    ws.append(
        ["序号", "项目名称", "地市", "建设性质", "建设起止年限", "总投资", "2022年投资计划", None, "建设单位"]
    )
    ws.append([None, None, None, None, None, None, "小计", "主要建设内容", None])
    for col in "ABCDEFI":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:H3")
    for row in ws["A3:I4"]:
        for cell in row:
            cell.font = bold
            cell.alignment = center

    # A few amount cells typed as text, still exact: full-width digits, thousands separators.
    industry, social = sections[1].projects, sections[2].projects
    infra = sections[0].projects
    odd_cells = {id(p): ("total", "full") for p in rng.sample(industry, 2)}
    odd_cells |= {
        id(p): ("annual", "comma") for p in rng.sample([p for p in social if p.annual >= 10_000], 2)
    }
    odd_cells[id(rng.choice([p for p in infra if p.total >= 1_000_000]))] = ("total", "comma")
    odd_cells[id(rng.choice([p for p in industry if id(p) not in odd_cells]))] = ("annual", "full")

    def amount_cell(p: Project, which: str) -> int | str:
        value = p.total if which == "total" else (p.annual or 0)
        column, style = odd_cells.get(id(p), (None, None))
        if column != which:
            return value
        return str(value).translate(FULL_WIDTH) if style == "full" else f"{value:,}"

    seq = 0
    minus_signs = ("-", "\u2212")  # ASCII hyphen and Unicode minus, alternating
    for index, section in enumerate(sections):
        declared = f"{section.label}（{len(section.projects)}个）"
        row = ws.max_row + 1
        if section.category == "产业":
            ws.append([None, declared, None, None, None, section.total, section.annual])
        else:
            ws.append([declared, None, None, None, None, section.total, section.annual])
            ws.merge_cells(f"A{row}:B{row}")
        for cell in ws[row]:
            cell.font = bold
        for sub_index, (sub, members) in enumerate(section.groups, 1):
            if sub is not None:
                ws.append([f"{minus_signs[(sub_index + 1) % 2]}{sub_index}", sub])
            run_start = ws.max_row + 1
            for i, p in enumerate(members):
                seq += 1
                ws.append(
                    [
                        seq,
                        p.name,
                        p.place,
                        p.stage,
                        p.period,
                        amount_cell(p, "total"),
                        amount_cell(p, "annual"),
                        p.content,
                        p.owner,
                    ]
                )
                # 地市 merged over runs of the same city (产业 and 民生保障 only).
                last = i == len(members) - 1 or members[i + 1].place != p.place
                if last:
                    end = ws.max_row
                    if index > 0 and end > run_start:
                        ws.merge_cells(f"C{run_start}:C{end}")
                        ws[f"C{run_start}"].alignment = Alignment(vertical="center")
                    run_start = end + 1
    row = ws.max_row + 1
    ws.append(["合计", None, None, None, None, GD22_TOTAL, GD22_ANNUAL])
    ws.merge_cells(f"A{row}:B{row}")
    for cell in ws[row]:
        cell.font = bold
    assert seq == len(projects)

    for column, width in zip("ABCDEFGHI", (8, 40, 14, 10, 13, 13, 12, 36, 30), strict=True):
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows(min_row=5, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "#,##0"
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path.write_bytes(_deterministic_xlsx(wb))
    summary(
        path,
        len(projects),
        wan_as_yi(GD22_TOTAL),
        wan_as_yi(GD22_ANNUAL),
        "XLSX sheet 'Table', 万元, two-row merged header, merged 地市 runs",
    )
    return path


# ---------------------------------------------------------------------------------------------------
# 5. Zhongshan, 2023 Q1 groundbreaking batch (HTML)
# ---------------------------------------------------------------------------------------------------
ZS_PROJECTS, ZS_TOTAL = 39, 65540  # 655.4亿 in 0.01亿元


def make_zhongshan(namer: Namer) -> list[Project]:
    """Zhongshan 2023 Q1 groundbreaking batch: 39 projects, 655.4亿 total (no annual figure)."""
    rng = random.Random(20230320)
    towns = rng.sample(ZHONGSHAN_TOWNS[2:], 10)
    towns = ["火炬开发区", "翠亨新区", *towns]  # the two big platforms always appear
    places = towns + rng.choices(towns, weights=[6, 5] + [1] * (len(towns) - 2), k=ZS_PROJECTS - len(towns))
    categories = ["产业"] * 31 + ["基础设施"] * 5 + ["民生"] * 3
    rng.shuffle(categories)
    totals = split_exact(ZS_TOTAL, ZS_PROJECTS, rng, floor=150)
    makers = {"产业": industry_name, "基础设施": infra_name, "民生": social_name}
    projects = []
    for place, category, total in zip(places, categories, totals, strict=True):
        name = namer.unique(rng, lambda r, c=category: makers[c](r, ""))
        projects.append(Project(name, place, category, total))
    order = list(ZHONGSHAN_TOWNS)
    projects.sort(key=lambda p: order.index(p.place))
    return projects


def write_zhongshan(projects: list[Project]) -> Path:
    path = SAMPLES / "zhongshan_2023_q1_sample.html"
    assert len(projects) == ZS_PROJECTS
    assert sum(p.total for p in projects) == ZS_TOTAL
    e = html.escape
    body = []
    for i, p in enumerate(projects):
        cells = [f"<td>{i + 1}</td>"]
        if i == 0 or projects[i - 1].place != p.place:
            span = 1
            while i + span < len(projects) and projects[i + span].place == p.place:
                span += 1
            cells.append(f'<td rowspan="{span}">{e(p.place)}</td>' if span > 1 else f"<td>{e(p.place)}</td>")
        cells += [f"<td>{e(p.name)}</td>", f"<td>{yi(p.total)}</td>", f"<td>{e(p.category)}</td>"]
        body.append("      <tr>" + "".join(cells) + "</tr>")
    body.append(f'      <tr><td colspan="3">合计</td><td>{yi(ZS_TOTAL)}</td><td></td></tr>')
    industrial = sum(p.category == "产业" for p in projects)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>中山市2023年第一季度重大项目集中开工（样例数据 SAMPLE）</title>
</head>
<body>
  <h1>样例数据（SAMPLE，非官方）：中山市2023年第一季度重大项目集中开工</h1>
  <p class="note">{e(SAMPLE_NOTE)}。本页仅项目个数（39个）与总投资（655.4亿元）取自公开报道；
  镇街分布、项目名称与单项金额均为合成数据。</p>
  <p>（样例新闻稿）2023年第一季度，中山市举行重大项目集中开工活动，全市共{ZS_PROJECTS}个重大项目集中开工，
  总投资{yi(ZS_TOTAL)}亿元。其中产业项目{industrial}个，覆盖新一代电子信息、高端装备制造、生物医药与健康等产业集群。</p>
  <p>（样例新闻稿）此次开工项目分布在火炬开发区、翠亨新区及各镇街，将进一步夯实全市制造业发展基础。</p>
  <table border="1">
    <thead>
      <tr><th>序号</th><th>镇街</th><th>项目名称</th><th>总投资（亿元）</th><th>类别</th></tr>
    </thead>
    <tbody>
{chr(10).join(body)}
    </tbody>
  </table>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    summary(path, len(projects), yi(ZS_TOTAL), None, "UTF-8 HTML, 亿元 in the header, rowspan 镇街")
    return path


def main() -> None:
    SAMPLES.mkdir(exist_ok=True)
    namer = Namer()  # one namer for all files: names never collide across files unless planted
    shenzhen = make_shenzhen(namer)
    foshan = make_foshan(namer)
    zhongshan = make_zhongshan(namer)
    guangdong_2023 = make_guangdong_2023(namer, shenzhen, foshan)
    guangdong_2022 = make_guangdong_2022(namer)
    # The planted overlap: 5 Shenzhen and 3 Foshan projects sit in the 2023 provincial plan.
    by_name = {(p.name, p.place) for p in guangdong_2023}
    assert sum((p.name, "深圳市") in by_name for p in shenzhen) == 5
    assert sum((p.name, "佛山市") in by_name for p in foshan) == 3
    assert not {p.name for p in zhongshan} & {p.name for p in guangdong_2023}
    write_shenzhen(shenzhen)
    write_foshan(foshan)
    write_guangdong_2023(guangdong_2023)
    write_guangdong_2022(guangdong_2022)
    write_zhongshan(zhongshan)


if __name__ == "__main__":
    main()
