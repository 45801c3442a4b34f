#!/usr/bin/env python3
"""Build the blind identity test set from the hand-written data files in this folder.

Writes the six CSV lists, truth.csv, distractors.csv and lists.yaml one level up.
Row order inside each list is grouped the way such lists usually are (by sector,
category or county) and shuffled inside a group with a fixed seed.
"""

import csv
import os
import random
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(20240315)

NOTE = "（SAMPLE 测试用，非官方）"


def read(name, nfields):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != nfields:
                raise SystemExit(f"{name}:{ln}: {len(parts)} fields, want {nfields}: {line}")
            rows.append(parts)
    return rows


def fmt_yi(v):
    x = float(v)
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def grouped(rows, keyfunc, order):
    groups = OrderedDict((g, []) for g in order)
    for r in rows:
        g = keyfunc(r)
        if g not in groups:
            raise SystemExit(f"unknown group {g!r} for {r}")
        groups[g].append(r)
    out = []
    for _g, rs in groups.items():
        rng.shuffle(rs)
        out.extend(rs)
    return out


FILES = OrderedDict()

# 1. provincial plan -------------------------------------------------------
p = read("data_provincial.txt", 10)
CITY_ORDER = ["湛江", "茂名", "肇庆", "清远", "潮州", "揭阳", "云浮"]


def p_city_rank(r):
    place = r[4]
    for i, c in enumerate(CITY_ORDER):
        if place.startswith(c):
            return i
    return 99


SECTORS = ["交通", "能源", "水利", "城建", "产业", "社会民生", "农业"]
p_sorted = []
for s in SECTORS:
    rs = [r for r in p if r[2] == s]
    rng.shuffle(rs)
    rs.sort(key=p_city_rank)  # stable: cities in order, shuffled inside a city
    p_sorted.extend(rs)
assert len(p_sorted) == len(p)
FILES["provincial_plan_2024.csv"] = dict(
    code="P",
    title="广东省2024年重点建设项目计划（湛江、茂名、肇庆、清远、潮州等市摘录）" + NOTE,
    unit="单位：万元",
    header=[
        "序号",
        "项目名称",
        "建设地点",
        "建设性质",
        "建设内容及规模",
        "建设起止年限",
        "总投资",
        "2024年计划投资",
    ],
    rows=[(r[0], r[1], [r[3], r[4], r[5], r[6], r[7], r[8], r[9]]) for r in p_sorted],
    meta=dict(list_kind="provincial_plan", city="广东省", published="2024-03-08", unit="万元"),
)

# 2. zhanjiang city plan ---------------------------------------------------
zj = read("data_zhanjiang.txt", 9)
ZJ_CATS = ["基础设施", "能源", "水利", "产业", "科技创新", "农业", "文旅", "城市建设", "生态环保", "社会民生"]
zj_sorted = grouped(zj, lambda r: r[5], ZJ_CATS)
FILES["zhanjiang_city_plan_2024.csv"] = dict(
    code="ZJ",
    title="湛江市2024年重点建设项目计划表" + NOTE,
    unit="单位：亿元",
    header=[
        "序号",
        "项目名称",
        "所在县（市、区）",
        "项目类别",
        "总投资（亿元）",
        "年度计划投资（亿元）",
        "建设年限",
    ],
    rows=[(r[0], r[1], [r[3], r[4], r[5], fmt_yi(r[6]), fmt_yi(r[7]), r[8]]) for r in zj_sorted],
    meta=dict(list_kind="city_plan", city="湛江", published="2024-03-20", unit="亿元"),
)

# 3. zhaoqing city plan ----------------------------------------------------
zq = read("data_zhaoqing.txt", 9)
ZQ_CATS = [
    "交通",
    "能源",
    "水利",
    "基础设施",
    "先进制造业",
    "现代服务业",
    "现代农业",
    "文化旅游",
    "城市建设",
    "社会事业",
]
zq_sorted = grouped(zq, lambda r: r[4], ZQ_CATS)
GOV = {
    "端州区": "端州区人民政府",
    "鼎湖区": "鼎湖区人民政府",
    "高要区": "高要区人民政府",
    "四会市": "四会市人民政府",
    "广宁县": "广宁县人民政府",
    "怀集县": "怀集县人民政府",
    "封开县": "封开县人民政府",
    "德庆县": "德庆县人民政府",
    "高新区": "肇庆高新区管委会",
    "肇庆新区": "肇庆新区管委会",
    "市本级": "市发展改革局",
}


def owner(r):
    if r[8]:
        return r[8]
    first = r[3].split("、")[0]
    return GOV[first]


FILES["zhaoqing_city_plan_2024.csv"] = dict(
    code="ZQ",
    title="肇庆市2024年重点建设项目计划" + NOTE,
    unit="单位：万元",
    header=[
        "序号",
        "项目名称",
        "属地",
        "行业类别",
        "总投资（万元）",
        "2024年计划投资（万元）",
        "起止年限",
        "责任单位",
    ],
    rows=[(r[0], r[1], [r[2], r[3], r[4], r[5], r[6], r[7], owner(r)]) for r in zq_sorted],
    meta=dict(list_kind="city_plan", city="肇庆", published="2024-03-15", unit="万元"),
)

# 4. maoming Q1 groundbreaking ---------------------------------------------
mm = read("data_maoming.txt", 7)
MM_CTY = ["茂南区", "电白区", "高州市", "化州市", "信宜市", "滨海新区", "茂名高新区"]
mm_sorted = grouped(mm, lambda r: r[3].split("、")[0], MM_CTY)
FILES["maoming_2024_q1_groundbreaking.csv"] = dict(
    code="MM",
    title="茂名市2024年第一季度重大项目集中开工项目表" + NOTE,
    unit="单位：亿元",
    header=["序号", "项目名称", "县（市、区）", "行业类别", "总投资（亿元）", "建设单位"],
    rows=[(r[0], r[1], [r[2], r[3], r[4], fmt_yi(r[5]), r[6]]) for r in mm_sorted],
    meta=dict(list_kind="groundbreaking", city="茂名", published="2024-03-28", unit="亿元"),
)

# 5. qingyuan signing ------------------------------------------------------
qy = read("data_qingyuan.txt", 5)
qy_sorted = list(qy)
rng.shuffle(qy_sorted)
FILES["qingyuan_2024_signing.csv"] = dict(
    code="QY",
    title="2024年清远市招商引资重大项目集中签约项目清单" + NOTE,
    unit="单位：亿元",
    header=["序号", "项目名称", "投资方", "投资额（亿元）"],
    rows=[(r[0], r[1], [r[2], r[3], fmt_yi(r[4])]) for r in qy_sorted],
    meta=dict(list_kind="signing", city="清远", published="2024-05-18", unit="亿元"),
)

# 6. chaozhou H1 groundbreaking --------------------------------------------
cz = read("data_chaozhou.txt", 6)
CZ_CTY = ["潮州市", "湘桥区", "枫溪区", "潮安区", "饶平县"]
cz_sorted = grouped(cz, lambda r: r[2], CZ_CTY)
FILES["chaozhou_2024_h1_groundbreaking.csv"] = dict(
    code="CZ",
    title="潮州市2024年上半年重点项目集中开工项目表" + NOTE,
    unit="单位：万元",
    header=["序号", "所属县区", "项目名称", "项目性质", "总投资（万元）"],
    rows=[(r[0], r[1], [r[2], r[3], r[4], r[5]]) for r in cz_sorted],
    meta=dict(list_kind="groundbreaking", city="潮州", published="2024-06-20", unit="万元"),
)

# --- write lists, assign keys -----------------------------------------------
truth = []  # file,row_no,key,tag
lookup = {}  # (code, key-or-.name) -> (file,row_no)
name_col = {"P": 0, "ZJ": 0, "ZQ": 0, "MM": 0, "QY": 0, "CZ": 1}
for fname, spec in FILES.items():
    code = spec["code"]
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f:
        f.write(spec["title"] + "\n")
        f.write(spec["unit"] + "\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(spec["header"])
        for i, (key, tag, cells) in enumerate(spec["rows"], 1):
            name = cells[name_col[code]]
            if key == ".":
                key = f"u_{code.lower()}_{i:03d}"
                lookup[(code, "." + name)] = (fname, i)
            if (code, key) in lookup:
                raise SystemExit(f"duplicate key {key} in {fname}")
            lookup[(code, key)] = (fname, i)
            w.writerow([i] + cells)
            truth.append((fname, i, key, "" if tag in ("", ".") else tag))

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "row_no", "project_key", "tag"])
    for t in truth:
        w.writerow(t)

dis = read("distractor_pairs.txt", 3)
with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for a, b, reason in dis:
        ca, ka = a.split(":", 1)
        cb, kb = b.split(":", 1)
        fa, ra = lookup[(ca, ka)]
        fb, rb = lookup[(cb, kb)]
        w.writerow([fa, ra, fb, rb, reason])

with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as f:
    f.write("# The six sample lists of this blind test set (all invented, SAMPLE 测试用，非官方)\n")
    f.write("lists:\n")
    for fname, spec in FILES.items():
        m = spec["meta"]
        f.write(f"  - file: {fname}\n")
        f.write(f'    title: "{spec["title"]}"\n')
        f.write(f"    list_kind: {m['list_kind']}\n")
        f.write(f"    city: {m['city']}\n")
        f.write("    year: 2024\n")
        f.write(f'    published: "{m["published"]}"\n')
        f.write(f"    unit: {m['unit']}\n")

print("rows per file:", {k: len(v["rows"]) for k, v in FILES.items()})
