#!/usr/bin/env python3
"""Consistency check of the blind identity test set (run from anywhere)."""

import csv
import io
import itertools
import os
import sys
from collections import defaultdict

import yaml

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


meta = yaml.safe_load(open(os.path.join(D, "lists.yaml"), encoding="utf-8"))["lists"]  # noqa: SIM115
files = {m["file"]: m for m in meta}
if len(files) != 6:
    err(f"lists.yaml has {len(files)} lists")

NAME_COL = {"项目名称"}
AMOUNT_COL = {
    "provincial_plan_2024.csv": "总投资",
    "zhanjiang_city_plan_2024.csv": "总投资（亿元）",
    "zhaoqing_city_plan_2024.csv": "总投资（万元）",
    "maoming_2024_q1_groundbreaking.csv": "总投资（亿元）",
    "qingyuan_2024_signing.csv": "投资额（亿元）",
    "chaozhou_2024_h1_groundbreaking.csv": "总投资（万元）",
}
rows = {}  # (file,row_no) -> dict
for fname, m in files.items():
    text = open(os.path.join(D, fname), encoding="utf-8").read()  # noqa: SIM115
    lines = text.splitlines()
    if "（SAMPLE 测试用，非官方）" not in lines[0]:
        err(f"{fname}: title line lacks SAMPLE note")
    if lines[0] != m["title"]:
        err(f"{fname}: title differs from lists.yaml")
    if lines[1] != f"单位：{m['unit']}":
        err(f"{fname}: unit line {lines[1]!r} vs yaml unit {m['unit']}")
    rdr = csv.DictReader(io.StringIO("\n".join(lines[2:]) + "\n"))
    n = 0
    for i, r in enumerate(rdr, 1):
        n += 1
        if r["序号"] != str(i):
            err(f"{fname}: row {i} has 序号 {r['序号']}")
        if not r["项目名称"].strip():
            err(f"{fname}: row {i} empty name")
        try:
            float(r[AMOUNT_COL[fname]])
        except ValueError:
            err(f"{fname}: row {i} bad amount {r[AMOUNT_COL[fname]]!r}")
        rows[(fname, i)] = r
    m["_n"] = n

truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))  # noqa: SIM115
tkey = {}
for t in truth:
    k = (t["file"], int(t["row_no"]))
    if k in tkey:
        err(f"truth duplicate {k}")
    if k not in rows:
        err(f"truth points at missing row {k}")
    tkey[k] = t
for k in rows:
    if k not in tkey:
        err(f"row without truth line {k}")

by_key = defaultdict(list)
for k, t in tkey.items():
    by_key[t["project_key"]].append(k)
multi = {key: ks for key, ks in by_key.items() if len(ks) > 1}
for key, ks in multi.items():
    fs = [f for f, _ in ks]
    if len(set(fs)) != len(fs):
        err(f"key {key} appears twice in one file: {ks}")
    for k in ks:
        if not tkey[k]["tag"]:
            err(f"shared row {k} ({key}) has empty tag")
for _key, ks in by_key.items():
    if len(ks) == 1 and tkey[ks[0]]["tag"]:
        err(f"unique row {ks[0]} has tag {tkey[ks[0]]['tag']!r}")

true_pairs = sum(len(ks) * (len(ks) - 1) // 2 for ks in multi.values())
size_hist = defaultdict(int)
for ks in multi.values():
    size_hist[len(ks)] += 1


# amounts in 万元 for shared projects: report spread
def wan(k):
    f, _ = k
    v = float(rows[k][AMOUNT_COL[f]])
    return v * 10000 if files[f]["unit"] == "亿元" else v


spread = []
for key, ks in multi.items():
    vals = [wan(k) for k in ks]
    ratio = max(vals) / min(vals)
    spread.append((ratio, key))
    if ratio > 2.5:
        err(f"amounts of {key} differ by x{ratio:.2f}: {[(k, rows[k][AMOUNT_COL[k[0]]]) for k in ks]}")
exact_amount = sum(1 for r, _ in spread if r == 1.0)

dis = list(csv.DictReader(open(os.path.join(D, "distractors.csv"), encoding="utf-8")))  # noqa: SIM115
seen = set()
cross = 0
for d in dis:
    a = (d["file_a"], int(d["row_a"]))
    b = (d["file_b"], int(d["row_b"]))
    for x in (a, b):
        if x not in rows:
            err(f"distractor points at missing row {x}")
    if a in tkey and b in tkey and tkey[a]["project_key"] == tkey[b]["project_key"]:
        err(f"distractor {a} {b} has same key")
    pk = frozenset((a, b))
    if pk in seen or a == b:
        err(f"duplicate/self distractor {a} {b}")
    seen.add(pk)
    if d["reason"].startswith("cross-city"):
        cross += 1

# identical names with different keys (should only be intended cross-city distractors)
by_name = defaultdict(list)
for k, r in rows.items():
    by_name[r["项目名称"]].append(k)
same_name_diff = []
for nm, ks in by_name.items():
    for a, b in itertools.combinations(ks, 2):
        if tkey[a]["project_key"] != tkey[b]["project_key"]:
            same_name_diff.append((nm, a, b, frozenset((a, b)) in seen))

total = sum(m["_n"] for m in files.values())
print("rows per list:")
for f, m in files.items():
    print(f"  {f:42s} {m['_n']:4d}  ({m['list_kind']}, {m['city']}, {m['unit']})")
print("total rows:", total)
print("projects in several lists:", len(multi), "by number of lists:", dict(size_hist))
print("rows belonging to such projects:", sum(len(v) for v in multi.values()))
print("true pairs (row pairs with same key):", true_pairs)
print("shared projects with identical total in 万元:", exact_amount)
print("distractor pairs:", len(dis), "of which cross-city:", cross)
print("identical names with different keys:", len(same_name_diff))
for nm, a, b, listed in same_name_diff:
    print("   ", nm, a, b, "listed" if listed else "NOT LISTED")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("\nOK: no errors")
