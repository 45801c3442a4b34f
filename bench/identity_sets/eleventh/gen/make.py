# -*- coding: utf-8 -*-
"""Deterministically build the identity11 blind test set.

python3 gen/make.py   -> writes the CSVs, lists.yaml, truth.csv,
                          distractors.csv and README.md one level above gen/.
Standard library only.
"""

import csv
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data as D  # noqa: E402

SEED = 20240611
rng = random.Random(SEED)

LIST_BY_ID = {l["id"]: l for l in D.LISTS}
PLAN_LISTS = {"P", "DG", "SG"}
SECTOR_ORDER = ["交通", "能源", "水利", "市政", "产业", "科技", "民生", "文旅"]
NATURE_ORDER = ["续建", "新开工", "预备"]
CITIES = ["深圳", "东莞", "珠海", "汕头", "潮州", "韶关", "揭阳", "清远", "汕尾", "河源", "惠州"]


# ---------------------------------------------------------------- helpers
def bigrams(s):
    return {s[i : i + 2] for i in range(len(s) - 1)}


def dice(a, b):
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def fmt_yi(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return s


def first_city(loc):
    best = None
    for c in CITIES:
        i = loc.find(c)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, c)
    return best[1] if best else ""


def r100(x):
    return int(round(x / 100.0)) * 100


# --------------------------------------------------------- descriptions
def describe(kind, total, r, name=""):
    """建设规模及内容, from the kind, the name and the investment (万元)."""
    yi = total / 10000.0
    a = lambda lo, hi: r.randint(lo, hi)  # noqa: E731
    if "老旧小区" in name:
        return "改造老旧小区约%d个，涉及住户约%d户，实施水电气路改造、加装电梯及公共空间提升" % (
            a(12, 90),
            a(3000, 20000),
        )
    if "供热管网" in name:
        return "建设蒸汽供热管网约%d公里及配套减温减压站" % a(15, 45)
    if "填埋场" in name:
        return "新建飞灰安全填埋库区，库容约%d万立方米，配套渗滤液处理设施" % a(30, 120)
    if "管线" in name and ("LNG" in name or "天然气" in name):
        return "建设天然气高压管线约%d公里及配套分输站、阀室" % a(12, 60)
    if "智慧港口" in name:
        return "实施岸桥、场桥自动化改造，建设5G专网及智慧港口管理平台"
    if "综合码头" in name:
        return "建设%d个1000吨级泊位及堆场、仓储等配套设施" % a(3, 8)
    if "送出工程" in name:
        return "新建220千伏海缆及陆缆线路约%d公里，配套陆上集控中心" % a(30, 80)
    if "防洪排涝" in name:
        return "新建排涝泵站%d座，整治排洪渠约%d公里，改造雨水管网" % (a(1, 6), a(5, 30))
    if "车辆段上盖" in name:
        return "在车辆段上盖建设住宅、商业及公共配套设施，总建筑面积约%d万平方米" % max(20, int(yi / 1.1))
    if "卫生院" in name:
        return "新建门急诊综合楼，总建筑面积约%.1f万平方米，新增床位%d张" % (
            max(0.6, yi / 1.2),
            r.choice([50, 80, 99, 120]),
        )
    if kind == "metro":
        return "线路全长约%d公里，设车站%d座，采用A型车%d辆编组，同步建设车辆段及控制中心" % (
            a(18, 40),
            a(10, 22),
            r.choice([6, 8]),
        )
    if kind == "rail":
        return "线路全长约%d公里，设车站%d座，设计速度%d公里/小时" % (
            a(40, 90),
            a(6, 14),
            r.choice([160, 200]),
        )
    if kind == "expressway":
        return "路线全长约%d公里，双向%s车道，设计速度%d公里/小时" % (
            max(8, int(yi / 1.4)),
            r.choice(["四", "六"]),
            r.choice([100, 120]),
        )
    if kind in ("road", "cityroad"):
        return "道路全长约%.1f公里，红线宽度%d米，建设道路、桥梁、排水、照明及交通工程等" % (
            max(1.2, yi / r.uniform(1.2, 3.0)),
            r.choice([30, 40, 50, 60]),
        )
    if kind == "port":
        n = max(1, min(8, int(round(yi / r.uniform(12, 20)))))
        dwt = r.choice([5, 7, 10]) if yi > 40 else r.choice([1, 3, 5])
        return "建设%d个%d万吨级泊位及配套设施，设计年通过能力约%d万吨" % (n, dwt, n * a(120, 260))
    if kind == "waterway":
        return "整治航道约%d公里，按III级航道标准建设，可通航1000吨级船舶" % a(40, 160)
    if kind in ("hospital", "townhosp"):
        return "新建医疗综合楼等，总建筑面积约%.1f万平方米，新增床位%d张" % (
            max(1.0, yi / r.uniform(0.8, 1.4)),
            r.choice([200, 300, 400, 500, 600, 800, 1000]),
        )
    if kind == "school":
        return "新建教学楼、宿舍楼、体育馆等，总建筑面积约%.1f万平方米，新增学位%d个" % (
            max(0.8, yi / r.uniform(0.5, 1.0)),
            r.choice([1080, 1350, 1620, 2000, 2520, 3000]),
        )
    if kind in ("lab", "incubator", "hq"):
        return "总建筑面积约%.1f万平方米，建设科研办公用房、中试平台及配套设施" % max(
            1.0, yi / r.uniform(0.6, 1.2)
        )
    if kind in ("industry", "semicon", "battery"):
        return (
            "用地约%d亩，总建筑面积约%d万平方米，建设生产厂房、研发中心及配套设施，达产后年产值约%d亿元"
            % (a(60, 900), max(2, int(yi / r.uniform(0.4, 1.0))), max(5, int(yi * r.uniform(1.2, 2.5))))
        )
    if kind in ("park", "agri"):
        return "规划用地约%d亩，建设标准厂房、道路、给排水、电力等配套基础设施" % a(200, 3000)
    if kind == "renewal":
        return "更新单元用地面积约%d公顷，实施拆除重建及综合整治，配建学校、公园等公共服务设施" % a(8, 120)
    if kind in ("infra", "tod"):
        return "建设市政道路约%.1f公里及综合管廊、给排水、绿化、地下空间等配套工程" % max(
            1.5, yi / r.uniform(1.5, 4)
        )
    if kind == "sewage":
        return "新增污水处理能力%d万吨/日，配套建设污水管网约%d公里" % (a(1, 15), a(10, 120))
    if kind == "pipe":
        return "改造雨污管网约%d公里，完善排水及供水管网系统" % a(20, 160)
    if kind == "waste":
        return "新增生活垃圾焚烧处理能力%d吨/日，配套烟气净化及飞灰处置设施" % r.choice(
            [750, 1000, 1500, 2250]
        )
    if kind in ("river", "irrigation"):
        return "综合整治河道约%d公里，建设堤防护岸、截污管网、生态修复及碧道工程" % a(8, 60)
    if kind == "reservoir":
        return "新建水库总库容约%d万立方米，配套建设输水工程约%d公里" % (a(2000, 9000), a(10, 40))
    if kind == "lng":
        n = max(1, min(6, int(round(yi / r.uniform(9, 14)))))
        return "建设%d座%d万立方米LNG储罐，配套卸船码头及外输管线" % (n, r.choice([16, 20, 22, 27]))
    if kind == "gaspower":
        return "建设%d台%d万千瓦级燃气-蒸汽联合循环热电联产机组，配套供热管网" % (
            a(2, 3),
            r.choice([40, 46, 60]),
        )
    if kind == "pumped":
        return "装机容量%d万千瓦，安装%d台可逆式水泵水轮发电机组" % (r.choice([120, 140]), 4)
    if kind == "wind":
        return "装机容量约%d万千瓦，建设风电机组%d台及海上升压站" % (a(50, 150), a(40, 90))
    if kind == "pv":
        return "装机容量约%d万千瓦，配套建设升压站及送出线路" % a(5, 40)
    if kind == "grid":
        if "110千伏" in name:
            return "新建110千伏主变%d台，容量%d兆伏安，新建线路约%d公里" % (
                a(2, 3),
                r.choice([100, 126, 150, 189]),
                a(5, 30),
            )
        return "新建220千伏主变%d台，容量%d兆伏安，新建线路约%d公里" % (
            a(2, 3),
            r.choice([360, 480, 540, 720]),
            a(10, 60),
        )
    if kind == "datacenter":
        return "建设数据中心机房楼%d栋，部署标准机架约%d个，算力规模约%dPFlops" % (
            a(2, 8),
            a(3000, 20000),
            a(500, 5000),
        )
    if kind == "tourism":
        return "建设游客服务中心、景观步道、生态停车场及配套设施"
    if kind == "rural":
        return "实施镇区人居环境整治、道路提升及公共服务设施补短板"
    if kind == "housing":
        return "建设保障性住房约%d套，总建筑面积约%.1f万平方米" % (
            a(400, 4000),
            max(2.0, yi / r.uniform(0.6, 1.2)),
        )
    if kind == "logistics":
        return "用地约%d亩，建设冷库、分拣中心及配套用房，库容约%d万吨" % (a(50, 400), a(2, 30))
    if kind == "water_supply":
        return "新建水厂%d座，供水规模%d万吨/日，铺设供水管网约%d公里" % (a(1, 3), a(3, 20), a(40, 300))
    if kind in ("steel", "smelter", "chem"):
        return "实施工艺装备升级及超低排放改造，配套建设节能环保及资源综合利用设施"
    return "建设主体工程及配套设施"


def restate(desc, r):
    """A second office writes the same scope its own way."""
    d = desc.replace("，", "；", 1) if r.random() < 0.5 else desc
    if r.random() < 0.5:
        d = "主要建设" + d.replace("建设", "", 1) if d.startswith("建设") else "项目" + d
    return d


def plan_amount(total, nature, years, r):
    if nature == "预备":
        return 0
    start, end = [int(x) for x in years.split("-")]
    span = max(1, end - max(start, 2024) + 1)
    if nature == "续建":
        f = r.uniform(0.8, 1.3) / span
    else:
        f = r.uniform(0.35, 0.8) / span
    return max(500, r100(total * min(f, 0.6)))


# typical investment range of template fillers, 亿元 (low, high)
FAMILY_YI = {
    "sewage": (0.6, 6),
    "pipe": (0.8, 8),
    "hospital": (3, 20),
    "townhosp": (0.6, 3),
    "school": (0.8, 5),
    "grid": (0.5, 4),
    "road": (1.5, 18),
    "cityroad": (1, 8),
    "river": (0.8, 10),
    "park": (2, 25),
    "renewal": (3, 60),
    "housing": (2, 30),
    "pv": (1.5, 20),
    "rural": (0.8, 5),
    "tourism": (1.5, 20),
    "water_supply": (2, 15),
    "logistics": (2, 20),
    "industry": (2, 50),
}

# ------------------------------------------------------------ building
rows = {l["id"]: [] for l in D.LISTS}  # list id -> list of row dicts
projects = []  # project ids in creation order


def add_row(lid, pid, name, sector, kind, loc, total, years, nature, tags, desc=None, plan=None):
    rows[lid].append(
        dict(
            list=lid,
            pid=pid,
            name=name,
            sector=sector,
            kind=kind,
            loc=loc,
            total=total,
            years=years,
            nature=nature,
            tags=tags,
            desc=desc,
            plan=plan,
        )
    )


hand_names = []

# linked projects
for p in D.LINKED:
    projects.append(p["pid"])
    base_desc = describe(p["kind"], p["total"], rng, p["rows"][0]["name"])
    seen_plan = False
    for i, rw in enumerate(p["rows"]):
        ov = rw["ov"]
        lid = rw["list"]
        total = ov.get("total", p["total"])
        years = ov.get("years", p["years"])
        nature = ov.get("nature", p["nature"])
        loc = ov.get("loc", p["loc"])
        explicit_total = "total" in ov
        # the same amount re-keyed by another office is sometimes revised
        if i > 0 and not explicit_total and rng.random() < 0.3:
            total = r100(total * rng.uniform(0.88, 1.12))
        if lid == "ZH" and not explicit_total:
            total = int(round(total / 10000.0 * rng.choice([1.0, 1.0, 1.05, 1.1]))) * 10000
        desc = None
        if lid in PLAN_LISTS:
            if "total" in ov or "years" in ov:
                desc = describe(p["kind"], total, rng, rw["name"])
            else:
                desc = base_desc
            if seen_plan:
                desc = restate(desc, rng)
            seen_plan = True
        tags = "reference" if i == 0 else rw["tags"]
        add_row(lid, p["pid"], rw["name"], p["sector"], p["kind"], loc, total, years, nature, tags, desc)
        hand_names.append(rw["name"])

# hand-written singles
for k, s in enumerate(D.SINGLES + D.NEIGHBOUR_ROWS):
    pid = "s%03d" % k
    projects.append(pid)
    add_row(
        s["list"],
        pid,
        s["name"],
        s["sector"],
        s["kind"],
        s["loc"],
        s["total"],
        s["years"],
        s["nature"],
        "",
        describe(s["kind"], s["total"], rng, s["name"]),
    )
    hand_names.append(s["name"])

# template fillers
used_place = set()
used_company = set()
filler_names = []


def company(r):
    while True:
        co = r.choice(D.CO_A) + r.choice(D.CO_B)
        if co not in used_company and co[0] != co[1]:
            used_company.add(co)
            return co


product_pool = {}


def next_product(lid, city, r):
    key = (lid, city)
    if not product_pool.get(key):
        pool = list(D.PRODUCTS[city]) + (list(D.ZH_SERVICES) if lid == "ZH" else [])
        r.shuffle(pool)
        product_pool[key] = pool
    return product_pool[key].pop()


def company_suffixes(prod):
    """Company-type words that fit the product (a battery maker is not 生物)."""
    out = ["科技", "实业", "控股"]
    for words, sfx in (
        (("材料", "化工", "隔膜", "包装", "建材"), "新材料"),
        (("PCB", "半导体", "集成电路", "显示", "服务器", "封测", "元件", "变流器", "终端"), "电子"),
        (("生物", "医", "药", "敷料"), "生物"),
        (("陶瓷", "卫浴"), "陶瓷"),
        (("光伏", "储能", "锂电池", "风电"), "新能源"),
        (("装备", "模具", "机器人", "母机", "激光", "铸造", "结构件", "电机"), "精密"),
        (("家电", "穿戴", "玩具", "纺织", "内衣", "婚纱", "不锈钢", "耗材"), "智能"),
    ):
        if any(w in prod for w in words):
            out.append(sfx)
    return [x for x in out if not prod.startswith(x)]


def filler_name(lid, city, fam, r):
    """Return (name, loc, sector, kind) or None."""
    cs = city
    cf = D.CITY_FULL[city]
    if fam == "industry":
        d, t = r.choice(D.PLACES[city])
        loc = cf + d + (t if r.random() < 0.5 else "")
        co = company(r)
        prod = next_product(lid, city, r)
        sfx = r.choice(company_suffixes(prod))
        style = r.random()
        if lid == "ZH":
            if style < 0.45:
                name = "%s%s集团%s项目" % (co, sfx, prod)
            elif style < 0.8:
                name = "%s%s%s%s项目" % (co, sfx, r.choice(["珠海", d.replace("区", "")]), prod)
            else:
                name = "%s%s%s" % (co, sfx, prod if prod.endswith("项目") else prod + "项目")
        elif lid == "P":
            if style < 0.35:
                name = "%s%s（%s）有限公司%s项目" % (co, sfx, cs, prod)
            elif style < 0.7:
                name = "%s%s%s%s项目" % (co, sfx, cs, prod)
            else:
                name = "%s%s%s项目" % (co, sfx, prod)
        else:
            if style < 0.5:
                name = "%s%s%s项目" % (co, sfx, prod)
            else:
                name = "%s%s%s" % (co, sfx, prod)
        name = name.replace("项目项目", "项目")
        return name, loc, "产业", "industry"
    sector, level, pats = D.FAMILIES[fam]
    d, t = r.choice(D.PLACES[city])
    key = (city, d, t if level == "town" else "", fam if fam != "townhosp" else "hospital")
    if key in used_place:
        return None
    pat = r.choice(pats)
    tshort = t.replace("街道", "").replace("镇", "")
    R_ = r.choice(D.ROADS[city]) if fam == "road" else ""
    body = pat.format(D=d, T=t, t=tshort, cs=cs, R=R_)
    # list-specific city prefix habits
    if fam in ("grid", "road"):
        name = body
    elif lid == "P":
        name = (cf + body) if r.random() < 0.85 else body
    elif lid in ("DG", "SG"):
        name = (cf + body) if r.random() < 0.3 else body
    else:
        name = body
        if r.random() < 0.5:
            name = name.replace("工程", "项目") if name.endswith("工程") else name
    if city == "东莞" and fam == "townhosp" and "{t}" in pat:
        name = "东莞市" + body
    used_place.add(key)
    loc = cf + d + (t if level == "town" else "")
    return name, loc, sector, fam


for lid, per_city in D.FILLER_PLAN.items():
    for city, n in per_city.items():
        fams = list(D.CITY_FAMILIES[city])
        if lid == "ZH":
            fams = ["industry"]
        made = 0
        guard = 0
        while made < n:
            guard += 1
            if guard > 5000:
                raise SystemExit("filler generation stuck for %s %s" % (lid, city))
            fam = rng.choice(fams)
            if fam not in D.FAMILIES and fam != "industry":
                continue
            got = filler_name(lid, city, fam, rng)
            if got is None:
                continue
            name, loc, sector, kind = got
            if any(dice(name, h) >= 0.55 for h in hand_names):
                continue
            if name in filler_names:
                continue
            filler_names.append(name)
            pid = "f%03d" % len(filler_names)
            projects.append(pid)
            lo, hi = FAMILY_YI[kind]
            if lid == "P":
                lo = max(lo, 1.0) * 1.3
                hi = hi * 1.3
            total = r100(10000 * lo * (hi / lo) ** rng.random())
            if lid == "ZH":
                total = int(round(total / 10000.0)) * 10000 or 10000
            if lid in ("ST",):
                nature = "新开工"
                years = "2025-%d" % rng.randint(2026, 2028)
            elif lid in ("SZ",):
                nature = "新开工"
                years = "2024-%d" % rng.randint(2025, 2027)
            elif lid == "ZH":
                nature = "预备"
                years = "2025-%d" % rng.randint(2026, 2028)
            else:
                nature = rng.choice(["续建", "续建", "新开工", "新开工", "新开工", "预备"])
                start = {"续建": rng.randint(2021, 2023), "新开工": 2024, "预备": 2025}[nature]
                end = start + rng.randint(1, 4)
                if nature == "续建":
                    end = max(end, 2024 + rng.randint(0, 2))
                years = "%d-%d" % (start, end)
            add_row(
                lid, pid, name, sector, kind, loc, total, years, nature, "", describe(kind, total, rng, name)
            )
            made += 1

# ------------------------------------------------------------ ordering
for lid, lst in rows.items():
    for rw in lst:
        rw["_r"] = rng.random()
    if lid == "P":
        lst.sort(key=lambda x: (SECTOR_ORDER.index(x["sector"]), NATURE_ORDER.index(x["nature"]), x["_r"]))
    elif lid in ("DG", "SG"):
        lst.sort(key=lambda x: (NATURE_ORDER.index(x["nature"]), SECTOR_ORDER.index(x["sector"]), x["_r"]))
    elif lid in ("SZ", "ST"):
        lst.sort(key=lambda x: (x["loc"][3:6], x["_r"]))
    else:
        lst.sort(key=lambda x: x["_r"])
    for i, rw in enumerate(lst, 1):
        rw["no"] = i
    want = LIST_BY_ID[lid]["n"]
    if len(lst) != want:
        raise SystemExit("list %s has %d rows, want %d" % (lid, len(lst), want))

# plan amounts (after totals are final)
for lid in ("P", "DG", "SG"):
    for rw in rows[lid]:
        rw["plan"] = plan_amount(rw["total"], rw["nature"], rw["years"], rng)

# ------------------------------------------------------------ keys
key_nums = rng.sample(range(10000, 99999), len(projects))
order = list(projects)
rng.shuffle(order)
KEY = {pid: "K%05d" % n for pid, n in zip(order, key_nums)}


# ------------------------------------------------------------ writing
def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def csv_text(lines):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for ln in lines:
        w.writerow(ln)
    return buf.getvalue()


PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2024年计划投资",
]
BATCH_HEADER = ["序号", "项目名称", "所在地", "总投资"]

for l in D.LISTS:
    lid = l["id"]
    out = [l["title"] + "\n", "单位：" + l["unit"] + "\n"]
    body = []
    if lid in PLAN_LISTS:
        body.append(PLAN_HEADER)
        for rw in rows[lid]:
            body.append(
                [
                    rw["no"],
                    rw["name"],
                    rw["loc"],
                    rw["nature"],
                    rw["desc"],
                    rw["years"],
                    rw["total"],
                    rw["plan"],
                ]
            )
    else:
        body.append(BATCH_HEADER)
        for rw in rows[lid]:
            body.append([rw["no"], rw["name"], rw["loc"], fmt_yi(rw["total"] / 10000.0)])
    write_text(os.path.join(OUT, l["file"]), "".join(out) + csv_text(body))

# lists.yaml
y = []
for l in D.LISTS:
    y.append("- file: %s\n" % l["file"])
    y.append('  title: "%s"\n' % l["title"])
    y.append("  list_kind: %s\n" % l["list_kind"])
    y.append("  city: %s\n" % l["city"])
    y.append("  year: %d\n" % l["year"])
    y.append("  published: '%s'\n" % l["published"])
    y.append("  unit: %s\n" % l["unit"])
write_text(os.path.join(OUT, "lists.yaml"), "".join(y))

# truth.csv
multi = {}
for lid, lst in rows.items():
    for rw in lst:
        multi.setdefault(rw["pid"], []).append(rw)
truth = [["file", "row_no", "project_key", "tag"]]
for l in D.LISTS:
    for rw in rows[l["id"]]:
        tag = rw["tags"] if len(multi[rw["pid"]]) > 1 else ""
        truth.append([l["file"], rw["no"], KEY[rw["pid"]], tag])
write_text(os.path.join(OUT, "truth.csv"), csv_text(truth))

# distractors.csv
index = {}
for lid, lst in rows.items():
    for rw in lst:
        k = (lid, rw["name"])
        if k in index:
            raise SystemExit("duplicate name within list %s: %s" % k)
        index[k] = rw
dis = [["file_a", "row_a", "file_b", "row_b", "reason"]]
n_cross_city = 0
for la, na, lb, nb, why in D.DISTRACTORS:
    a, b = index.get((la, na)), index.get((lb, nb))
    if a is None or b is None:
        raise SystemExit("distractor row not found: %s / %s" % ((la, na), (lb, nb)))
    if a["pid"] == b["pid"]:
        raise SystemExit("distractor pair is one project: %s / %s" % (na, nb))
    if first_city(a["loc"]) != first_city(b["loc"]):
        n_cross_city += 1
    dis.append([LIST_BY_ID[la]["file"], a["no"], LIST_BY_ID[lb]["file"], b["no"], why])
write_text(os.path.join(OUT, "distractors.csv"), csv_text(dis))

# ------------------------------------------------------------ README
n_rows = sum(len(v) for v in rows.values())
linked = {pid: rs for pid, rs in multi.items() if len(rs) > 1}
pairs_all = sum(len(rs) * (len(rs) - 1) // 2 for rs in linked.values())
pairs_cross = 0
for rs in linked.values():
    for i in range(len(rs)):
        for j in range(i + 1, len(rs)):
            if rs[i]["list"] != rs[j]["list"]:
                pairs_cross += 1
renamed = [rw for rs in linked.values() for rw in rs if rw["tags"] != "reference"]
n_multi = sum(1 for rw in renamed if rw["tags"].count(";") >= 1)
n_ident = sum(1 for rw in renamed if rw["tags"] == "identical")
tagfreq = {}
for rw in renamed:
    for t in rw["tags"].split(";"):
        tagfreq[t] = tagfreq.get(t, 0) + 1
per_list = "\n".join(
    "| %s | %s | %s | %d |" % (l["file"], l["list_kind"], l["unit"], len(rows[l["id"]])) for l in D.LISTS
)
tagtable = "\n".join("| %s | %d |" % (t, c) for t, c in sorted(tagfreq.items(), key=lambda x: -x[1]))
n_lists_dist = {}
for rs in linked.values():
    k = len({rw["list"] for rw in rs})
    n_lists_dist[k] = n_lists_dist.get(k, 0) + 1

readme = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
readme = readme.format(
    n_rows=n_rows,
    n_keys=len(multi),
    n_linked=len(linked),
    pairs_all=pairs_all,
    pairs_cross=pairs_cross,
    pairs_within=pairs_all - pairs_cross,
    n_dis=len(dis) - 1,
    n_dis_cross=n_cross_city,
    per_list=per_list,
    n_renamed=len(renamed),
    n_multi=n_multi,
    n_ident=n_ident,
    tagtable=tagtable,
    n_two=n_lists_dist.get(2, 0),
    n_three=n_lists_dist.get(3, 0),
    seed=SEED,
    n_single=len(multi) - len(linked),
)
write_text(os.path.join(OUT, "README.md"), readme)

print(
    "rows %d, keys %d, linked projects %d, true pairs %d (cross-list %d), distractor pairs %d (cross-city %d)"
    % (n_rows, len(multi), len(linked), pairs_all, pairs_cross, len(dis) - 1, n_cross_city)
)
