# -*- coding: utf-8 -*-
"""Deterministically build the identity9 blind test set.

python3 gen/make.py   (writes into the folder above gen/)
Standard library only.
"""

import csv
import math
import os
import random
import zlib
from collections import Counter, defaultdict

import data as D

SEED = 20230917
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2023年计划投资",
]
BATCH_HEADER = ["序号", "项目名称", "所在地", "总投资"]

CITY_FULL = {c: v[0] for c, v in D.PLACES.items()}


def krng(*parts):
    """Per-item RNG so that one row's text does not depend on generation order."""
    return random.Random(zlib.crc32(("|".join(str(p) for p in parts) + str(SEED)).encode("utf-8")))


def base_kind(kind):
    return kind.rstrip("0123456789") if kind else kind


# ---------------------------------------------------------------- scale text
def scale_for(kind, r):
    k = base_kind(kind)
    if k == "hospital":
        return "总建筑面积约%d万平方米，设置床位%d张" % (
            r.randint(3, 15),
            r.choice([300, 400, 500, 600, 800, 1000]),
        )
    if k == "school":
        return "用地面积约%d亩，新建教学楼、宿舍楼、运动场等，新增学位%d个" % (
            r.randint(40, 200),
            r.choice([1080, 1500, 2160, 2700, 3000]),
        )
    if k in ("road_nat", "road_link"):
        return "改建里程约%d公里，按%s公路标准建设" % (r.randint(8, 45), r.choice(["一级", "一级", "二级"]))
    if k == "road_urban":
        return "全长约%d.%d公里，红线宽%d米，含道路、桥梁、排水、照明及绿化工程" % (
            r.randint(2, 15),
            r.randint(0, 9),
            r.choice([30, 40, 50, 60]),
        )
    if k == "road_fast":
        return "全长约%d公里，按双向六车道一级公路兼城市快速路标准建设" % r.randint(20, 60)
    if k == "highway":
        return "全长约%d公里，按双向%s车道高速公路标准建设，设计速度%d公里/小时" % (
            r.randint(30, 120),
            r.choice(["四", "六"]),
            r.choice([100, 120]),
        )
    if k == "sewage":
        return "新增污水处理能力%d万吨/日，配套建设污水管网约%d公里" % (
            r.choice([1, 2, 3, 5, 8]),
            r.randint(10, 80),
        )
    if k == "pipe":
        return "新建及改造污水管网约%d公里" % r.randint(15, 90)
    if k == "water":
        return "新建供水规模%d万吨/日，铺设供水管网约%d公里" % (
            r.choice([2, 3, 5, 10, 15]),
            r.randint(30, 200),
        )
    if k == "river":
        return "综合治理河长约%d公里，建设堤防加固、河道清淤、生态护岸等工程" % r.randint(12, 80)
    if k == "agri":
        return "建设标准化种植基地、加工车间、冷链仓储及品牌营销中心等"
    if k == "tourism":
        return "建设游客服务中心、旅游道路、景观节点、停车场等配套设施"
    if k == "urban":
        return "改造用地面积约%d公顷，建设住宅、商业及公共服务配套设施" % r.randint(10, 120)
    if k == "oldhousing":
        return "改造老旧小区%d个，涉及居民约%d户" % (r.randint(10, 60), r.randint(20, 90) * 100)
    if k == "housing":
        return "建设保障性租赁住房约%d套" % (r.randint(5, 30) * 100)
    if k == "park":
        return "规划面积约%d平方公里，建设道路、供排水、供电、通信等基础设施" % r.randint(2, 30)
    if k in ("factory", "petrochem"):
        return "新建生产厂房、仓库、研发楼及配套设施，达产后年产值约%d亿元" % r.randint(5, 150)
    if k == "solar":
        return "建设光伏组件、逆变器、升压站及送出线路"
    if k == "wind":
        return "装机容量约%d万千瓦，建设风机、升压站及送出工程" % r.choice([5, 10, 15, 50])
    if k == "storage":
        return "建设储能电池舱、升压站及送出线路"
    if k == "substation":
        return "新建主变%d台，新建线路约%d公里" % (r.choice([2, 3]), r.randint(10, 60))
    if k == "line":
        return "新建500千伏双回线路约%d公里" % r.randint(60, 180)
    if k == "logistics":
        return "建设冷库、分拣中心、仓储设施，总建筑面积约%d万平方米" % r.randint(2, 12)
    if k == "culture":
        return "总建筑面积约%d万平方米" % r.randint(2, 12)
    if k == "heritage":
        return "修缮保护传统建筑，完善配套设施及展示利用"
    if k == "elderly":
        return "总建筑面积约%d万平方米，设置床位%d张" % (r.randint(1, 5), r.choice([200, 300, 500]))
    if k == "digital":
        return "建设机房及配套动力设施，规划机柜约%d个" % (r.randint(2, 10) * 1000)
    if k == "gas":
        return "建设天然气管道约%d公里及配套场站" % r.randint(20, 120)
    if k == "port":
        return "建设%d个%d万吨级泊位，设计年通过能力%d万吨" % (
            r.choice([2, 3, 4]),
            r.choice([5, 7, 10]),
            r.randint(5, 30) * 100,
        )
    if k == "fishport":
        return "建设防波堤、渔业码头、护岸及渔港配套设施"
    if k == "pumped":
        return "装机容量120万千瓦（4×30万千瓦）"
    if k == "thermal":
        return "建设2×100万千瓦超超临界燃煤发电机组"
    if k == "pipe_gallery":
        return "建设综合管廊约%d公里" % r.randint(5, 20)
    if k == "bonded":
        return "建设围网、卡口、监管仓库及配套设施"
    return "建设主体工程及配套设施"


AMOUNT = {  # 万元 ranges for template fillers (provincial scale)
    "hospital": (20000, 150000),
    "school": (12000, 60000),
    "road_nat": (25000, 220000),
    "road_urban": (15000, 150000),
    "sewage": (10000, 60000),
    "water": (15000, 120000),
    "river": (20000, 200000),
    "agri": (10000, 60000),
    "tourism": (20000, 250000),
    "urban": (50000, 600000),
    "oldhousing": (8000, 40000),
    "housing": (15000, 120000),
    "park": (30000, 400000),
    "factory": (20000, 500000),
    "solar": (40000, 120000),
    "wind": (60000, 300000),
    "storage": (20000, 90000),
    "substation": (6000, 40000),
    "logistics": (10000, 90000),
    "culture": (15000, 120000),
    "elderly": (5000, 30000),
    "digital": (30000, 300000),
    "gas": (20000, 90000),
}


def round_amount(v, r):
    if v >= 100000:
        return int(round(v / 1000.0)) * 1000 if r.random() < 0.7 else int(round(v / 100.0)) * 100
    if v >= 10000:
        return int(round(v / 100.0)) * 100 if r.random() < 0.8 else int(v)
    return int(round(v / 10.0)) * 10


def plan_amount(total, nature, r):
    frac = r.uniform(0.08, 0.3) if nature == "新开工" else r.uniform(0.15, 0.45)
    return round_amount(total * frac, r)


def years_for(nature, r):
    if nature == "新开工":
        return "2023-%d" % (2023 + r.choice([1, 2, 2, 3, 3, 4]))
    start = r.choice([2020, 2021, 2021, 2022, 2022, 2022])
    return "%d-%d" % (start, max(2023, start + r.choice([2, 3, 4])))


# ---------------------------------------------------------------- fillers
WEIGHTS = {
    "P": {
        "road_nat": 8,
        "hospital": 7,
        "school": 5,
        "sewage": 5,
        "water": 5,
        "river": 5,
        "agri": 5,
        "tourism": 4,
        "urban": 5,
        "park": 8,
        "factory": 12,
        "solar": 4,
        "wind": 2,
        "storage": 3,
        "substation": 6,
        "logistics": 3,
        "culture": 3,
        "housing": 3,
        "gas": 2,
        "digital": 2,
    },
    "city_plan": {
        "road_nat": 4,
        "road_urban": 5,
        "hospital": 5,
        "school": 6,
        "sewage": 4,
        "water": 3,
        "river": 3,
        "agri": 4,
        "tourism": 3,
        "urban": 4,
        "oldhousing": 2,
        "housing": 3,
        "park": 5,
        "factory": 8,
        "solar": 2,
        "substation": 3,
        "logistics": 3,
        "culture": 3,
        "elderly": 2,
    },
    "groundbreaking": {
        "factory": 14,
        "park": 5,
        "school": 5,
        "hospital": 3,
        "road_urban": 5,
        "urban": 4,
        "housing": 3,
        "logistics": 4,
        "sewage": 3,
        "road_nat": 2,
        "solar": 2,
        "elderly": 2,
        "culture": 2,
        "oldhousing": 2,
    },
    "signing": {
        "factory": 20,
        "agri": 4,
        "tourism": 3,
        "logistics": 4,
        "solar": 2,
        "storage": 2,
        "digital": 1,
    },
}
CN_NUM = "一二三四五六七八九"


def town_short(t):
    for suf in ("街道", "镇"):
        if t.endswith(suf) and len(t) > len(suf) + 1:
            return t[: -len(suf)]
    return t


class FillerMaker:
    def __init__(self, blacklist):
        self.rng = random.Random(SEED + 1)
        self.blacklist = set(blacklist)  # (county, base kind) used by hand rows
        self.used_slots = set()  # (county, base kind) used by fillers
        self.used_names = set()
        self.used_brands = set()
        self.used_city_items = set()  # (city, spot/product/river/road code)
        self.pattern_count = Counter()  # (list, name without county) -> n

    def county_display(self, city, county, lst):
        r = self.rng
        cfull = CITY_FULL[city]
        short = county
        if county == "红海湾经济开发区" and r.random() < 0.5:
            short = "红海湾开发区"
        if county == "城区":
            return cfull + county
        if county in ("大亚湾开发区", "仲恺高新区") and lst == "P":
            return "惠州" + short
        if county == "茂名滨海新区":
            return county
        if lst == "P" and county.endswith("区") and r.random() < 0.6:
            return cfull + short
        if lst != "P" and county.endswith("区") and r.random() < 0.15:
            return cfull + short
        return short

    def company(self, city):
        r = self.rng
        brand = r.choice([b for b in D.BRANDS if b not in self.used_brands])
        self.used_brands.add(brand)
        prod, word, unit, caps = r.choice(D.PRODUCTS)
        cfull = CITY_FULL[city]
        full = (cfull if r.random() < 0.6 else "广东") + brand + word + "有限公司"
        return brand, word, full, prod, unit, caps

    def make(self, lst, list_kind, city):
        r = self.rng
        cfull, counties = D.PLACES[city]
        weights = D_WEIGHTS(lst, list_kind)
        for _attempt in range(400):
            kind = r.choices(list(weights), weights=list(weights.values()))[0]
            cshort, cloc, towns = r.choice(counties)
            if kind != "factory" and ((cshort, kind) in self.blacklist or (cshort, kind) in self.used_slots):
                continue
            res = self.name_for(kind, lst, list_kind, city, cshort, towns)
            if res is None:
                continue
            name, town = res
            if name in self.used_names:
                continue
            pat = (lst, name.replace(self.last_X, ""))
            if kind != "factory" and self.pattern_count[pat] >= 2:
                continue
            self.pattern_count[pat] += 1
            self.used_names.add(name)
            if kind != "factory":
                self.used_slots.add((cshort, kind))
            loc = cfull + cloc + (town if town and r.random() < 0.35 else "")
            lo, hi = AMOUNT[kind]
            if kind == "substation":
                lo, hi = (20000, 45000) if "220千伏" in name else (6000, 18000)
            scale_down = (
                1.0 if lst == "P" or kind == "substation" else (0.6 if list_kind == "city_plan" else 0.5)
            )
            total = math.exp(r.uniform(math.log(lo), math.log(hi))) * scale_down
            if lst == "P" and kind != "substation":
                total = max(total, 10000)
            if list_kind == "signing" and kind == "factory":
                big = any(w in name for w in ("光伏组件", "储能电池", "电子级化学品", "锂电池隔膜"))
                total = r.choice([1, 1.5, 2, 3, 5, 5, 8, 10, 12] + ([15, 20, 30, 50] if big else [])) * 10000
            total = round_amount(total, r)
            return dict(name=name, loc=loc, kind=kind, county=cshort, total=total)
        raise RuntimeError("could not make a filler for %s %s" % (lst, city))

    def pick_unique(self, city, pool):
        free = [x for x in pool if (city, x) not in self.used_city_items]
        if not free:
            return None
        x = self.rng.choice(free)
        self.used_city_items.add((city, x))
        return x

    def name_for(self, kind, lst, list_kind, city, cshort, towns):
        r = self.rng
        X = self.county_display(city, cshort, lst)
        self.last_X = X
        zhen = [t for t in towns if t.endswith("镇")]
        towns = [t for t in towns if town_short(t) not in X]
        zhen = [t for t in towns if t.endswith("镇")]
        town = r.choice(towns) if towns else None
        TS = town_short(town) if town else None
        if kind == "hospital":
            sub = r.choice(["住院综合楼", "门诊医技综合楼", "感染病区", "急危重症救治中心"])
            pat = r.choice(["{X}人民医院{sub}建设项目", "{X}中医医院{sub}建设工程", "{X}妇幼保健院迁建工程"])
            return pat.format(X=X, sub=sub), None
        if kind == "school":
            opts = [
                "{X}第{n}中学新建工程",
                "{X}职业技术学校迁建工程",
                "{X}特殊教育学校建设项目",
                "{X}实验学校新建工程",
            ]
            if TS:
                opts += ["{X}{TS}中学扩建工程", "{X}{TS}九年一贯制学校新建工程"]
            return r.choice(opts).format(X=X, TS=TS, n=r.choice(CN_NUM[1:8])), (town if TS else None)
        if kind == "road_nat":
            if len(zhen) < 2:
                return None
            t1, t2 = r.sample(zhen, 2)
            gs, ss = D.ROAD_CODES[city]
            code = self.pick_unique(city, gs + ss)
            if code is None:
                return None
            pre = "国道" if code.startswith("G") else "省道"
            return "%s%s线%s%s至%s段改建工程" % (pre, code, X, t1, t2), None
        if kind == "road_urban":
            opts = ["{X}滨江路升级改造工程", "{X}环城{d}路工程", "{X}产业大道建设工程"]
            if TS:
                opts.append("{X}{TS}大道建设工程")
            nm = r.choice(opts).format(X=X, TS=TS, d=r.choice("东西南北"))
            if (city, nm.replace(X, "")) in self.used_city_items:
                return None
            self.used_city_items.add((city, nm.replace(X, "")))
            return nm, None
        if kind == "sewage":
            if any(z in cshort for z in ("开发区", "管理区", "新区", "高新区")):
                return "%s污水处理厂提标改造工程" % X, None
            return r.choice(
                [
                    "{X}镇级污水处理设施提质增效工程",
                    "{X}城区污水处理厂提标改造工程",
                    "{X}农村生活污水治理工程",
                ]
            ).format(X=X), None
        if kind == "water":
            if TS and r.random() < 0.5:
                return "%s%s水厂扩建工程" % (X, TS), town
            return "%s农村集中供水全覆盖工程" % X, None
        if kind == "river":
            rv = self.pick_unique(city, D.RIVERS[city])
            if rv is None:
                return "%s中小河流治理工程" % X, None
            return r.choice(["{X}{rv}流域综合治理工程", "{X}{rv}堤防加固工程"]).format(X=X, rv=rv), None
        if kind == "agri":
            if cshort in ("大亚湾开发区", "仲恺高新区"):
                return None
            if r.random() < 0.35:
                return "%s2023年高标准农田建设项目" % X, None
            p = self.pick_unique(city, D.AGRI_PRODUCTS[city])
            if p is None:
                return None
            name = "%s%s现代农业产业园建设项目" % (X, p)
            if list_kind == "signing":
                brand, word, full, *_ = self.company(city)
                name = (
                    "%s%s产业链项目" % (full, p)
                    if r.random() < 0.5
                    else "%s%s%s全产业链项目" % (brand, word, p)
                )
            return name, None
        if kind == "tourism":
            s = self.pick_unique(city, D.SPOTS[city])
            if s is None:
                return None
            if list_kind == "signing":
                brand, word, full, *_ = self.company(city)
                return "%s集团%s生态旅游综合开发项目" % (brand, s), None
            return r.choice(["{X}{s}景区提升工程", "{s}文旅综合开发项目（{X}）"]).format(X=X, s=s), None
        if kind == "urban":
            if not town or not town.endswith("街道") or town_short(town) in X:
                return None
            return r.choice(["{X}{TS}城中村改造项目", "{X}{TS}片区城市更新项目"]).format(X=X, TS=TS), town
        if kind == "oldhousing":
            return "%s2023年老旧小区改造项目" % X, None
        if kind == "housing":
            if TS and r.random() < 0.4:
                return "%s%s人才公寓建设项目" % (X, TS), town
            return "%s保障性租赁住房项目" % X, None
        if kind == "park":
            if not TS:
                return None
            return r.choice(["{X}{TS}产业园基础设施建设项目", "{X}{TS}标准厂房建设项目"]).format(
                X=X, TS=TS
            ), town
        if kind == "factory":
            brand, word, full, prod, unit, caps = self.company(city)
            cap = r.choice(caps)
            pats = ["{full}年产{cap}{unit}{prod}项目", "{full}{prod}生产基地项目", "{brand}{prod}项目"]
            if list_kind == "signing":
                pats += ["{brand}年产{cap}{unit}{prod}项目", "{brand}{prod}生产基地项目"]
            if lst == "P":
                pats.append("年产{cap}{unit}{prod}项目（{full}）")
            return r.choice(pats).format(
                full=full, cap=cap, unit=unit, prod=prod, brand=brand, word=word
            ), None
        if kind == "solar":
            if not zhen:
                return None
            t = r.choice(zhen)
            n = r.choice([50, 100, 150, 300])
            return r.choice(["{X}{TS}{n}MW农光互补光伏发电项目", "{X}{TS}{n}兆瓦渔光互补光伏项目"]).format(
                X=X, TS=town_short(t), n=n
            ), t
        if kind == "wind":
            if not zhen:
                return None
            t = r.choice(zhen)
            return "%s%s风电场项目" % (X, town_short(t)), t
        if kind == "storage":
            n = r.choice([50, 100, 200])
            return "%s%dMW/%dMWh独立储能电站项目" % (X, n, 2 * n), None
        if kind == "substation":
            if not TS:
                return None
            v = r.choice(["110", "110", "220"])
            return "%s%s千伏%s输变电工程" % (X, v, TS), None
        if kind == "logistics":
            if TS and r.random() < 0.6:
                return "%s%s冷链物流中心项目" % (X, TS), town
            return "%s电商物流产业园项目" % X, None
        if kind == "culture":
            return r.choice(
                ["{X}体育中心建设项目", "{X}图书馆新馆建设项目", "{X}全民健身中心建设项目"]
            ).format(X=X), None
        if kind == "elderly":
            if TS and r.random() < 0.5:
                return "%s%s养老服务中心建设项目" % (X, TS), town
            return "%s社会福利院改扩建工程" % X, None
        if kind == "digital":
            if list_kind == "signing":
                brand, word, full, *_ = self.company(city)
                return "%s云计算数据中心项目（%s）" % (brand, cshort), None
            return r.choice(["{X}数字经济产业园项目", "{X}大数据中心项目"]).format(X=X), None
        if kind == "gas":
            return "%s天然气主干管网工程" % X, None
        return None


def D_WEIGHTS(lst, list_kind):
    if lst == "P":
        return WEIGHTS["P"]
    return WEIGHTS[list_kind]


# ---------------------------------------------------------------- build
SECTOR = {
    "highway": 0,
    "road_nat": 0,
    "road_link": 0,
    "road_urban": 0,
    "road_fast": 0,
    "port": 0,
    "fishport": 0,
    "line": 1,
    "substation": 1,
    "thermal": 1,
    "pumped": 1,
    "wind": 1,
    "solar": 1,
    "storage": 1,
    "gas": 1,
    "water": 2,
    "river": 2,
    "sewage": 2,
    "pipe": 2,
    "pipe_gallery": 2,
    "park": 3,
    "bonded": 3,
    "factory": 3,
    "petrochem": 3,
    "digital": 3,
    "logistics": 3,
    "agri": 4,
    "tourism": 4,
    "urban": 5,
    "oldhousing": 5,
    "housing": 5,
    "hospital": 6,
    "school": 6,
    "culture": 6,
    "heritage": 6,
    "elderly": 6,
}


def fmt_amount(v_wan, unit):
    if unit == "万元":
        return str(int(round(v_wan)))
    s = "%.2f" % (v_wan / 10000.0)
    s = s.rstrip("0").rstrip(".")
    return s


def build():
    rows = defaultdict(list)  # list id -> row dicts
    blacklist = set()

    def add(lst, **kw):
        kw.setdefault("tag", "")
        rows[lst].append(kw)

    # linked projects
    for p in D.LINKED:
        r = krng("L", p["key"])
        scale = p["scale"] or scale_for(p["kind"], r)
        if p["county"]:
            blacklist.add((p["county"], base_kind(p["kind"])))
        if p["p_name"]:
            add(
                "P",
                key=p["key"],
                name=p["p_name"],
                loc=p["p_loc"],
                nature=p["nature"],
                scale=scale,
                years=p["years"],
                total=p["total"],
                plan=p["plan"],
                kind=p["kind"],
                tag="reference",
                city=p["city"],
            )
        for o in p["others"]:
            total = o["total"] if o["total"] is not None else p["total"]
            plan = o["plan"]
            if plan is None:
                plan = p["plan"] if total == p["total"] else round_amount(p["plan"] * total / p["total"], r)
            sc = scale
            if r.random() < 0.5 and "，" in scale:
                sc = scale.split("，")[0]
            add(
                o["list"],
                key=p["key"],
                name=o["name"],
                loc=o["loc"],
                nature=p["nature"],
                scale=sc,
                years=p["years"],
                total=total,
                plan=plan,
                kind=p["kind"],
                tag=o["tags"],
                city=p["city"],
            )

    # hand distractor rows
    for d in D.DISTRACTOR_ROWS:
        r = krng("D", d["key"])
        if d["county"]:
            blacklist.add((d["county"], base_kind(d["kind"])))
        nature = r.choice(["新开工", "续建"])
        if d["key"] in ("G02",):
            nature = "续建"
        total = d["total"] or round_amount(r.uniform(*AMOUNT.get(base_kind(d["kind"]), (10000, 100000))), r)
        add(
            d["list"],
            key=d["key"],
            name=d["name"],
            loc=d["loc"],
            nature=nature,
            scale=scale_for(d["kind"], r),
            years=years_for(nature, r),
            total=total,
            plan=plan_amount(total, nature, r),
            kind=d["kind"],
            city=d["city"],
        )

    # neighbour rows
    for i, (lst, city, kind, name, loc, total) in enumerate(D.NEIGHBOUR_ROWS):
        r = krng("N", i)
        nature = r.choice(["新开工", "续建"])
        add(
            lst,
            key="N%02d" % (i + 1),
            name=name,
            loc=loc,
            nature=nature,
            scale=scale_for(kind, r),
            years=years_for(nature, r),
            total=total,
            plan=plan_amount(total, nature, r),
            kind=kind,
            city=city,
        )

    # fillers
    fm = FillerMaker(blacklist)
    for row_list in rows.values():
        for row in row_list:
            fm.used_names.add(row["name"])
    p_quota = {"梅州": 36, "惠州": 41, "茂名": 38, "汕尾": 32, "云浮": 29}
    fill_n = 0

    def add_filler(lst, city, list_kind):
        nonlocal fill_n
        f = fm.make(lst, list_kind, city)
        fill_n += 1
        r = krng("F", fill_n)
        nature = "续建" if r.random() < (0.45 if lst == "P" else 0.4) else "新开工"
        add(
            lst,
            key="F%03d" % fill_n,
            name=f["name"],
            loc=f["loc"],
            nature=nature,
            scale=scale_for(f["kind"], r),
            years=years_for(nature, r),
            total=f["total"],
            plan=plan_amount(f["total"], nature, r),
            kind=f["kind"],
            city=city,
        )

    for city in ["梅州", "惠州", "茂名", "汕尾", "云浮"]:
        have = sum(1 for x in rows["P"] if x["city"] == city)
        for _ in range(p_quota[city] - have):
            add_filler("P", city, "provincial_plan")
    for lst in D.LIST_ORDER[1:]:
        meta = D.LISTS[lst]
        while len(rows[lst]) < meta["target"]:
            add_filler(lst, meta["city"], meta["list_kind"])

    # ordering
    order_rng = random.Random(SEED + 2)
    for lst in D.LIST_ORDER:
        meta = D.LISTS[lst]
        rl = rows[lst]
        order_rng.shuffle(rl)
        if meta["kind"] == "plan":
            rl.sort(key=lambda x: (0 if x["nature"] == "续建" else 1, SECTOR.get(base_kind(x["kind"]), 7)))
        for i, x in enumerate(rl, 1):
            x["row_no"] = i
    return rows


def write_all(rows):
    # neutral project keys
    internal = []
    for lst in D.LIST_ORDER:
        for x in rows[lst]:
            if x["key"] not in internal:
                internal.append(x["key"])
    krand = random.Random(SEED + 3)
    nums = list(range(1, len(internal) + 1))
    krand.shuffle(nums)
    keymap = {k: "GD23-%04d" % n for k, n in zip(internal, nums)}

    for lst in D.LIST_ORDER:
        meta = D.LISTS[lst]
        path = os.path.join(OUT, meta["file"])
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([meta["title"]])
            w.writerow(["单位：" + meta["unit"]])
            if meta["kind"] == "plan":
                w.writerow(PLAN_HEADER)
                for x in rows[lst]:
                    w.writerow(
                        [
                            x["row_no"],
                            x["name"],
                            x["loc"],
                            x["nature"],
                            x["scale"],
                            x["years"],
                            fmt_amount(x["total"], meta["unit"]),
                            fmt_amount(x["plan"], meta["unit"]),
                        ]
                    )
            else:
                w.writerow(BATCH_HEADER)
                for x in rows[lst]:
                    w.writerow([x["row_no"], x["name"], x["loc"], fmt_amount(x["total"], meta["unit"])])

    with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as fh:
        for lst in D.LIST_ORDER:
            m = D.LISTS[lst]
            fh.write("- file: %s\n" % m["file"])
            fh.write('  title: "%s"\n' % m["title"])
            fh.write("  list_kind: %s\n" % m["list_kind"])
            fh.write("  city: %s\n" % m["city"])
            fh.write("  year: 2023\n")
            fh.write("  published: '%s'\n" % m["published"])
            fh.write("  unit: %s\n" % m["unit"])

    where = {}
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "row_no", "project_key", "tag"])
        for lst in D.LIST_ORDER:
            for x in rows[lst]:
                w.writerow([D.LISTS[lst]["file"], x["row_no"], keymap[x["key"]], x["tag"]])
                where[(lst, x["key"])] = x["row_no"]

    with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
        for la, ka, lb, kb, reason in D.DISTRACTOR_PAIRS:
            w.writerow([D.LISTS[la]["file"], where[(la, ka)], D.LISTS[lb]["file"], where[(lb, kb)], reason])
    return keymap


def stats(rows):
    lists_of = defaultdict(set)
    tags = Counter()
    for lst in D.LIST_ORDER:
        for x in rows[lst]:
            lists_of[x["key"]].add(lst)
            if x["tag"] and x["tag"] != "reference":
                for t in x["tag"].split(";"):
                    tags[t] += 1
    linked = {k: v for k, v in lists_of.items() if len(v) > 1}
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in linked.values())
    return dict(
        rows={l: len(rows[l]) for l in D.LIST_ORDER},
        total=sum(len(rows[l]) for l in D.LIST_ORDER),
        keys=len(lists_of),
        linked=len(linked),
        linked_by_size=Counter(len(v) for v in linked.values()),
        pairs=pairs,
        distractor_pairs=len(D.DISTRACTOR_PAIRS),
        cross_city=sum(1 for p in D.DISTRACTOR_PAIRS if p[4].startswith("cross-city")),
        tags=tags,
    )


README = """# identity9 — blind test set for "are these two rows the same investment project?"

Everything here is invented (SAMPLE 测试用，非官方). Built without reading the
project's code, data or other test sets; only from general knowledge of how
Guangdong's published project lists name things. Year 2023; cities 梅州, 云浮,
汕尾, 茂名, 惠州 plus a few rows of neighbouring cities (河源, 揭阳, 潮州, 肇庆,
阳江, 东莞, 深汕特别合作区).

## Files

| file | list_kind | city | unit | rows |
|---|---|---|---|---|
{table}

* `lists.yaml` — one entry per CSV (file, title, list_kind, city, year, published, unit).
* `truth.csv` — `file,row_no,project_key,tag`, one line for every row of every CSV.
  Rows sharing `project_key` are one project. `tag` = `reference` for the
  provincial-plan row of a linked project; for its other rows a `;`-joined list
  of the renaming kinds applied; empty for single-list projects.
* `distractors.csv` — `file_a,row_a,file_b,row_b,reason`: near-name pairs that are
  **different** projects.
* `gen/data.py` (hand-written names), `gen/make.py` (deterministic, seed {seed}),
  `gen/check.py` (consistency checks + counts). Rebuild: `python3 gen/make.py && python3 gen/check.py`.

## Counts

* rows: {total} ({rowsdetail})
* project keys: {keys}
* linked projects (in ≥2 lists): {linked} ({bysize})
* true cross-list pairs: {pairs}
* distractor pairs: {dpairs} (cross-city: {cross})
* single-list projects: {single}

## How it was built

* 70 linked projects were written by hand (gen/data.py `LINKED`): a formal
  provincial-plan name plus the way a city plan / groundbreaking batch / signing
  list would write the same project. 67 appear in two lists, 3 in three lists
  (two 惠州—汕尾 cross-city works in P + 惠州 plan + 汕尾 batch, and the 五华—陆河
  expressway in P + 梅州 plan + 汕尾 batch).
* One linked project (a 惠州—海丰 产业共建园) is **not** in the provincial plan: it
  links the 惠州 city plan (row located in 汕尾市海丰县) to the 汕尾 batch. Since
  it has no provincial row, its 惠州 city-plan row carries `reference`.
* Distractors (gen/data.py `DISTRACTOR_ROWS`, `DISTRACTOR_PAIRS`) are hand-written
  single-list projects whose names are close to a linked project: 一期 vs 二期 /
  二期 vs 三期, two hospitals or schools of one district, the same kind of work in
  another town or county, a road / plant vs its 配套管网 / 连接线 / 配套码头,
  110kV vs 220kV substations of the same name, adjacent road sections, same
  company with another product, and cross-city look-alikes (e.g. "市人民医院新院区2期"
  in 汕尾 vs 茂名市人民医院新院区二期; 佛云 vs 佛茂 产业园; 沈海高速 阳江段 vs 茂名段).
* Most distractor pairs join a distractor row to a linked row in *another* list
  (the comparison a cross-list matcher actually makes); a few are within one list
  or between two distractor rows (e.g. 梅州市 vs 云浮市 城区污水处理厂三期工程, both in P).
* The remaining single-list rows are template fillers (place × kind, e.g.
  "{{county}}{{town}}冷链物流中心项目", "国道G…线{{county}}{{town}}至{{town}}段改建工程",
  "{{company}}年产…项目") drawn with a fixed seed. Except for company projects
  (each with its own invented company), every (county, kind) is used at most once
  across all fillers and never for a county/kind used by a hand-written row, so
  fillers should not create look-alikes of hand-written projects; a template
  (name minus county) appears at most twice per list. Neighbour-city rows are
  hand-written single rows.
* Every 建设地点/所在地 cell names a city (梅州市…, or two cities for cross-city works),
  as the format requires, even when the project name drops the city.
* Amounts are stored in 万元 in data.py and converted to each list's unit
  (惠州 plan, 茂名 batch and 云浮 signing use 亿元, 2-decimal). When a row's total differs
  from the provincial total it is tagged `amount_differs`.

## Labelling conventions (judgement calls, stated honestly)

* A row naming one section / phase / 首期 of a project listed whole elsewhere is
  labelled the **same** project (`section_of_whole`), e.g. 五陆高速陆河段 vs
  五华至陆河高速公路, 品清湖综合整治（一期） vs 汕尾市区品清湖综合治理工程. A signing row
  covering the whole of what the plan lists as 一期 is also the same (`phase_dropped`).
  Where one list has 一期 and another has 二期 as separate rows, they are different
  projects (distractors). Because of this, the 惠海快速通道（惠东段） (惠州 plan) and the
  whole 海丰至惠东快速通道工程 (汕尾 batch) count as one project.
* A project whose signing-list row adds scope (无核黄皮 精深加工 → 深加工及冷链物流) is
  treated as the same project (`scope_added`); 信宜市城区第二水厂及配套管网工程 vs
  信宜市第二水厂项目 likewise (`scope_dropped`).
* 梅湖水质净化中心三期 vs 梅湖污水处理厂三期 is the same plant under two names (`renamed`).
* Tags describe the differences of a row relative to the provincial (reference) row,
  judged by hand; they are descriptive, not exhaustive. For the 3-list projects the
  two non-reference rows can differ from each other more than either differs from
  the reference (e.g. 惠海快速通道（惠东段） vs 海丰至惠东快速通道工程).
* Filler rows of the same template in different counties (e.g. two counties'
  社会福利院改扩建工程, or a 惠州 G324 section vs the 汕尾 G324 rows) are different
  projects in truth.csv but are not listed in distractors.csv; only hand-made
  near-name pairs are.
* Amounts: 2023年计划投资 of city-plan rows equals the provincial figure unless the
  total differs; totals in 亿元 lists are rounded to 2 decimals, so a 万元 total and
  its 亿元 rendering can differ in the last digit only by rounding.

## Renaming tags used (count of non-reference rows carrying each)

{tagtable}

Tag glossary: suffix_changed/added/dropped (项目/工程/建设项目…), phase_format
(（一期）/一期工程/一期), phase_moved, numeral_format (220千伏/220kV, 二期/2期,
五万吨/5万吨, 兆瓦/MW, 年产40万吨/40万吨/年), place_short (full official name →
common short name, incl. 高新技术产业开发区→高新区, 兴宁市→兴宁), city_dropped,
city_short ("市人民医院"), city_abbrev (惠汕, 佛云), name_contraction (平蕉, 五陆, 惠海),
district_dropped / district_bracket, place_bracket, town_added / town_dropped /
town_bracket / town_suffix_dropped, company_prefix / company_short / company_moved,
section_of_whole, phase_dropped, word_reorder, traditional (繁体), abbreviation
(高速公路→高速, 文化旅游→文旅, 中医医院→中医院, 综合保税区→综保区),
abbreviation_expanded (CBD→中央商务区（CBD）), abbreviation_latin (丙烷脱氢→PDH),
synonym (治理/整治, 提升/提质升级, 片区/街道), descriptor_added/dropped/moved
(省级, 新型, 年产, 生物, EPC…), alias_only (only the bracketed alias kept),
road_code_format / road_code_added (国道G206线→G206, G15), province_dropped,
punctuation (至→—, full/half-width brackets), whitespace (stray space from PDF
extraction), variant_char (新圩→新墟), typo (工业园→工业圆), renamed, scope_added,
scope_dropped, amount_differs.
"""


def write_readme(rows, st):
    table = "\n".join(
        "| %s | %s | %s | %s | %d |"
        % (D.LISTS[l]["file"], D.LISTS[l]["list_kind"], D.LISTS[l]["city"], D.LISTS[l]["unit"], st["rows"][l])
        for l in D.LIST_ORDER
    )
    tagtable = "\n".join(
        "* %s: %d" % (t, n) for t, n in sorted(st["tags"].items(), key=lambda x: (-x[1], x[0]))
    )
    text = README.format(
        table=table,
        seed=SEED,
        total=st["total"],
        rowsdetail=", ".join("%s %d" % (l, st["rows"][l]) for l in D.LIST_ORDER),
        keys=st["keys"],
        linked=st["linked"],
        bysize=", ".join("%d in %d lists" % (n, s) for s, n in sorted(st["linked_by_size"].items())),
        pairs=st["pairs"],
        dpairs=st["distractor_pairs"],
        cross=st["cross_city"],
        single=st["keys"] - st["linked"],
        tagtable=tagtable,
    )
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    rows = build()
    write_all(rows)
    st = stats(rows)
    write_readme(rows, st)
    print("rows", st["total"], st["rows"])
    print("keys", st["keys"], "linked", st["linked"], dict(st["linked_by_size"]), "pairs", st["pairs"])
    print("distractor pairs", st["distractor_pairs"], "cross-city", st["cross_city"])


if __name__ == "__main__":
    main()
