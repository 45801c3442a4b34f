# -*- coding: utf-8 -*-
"""Build the identity15 test set from gen/data.py.

Deterministic: every random draw comes from random.Random seeded with a fixed
string (SEED plus a project key, row id or list code), so two runs give
byte-identical output.  Standard library only.

Writes, in the folder above gen/: the six list CSVs, lists.yaml, truth.csv,
distractors.csv.
"""

import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import data  # noqa: E402

SEED = "identity15-2025"

PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2025年计划投资",
]
SHORT_HEADER = ["序号", "项目名称", "所在地", "总投资"]

# total investment range per category, 万元
RANGES = {
    "road": (150000, 2200000),
    "expressway": (150000, 700000),
    "heavy": (500000, 3000000),
    "reservoir": (20000, 150000),
    "oldcomm": (5000, 50000),
    "street": (8000, 120000),
    "hub": (60000, 300000),
    "fishport": (15000, 60000),
    "housing": (20000, 200000),
    "clinic": (2000, 15000),
    "smallind": (5000, 60000),
    "rail": (1500000, 4500000),
    "port": (60000, 600000),
    "airport": (80000, 250000),
    "wind": (700000, 1200000),
    "solar": (35000, 60000),
    "storage": (25000, 45000),
    "pumped": (700000, 950000),
    "grid": (30000, 90000),
    "gas": (40000, 150000),
    "hydrogen": (30000, 200000),
    "biomass": (40000, 90000),
    "charging": (8000, 40000),
    "waste": (60000, 200000),
    "water": (50000, 600000),
    "sewage": (15000, 90000),
    "irrigation": (30000, 200000),
    "flood": (15000, 120000),
    "river": (15000, 150000),
    "farm": (6000, 12000),
    "agri": (8000, 60000),
    "industry": (30000, 500000),
    "park": (80000, 500000),
    "semi": (150000, 800000),
    "biomed": (60000, 400000),
    "food": (15000, 120000),
    "dc": (100000, 500000),
    "logistics": (30000, 200000),
    "hospital": (30000, 200000),
    "school": (15000, 90000),
    "univ": (80000, 350000),
    "culture": (20000, 150000),
    "sport": (20000, 120000),
    "renewal": (60000, 600000),
    "village": (10000, 80000),
    "gallery": (30000, 250000),
    "tourism": (20000, 150000),
    "public": (8000, 60000),
    "ruralsewage": (8000, 40000),
    "parking": (5000, 30000),
    "market": (1500, 8000),
}

# order of sectors in the provincial plan
SECTORS = [
    ["road", "expressway", "street", "hub", "rail", "port", "fishport", "airport"],
    ["wind", "solar", "storage", "pumped", "grid", "gas", "hydrogen", "biomass", "charging"],
    ["water", "reservoir", "irrigation", "flood", "river"],
    ["heavy", "industry", "smallind", "park", "semi", "biomed", "food", "dc", "logistics"],
    ["farm", "agri", "village"],
    [
        "renewal",
        "oldcomm",
        "housing",
        "gallery",
        "sewage",
        "ruralsewage",
        "waste",
        "public",
        "parking",
        "market",
    ],
    ["hospital", "clinic", "school", "univ", "culture", "sport", "tourism"],
]
SECTOR_OF = {c: i for i, cs in enumerate(SECTORS) for c in cs}


def describe(cat, r, name=""):
    """A 建设规模及内容 text for a category, numbers drawn from r."""
    a = round(r.uniform(1.5, 25), 1)
    L = r.randint(6, 95)
    if cat in ("industry", "smallind") and RETROFIT.search(name):
        return "对现有生产线实施%s改造，购置生产及检测设备约%d台（套）" % (
            r.choice(["智能化、数字化", "绿色低碳", "自动化"]),
            r.choice([120, 200, 350, 500]),
        )
    n = r.randint(2, 12)
    t = {
        "road": lambda: "路线全长约%d公里，双向%s车道，设计速度%d公里/小时"
        % (r.randint(25, 160), r.choice(["四", "六", "八"]), r.choice([80, 100, 120])),
        "street": lambda: "道路全长约%.1f公里，按%s标准建设，配套建设排水、照明及绿化工程"
        % (round(r.uniform(1.5, 18), 1), r.choice(["城市主干路", "城市次干路", "二级公路"])),
        "hub": lambda: "建设站前广场、公交及长途客运场站、社会停车场等设施，总建筑面积约%.1f万平方米" % a,
        "fishport": lambda: "建设防波堤约%d米、渔船泊位及渔业服务设施" % r.choice([600, 800, 1200]),
        "housing": lambda: "建设住房约%d套及配套商业、公共服务设施" % r.choice([600, 900, 1200, 1800, 2500]),
        "clinic": lambda: "总建筑面积约%.1f万平方米，建设业务用房及配套设施" % round(r.uniform(0.3, 2), 1),
        "smallind": lambda: "建设生产车间、仓库及配套设施，总建筑面积约%.1f万平方米"
        % round(r.uniform(0.5, 4), 1),
        "expressway": lambda: "路线全长约%.1f公里，按城市快速路标准建设，双向六车道"
        % round(r.uniform(8, 35), 1),
        "heavy": lambda: "建设主体生产装置及公用工程、储运设施，达产后年产值约%d亿元"
        % r.choice([120, 200, 300, 450]),
        "reservoir": lambda: (
            "对大坝、溢洪道及输水设施进行除险加固，完善安全监测设施"
            if "除险加固" in name
            else "扩建水库大坝，新增库容约%d万立方米，配套建设输水设施" % r.choice([800, 1500, 2600])
        ),
        "oldcomm": lambda: "改造老旧小区%d个，涉及住户约%d户，完善水电气及公共服务设施"
        % (n + 3, r.choice([1800, 2600, 3500, 5200])),
        "rail": lambda: "线路全长约%d公里，设车站%d座，配套建设车辆段及控制中心"
        % (r.randint(18, 60), r.randint(8, 25)),
        "port": lambda: "建设%d个%s吨级泊位及堆场、道路等配套设施"
        % (r.randint(1, 4), r.choice(["5000", "1万", "3万", "5万", "10万"])),
        "airport": lambda: "扩建航站楼约%.1f万平方米，配套建设站坪、停车场及附属设施"
        % round(r.uniform(1, 5), 1),
        "wind": lambda: "规划装机容量约%d万千瓦，建设海上风电机组、海上升压站及送出工程"
        % r.choice([30, 40, 50]),
        "solar": lambda: "建设光伏组件阵列及升压站，装机容量约%dMW" % r.choice([50, 80, 100, 120]),
        "storage": lambda: "建设电化学储能系统及升压站，规模约%dMW/%dMWh"
        % ((lambda c: (c, 2 * c))(r.choice([50, 100, 150]))),
        "pumped": lambda: "装机容量%d万千瓦，建设上下水库、输水系统及地下厂房" % r.choice([120, 140]),
        "grid": lambda: "新建变电容量%d万千伏安，新建输电线路约%d公里" % (r.choice([18, 36, 48]), L),
        "gas": lambda: "新建高压天然气管道约%d公里及门站、调压站" % L,
        "hydrogen": lambda: "建设制氢、储氢及加氢设施，年产氢气约%d吨" % r.choice([500, 1000, 2000, 3000]),
        "biomass": lambda: "建设%d台生物质锅炉及汽轮发电机组，装机容量%dMW"
        % (r.randint(1, 3), r.choice([30, 45, 60])),
        "charging": lambda: "建设充换电站%d座及配套电力设施" % r.randint(10, 80),
        "waste": lambda: "新增处理能力%d吨/日，配套建设余热利用及环保设施" % r.choice([500, 800, 1000, 1500]),
        "water": lambda: "新建输水管道约%d公里、加压泵站%d座，日供水规模约%d万吨"
        % (L, r.randint(1, 4), r.randint(5, 60)),
        "sewage": lambda: "新增污水处理规模%d万吨/日，配套建设污水管网约%d公里" % (r.randint(1, 6), L),
        "ruralsewage": lambda: "建设农村生活污水处理设施%d座及收集管网约%d公里" % (r.randint(15, 60), L),
        "irrigation": lambda: "改善灌溉面积约%d万亩，整治渠道约%d公里及渠系建筑物" % (r.randint(2, 30), L),
        "flood": lambda: "加固堤防约%d公里，新建或改造水闸、泵站%d座" % (r.randint(3, 40), n),
        "river": lambda: "整治河道约%d公里，建设生态护岸、湿地及滨水绿道" % r.randint(3, 45),
        "farm": lambda: "建设高标准农田约%d万亩，配套灌排渠系及田间道路" % r.randint(1, 3),
        "agri": lambda: "建设种养殖基地约%d亩及加工、仓储配套设施"
        % r.choice([500, 800, 1200, 2000, 3000, 5000]),
        "industry": lambda: "总建筑面积约%.1f万平方米，建设生产厂房、研发中心及配套设施" % a,
        "park": lambda: "规划面积约%.1f平方公里，建设标准厂房、道路及管网等配套设施"
        % round(r.uniform(0.5, 6), 1),
        "semi": lambda: "建设洁净厂房、动力站及生产线，总建筑面积约%.1f万平方米" % a,
        "biomed": lambda: "建设研发中心、GMP生产车间及配套设施，总建筑面积约%.1f万平方米" % a,
        "food": lambda: "建设生产车间、冷库及仓储设施，年加工能力约%d万吨" % r.randint(1, 20),
        "dc": lambda: "建设数据中心机房及配套设施，部署标准机柜约%d个" % r.choice([3000, 5000, 8000, 10000]),
        "logistics": lambda: "建设仓储、分拣及冷链设施，总建筑面积约%.1f万平方米" % a,
        "hospital": lambda: (
            lambda h: "总建筑面积约%.1f万平方米，设置床位约%d张"
            % (h, int(round(h * 10000 / r.uniform(90, 130) / 50.0)) * 50)
        )(round(r.uniform(3, 20), 1)),
        "school": lambda: (
            lambda h: "总建筑面积约%.1f万平方米，新增学位约%d个"
            % (h, int(round(h * 10000 / r.uniform(8, 12) / 90.0)) * 90)
        )(round(r.uniform(1.5, 8), 1)),
        "univ": lambda: (
            lambda h: "总建筑面积约%.1f万平方米，可容纳在校生约%d人"
            % (h, int(round(h * 10000 / r.uniform(25, 35) / 500.0)) * 500)
        )(round(r.uniform(8, 30), 1)),
        "parking": lambda: "建设停车泊位约%d个及智慧停车管理系统" % r.choice([800, 1200, 1500, 2000]),
        "market": lambda: "改造市场建筑约%.1f万平方米，完善冷链、消防及排污设施"
        % round(r.uniform(0.3, 1.5), 1),
        "culture": lambda: "总建筑面积约%.1f万平方米，建设展陈、演艺及公共服务空间"
        % round(r.uniform(1, 8), 1),
        "sport": lambda: "总建筑面积约%.1f万平方米，建设比赛场馆、训练场地及配套设施"
        % round(r.uniform(1, 8), 1),
        "renewal": lambda: "改造范围约%d公顷，建设住宅、商业及公共服务配套设施" % r.randint(10, 150),
        "village": lambda: "改造提升村居%d个，完善道路、供排水及公共服务设施" % n,
        "gallery": lambda: "建设综合管廊约%.1f公里及监控中心等配套设施" % round(r.uniform(2, 15), 1),
        "tourism": lambda: "建设游客服务中心、景观步道、住宿及配套设施",
        "public": lambda: "总建筑面积约%.1f万平方米，建设业务用房及配套设施" % round(r.uniform(0.5, 5), 1),
    }
    return t[cat]()


RETROFIT = re.compile("技改|技术改造|智能化改造|数字化改造|绿色化改造|升级改造|升级项目")
REBUILD = re.compile("改扩建|扩建|改造|技改|改建|扩产|提标|升级|扩容")


def round_wan(x):
    return int(round(x / 1000.0) * 1000) if x >= 100000 else int(round(x / 100.0) * 100)


def fmt_yi(x_wan):
    v = round(x_wan / 10000.0, 2)
    if v < 0.01:
        v = 0.01
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s


def build():
    """Return (rows_by_list, projects, distractor pairs) with symbolic ids."""
    projects = {}  # key -> dict(cat, total, start, end, nature, desc, multi)
    rows = []  # dict(list, name, loc, key, tag, factor, rid)

    def make_project(key, cat, names, lists, desc, years=None, nature=None):
        r = random.Random("%s|project|%s" % (SEED, key))
        lo, hi = RANGES[cat]
        total = round_wan(r.uniform(lo, hi))
        if any(l in ("G1", "G2", "S") for l in lists):
            start = 2025
        else:
            start = r.choice([2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025])
        end = max(2025, start + r.randint(1, 4)) if start < 2025 else 2025 + r.randint(1, 3)
        if years:
            start, end = years
        if nature:
            pass
        elif start < 2025:
            nature = "续建"
        elif REBUILD.search(names[0]):
            nature = "改扩建"
        else:
            nature = "新建"
        d = desc or describe(cat, r, names[0])
        projects[key] = dict(
            cat=cat, total=total, start=start, end=end, nature=nature, desc=d, multi=len(lists) > 1
        )

    for p in data.MULTI:
        lists = [rw[0] for rw in p["rows"]]
        make_project(
            p["key"], p["cat"], [rw[1] for rw in p["rows"]], lists, p["desc"], p["years"], p["nature"]
        )
        for i, rw in enumerate(p["rows"]):
            lst, name, loc = rw[0], rw[1], rw[2]
            tags = rw[3] if len(rw) > 3 else ""
            factor = rw[4] if len(rw) > 4 else None
            rows.append(
                dict(
                    list=lst,
                    name=name,
                    loc=loc,
                    key=p["key"],
                    tag="reference" if i == 0 else tags,
                    factor=factor,
                    ref=(i == 0),
                    rid="%s@%s" % (p["key"], lst),
                )
            )
    count = {}
    for f in data.FILLERS:
        count[f["list"]] = count.get(f["list"], 0) + 1
        key = "%s-s%03d" % (f["list"], count[f["list"]])
        make_project(key, f["cat"], [f["name"]], [f["list"]], f["desc"], f["years"], f["nature"])
        rows.append(
            dict(
                list=f["list"],
                name=f["name"],
                loc=f["loc"],
                key=key,
                tag="",
                factor=None,
                ref=True,
                rid="%s:%s" % (f["list"], f["name"]),
            )
        )

    byrid = {}
    for rw in rows:
        if rw["rid"] in byrid:
            raise SystemExit("duplicate row id " + rw["rid"])
        byrid[rw["rid"]] = rw

    pairs = []
    for f in data.FILLERS:
        for target, reason in f["near"]:
            if target not in byrid:
                raise SystemExit("unknown distractor target %r (from %s)" % (target, f["name"]))
            pairs.append(("%s:%s" % (f["list"], f["name"]), target, reason))
    return rows, projects, byrid, pairs


def amounts(rw, proj, unit, kind):
    """Return (total, plan2025) as strings in the list's unit."""
    r = random.Random("%s|row|%s" % (SEED, rw["rid"]))
    total = proj["total"]
    if rw["factor"] is not None:
        total = total * rw["factor"]
    elif not rw["ref"]:
        p = 0.45 if kind in ("groundbreaking", "signing") else 0.25
        if r.random() < p:
            total = total * r.uniform(0.85, 1.15)
    total = round_wan(total)
    if proj["nature"] == "预备":
        share = r.uniform(0.005, 0.02)
    elif proj["start"] >= 2025:
        share = r.uniform(0.08, 0.3)
    else:
        share = r.uniform(0.15, 0.45)
    plan = total * share
    plan = int(round(plan / 100.0) * 100) if plan >= 10000 else int(round(plan / 10.0) * 10)
    if unit == "万元":
        return str(total), str(plan)
    if kind == "signing":
        v = total / 10000.0
        if v >= 10 and r.random() < 0.6:
            ts = str(int(round(v)))
        else:
            ts = ("%.1f" % v).rstrip("0").rstrip(".")
        return ts, fmt_yi(plan)
    return fmt_yi(total), fmt_yi(plan)


def main():
    rows, projects, byrid, pairs = build()
    rowno = {}  # rid -> (file, n)
    truth = []
    for code in data.LIST_ORDER:
        meta = data.LISTS[code]
        mine = [rw for rw in rows if rw["list"] == code]
        names = [rw["name"] for rw in mine]
        if len(set(names)) != len(names):
            raise SystemExit("duplicate name within list " + code)
        r = random.Random("%s|order|%s" % (SEED, code))
        mine.sort(key=lambda rw: rw["rid"])
        r.shuffle(mine)
        if code == "P":
            mine.sort(key=lambda rw: SECTOR_OF[projects[rw["key"]]["cat"]])  # stable: shuffled within sector
        kind = meta["list_kind"]
        path = os.path.join(OUT, meta["file"])
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([meta["title"]])
            w.writerow(["单位：" + meta["unit"]])
            plan = kind in ("provincial_plan", "city_plan")
            w.writerow(PLAN_HEADER if plan else SHORT_HEADER)
            for i, rw in enumerate(mine, 1):
                proj = projects[rw["key"]]
                tot, p25 = amounts(rw, proj, meta["unit"], kind)
                if plan:
                    start, end = proj["start"], proj["end"]
                    if kind == "city_plan" and not rw["ref"]:
                        rr = random.Random("%s|years|%s" % (SEED, rw["rid"]))
                        if rr.random() < 0.15:
                            end += 1
                    w.writerow(
                        [
                            i,
                            rw["name"],
                            rw["loc"],
                            proj["nature"],
                            proj["desc"],
                            "%d-%d" % (start, end),
                            tot,
                            p25,
                        ]
                    )
                else:
                    w.writerow([i, rw["name"], rw["loc"], tot])
                rowno[rw["rid"]] = (meta["file"], i)
                truth.append((meta["file"], i, rw["key"], rw["tag"]))

    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "row_no", "project_key", "tag"])
        for t in truth:
            w.writerow(t)

    with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
        for a, b, reason in pairs:
            fa, ra = rowno[a]
            fb, rb = rowno[b]
            w.writerow([fa, ra, fb, rb, reason])

    with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8", newline="") as fh:
        for code in data.LIST_ORDER:
            m = data.LISTS[code]
            fh.write("- file: %s\n" % m["file"])
            fh.write('  title: "%s"\n' % m["title"])
            fh.write("  list_kind: %s\n" % m["list_kind"])
            fh.write("  city: %s\n" % m["city"])
            fh.write("  year: 2025\n")
            fh.write("  published: '%s'\n" % m["published"])
            fh.write("  unit: %s\n" % m["unit"])
    print("wrote %d rows in %d lists, %d distractor pairs" % (len(truth), len(data.LIST_ORDER), len(pairs)))


if __name__ == "__main__":
    main()
