"""Build identity set 7 (SAMPLE 测试用，非官方) from the hand-written names in data.py.
Deterministic: no clock, fixed seeds, hash-free choices (sha1 of the name).
Usage: python3 gen/make.py   (writes into the parent folder)"""

import csv
import hashlib
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import EXTRA_PAIRS, LIST_CITY, SIGN_COMPANY, D, P, U

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTE = "（SAMPLE 测试用，非官方）"

LISTS = [
    dict(
        id="prov",
        file="provincial_plan_2024.csv",
        list_kind="provincial_plan",
        city="广东省",
        year=2024,
        published="2024-02-29",
        unit="万元",
        title="广东省2024年重点建设项目计划（广州、珠海、佛山、韶关、河源、梅州及清远部分节选）" + NOTE,
        header=[
            "序号",
            "项目名称",
            "建设地点",
            "建设性质",
            "建设规模及内容",
            "建设起止年限",
            "总投资",
            "2024年计划投资",
        ],
    ),
    dict(
        id="gzp",
        file="guangzhou_city_plan_2024.csv",
        list_kind="city_plan",
        city="广州",
        year=2024,
        published="2024-03-15",
        unit="万元",
        title="广州市2024年重点建设项目计划" + NOTE,
        header=[
            "序号",
            "项目名称",
            "项目类别",
            "建设地点",
            "建设性质",
            "建设起止年限",
            "总投资",
            "2024年计划投资",
            "主要建设内容",
        ],
    ),
    dict(
        id="sgp",
        file="shaoguan_city_plan_2024.csv",
        list_kind="city_plan",
        city="韶关",
        year=2024,
        published="2024-03-08",
        unit="亿元",
        title="韶关市2024年重点项目计划表" + NOTE,
        header=[
            "序号",
            "项目名称",
            "所在县（市、区）",
            "建设性质",
            "建设起止年限",
            "总投资（亿元）",
            "2024年计划投资（亿元）",
            "主要建设内容",
        ],
    ),
    dict(
        id="fsg",
        file="foshan_2024_q1_groundbreaking.csv",
        list_kind="groundbreaking",
        city="佛山",
        year=2024,
        published="2024-02-20",
        unit="亿元",
        title="佛山市2024年第一季度重大项目集中开工项目表" + NOTE,
        header=["序号", "所在区", "项目名称", "总投资（亿元）", "项目类型", "主要建设内容"],
    ),
    dict(
        id="hyg",
        file="heyuan_2024_h2_groundbreaking.csv",
        list_kind="groundbreaking",
        city="河源",
        year=2024,
        published="2024-07-30",
        unit="万元",
        title="河源市2024年下半年重大项目集中开工项目表" + NOTE,
        header=["序号", "项目名称", "县区", "总投资（万元）", "计划开工时间", "主要建设内容"],
    ),
    dict(
        id="zhs",
        file="zhuhai_2024_signing.csv",
        list_kind="signing",
        city="珠海",
        year=2024,
        published="2024-05-22",
        unit="亿元",
        title="珠海市2024年重大项目集中签约活动签约项目清单" + NOTE,
        header=["序号", "项目名称", "签约企业", "落地区域", "投资额（亿元）", "产业领域"],
    ),
]
LBYID = {l["id"]: l for l in LISTS}


def h(s, n):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16) % n


PLACE_WORDS = ["河源", "韶关", "梅州", "珠海", "佛山", "广州", "清远", "天河", "东河", "西河"]


def _strip(name):
    for c in PLACE_WORDS:
        name = name.replace(c, "")
    return name


def category(name):
    n = _strip(name)
    if any(
        k in n
        for k in ["光伏", "风电", "储能", "抽水蓄能", "抽蓄", "千伏", "kV", "天然气", "燃料电池", "发电"]
    ):
        return "能源"
    if any(
        k in n
        for k in [
            "医院",
            "医疗中心",
            "学校",
            "中学",
            "小学",
            "幼儿园",
            "学院",
            "大学",
            "校区",
            "疾病",
            "妇幼",
            "殡仪",
            "住房",
            "安置",
            "院区",
            "体育",
            "人才社区",
            "妇儿",
        ]
    ):
        return "民生"
    if any(
        k in n
        for k in [
            "高速",
            "公路",
            "道路",
            "路网",
            "大道",
            "大桥",
            "桥",
            "轨道",
            "快速",
            "北站",
            "南站",
            "西站",
            "港区",
            "母港",
            "码头",
            "隧道",
            "干线",
            "航道",
            "国道",
            "连接线",
            "延线",
            "环岛路",
            "二横路",
            "西拓",
            "广场",
            "通道",
            "交通",
        ]
    ):
        return "交通"
    if any(
        k in n
        for k in [
            "片区",
            "城市更新",
            "旧村",
            "城中村",
            "旧城",
            "棚",
            "微改造",
            "景区",
            "旅游",
            "文化",
            "古巷",
            "公园",
            "碧道",
            "绿道",
            "小镇",
            "示范带",
            "街区",
            "提质",
            "康养",
            "古城",
            "地下空间",
        ]
    ):
        return "城建文旅"
    if any(
        k in n
        for k in [
            "污水",
            "供水",
            "水厂",
            "水库",
            "河",
            "水道",
            "堤",
            "灌区",
            "水环境",
            "管网",
            "管廊",
            "流域",
            "水利",
            "除险",
            "垃圾",
        ]
    ):
        return "水利环保"
    return "产业"


RULES = [  # (keywords, content) first match wins
    (["碧道", "绿道"], "建设滨水慢行道、景观节点及配套设施"),
    (["生态环境综合整治"], "河湖岸线整治、截污及生态修复"),
    (["地下空间"], "建设地下商业、停车及连通通道"),
    (["数据中心", "算力"], "建设数据中心机房、供配电及配套设施"),
    (["智慧交通"], "建设交通信号、监控系统及路面改造"),
    (["家具城", "专业市场"], "专业市场升级改造及配套设施"),
    (["人才社区", "人才公寓"], "建设人才公寓、配套商业及公共服务设施"),
    (["口岸"], "建设口岸查验及综合服务用房"),
    (["测试场"], "建设测试道路、场景及配套设施"),
    (["疾病", "血站"], "新建业务实验用房及配套设施"),
    (["开发建设"], "土地整理、市政配套及产业载体建设"),
    (["天然气", "管道", "支线"], "建设输气管线、分输站场及配套设施"),
    (["千伏", "kV"], "新建输电线路及配套变电间隔工程"),
    (["抽水蓄能", "抽蓄"], "建设上下水库、地下厂房及送出工程"),
    (["风电"], "建设风电机组、升压站及集电线路"),
    (["光伏"], "建设光伏组件方阵、升压站及送出线路"),
    (["燃料电池", "储能"], "新建电堆（电池）生产线及配套设施"),
    (["码头", "港区"], "新建泊位、堆场及配套设施"),
    (["邮轮母港"], "建设邮轮码头、客运联检大楼及配套设施"),
    (["轨道", "号线"], "新建地下线路、车站及车辆段"),
    (["高速", "快速路", "国道", "公路", "干线"], "新建（改建）主线、互通立交及沿线设施"),
    (["大桥"], "拆除重建桥梁主体及引道工程"),
    (["隧道"], "新建隧道主体及配套交通设施"),
    (
        ["道路", "路网", "大道", "延线", "连接线", "二横路", "环岛路", "西拓", "通道", "路工程", "广场"],
        "新建市政道路、桥涵及给排水、照明等配套设施",
    ),
    (["航道"], "航道整治、船闸改造及配套设施"),
    (["污水", "净水厂", "排水", "管网"], "新建（扩建）污水处理设施及配套管网"),
    (["供水"], "建设水厂、输配水管网及加压站"),
    (["水库", "灌区", "水利枢纽"], "建设挡水、引水、灌排等主体工程及附属设施"),
    (["堤", "海堤"], "堤防加固、护岸及穿堤建筑物改造"),
    (["管廊"], "建设地下综合管廊主体及附属设施"),
    (["垃圾"], "建设焚烧发电（处理）主体及配套设施"),
    (["城市更新", "旧村", "城中村", "旧城", "微改造", "综合开发"], "片区拆迁改造、复建安置及配套市政设施"),
    (["水道", "河", "流域", "水环境", "生态修复", "综合治理", "整治"], "河道整治、截污、清淤及生态修复"),
    (["医院", "院区", "医疗中心", "妇儿", "妇幼", "疾病", "血站"], "新建门诊医技楼、住院楼及配套设施"),
    (
        ["学校", "中学", "小学", "幼儿园", "学院", "大学", "校区", "实训"],
        "新建教学楼、实验楼、宿舍及配套设施",
    ),
    (["安置", "住房", "棚"], "建设安置（保障性）住房及配套设施"),
    (["殡仪"], "迁建殡仪馆业务用房及配套设施"),
    (
        [
            "旅游",
            "景区",
            "文化",
            "古巷",
            "古城",
            "公园",
            "碧道",
            "绿道",
            "街区",
            "康养",
            "集散",
            "游客",
            "温泉",
            "示范带",
            "小镇",
        ],
        "建设游客服务设施、景观提升及配套道路",
    ),
    (["片区", "更新", "提质"], "片区改造提升及配套市政设施"),
    (["枢纽"], "建设综合交通枢纽及配套道路、停车设施"),
    (["冷链", "物流"], "新建冷库、分拣中心及配套设施"),
    (
        ["农业", "茶", "蜜桃", "猕猴桃", "马蹄", "三华李", "海鲈", "花卉", "农产品", "养殖"],
        "建设种植（养殖）基地、加工车间及配套设施",
    ),
    (["扩园", "基础设施", "配套工程", "市政配套"], "建设园区道路、给排水、供电等基础设施"),
    (["标准厂房", "产业园", "工业园", "产业基地", "基地"], "建设标准厂房、研发中心及配套设施"),
    (
        ["农业", "茶", "蜜桃", "猕猴桃", "马蹄", "三华李", "海鲈", "花卉", "农产品"],
        "建设种植（养殖）基地、加工车间及配套设施",
    ),
    (["研发", "中心"], "建设研发楼、实验室及配套设施"),
    (["改造", "超低排放"], "实施生产线技术改造及环保设施升级"),
]


def content_for(name):
    n = _strip(name)
    for ks, c in RULES:
        if any(k in n for k in ks):
            return c
    return "新建生产厂房及生产线，购置生产设备"


GZ_CAT = {
    "交通": "基础设施",
    "水利环保": "基础设施",
    "能源": "基础设施",
    "民生": "民生保障",
    "城建文旅": "城市更新",
    "产业": "产业",
}
FS_CAT = {
    "交通": "基础设施",
    "水利环保": "基础设施",
    "能源": "基础设施",
    "民生": "民生",
    "城建文旅": "城市建设",
    "产业": "产业",
}


def field_for(name):
    for ks, f in [
        (["半导体", "封测", "封装", "晶圆", "功率器件"], "半导体与集成电路"),
        (["中医药", "医药", "生物"], "生物医药与健康"),
        (["机器人"], "智能机器人"),
        (["聚烯烃", "聚丙烯", "化工"], "绿色石化"),
        (["LED", "显示"], "超高清视频显示"),
        (["家电"], "智能家电"),
        (["航空", "装备", "智能制造"], "高端装备制造"),
    ]:
        if any(k in name for k in ks):
            return f
    return "先进制造业"


def money(total_yi, unit):
    t = Decimal(str(total_yi))
    if unit == "万元":
        return str((t * 10000).quantize(Decimal("1"), ROUND_HALF_UP))
    return str(t.quantize(Decimal("0.01"), ROUND_HALF_UP)).rstrip("0").rstrip(".")


def years(name, lid):
    if lid in ("fsg", "hyg", "zhs"):
        return 2024, 2024 + 1 + h(name, 3)
    s = 2021 + h(name, 4)  # 2021..2024
    return s, max(s + 2, 2024) + h(name + "e", 3)


def location(row):
    city, dist, lid = row["city"], row["district"], row["list"]
    if lid == "prov":
        if "、" in city:
            return "、".join(c + "市" for c in city.split("、"))
        if not dist:
            return city + "市"
        if dist.startswith(city):
            return dist
        return city + "市" + dist
    if dist.startswith("清远市"):
        return dist
    return dist


# ---------------- collect rows ----------------
rows = {l["id"]: [] for l in LISTS}


def add(lid, key, name, city, district, total, tag, company=None, field=None):
    r = dict(
        list=lid,
        key=key,
        name=name,
        city=city,
        district=district,
        total=total,
        tag=tag,
        company=company,
        field=field,
    )
    rows[lid].append(r)
    return r


for key, city, occs in P:
    for i, (lid, name, dist, total, tags) in enumerate(occs):
        c = city
        if lid != "prov":
            if dist.startswith("清远市"):
                c = "清远"
            elif "、" in city:
                c = LIST_CITY[lid]
            else:
                c = city
        if i == 0:
            tag = "reference"
        else:
            kinds = [t for t in tags.split(";") if t] or ["same_name"]
            ref_total = occs[0][3]
            if (
                (
                    "split_phase" not in kinds
                    and "phase_section" not in kinds
                    and abs(total - ref_total) > 0.005 * ref_total
                )
                or abs(total - ref_total) > 0.005 * ref_total
                and "amount_differs" not in kinds
            ):
                kinds.append("amount_differs")
            tag = ";".join(kinds)
        add(lid, key, name, c, dist, total, tag, company=SIGN_COMPANY.get(key) if lid == "zhs" else None)

for d in D:
    key, lid, city, name, dist, total = d[:6]
    company = d[9] if len(d) > 9 else None
    add(lid, key, name, city, dist, total, "", company=company)

rng = random.Random(20240707)


def u_amount(name, city=""):
    cat = category(name)
    lo, hi = {
        "产业": (5, 60),
        "交通": (8, 60),
        "水利环保": (1.5, 15),
        "能源": (3, 40),
        "民生": (2, 20),
        "城建文旅": (3, 50),
    }[cat]
    if any(
        k in name
        for k in ["农业", "茶", "猕猴桃", "蜜桃", "马蹄", "三华李", "海鲈", "农产品", "养殖", "食品"]
    ):
        lo, hi = 1.2, 9
    elif any(k in name for k in ["旅游", "文旅", "康养", "景区", "示范带", "古城"]):
        lo, hi = 2, 18
    elif any(k in name for k in ["小学", "中学", "实训", "殡仪", "微改造", "疾病", "绿道", "碧道", "公园"]):
        lo, hi = 0.8, 6
    elif any(k in name for k in ["研发中心", "服务中心", "模具", "总部"]):
        lo, hi = 2, 15
    elif any(k in name for k in ["晶圆", "化学品", "码头三期", "海洋工程", "航道"]):
        lo, hi = 40, 150
    v = lo + (hi - lo) * (h(name, 1000) / 1000.0)
    if city in ("韶关", "河源", "梅州", "清远"):
        v = v * 0.5  # smaller projects outside the Pearl River Delta
    return float(Decimal(str(v)).quantize(Decimal("0.1"), ROUND_HALF_UP))


ucount = 0
for lid in ["prov", "gzp", "sgp", "fsg", "hyg", "zhs"]:
    for u in U[lid]:
        ucount += 1
        key = "U%03d" % ucount
        if lid == "prov":
            city, name, dist = u
        elif lid == "zhs":
            name, comp, dist, field = u
            city = "珠海"
        else:
            name, dist = u
            city = "清远" if dist.startswith("清远市") else LIST_CITY[lid]
        add(
            lid,
            key,
            name,
            city,
            dist,
            u_amount(name, city),
            "",
            company=(comp if lid == "zhs" else None),
            field=(field if lid == "zhs" else None),
        )

# order rows: provincial plan grouped by city (as extracts are), others shuffled
CITY_ORDER = [
    "广州",
    "广州、佛山",
    "广州、清远",
    "清远",
    "珠海",
    "佛山",
    "韶关",
    "韶关、河源",
    "河源",
    "河源、梅州",
    "梅州",
]
for lid in rows:
    r = random.Random("identity7-" + lid)
    r.shuffle(rows[lid])
    if lid == "prov":
        rows[lid].sort(key=lambda x: CITY_ORDER.index(x["city"]))
    for i, x in enumerate(rows[lid], 1):
        x["row_no"] = i


# ---------------- write lists ----------------
def fmt_row(l, x):
    n, lid, unit = x["name"], l["id"], l["unit"]
    cat = category(n)
    content = content_for(n)
    s, e = years(n, lid)
    nature = "新建" if s >= 2024 else "续建"
    annual = x["total"] * (0.12 + 0.3 * h(n + "a", 100) / 100.0)
    if lid == "prov":
        return [
            x["row_no"],
            n,
            location(x),
            nature,
            content,
            f"{s}-{e}",
            money(x["total"], unit),
            money(annual, unit),
        ]
    if lid == "gzp":
        return [
            x["row_no"],
            n,
            GZ_CAT[cat],
            location(x),
            nature,
            f"{s}-{e}",
            money(x["total"], unit),
            money(annual, unit),
            content,
        ]
    if lid == "sgp":
        return [
            x["row_no"],
            n,
            x["district"],
            nature,
            f"{s}-{e}",
            money(x["total"], unit),
            money(annual, unit),
            content,
        ]
    if lid == "fsg":
        return [x["row_no"], x["district"], n, money(x["total"], unit), FS_CAT[cat], content]
    if lid == "hyg":
        return [x["row_no"], n, x["district"], money(x["total"], unit), "2024年%d月" % (7 + h(n, 4)), content]
    if lid == "zhs":
        return [
            x["row_no"],
            n,
            x["company"] or "",
            x["district"],
            money(x["total"], unit),
            x["field"] or field_for(n),
        ]


for l in LISTS:
    with open(os.path.join(OUT, l["file"]), "w", encoding="utf-8", newline="") as f:
        f.write(l["title"] + "\n")
        f.write("单位：" + l["unit"] + "\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(l["header"])
        for x in rows[l["id"]]:
            w.writerow(fmt_row(l, x))

with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as f:
    for l in LISTS:
        f.write(
            f'- file: {l["file"]}\n  title: "{l["title"]}"\n  list_kind: {l["list_kind"]}\n  city: {l["city"]}\n'
            f'  year: {l["year"]}\n  published: "{l["published"]}"\n  unit: {l["unit"]}\n'
        )

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "row_no", "project_key", "tag"])
    for l in LISTS:
        for x in rows[l["id"]]:
            w.writerow([l["file"], x["row_no"], x["key"], x["tag"]])


# distractor pairs (unordered, de-duplicated)
def find(lid, key):
    if key.startswith("name:"):
        hits = [x for x in rows[lid] if x["name"] == key[5:]]
    else:
        hits = [x for x in rows[lid] if x["key"] == key]
    assert len(hits) == 1, (lid, key, len(hits))
    return hits[0]


seen = set()
pairs = []
for d in D:
    key, lid = d[0], d[1]
    a = find(lid, key)
    b = find(d[6], d[7])
    ka = (LBYID[a["list"]]["file"], a["row_no"])
    kb = (LBYID[b["list"]]["file"], b["row_no"])
    u = tuple(sorted([ka, kb]))
    if u in seen:
        continue
    seen.add(u)
    pairs.append((ka, kb, d[8]))
for la, kx, lb, ky, reason in EXTRA_PAIRS:
    a = find(la, kx)
    b = find(lb, ky)
    ka = (LBYID[a["list"]]["file"], a["row_no"])
    kb = (LBYID[b["list"]]["file"], b["row_no"])
    u = tuple(sorted([ka, kb]))
    assert u not in seen
    seen.add(u)
    pairs.append((ka, kb, reason))
with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for ka, kb, reason in pairs:
        w.writerow([ka[0], ka[1], kb[0], kb[1], reason])
# implied near-name pairs: each distractor row against the OTHER rows of its partner's project
implied = []
for d in D:
    a = find(d[1], d[0])
    b = find(d[6], d[7])
    if not b["key"].startswith("P"):
        continue
    for lid in rows:
        for x in rows[lid]:
            if x["key"] == b["key"] and x is not b:
                ka = (LBYID[a["list"]]["file"], a["row_no"])
                kb = (LBYID[x["list"]]["file"], x["row_no"])
                u = tuple(sorted([ka, kb]))
                if u in seen:
                    continue
                seen.add(u)
                implied.append((ka, kb, d[8] + " [implied: other row of " + b["key"] + "]"))
with open(os.path.join(OUT, "distractors_implied.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for ka, kb, reason in implied:
        w.writerow([ka[0], ka[1], kb[0], kb[1], reason])
print("implied pairs:", len(implied))
print("rows:", {l["file"]: len(rows[l["id"]]) for l in LISTS}, "total", sum(len(v) for v in rows.values()))
print("distractor pairs:", len(pairs))
