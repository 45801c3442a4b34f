"""Checker for identity set 7: reads only the generated files (lists.yaml, list CSVs,
truth.csv, distractors.csv) and verifies their consistency; prints the counts used in README.md.
Exit status 1 on any error. Usage: python3 gen/check.py"""

import csv
import itertools
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(m):
    errors.append(m)


# lists.yaml (flat format, parsed by hand to avoid a yaml dependency)
lists, cur = [], None
for line in open(os.path.join(OUT, "lists.yaml"), encoding="utf-8"):
    m = re.match(r"^(- )?\s*(\w+): (.*)$", line.rstrip("\n"))
    if not m:
        continue
    if m.group(1):
        cur = {}
        lists.append(cur)
    cur[m.group(2)] = m.group(3).strip('"')
if len(lists) != 6:
    err("expected 6 lists, got %d" % len(lists))

CITIES = ["广州", "珠海", "佛山", "韶关", "河源", "梅州", "清远"]
data = {}  # (file,row) -> dict(name, city)
rows_per = {}
for l in lists:
    if "测试用，非官方" not in l["title"]:
        err("title not marked: " + l["file"])
    with open(os.path.join(OUT, l["file"]), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != l["title"]:
        err("title line differs: " + l["file"])
    if lines[1] != "单位：" + l["unit"]:
        err("unit line differs: " + l["file"])
    rd = list(csv.reader(lines[2:]))
    hdr, body = rd[0], [r for r in rd[1:] if r]
    rows_per[l["file"]] = len(body)
    iname = hdr.index("项目名称")
    for i, r in enumerate(body, 1):
        if len(r) != len(hdr):
            err(f"{l['file']} row {i}: {len(r)} cells")
        if r[0] != str(i):
            err(f"{l['file']} row {i}: 序号 {r[0]}")
        amt_cols = [j for j, hname in enumerate(hdr) if "投资" in hname]
        for j in amt_cols:
            if not re.fullmatch(r"\d+(\.\d+)?", r[j]):
                err(f"{l['file']} row {i}: bad amount {r[j]!r}")
        if l["list_kind"] == "provincial_plan":
            loc = r[hdr.index("建设地点")]
            city = "、".join(c for c in CITIES if c in loc) or "?"
        else:
            city = l["city"]
            if any("清远市" in c for c in r):
                city = "清远"
        data[(l["file"], i)] = dict(name=r[iname], city=city)

# truth.csv
truth = {}
with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as f:
    for t in csv.DictReader(f):
        k = (t["file"], int(t["row_no"]))
        if k in truth:
            err("duplicate truth row %s" % (k,))
        truth[k] = (t["project_key"], t["tag"])
if set(truth) != set(data):
    err("truth rows != list rows (%d vs %d)" % (len(truth), len(data)))

by_key = defaultdict(list)
for k, (key, tag) in truth.items():
    by_key[key].append(k)
KINDS = {
    "reference",
    "same_name",
    "place_shortened",
    "suffix_changed",
    "phase_section",
    "numeral_form",
    "company_prefix",
    "reordered",
    "kind_reworded",
    "abbreviation",
    "split_phase",
    "amount_differs",
}
kind_count = Counter()
multi = {}
for key, ks in by_key.items():
    files = {f for f, _ in ks}
    if key.startswith("P"):
        if len(files) < 2:
            err(f"{key} appears in only one list")
        refs = [k for k in ks if truth[k][1] == "reference"]
        if len(refs) != 1:
            err(f"{key}: {len(refs)} reference rows")
        multi[key] = ks
        for k in ks:
            tag = truth[k][1]
            for t in tag.split(";"):
                if t not in KINDS:
                    err(f"{key}: unknown tag {t!r}")
            if tag != "reference":
                for t in tag.split(";"):
                    kind_count[t] += 1
                same = data[k]["name"] == data[refs[0]]["name"]
                if same != ("same_name" in tag):
                    err(f"{key} {k}: same_name tag does not match names")
    else:
        if len(ks) != 1:
            err(f"{key} ({key[0]}-key) has {len(ks)} rows")
        if truth[ks[0]][1]:
            err(f"{key}: singleton with tag")

# true pairs = pairs of rows of one project in different lists
true_pairs = []
same_list_pairs = 0
for key, ks in multi.items():
    for a, b in itertools.combinations(sorted(ks), 2):
        if a[0] != b[0]:
            true_pairs.append((a, b))
        else:
            same_list_pairs += 1
n_lists = Counter(len({f for f, _ in ks}) for ks in multi.values())

# distractors.csv
dpairs = []
with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8") as f:
    for d in csv.DictReader(f):
        a, b = (d["file_a"], int(d["row_a"])), (d["file_b"], int(d["row_b"]))
        if a not in truth or b not in truth:
            err(f"distractor row missing {a} {b}")
            continue
        if truth[a][0] == truth[b][0]:
            err(f"distractor pair with same key {a} {b}")
        if not d["reason"]:
            err("distractor without reason")
        dpairs.append((a, b, d["reason"]))
if len({tuple(sorted(p[:2])) for p in dpairs}) != len(dpairs):
    err("duplicate distractor pairs")


def cities(k):
    return set(data[k]["city"].split("、"))


cross = [p for p in dpairs if not (cities(p[0]) & cities(p[1]))]
same_list_d = [p for p in dpairs if p[0][0] == p[1][0]]


# near names: character-bigram Jaccard
def bg(s):
    return {s[i : i + 2] for i in range(len(s) - 1)}


def jac(a, b):
    A, B = bg(a), bg(b)
    return len(A & B) / max(1, len(A | B))


tp_sim = [jac(data[a]["name"], data[b]["name"]) for a, b in true_pairs]
dp_sim = [jac(data[a]["name"], data[b]["name"]) for a, b, _ in dpairs]
dset = {tuple(sorted(p[:2])) for p in dpairs}
implied = []
with open(os.path.join(OUT, "distractors_implied.csv"), encoding="utf-8") as f:
    for d in csv.DictReader(f):
        a, b = (d["file_a"], int(d["row_a"])), (d["file_b"], int(d["row_b"]))
        if truth[a][0] == truth[b][0]:
            err(f"implied pair with same key {a} {b}")
        implied.append((a, b))
iset = {tuple(sorted(p)) for p in implied}
if iset & dset:
    err("implied pairs overlap distractors.csv")
dset |= iset
unlabelled = []
keys = sorted(data)
for a, b in itertools.combinations(keys, 2):
    if truth[a][0] == truth[b][0] or tuple(sorted((a, b))) in dset:
        continue
    s = jac(data[a]["name"], data[b]["name"])
    if s >= 0.45:
        unlabelled.append((s, a, b))

print("rows per list:")
[print(f"  {f}: {n}") for f, n in rows_per.items()]
print("rows total:", sum(rows_per.values()))
print(
    "projects (distinct keys):",
    len(by_key),
    " multi-list:",
    len(multi),
    dict(sorted(n_lists.items())),
    " singletons U:",
    sum(1 for k in by_key if k.startswith("U")),
    " distractor-only D:",
    sum(1 for k in by_key if k.startswith("D")),
)
print(
    "true pairs (same project, different lists):",
    len(true_pairs),
    " + same-list split pairs:",
    same_list_pairs,
)
print(
    "implied distractor pairs (distractors_implied.csv):",
    len(implied),
    " across cities:",
    sum(1 for a, b in implied if not (cities(a) & cities(b))),
)
print("distractor pairs:", len(dpairs), " across cities:", len(cross), " within one list:", len(same_list_d))
print("renaming kinds on non-reference rows:", dict(kind_count.most_common()))
print("non-reference rows:", sum(1 for k, v in truth.items() if v[0].startswith("P") and v[1] != "reference"))
import statistics as st

print(
    "bigram Jaccard  true pairs: median %.2f, <0.3: %d | distractors: median %.2f, >=0.5: %d"
    % (st.median(tp_sim), sum(s < 0.3 for s in tp_sim), st.median(dp_sim), sum(s >= 0.5 for s in dp_sim))
)
print(
    "unlabelled near-name pairs (Jaccard>=0.45, different projects, not in distractors.csv):", len(unlabelled)
)
for s, a, b in sorted(unlabelled, reverse=True)[:15]:
    print("   %.2f %s | %s" % (s, data[a]["name"], data[b]["name"]))
if errors:
    print("ERRORS:")
    [print("  " + e) for e in errors]
    sys.exit(1)
print("OK")
