# -*- coding: utf-8 -*-
"""Deterministic generator for the identity10 blind test set.

Run:  python3 gen/make.py      (writes into the folder above gen/)
Standard library only.  Fixed seed -> byte-identical output on every run.
"""

import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data as D  # noqa: E402

SEED = 20221010
rng = random.Random(SEED)

LIST_BY_ID = {l[0]: l for l in D.LISTS}
UNIT = {l[0]: l[6] for l in D.LISTS}
KIND = {l[0]: l[3] for l in D.LISTS}
FILE = {l[0]: l[1] for l in D.LISTS}
LIST_CITY = {"FS": "佛山", "ZJ": "湛江", "GZ": "广州", "JM": "江门", "QY": "清远"}
CITIES = ["广州", "佛山", "中山", "江门", "湛江", "清远"]
CAT_ORDER = ["交通", "能源", "水利", "生态", "城建", "社会", "产业", "服务", "农业"]
NAME_TAGS_EXCLUDE = {"amount", "reference"}

PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2022年计划投资",
]
BATCH_HEADER = ["序号", "项目名称", "所在地", "总投资"]


# --------------------------------------------------------------------------
def conv(total_wan, unit):
    """万元 amount -> list unit."""
    return total_wan if unit == "万元" else total_wan / 10000.0


def fmt(x, unit):
    if unit == "万元":
        return str(int(round(x)))
    s = "%.2f" % x
    return s.rstrip("0").rstrip(".")


def city_of(place):
    for c in CITIES:
        if place.startswith(c):
            return c
    return "邻市"


def default_nature(rng):
    r = rng.random()
    if r < 0.45:
        return "新建", "2022-%d" % rng.choice([2023, 2024, 2024, 2025, 2025, 2026])
    if r < 0.85:
        s = rng.choice([2018, 2019, 2020, 2020, 2021, 2021])
        return "续建", "%d-%d" % (s, rng.choice([2022, 2023, 2024, 2025]))
    s = rng.choice([2021, 2022])
    return "改扩建", "%d-%d" % (s, s + rng.choice([1, 2, 3]))


def plan_share(nature, rng):
    if nature == "续建":
        return rng.uniform(0.15, 0.40)
    return rng.uniform(0.06, 0.30)


def scale_for(name, cat, rng):
    r = rng.randint
    if any(k in name for k in ("输变电", "kV", "千伏")):
        mva = 1000 if "500" in name else (rng.choice([180, 240]) if "220" in name else rng.choice([50, 63]))
        return "新建主变2台，变电容量2×%d兆伏安，新建线路约%d公里" % (mva, r(5, 60))
    if "轨道交通" in name or "地铁" in name:
        return "线路全长约%.1f公里，设车站%d座" % (rng.uniform(12, 45), r(6, 20))
    if "铁路" in name:
        return "扩能改造铁路约%d公里及站场配套" % r(10, 40)
    if name.startswith("省道") or name.startswith("国道"):
        return "改扩建公路约%.1f公里，按一级公路标准建设" % rng.uniform(8, 40)
    if any(k in name for k in ("高速", "快速", "通道", "过江")):
        return "路线全长约%.1f公里，双向%d车道" % (rng.uniform(4, 60), rng.choice([6, 8]))
    if any(k in name for k in ("码头", "港区", "作业区")):
        return "建设%d个%d万吨级泊位，设计年通过能力%d万吨" % (
            r(2, 6),
            rng.choice([1, 3, 5, 7, 10]),
            r(300, 2500),
        )
    if "枢纽" in name:
        return "建设综合交通枢纽及配套设施，总建筑面积约%d万平方米" % r(8, 30)
    if any(k in name for k in ("道路", "路网", "大道", "公路", "路")) and cat == "交通":
        return "新建（改造）道路约%.1f公里，同步建设排水、照明、绿化等配套工程" % rng.uniform(1.5, 18)
    if "风电" in name:
        return "装机容量%d万千瓦" % rng.choice([30, 40, 50, 60])
    if "光伏" in name:
        return "装机容量%d万千瓦" % rng.choice([5, 10, 15, 20])
    if "储能" in name:
        return "建设储能电站及配套升压站"
    if "污水" in name or "水质净化" in name:
        return "新增污水处理规模%d万吨/日，配套管网约%d公里" % (r(1, 10), r(5, 60))
    if "供水" in name:
        return "新建水厂及配水管网约%d公里" % r(20, 120)
    if any(k in name for k in ("医院", "卫生院", "院区")):
        return "总建筑面积约%d万平方米，设置床位%d张" % (
            r(2, 25),
            rng.choice([200, 300, 500, 800, 1000, 1200]),
        )
    if any(k in name for k in ("学校", "小学", "中学")):
        return "总建筑面积约%d万平方米，设置%d个教学班" % (r(2, 8), rng.choice([36, 48, 54, 60, 72]))
    if "疾病预防" in name or "体育" in name:
        return "总建筑面积约%d万平方米" % r(1, 8)
    if "管廊" in name:
        return "建设综合管廊约%.1f公里" % rng.uniform(2, 12)
    if any(k in name for k in ("水闸", "堤", "河", "涌", "水库", "治理", "整治")):
        return "综合治理河道约%d公里，加固堤防、新（改）建水闸泵站等" % r(5, 60)
    if "旧村" in name or "更新" in name:
        return "改造用地约%d公顷，总建筑面积约%d万平方米" % (r(10, 120), r(20, 260))
    if "租赁住房" in name:
        return "建设保障性租赁住房约%d套" % r(800, 4000)
    if "物流" in name:
        return "建设仓储、冷链及分拨配送设施，总建筑面积约%d万平方米" % r(3, 30)
    if any(k in name for k in ("旅游", "文旅", "度假")):
        return "建设旅游接待、度假酒店及配套设施"
    if cat == "农业":
        return "建设种养基地、加工仓储及冷链物流设施"
    if cat == "产业" or cat == "城建":
        return "总用地面积约%d亩，建设生产厂房、研发中心及配套设施" % r(60, 1500)
    return "建设主体工程及配套设施"


# --------------------------------------------------------------------------
rows = {l[0]: [] for l in D.LISTS}  # list id -> row dicts
refs = {}  # "ID" / "ID.LIST" -> row dict


def add_row(lid, pid, name, place, total, cat, tag, nature=None, years=None, plan=None, scale=None):
    row = {
        "lid": lid,
        "pid": pid,
        "name": name,
        "place": place,
        "total": total,
        "cat": cat,
        "tag": tag,
        "nature": nature,
        "years": years,
        "plan": plan,
        "scale": scale,
        "city": city_of(place),
        "r": rng.random(),
    }
    rows[lid].append(row)
    return row


def fill_plan_fields(row, extras=None):
    """Nature, years, 2022 plan and scale for plan lists (total in list unit)."""
    extras = extras or {}
    if "nature" in extras:
        row["nature"], row["years"] = extras["nature"], extras["years"]
    else:
        row["nature"], row["years"] = default_nature(rng)
    if row["scale"] is None:
        row["scale"] = scale_for(row["name"], row["cat"], rng)
    row["plan"] = row["total"] * plan_share(row["nature"], rng)


# ---- linked projects ------------------------------------------------------
for pid, cat, prov, others in D.LINKED:
    base = None
    base_wan = None
    if prov is not None:
        extras = prov[3] if len(prov) > 3 else {}
        base = add_row("PROV", pid, prov[0], prov[1], prov[2], cat, "reference")
        fill_plan_fields(base, extras)
        refs[pid + ".PROV"] = base
        base_wan = prov[2]
    for lid, name, place, tags, total in others:
        unit = UNIT[lid]
        if base is not None and total is None:
            total = conv(base_wan, unit)
        row = add_row(lid, pid, name, place, total, cat, tags)
        refs[pid + "." + lid] = row
        if KIND[lid] in ("provincial_plan", "city_plan"):
            if base is not None:
                row["nature"], row["years"], row["scale"] = base["nature"], base["years"], base["scale"]
                share = base["plan"] / base["total"]
                if "amount" in tags:
                    share = plan_share(base["nature"], rng)
                row["plan"] = total * share
            else:
                fill_plan_fields(row, {"nature": "新建", "years": "2022-2025"})
        if base is None:
            base = row  # first row is the reference when no provincial row
            base_wan = total if unit == "万元" else total * 10000

# ---- hand-written single-list rows ----------------------------------------
for item in D.SINGLES:
    sid, lid, name, place, total, cat = item[:6]
    extras = item[6] if len(item) > 6 else {}
    row = add_row(lid, sid, name, place, total, cat, "")
    if KIND[lid] in ("provincial_plan", "city_plan"):
        fill_plan_fields(row, extras)
    refs[sid] = row

for i, (lid, name, place, cat) in enumerate(D.NEIGHBOUR_FILLERS):
    total = rng.randint(60, 600) * 1000
    row = add_row(lid, "N%d" % i, name, place, conv(total, UNIT[lid]), cat, "")
    if KIND[lid] in ("provincial_plan", "city_plan"):
        fill_plan_fields(row)


# ---- generated fillers ----------------------------------------------------
used_cores = set()
used_names = set(r["name"] for l in rows.values() for r in l)
brands = [a + b for a in D.BRAND_A for b in D.BRAND_B if a != b]
rng.shuffle(brands)
stations = list(D.STATIONS)
rng.shuffle(stations)


def short_town(t):
    for s in ("街道", "镇"):
        if t.endswith(s) and len(t) > len(s) + 1:
            return t[: -len(s)]
    return t


def pick_place(city, rural=False):
    for _ in range(100):
        dist = rng.choice(sorted(D.PLACES[city]))
        town = rng.choice(D.PLACES[city][dist])
        if not rural or (dist not in D.URBAN and town not in D.URBAN):
            break
    full = D.CITY_FULL[city]
    place = full + (dist if dist else town)
    return full, dist, town, place


# every template returns (name, place, category, uniqueness core, (lo, hi) 万元)
def t_industry(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    brand = brands.pop()
    ind, products = rng.choice(D.INDUSTRIES)
    prod = rng.choice(products).format(
        n=rng.choice([2, 3, 5, 8, 10, 12, 20, 30, 50]), g=rng.choice([2, 5, 8, 12, 20])
    )
    form = rng.random()
    ind_t = "" if prod.startswith(ind[:2]) else ind  # avoid 汽车零部件…汽车零部件
    if kind == "signing":
        if form < 0.5:
            name = "%s%s%s项目" % (brand, ind, prod)
        elif form < 0.8:
            name = "%s%s（%s）有限公司%s项目" % (brand, ind, city, prod)
        else:
            name = "%s%s%s%s项目" % (brand, ind_t, short_town(town), prod)
    elif kind == "groundbreaking":
        if form < 0.4:
            name = "%s%s%s项目" % (brand, ind, prod)
        elif form < 0.7:
            name = "广东%s%s有限公司%s项目" % (brand, ind, prod)
        else:
            name = "%s%s%s%s项目" % (brand, ind_t, short_town(town), prod)
    else:
        if form < 0.5:
            name = "广东%s%s有限公司%s项目" % (brand, ind, prod)
        elif form < 0.75:
            name = "%s%s%s股份有限公司%s扩产项目" % (full, brand, ind, prod)
        else:
            name = "%s%s（%s）有限公司%s项目" % (brand, ind, city, prod)
    big = "GWh" in prod or "半导体" in prod
    return name, place, "产业", ("brand", brand), (100000, 800000) if big else (15000, 350000)


def t_park(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    ind = rng.choice(
        ["新材料", "智能制造", "电子信息", "食品加工", "生物医药", "新能源", "装备制造", "精细化工"]
    )
    if kind == "signing":
        name = "%s%s%s产业园项目" % (dist, town, ind)
    else:
        name = "%s%s%s%s产业园%s" % (
            full if rng.random() < 0.6 else "",
            dist,
            town,
            ind,
            rng.choice(["", "基础设施建设项目", "（一期）"]),
        )
    return name, place, "产业", (town, "park"), (50000, 500000)


def t_road(city, kind):
    full, dist, town, place = pick_place(city)
    road = short_town(town) + rng.choice(D.ROAD_SUFFIX)
    f = rng.random()
    if f < 0.4:
        name = "%s%s%s改造工程" % (full, dist, road)
    elif f < 0.7:
        name = "%s%s改扩建工程" % (dist or full, road)
    else:
        name = "%s%s新建工程" % (dist or full, road)
    return name, place, "交通", (town, "road"), (8000, 150000)


def t_provroad(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    others = [t for t in D.PLACES[city][dist] if t != town and t not in D.URBAN]
    if not others:
        return None
    t2 = rng.choice(others)
    n = rng.randint(110, 380)
    name = "省道S%d线%s%s至%s段改扩建工程" % (n, dist or full, short_town(town), short_town(t2))
    return name, place, "交通", (dist, "S-road", town), (40000, 400000)


def t_power(city, kind):
    full, dist, town, place = pick_place(city)
    if not stations:
        return None
    st = stations.pop()
    kv = rng.choice(["110", "220", "220", "500"])
    if kind in ("groundbreaking", "signing") and rng.random() < 0.6:
        name = "%skV%s输变电工程" % (kv, st)
    else:
        name = "%s千伏%s输变电工程" % (kv, st)
    rng_ = {"110": (6000, 25000), "220": (30000, 120000), "500": (150000, 400000)}[kv]
    return name, place, "能源", ("station", st), rng_


def t_solar(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    k = rng.choice(["农光互补光伏发电项目", "分布式光伏发电项目", "储能电站项目", "风电场项目"])
    name = "%s%s%s" % (dist or full, town, k)
    return name, place, "能源", (town, "energy"), (20000, 300000)


def t_water(city, kind):
    dist = rng.choice(sorted(D.RIVERS[city]))
    river = rng.choice(D.RIVERS[city][dist])
    full = D.CITY_FULL[city]
    place = full + (dist if dist else rng.choice(D.PLACES[city][""]))
    k = rng.choice(["中小河流治理工程", "堤防达标加固工程", "流域水环境综合整治工程"])
    name = "%s%s%s" % (dist or full, river, k)
    return name, place, "水利", ("river", river, k), (10000, 150000)


def t_supply(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    k = rng.choice(["城乡供水一体化工程", "供水管网改造工程", "水厂扩建工程"])
    name = "%s%s%s" % (dist or full, town, k)
    return name, place, "水利", (town, "supply"), (8000, 80000)


def t_sewage(city, kind):
    full, dist, town, place = pick_place(city)
    k = rng.choice(
        ["污水处理厂提标改造工程", "污水处理厂扩建工程", "农村生活污水治理工程", "雨污分流改造工程"]
    )
    if k == "农村生活污水治理工程":
        full, dist, town, place = pick_place(city, rural=True)
    name = "%s%s%s%s" % (full if rng.random() < 0.5 else "", dist, town, k)
    return name, place, "生态", (town, "sewage"), (5000, 60000)


def t_renewal(city, kind):
    full, dist, town, place = pick_place(city)
    v = rng.choice(D.VILLAGES)
    k = rng.choice(["村旧村改造项目", "村城市更新项目", "片区城市更新项目"])
    name = "%s%s%s%s%s" % (full if rng.random() < 0.5 else "", dist, short_town(town), v, k)
    return name, place, "城建", ("village", v), (100000, 1200000)


def t_housing(city, kind):
    full, dist, town, place = pick_place(city)
    k = rng.choice(["保障性租赁住房项目", "人才公寓项目", "老旧小区改造工程"])
    name = "%s%s%s" % (dist or full, town, k)
    return name, place, "城建", (town, "housing"), (20000, 200000)


def t_school(city, kind):
    full, dist, town, place = pick_place(city)
    f = rng.random()
    if f < 0.4:
        name = "%s%s九年一贯制学校新建工程" % (dist or full, town)
        core = (town, "school")
    elif f < 0.7:
        n = rng.choice(["第二", "第三", "第五", "第六", "实验"])
        name = "%s%s%s中学扩建工程" % (full, dist, n)
        core = (dist or town, "middle", n)
    else:
        name = "%s%s中心小学改扩建工程" % (dist or full, short_town(town))
        core = (town, "primary")
    return name, place, "社会", core, (6000, 50000)


def t_health(city, kind):
    f = rng.random()
    if f < 0.5:
        full, dist, town, place = pick_place(city, rural=True)
        name = "%s%s中心卫生院升级改造工程" % (dist or full, short_town(town))
        return name, place, "社会", (town, "health"), (3000, 25000)
    full, dist, town, place = pick_place(city)
    if f < 0.75:
        name = "%s%s疾病预防控制中心业务综合楼" % (full, dist)
        return name, place, "社会", (dist or town, "cdc"), (8000, 40000)
    name = "%s%s全民健身体育中心" % (full, dist or town)
    return name, place, "社会", (dist or town, "sports"), (20000, 120000)


def t_logistics(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    k = rng.choice(["冷链物流中心", "智慧物流园", "农产品批发市场升级改造项目"])
    name = "%s%s%s" % (dist or full, town, k)
    return name, place, "服务", (town, "logistics"), (20000, 300000)


def t_tourism(city, kind):
    k = rng.choice(["文旅综合体项目", "乡村旅游示范区", "生态旅游度假区项目"])
    full, dist, town, place = pick_place(city, rural=(k != "文旅综合体项目"))
    name = "%s%s%s" % (dist or full, short_town(town), k)
    return name, place, "服务", (town, "tourism"), (20000, 300000)


def t_agri(city, kind):
    full, dist, town, place = pick_place(city, rural=True)
    p = rng.choice(D.AGRI[city])
    name = "%s%s现代农业产业园" % (dist or full, p)
    return name, place, "农业", (dist, p), (10000, 60000)


TEMPLATES = {
    "provincial_plan": [
        (t_industry, 22),
        (t_park, 8),
        (t_road, 8),
        (t_provroad, 6),
        (t_power, 8),
        (t_solar, 4),
        (t_water, 7),
        (t_supply, 3),
        (t_sewage, 5),
        (t_renewal, 6),
        (t_housing, 3),
        (t_school, 5),
        (t_health, 4),
        (t_logistics, 3),
        (t_tourism, 3),
        (t_agri, 5),
    ],
    "city_plan": [
        (t_industry, 20),
        (t_park, 6),
        (t_road, 8),
        (t_provroad, 3),
        (t_power, 6),
        (t_solar, 3),
        (t_water, 5),
        (t_supply, 4),
        (t_sewage, 6),
        (t_renewal, 7),
        (t_housing, 5),
        (t_school, 7),
        (t_health, 6),
        (t_logistics, 3),
        (t_tourism, 3),
        (t_agri, 4),
    ],
    "groundbreaking": [
        (t_industry, 40),
        (t_park, 6),
        (t_road, 8),
        (t_power, 5),
        (t_sewage, 5),
        (t_renewal, 5),
        (t_housing, 6),
        (t_school, 8),
        (t_health, 5),
        (t_logistics, 5),
        (t_tourism, 2),
    ],
    "signing": [(t_industry, 65), (t_park, 10), (t_logistics, 10), (t_tourism, 10), (t_agri, 5)],
}


variety_count = {}
ALL_BRANDS = set(a + b for a in D.BRAND_A for b in D.BRAND_B)


def variety(name, city):
    """Name with places, brand and digits removed: limits template repeats per city."""
    v = name.replace(D.CITY_FULL[city], "")
    for dist, towns in D.PLACES[city].items():
        for t in sorted(towns, key=len, reverse=True):
            v = v.replace(t, "").replace(short_town(t), "")
        if dist:
            v = v.replace(dist, "").replace(dist[:-1], "")
    v = v.replace("（%s）" % city, "")
    for i in range(len(v) - 1):
        if v[i : i + 2] in ALL_BRANDS:
            v = v[:i] + v[i + 2 :]
            break
    return "".join(ch for ch in v if not ch.isdigit())


def make_filler(city, kind):
    temps = TEMPLATES[kind]
    total_w = sum(w for _, w in temps)
    for _ in range(500):
        x = rng.uniform(0, total_w)
        for fn, w in temps:
            x -= w
            if x <= 0:
                break
        out = fn(city, kind)
        if out is None:
            continue
        name, place, cat, core, amt = out
        if core in used_cores or name in used_names:
            continue
        if any(tok in name for tok in D.RESERVED):
            continue
        vk = (city, variety(name, city))
        if variety_count.get(vk, 0) >= 2:
            continue
        variety_count[vk] = variety_count.get(vk, 0) + 1
        used_cores.add(core)
        used_names.add(name)
        return name, place, cat, amt
    raise RuntimeError("could not make filler for %s %s" % (city, kind))


def filler_total(amt):
    lo, hi = amt
    wan = rng.randint(lo, hi)
    step = 1000 if wan >= 100000 else 100
    return max(step, int(round(wan / float(step))) * step)


nfill = 0


def add_filler(lid, city):
    global nfill
    kind = KIND[lid]
    name, place, cat, amt = make_filler(city, kind)
    wan = filler_total(amt)
    nfill += 1
    row = add_row(lid, "X%03d" % nfill, name, place, conv(wan, UNIT[lid]), cat, "")
    if kind in ("provincial_plan", "city_plan"):
        fill_plan_fields(row)


# provincial plan: per-city targets
for city in CITIES:
    have = sum(1 for r in rows["PROV"] if r["city"] == city)
    need = D.PROV_CITY_TARGET[city] - have
    assert need >= 0, (city, have)
    for _ in range(need):
        add_filler("PROV", city)
assert len(rows["PROV"]) == LIST_BY_ID["PROV"][7], len(rows["PROV"])

for lid in ("FS", "ZJ", "GZ", "JM", "QY"):
    need = LIST_BY_ID[lid][7] - len(rows[lid])
    assert need >= 0, (lid, len(rows[lid]))
    for _ in range(need):
        add_filler(lid, LIST_CITY[lid])

# ---- order rows and number them ------------------------------------------
for lid, lst in rows.items():
    if KIND[lid] in ("provincial_plan", "city_plan"):
        corder = {c: i for i, c in enumerate(CITIES + ["邻市"])}
        lst.sort(key=lambda r: (CAT_ORDER.index(r["cat"]), corder[r["city"]], r["r"]))
    else:
        lst.sort(key=lambda r: r["r"])
    for i, r in enumerate(lst, 1):
        r["no"] = i

# ---- neutral project keys -------------------------------------------------
pids = sorted(set(r["pid"] for lst in rows.values() for r in lst))
nums = rng.sample(range(1000, 10000), len(pids))
rng.shuffle(pids)
KEY = {p: "P%04d" % n for p, n in zip(pids, nums)}

# ---- write outputs --------------------------------------------------------
for lid, lst in rows.items():
    _, fname, title, kind, city, pub, unit, _t = LIST_BY_ID[lid]
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(title + "\n")
        fh.write("单位：%s\n" % unit)
        w = csv.writer(fh, lineterminator="\n")
        if kind in ("provincial_plan", "city_plan"):
            w.writerow(PLAN_HEADER)
            for r in lst:
                w.writerow(
                    [
                        r["no"],
                        r["name"],
                        r["place"],
                        r["nature"],
                        r["scale"],
                        r["years"],
                        fmt(r["total"], unit),
                        fmt(r["plan"], unit),
                    ]
                )
        else:
            w.writerow(BATCH_HEADER)
            for r in lst:
                w.writerow([r["no"], r["name"], r["place"], fmt(r["total"], unit)])

with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as fh:
    for lid, fname, title, kind, city, pub, unit, _t in D.LISTS:
        fh.write("- file: %s\n" % fname)
        fh.write('  title: "%s"\n' % title)
        fh.write("  list_kind: %s\n" % kind)
        fh.write("  city: %s\n" % city)
        fh.write("  year: 2022\n")
        fh.write("  published: '%s'\n" % pub)
        fh.write("  unit: %s\n" % unit)

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["file", "row_no", "project_key", "tag"])
    for l in D.LISTS:
        for r in rows[l[0]]:
            w.writerow([FILE[l[0]], r["no"], KEY[r["pid"]], r["tag"]])

with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for a, b, reason in D.DISTRACTOR_PAIRS:
        ra, rb = refs[a], refs[b]
        w.writerow([FILE[ra["lid"]], ra["no"], FILE[rb["lid"]], rb["no"], reason])

print("wrote", sum(len(v) for v in rows.values()), "rows into", OUT)
