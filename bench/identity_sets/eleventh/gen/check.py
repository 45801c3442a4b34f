# -*- coding: utf-8 -*-
"""Check the identity11 outputs and print counts.  Standard library only.

python3 gen/check.py           checks and counts
python3 gen/check.py --near    also prints the closest same-city name pairs
                               across different keys that are not listed as
                               distractors (for eyeballing accidental twins)
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SAMPLE = "（SAMPLE 测试用，非官方）"
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
CITIES = ["深圳", "东莞", "珠海", "汕头", "潮州", "韶关", "揭阳", "清远", "汕尾", "河源", "惠州"]
PHASE_RE = re.compile(r"(首|[一二三四五六]|[1-6]|第[一二三四五六])期")

errors = []


def err(msg):
    errors.append(msg)


def read_yaml(path):
    """Minimal reader for the flat list-of-mappings lists.yaml written by make.py."""
    items = []
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("- "):
            cur = {}
            items.append(cur)
            line = "  " + line[2:]
        k, _, v = line.strip().partition(":")
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        cur[k.strip()] = v
    return items


def first_city(loc):
    best = None
    for c in CITIES:
        i = loc.find(c)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, c)
    return best[1] if best else ""


def bigrams(s):
    return {s[i : i + 2] for i in range(len(s) - 1)}


def dice(a, b):
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


lists = read_yaml(os.path.join(OUT, "lists.yaml"))
kinds = {"provincial_plan", "city_plan", "groundbreaking", "signing"}
rows = {}  # (file,no) -> dict
for l in lists:
    for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
        if k not in l:
            err("lists.yaml entry %s lacks %s" % (l.get("file"), k))
    if l["list_kind"] not in kinds:
        err("bad list_kind %s" % l["list_kind"])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l["published"]):
        err("bad published %s" % l["published"])
    if (l["list_kind"] == "provincial_plan") != (l["city"] == "广东省"):
        err("city/list_kind mismatch in %s" % l["file"])
    lines = open(os.path.join(OUT, l["file"]), encoding="utf-8").read().split("\n")
    if lines[0] != l["title"] or SAMPLE not in lines[0]:
        err("%s: title line mismatch" % l["file"])
    if lines[1] != "单位：" + l["unit"]:
        err("%s: unit line %r" % (l["file"], lines[1]))
    recs = list(csv.reader(lines[2:]))
    recs = [r for r in recs if r]
    plan = l["list_kind"] in ("provincial_plan", "city_plan")
    if recs[0] != (PLAN_HEADER if plan else BATCH_HEADER):
        err("%s: header %r" % (l["file"], recs[0]))
    for i, r in enumerate(recs[1:], 1):
        if len(r) != len(recs[0]):
            err("%s row %d: %d cells" % (l["file"], i, len(r)))
            continue
        if r[0] != str(i):
            err("%s: 序号 %s at position %d" % (l["file"], r[0], i))
        amts = [r[6], r[7]] if plan else [r[3]]
        for a in amts:
            try:
                float(a)
            except ValueError:
                err("%s row %d: amount %r" % (l["file"], i, a))
        loc = r[2]
        if not first_city(loc):
            err("%s row %d: location names no city: %s" % (l["file"], i, loc))
        if plan and float(r[7]) > float(r[6]):
            err("%s row %d: 2024 plan exceeds total" % (l["file"], i))
        rows[(l["file"], i)] = dict(
            file=l["file"],
            no=i,
            name=r[1],
            loc=loc,
            kind=l["list_kind"],
            total=r[6] if plan else r[3],
            unit=l["unit"],
        )

# truth
truth = {}
with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as f:
    rd = csv.reader(f)
    if next(rd) != ["file", "row_no", "project_key", "tag"]:
        err("truth.csv header")
    for r in rd:
        k = (r[0], int(r[1]))
        if k in truth:
            err("truth: row listed twice %s" % (k,))
        if k not in rows:
            err("truth: unknown row %s" % (k,))
        truth[k] = (r[2], r[3])
for k in rows:
    if k not in truth:
        err("truth: row missing %s" % (k,))

by_key = {}
for k, (key, tag) in truth.items():
    by_key.setdefault(key, []).append(k)

# keys within one list: only different phases of one project
for key, ks in by_key.items():
    per_file = {}
    for k in ks:
        per_file.setdefault(k[0], []).append(k)
    for fname, fk in per_file.items():
        if len(fk) > 1:
            marks = []
            for k in fk:
                m = PHASE_RE.search(rows[k]["name"])
                marks.append(m.group(0) if m else None)
            if None in marks or len(set(marks)) != len(marks):
                err(
                    "key %s repeats in %s without distinct phases: %s"
                    % (key, fname, [rows[k]["name"] for k in fk])
                )
            if len({k[0] for k in ks}) < 2:
                err("key %s: phases in one list but the whole is named nowhere else" % key)
    # tags
    tags = [truth[k][1] for k in ks]
    if len(ks) == 1:
        if tags[0]:
            err("single-row key %s has tag %r" % (key, tags[0]))
    else:
        if tags.count("reference") != 1:
            err("key %s has %d reference rows" % (key, tags.count("reference")))
        ref = [k for k in ks if truth[k][1] == "reference"][0]
        prov = [k for k in ks if rows[k]["kind"] == "provincial_plan"]
        if prov and ref not in prov:
            err("key %s: reference is not its provincial-plan row" % key)
        for k in ks:
            if k != ref and (not truth[k][1] or "reference" in truth[k][1]):
                err("key %s: non-reference row %s has tag %r" % (key, k, truth[k][1]))

# distractors
dis = []
with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8") as f:
    rd = csv.reader(f)
    if next(rd) != ["file_a", "row_a", "file_b", "row_b", "reason"]:
        err("distractors.csv header")
    for r in rd:
        a, b = (r[0], int(r[1])), (r[2], int(r[3]))
        if a not in rows or b not in rows:
            err("distractor row unknown: %r" % r)
            continue
        if truth[a][0] == truth[b][0]:
            err("distractor pair shares a key: %r" % r)
        if not r[4]:
            err("distractor without reason: %r" % r)
        dis.append((a, b))
if len({frozenset(p) for p in dis}) != len(dis):
    err("duplicate distractor pairs")

# ---------------------------------------------------------------- counts
linked = {k: v for k, v in by_key.items() if len(v) > 1}
pairs = cross = 0
for ks in linked.values():
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            pairs += 1
            cross += ks[i][0] != ks[j][0]
n_lists = {}
for ks in linked.values():
    n = len({k[0] for k in ks})
    n_lists[n] = n_lists.get(n, 0) + 1
renamed = [truth[k][1] for ks in linked.values() for k in ks if truth[k][1] != "reference"]
multi = sum(1 for t in renamed if ";" in t)
ident = sum(1 for t in renamed if t == "identical")
dis_cross_city = sum(1 for a, b in dis if first_city(rows[a]["loc"]) != first_city(rows[b]["loc"]))
dis_cross_list = sum(1 for a, b in dis if a[0] != b[0])

print("per list:")
for l in lists:
    n = sum(1 for k in rows if k[0] == l["file"])
    print("  %-38s %-16s %s %4d" % (l["file"], l["list_kind"], l["unit"], n))
print("rows                 %d" % len(rows))
print("project keys         %d" % len(by_key))
print(
    "linked projects      %d  (in 2 lists: %d, in 3 lists: %d)"
    % (len(linked), n_lists.get(2, 0), n_lists.get(3, 0))
)
print("true pairs           %d  (cross-list %d, within-list phase pairs %d)" % (pairs, cross, pairs - cross))
print(
    "renamed rows         %d  (2-3 kinds: %d = %.0f%%, identical: %d)"
    % (len(renamed), multi, 100.0 * multi / max(1, len(renamed)), ident)
)
print("distractor pairs     %d  (cross-city %d, cross-list %d)" % (len(dis), dis_cross_city, dis_cross_list))

if "--near" in sys.argv:
    listed = {frozenset(p) for p in dis}
    cand = []
    ks = sorted(rows)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            a, b = ks[i], ks[j]
            if truth[a][0] == truth[b][0] or frozenset((a, b)) in listed:
                continue
            if first_city(rows[a]["loc"]) != first_city(rows[b]["loc"]):
                continue
            s = dice(rows[a]["name"], rows[b]["name"])
            if s >= 0.6:
                cand.append((s, rows[a]["name"], rows[b]["name"], a, b))
    cand.sort(reverse=True)
    print("\nunlisted same-city near pairs (Dice >= 0.6): %d" % len(cand))
    for s, na, nb, a, b in cand[:60]:
        print("  %.2f  %s | %s   [%s:%d / %s:%d]" % (s, na, nb, a[0][:10], a[1], b[0][:10], b[1]))

if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
