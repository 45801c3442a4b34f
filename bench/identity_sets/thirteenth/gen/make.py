# -*- coding: utf-8 -*-
"""Deterministic generator: writes CSVs, lists.yaml, truth.csv, distractors.csv into the folder above gen/."""

import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402

SEED = 20230613
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(SEED)
LISTS = {l["id"]: l for l in data.LISTS}
ORDER = [l["id"] for l in data.LISTS]

DISTRICTS = {
    "广州": [
        "越秀区",
        "海珠区",
        "荔湾区",
        "天河区",
        "白云区",
        "黄埔区",
        "番禺区",
        "花都区",
        "南沙区",
        "从化区",
        "增城区",
    ],
    "珠海": ["香洲区", "斗门区", "金湾区", "横琴粤澳深度合作区", "珠海高新区"],
    "江门": ["蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"],
    "湛江": ["赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"],
    "茂名": ["茂南区", "电白区", "高州市", "化州市", "信宜市"],
    "揭阳": ["榕城区", "揭东区", "揭西县", "惠来县", "普宁市"],
}
GROADS = {
    "广州": ["G105", "G106", "G107", "G324", "G355"],
    "珠海": ["G228", "G105"],
    "江门": ["G228", "G240", "G325", "G359"],
    "湛江": ["G207", "G228", "G325"],
    "茂名": ["G207", "G228", "G325"],
    "揭阳": ["G206", "G238", "G324"],
}
CROPS = {
    "广州": ["花卉", "丝苗米", "迟菜心"],
    "珠海": ["白蕉海鲈", "黄立鱼"],
    "江门": ["丝苗米", "鳗鱼", "马冈鹅"],
    "湛江": ["菠萝", "对虾", "红橙", "火龙果"],
    "茂名": ["荔枝", "龙眼", "罗非鱼", "沉香"],
    "揭阳": ["青梅", "竹笋", "茶叶", "蔬菜"],
}
SYL = list("东西南北沙石塘岗坑坪洲湾围林田龙凤冲头下上新潭岭桥江埔涌溪")

PUBLIC = [  # (keyword, template, (lo, hi) 万元)
    ("供水", "{d}城乡供水一体化工程", (20000, 120000)),
    ("中小河流", "{d}中小河流治理工程", (5000, 40000)),
    ("高标准农田", "{d}高标准农田建设项目", (8000, 30000)),
    ("人民医院", "{d}人民医院住院综合楼建设项目", (30000, 120000)),
    ("中医院", "{d}中医院门诊综合楼扩建工程", (15000, 60000)),
    ("妇幼", "{d}妇幼保健院新院区建设项目", (20000, 90000)),
    ("中学", "{d}第二高级中学新校区建设项目", (30000, 100000)),
    ("老旧小区", "{d}城镇老旧小区改造项目", (10000, 60000)),
    ("垃圾", "{d}生活垃圾焚烧发电厂扩建工程", (40000, 150000)),
    ("农村生活污水", "{d}农村生活污水治理工程", (10000, 50000)),
    ("现代农业", "{d}{crop}现代农业产业园", (10000, 50000)),
    ("旧村", "{d}{village}旧村改造项目", (50000, 400000)),
    ("输变电", "{c}110千伏{station}输变电工程", (8000, 30000)),
    ("体育", "{d}体育中心建设项目", (20000, 80000)),
    ("客运", "{d}综合客运枢纽站", (10000, 40000)),
    ("应急", "{d}应急救援指挥中心", (5000, 20000)),
    ("职业", "{d}职业技术学校扩建工程", (10000, 40000)),
    ("碧道", "{d}万里碧道建设工程", (5000, 30000)),
    ("水库", "{d}小型水库除险加固工程", (3000, 15000)),
    ("国道", "国道{g}线{d}段改建工程", (30000, 200000)),
    ("省道", "省道S{s}线{d}段改线工程", (20000, 100000)),
    ("工业园", "{d}工业园区基础设施配套工程", (20000, 100000)),
    ("标准厂房", "{d}产业园标准厂房建设项目", (20000, 80000)),
    ("冷链", "{d}冷链物流中心项目", (10000, 50000)),
    ("充电", "{d}新能源汽车充电基础设施建设项目", (5000, 20000)),
    ("养老", "{d}社会福利中心（养老院）建设项目", (8000, 30000)),
]
BRAND_A = list("华粤恒鸿盛嘉瑞宏立佳锦汇泰安金天正祥")
BRAND_B = list("达信源科鑫博丰润创联昌通能和美泽宇兴邦德")
PRODUCTS = [
    ("新材料", "年产{n}万吨高性能改性塑料项目"),
    ("新材料", "年产{n}万吨锂电池正极材料项目"),
    ("电子", "高端印制电路板生产基地项目"),
    ("智能装备", "智能装备制造产业园项目"),
    ("食品", "中央厨房及预制菜生产基地项目"),
    ("生物", "生物医药研发生产基地项目"),
    ("光电", "Mini LED显示模组生产项目"),
    ("家居", "智能家居生产基地项目"),
    ("新能源", "储能系统集成生产基地项目"),
    ("化学", "年产{n}万吨电子级化学品项目"),
    ("金属", "高端不锈钢精密制品项目"),
    ("供应链", "智慧物流产业园项目"),
    ("汽车部件", "新能源汽车零部件生产基地项目"),
    ("纺织", "高端纺织面料生产项目"),
    ("半导体", "功率半导体封装测试项目"),
    ("海洋", "深远海养殖装备及加工基地项目"),
]


def fmt_amt(wan, unit):
    if unit == "万元":
        return str(int(round(wan)))
    s = "%.2f" % (wan / 10000.0)
    return s.rstrip("0").rstrip(".")


def scale_text(name, inv):
    r = random.Random(name)
    km = r.choice([3.2, 5.6, 8.4, 12.5, 18.7, 26.3, 41.0, 57.8])
    if any(k in name for k in ("铁路", "地铁", "号线", "城际")):
        return "线路全长约%s公里，设车站%d座" % (km * 3, r.randint(4, 16))
    if any(
        k in name
        for k in ("高速", "公路", "快速路", "大道", "路网", "道路", "连接线", "国道", "省道", "环岛路")
    ):
        std = (
            "双向六车道高速公路"
            if "高速" in name
            else "一级公路"
            if any(k in name for k in ("国道", "省道", "公路"))
            else r.choice(["城市快速路", "城市主干路"])
        )
        return "路线全长约%s公里，按%s标准建设" % (km, std)
    if "航道" in name:
        return "航道全长约%s公里，按%s万吨级船舶通航标准建设" % (km, r.choice([10, 15, 30]))
    if any(k in name for k in ("码头", "港区", "泊位")):
        return "建设泊位%d个及配套设施，设计年通过能力%d万吨" % (
            r.randint(1, 4),
            r.choice([150, 300, 500, 800]),
        )
    if any(k in name for k in ("医院", "院区", "分院", "保健院")):
        return "总建筑面积约%.1f万平方米，设置床位%d张" % (
            r.uniform(3, 30),
            r.choice([300, 500, 800, 1000, 1500]),
        )
    if any(k in name for k in ("学校", "中学", "大学", "校区", "学院")):
        return "总建筑面积约%.1f万平方米，办学规模%d人" % (
            r.uniform(3, 25),
            r.choice([1800, 3000, 6000, 10000]),
        )
    if any(k in name for k in ("风电", "光伏", "蓄能", "发电")):
        return "装机容量%d万千瓦" % r.choice([20, 30, 40, 50, 100, 120])
    if "输变电" in name:
        return "新建主变%d台，变电容量%d万千伏安，线路%s公里" % (r.randint(2, 3), r.choice([10, 15, 20]), km)
    if any(k in name for k in ("污水", "供水")):
        return "处理规模%d万吨/日，配套管网约%s公里" % (r.choice([2, 5, 10, 15, 20]), km)
    if any(k in name for k in ("河", "流域", "防洪", "海堤", "水库", "灌区", "碧道", "红树林", "鉴江")):
        return "整治河道（岸线）约%s公里及配套设施" % km
    if any(k in name for k in ("管廊", "管网", "管线", "支干线", "接收站")):
        return "建设管线约%s公里及配套站场" % km
    if any(k in name for k in ("改造", "更新", "整备", "旧村")):
        return "改造用地面积约%d亩" % r.choice([200, 500, 800, 1200, 2000])
    if any(k in name for k in ("年产", "生产", "基地", "晶圆", "高炉", "装置", "冷轧")):
        return "建设生产线及配套设施，达产后年产值约%d亿元" % r.choice([10, 20, 30, 50, 80, 120])
    if any(k in name for k in ("产业园", "物流园", "园")):
        return "规划用地约%d亩，建设厂房、仓储及配套设施" % r.choice([300, 500, 800, 1000, 1500])
    return "总建筑面积约%.1f万平方米" % r.uniform(1, 20)


def location(lst, city, dist, loc):
    if loc:
        return loc
    if lst == "P" or not dist:
        if dist.startswith(city):
            return dist
        return city + "市" + dist
    return dist


def nature(name, start):
    if start < 2023:
        return "续建"
    if "改扩建" in name:
        return "改扩建"
    if "扩建" in name:
        return "扩建"
    return "新建"


def category(name):
    cats = [
        (
            "铁路 地铁 号线 城际 高速 公路 快速路 大道 道路 路网 码头 港区 航道 机场 枢纽 连接线 国道 省道 客运",
            1,
        ),
        ("风电 光伏 蓄能 LNG 液化天然气 天然气 输变电 发电 管廊 管线 支干线", 2),
        ("医院 院区 分院 学校 中学 大学 校区 学院 体育 养老 保健院 应急 实验室", 4),
        ("污水 供水 河 流域 防洪 海堤 水库 灌区 碧道 红树林 更新 改造 整备 修复 公园 长廊 旧村 小区", 5),
        ("农业 农田 养殖", 6),
    ]
    for words, c in cats:
        if any(w in name for w in words.split()):
            return c
    return 3


# ---------------------------------------------------------------- build rows
rows = {k: [] for k in ORDER}
projects = []  # each project gets a key later
handwritten_by_city = {}


def add_row(lst, name, city, dist, loc, inv, yrs, pid, tag):
    r = dict(
        lst=lst,
        name=name,
        city=city,
        dist=dist,
        loc=location(lst, city, dist, loc),
        inv=inv,
        yrs=yrs,
        pid=pid,
        tag=tag,
    )
    rows[lst].append(r)
    handwritten_by_city.setdefault(city, []).append(r)
    return r


for p in data.LINKED:
    pid = len(projects)
    projects.append(p)
    first = True
    for lst in ORDER:
        if lst not in p["apps"]:
            continue
        v = p["apps"][lst]
        items = [(v, None, 1.0)] if isinstance(v, str) else ([v + (1.0,)] if isinstance(v, tuple) else v)
        for name, tag, share in items:
            if tag is None:
                tag = "reference"
            inv = p["inv"] * share
            if tag != "reference" and rng.random() < 0.3:
                inv = inv * rng.choice([0.88, 0.92, 0.95, 1.04, 1.08, 1.12])
            add_row(lst, name, p["city"], p["dist"], p["loc"], inv, p["yrs"], pid, tag)
        first = False
    if sum(1 for l in ORDER if l in p["apps"]) == 1:
        for r in rows[[l for l in ORDER if l in p["apps"]][0]]:
            if r["pid"] == pid:
                r["tag"] = ""

for s in data.SINGLES:
    pid = len(projects)
    projects.append(s)
    yrs = s["yrs"]
    if yrs is None:
        r = random.Random(s["name"])
        if LISTS[s["lst"]]["kind"] in ("groundbreaking", "signing"):
            st = 2023
        else:
            st = r.choice([2021, 2022, 2023, 2023])
        yrs = (st, st + r.randint(1, 4))
    add_row(s["lst"], s["name"], s["city"], s["dist"], s["loc"], s["inv"], yrs, pid, "")

# ---------------------------------------------------------------- fillers
used = set()
brands_used = set()
all_names = set(r["name"] for l in rows.values() for r in l)


def make_public(city, lst):
    for _ in range(200):
        kw, tpl, (lo, hi) = rng.choice(PUBLIC)
        d = rng.choice(DISTRICTS[city])
        if (city, d, kw) in used:
            continue
        if any(r["dist"] == d and kw in r["name"] for r in handwritten_by_city.get(city, [])):
            continue
        name = tpl.format(
            d=d,
            c=city,
            crop=rng.choice(CROPS[city]),
            village=rng.choice(SYL) + rng.choice(SYL) + "村",
            station=rng.choice(SYL) + rng.choice(SYL),
            g=rng.choice(GROADS[city]),
            s=rng.randint(260, 580),
        )
        if name in all_names:
            continue
        used.add((city, d, kw))
        return name, d, rng.randint(lo // 100, hi // 100) * 100
    raise RuntimeError("no public filler")


def make_company(city, lst):
    for _ in range(200):
        b = rng.choice(BRAND_A) + rng.choice(BRAND_B)
        if b in brands_used:
            continue
        brands_used.add(b)
        ptype, prod = rng.choice(PRODUCTS)
        prod = prod.format(n=rng.choice([2, 3, 5, 8, 10, 20]))
        kind = LISTS[lst]["kind"]
        if kind == "signing":
            name = rng.choice(["{b}集团{c}{p}", "{b}{t}科技有限公司{p}", "{b}{t}{p}"]).format(
                b=b, t=ptype, c=city, p=prod
            )
        elif kind == "groundbreaking":
            name = rng.choice(["{b}{t}{p}", "{c}{b}{t}{p}"]).format(b=b, t=ptype, c=city, p=prod)
        else:
            name = "{c}{b}{t}{p}".format(b=b, t=ptype, c=city, p=prod)
        d = rng.choice(DISTRICTS[city])
        return name, d, rng.randint(200, 5000) * 100
    raise RuntimeError("no company filler")


PUBLIC_SHARE = {"provincial_plan": 0.5, "city_plan": 0.6, "groundbreaking": 0.4, "signing": 0.1}
for lst in ORDER:
    meta = LISTS[lst]
    need = meta["n"] - len(rows[lst])
    cities = meta["cities"]
    for i in range(max(0, need)):
        city = cities[i % len(cities)] if lst == "P" else cities[0]
        if rng.random() < PUBLIC_SHARE[meta["kind"]]:
            name, d, inv = make_public(city, lst)
        else:
            name, d, inv = make_company(city, lst)
        all_names.add(name)
        st = (
            2023
            if meta["kind"] != "city_plan" and meta["kind"] != "provincial_plan"
            else rng.choice([2021, 2022, 2023, 2023])
        )
        pid = len(projects)
        projects.append(dict(filler=True))
        r = dict(
            lst=lst,
            name=name,
            city=city,
            dist=d,
            loc=location(lst, city, d, None),
            inv=inv,
            yrs=(st, st + rng.randint(1, 4)),
            pid=pid,
            tag="",
        )
        rows[lst].append(r)

# ---------------------------------------------------------------- keys
codes = rng.sample(range(10000, 99999), len(projects))
KEY = {i: "G13-%05d" % codes[i] for i in range(len(projects))}

# ---------------------------------------------------------------- order and write
for lst in ORDER:
    meta = LISTS[lst]
    rr = rows[lst]
    for r in rr:
        r["_rand"] = rng.random()
    if meta["kind"] in ("provincial_plan", "city_plan"):
        rr.sort(key=lambda r: (category(r["name"]), r["_rand"]))
    else:
        rr.sort(key=lambda r: r["_rand"])
    for i, r in enumerate(rr, 1):
        r["no"] = i
    unit = meta["unit"]
    path = os.path.join(OUT, meta["file"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(meta["title"] + "\n")
        f.write("单位：" + unit + "\n")
        w = csv.writer(f, lineterminator="\n")
        if meta["kind"] in ("provincial_plan", "city_plan"):
            w.writerow(
                [
                    "序号",
                    "项目名称",
                    "建设地点",
                    "建设性质",
                    "建设规模及内容",
                    "建设起止年限",
                    "总投资",
                    "2023年计划投资",
                ]
            )
            for r in rr:
                st, en = r["yrs"]
                frac = random.Random(r["name"] + lst).uniform(0.12, 0.4)
                if en <= 2023:
                    frac = random.Random(r["name"]).uniform(0.3, 0.6)
                plan = r["inv"] * frac
                w.writerow(
                    [
                        r["no"],
                        r["name"],
                        r["loc"],
                        nature(r["name"], st),
                        scale_text(r["name"], r["inv"]),
                        "%d-%d" % (st, en),
                        fmt_amt(r["inv"], unit),
                        fmt_amt(plan, unit),
                    ]
                )
        else:
            w.writerow(["序号", "项目名称", "所在地", "总投资"])
            for r in rr:
                w.writerow([r["no"], r["name"], r["loc"], fmt_amt(r["inv"], unit)])

with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as f:
    for meta in data.LISTS:
        f.write("- file: %s\n" % meta["file"])
        f.write('  title: "%s"\n' % meta["title"])
        f.write("  list_kind: %s\n" % meta["kind"])
        f.write("  city: %s\n" % meta["city"])
        f.write("  year: 2023\n")
        f.write("  published: '%s'\n" % meta["published"])
        f.write("  unit: %s\n" % meta["unit"])

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "row_no", "project_key", "tag"])
    for lst in ORDER:
        for r in rows[lst]:
            w.writerow([LISTS[lst]["file"], r["no"], KEY[r["pid"]], r["tag"]])

index = {}
for lst in ORDER:
    for r in rows[lst]:
        assert (lst, r["name"]) not in index, (lst, r["name"])
        index[(lst, r["name"])] = r

pairs = []
seen = set()


def add_pair(a, b, reason):
    ra, rb = index[a], index[b]
    ka = (a[0], ra["no"])
    kb = (b[0], rb["no"])
    k = tuple(sorted([ka, kb]))
    if k in seen:
        return
    seen.add(k)
    pairs.append((LISTS[a[0]]["file"], ra["no"], LISTS[b[0]]["file"], rb["no"], reason))


for s in data.SINGLES:
    for anc in s["anchors"]:
        add_pair((s["lst"], s["name"]), anc, s["reason"])
for a, b, reason in data.CROSS:
    add_pair(a, b, reason)

with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for p in pairs:
        w.writerow(p)

print("rows:", {l: len(rows[l]) for l in ORDER}, "total", sum(len(v) for v in rows.values()))
print("distractor pairs:", len(pairs))
