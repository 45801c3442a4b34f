import csv, os, random, yaml
from data import L, DIS, SPAN_CITY

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(8)
LISTS = {
    "P": (
        "provincial_plan_2024.csv",
        "广东省2024年重点建设项目计划（深圳、东莞、阳江、云浮、揭阳、肇庆部分节选）（SAMPLE 测试用，非官方）",
        "provincial_plan",
        "广东省",
        "2024-02-28",
        "万元",
    ),
    "DG": (
        "dongguan_city_plan_2024.csv",
        "东莞市2024年重大项目计划表（SAMPLE 测试用，非官方）",
        "city_plan",
        "东莞",
        "2024-03-12",
        "万元",
    ),
    "ZQ": (
        "zhaoqing_city_plan_2024.csv",
        "肇庆市2024年重点建设项目计划（SAMPLE 测试用，非官方）",
        "city_plan",
        "肇庆",
        "2024-03-05",
        "亿元",
    ),
    "SZ": (
        "shenzhen_2024_q1_groundbreaking.csv",
        "深圳市2024年第一季度重大项目集中开工项目表（SAMPLE 测试用，非官方）",
        "groundbreaking",
        "深圳",
        "2024-02-20",
        "亿元",
    ),
    "YJ": (
        "yangjiang_2024_q2_groundbreaking.csv",
        "阳江市2024年第二季度重点项目集中开工项目表（SAMPLE 测试用，非官方）",
        "groundbreaking",
        "阳江",
        "2024-04-28",
        "万元",
    ),
    "JY": (
        "jieyang_2024_signing.csv",
        "揭阳市2024年重大项目集中签约项目清单（SAMPLE 测试用，非官方）",
        "signing",
        "揭阳",
        "2024-05-16",
        "亿元",
    ),
}
rows = {k: [] for k in LISTS}
truth = []
dis = []


def add(lc, name, city, key, tag, amt):
    if lc not in rows:
        return None
    d = dict(name=name, city=city, key=key, tag=tag, amt=amt, lc=lc)
    rows[lc].append(d)
    return d


idx = {}
for key, city, ents in L:
    ref = None
    for lc, name, tag, amt in ents:
        if lc not in rows:
            continue
        if tag == "":  # written as a different project with a near name
            r = add(lc, name, city, key + "x", "", rnd.choice([8, 12, 20, 35]))
            dis.append((ref, r, "near name, different project"))
            continue
        r = add(lc, name, SPAN_CITY.get(key, city) if "span_city" in tag else city, key, tag, amt)
        idx[name] = r
        if tag == "reference":
            ref = r
n = 0
for ca, na, la, cb, nb, lb, why in DIS:
    ra = idx.get(na) or add(la, na, ca, "D%02da" % n, "", rnd.choice([6, 15, 28]))
    rb = idx.get(nb) or add(lb, nb, cb, "D%02db" % n, "", rnd.choice([6, 15, 28]))
    dis.append((ra, rb, why))
    n += 1
# filler unique projects + templated near-name distractors (same kind, different place)
PLACES = {
    "深圳": ["龙华区", "坪山区", "宝安区", "龙岗区", "光明区", "南山区", "福田区", "罗湖区"],
    "东莞": ["塘厦镇", "凤岗镇", "寮步镇", "石碣镇", "厚街镇", "黄江镇", "常平镇", "大朗镇"],
    "阳江": ["阳春市", "阳西县", "阳东区", "江城区", "海陵区"],
    "云浮": ["罗定市", "新兴县", "郁南县", "云安区", "云城区"],
    "揭阳": ["普宁市", "惠来县", "揭西县", "揭东区", "榕城区"],
    "肇庆": ["高要区", "四会市", "怀集县", "广宁县", "德庆县", "封开县", "端州区"],
    "茂名": ["信宜市", "高州市"],
}
KINDS = [
    "中小学扩容提质工程",
    "污水处理厂提标改造工程",
    "人民医院综合楼建设项目",
    "市政道路改造工程",
    "智能制造产业园项目",
    "农村生活污水治理工程",
    "保障性租赁住房项目",
    "中小河流治理工程",
    "综合客运枢纽项目",
    "新型储能电站项目",
    "冷链物流中心项目",
    "垃圾焚烧发电厂扩建工程",
    "高标准农田建设项目",
    "光伏发电项目",
    "电子信息产业园项目",
]
CITY_LISTS = {
    "深圳": ["P", "SZ"],
    "东莞": ["P", "DG"],
    "阳江": ["P", "YJ"],
    "云浮": ["P"],
    "揭阳": ["P", "JY"],
    "肇庆": ["P", "ZQ"],
    "茂名": ["YJ", "ZQ"],
}
k = 0
used = []


def fname(city, place, kind, lc):
    pre = (city + "市" if lc == "P" else "") + place
    return pre + kind


combos = [(c, p, kd) for c in PLACES for p in PLACES[c] for kd in KINDS]
rnd.shuffle(combos)
target = 400
dis_f = 0
for c, p, kd in combos:
    if sum(len(v) for v in rows.values()) >= target:
        break
    if (c, kd) in used and dis_f < 55:
        # same kind of project in another place of the same city -> distractor with the earlier one
        pass
    lc = rnd.choice(CITY_LISTS[c])
    r = add(lc, fname(c, p, kd, lc), c, "U%03d" % k, "", rnd.choice([3, 5, 8, 12, 18, 25, 40, 60]))
    for prev in list(used):
        if prev[0] == c and prev[1] == kd and dis_f < 55:
            dis.append((prev[2], r, "same kind, different place (%s vs %s)" % (prev[3], p)))
            dis_f += 1
            break
    used.append((c, kd, r, p))
    k += 1
# cross-city same name
cross = [
    ("人民医院综合楼建设项目", "云浮", "云城区", "阳江", "江城区"),
    ("城乡供水一体化工程", "揭阳", "揭西县", "云浮", "新兴县"),
]
for kd, c1, p1, c2, p2 in cross:
    ra = add("P", c1 + "市" + p1 + kd, c1, "X%da" % k, "", 10)
    rb = add("P", c2 + "市" + p2 + kd, c2, "X%db" % k, "", 12)
    k += 1
    dis.append((ra, rb, "same kind, two cities"))
# write
meta = []
for lc, (fn, title, kind, city, pub, unit) in LISTS.items():
    rs = rows[lc]
    rnd.shuffle(rs)
    with open(os.path.join(OUT, fn), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title])
        w.writerow(["单位：" + unit])
        if kind in ("provincial_plan", "city_plan"):
            w.writerow(
                [
                    "序号",
                    "项目名称",
                    "建设地点",
                    "建设性质",
                    "建设规模及内容",
                    "建设起止年限",
                    "总投资",
                    "2024年计划投资",
                ]
            )
        else:
            w.writerow(["序号", "项目名称", "所在地", "总投资"])
        for i, r in enumerate(rs, 1):
            a = r["amt"] * 10000 if unit == "万元" else r["amt"]
            a = int(a) if unit == "万元" else round(a, 2)
            if kind in ("provincial_plan", "city_plan"):
                w.writerow(
                    [
                        i,
                        r["name"],
                        r["city"] + "市",
                        "续建" if i % 3 else "新建",
                        "建设主体工程及配套设施",
                        "2023-2026" if i % 2 else "2024-2027",
                        a,
                        int(a * 0.25) if unit == "万元" else round(a * 0.25, 2),
                    ]
                )
            else:
                w.writerow([i, r["name"], r["city"] + "市", a])
            r["row"] = i
    meta.append(dict(file=fn, title=title, list_kind=kind, city=city, year=2024, published=pub, unit=unit))
yaml.safe_dump(
    meta, open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8"), allow_unicode=True, sort_keys=False
)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "row_no", "project_key", "tag"])
    for lc in LISTS:
        for r in sorted(rows[lc], key=lambda r: r["row"]):
            w.writerow([LISTS[lc][0], r["row"], r["key"], r["tag"]])
with open(os.path.join(OUT, "distractors.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for a, b, why in dis:
        if a is None or b is None:
            continue
        w.writerow([LISTS[a["lc"]][0], a["row"], LISTS[b["lc"]][0], b["row"], why])
