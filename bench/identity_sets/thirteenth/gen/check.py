# -*- coding: utf-8 -*-
"""Consistency checks and counts for the identity13 test set (standard library only)."""

import csv
import itertools
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(msg):
    errors.append(msg)


def read_yaml_lists(path):
    items, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("- "):
            cur = {}
            items.append(cur)
            line = "  " + line[2:]
        k, v = line.strip().split(":", 1)
        v = v.strip()
        if len(v) >= 2 and v[0] in "'\"" and v[-1] == v[0]:
            v = v[1:-1]
        cur[k] = v
    return items


lists = read_yaml_lists(os.path.join(OUT, "lists.yaml"))
PLAN_HDR = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2023年计划投资",
]
EVT_HDR = ["序号", "项目名称", "所在地", "总投资"]
rows = {}
for m in lists:
    for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
        if k not in m:
            err("lists.yaml %s lacks %s" % (m.get("file"), k))
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", m["published"]):
        err("bad published " + m["published"])
    with open(os.path.join(OUT, m["file"]), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if "SAMPLE 测试用，非官方" not in lines[0]:
        err(m["file"] + ": title lacks SAMPLE marker")
    if lines[1] != "单位：" + m["unit"]:
        err(m["file"] + ": unit line mismatch")
    rdr = list(csv.reader(lines[2:]))
    hdr, body = rdr[0], [r for r in rdr[1:] if r]
    want = PLAN_HDR if m["list_kind"] in ("provincial_plan", "city_plan") else EVT_HDR
    if hdr != want:
        err(m["file"] + ": header " + ",".join(hdr))
    for i, r in enumerate(body, 1):
        if len(r) != len(want):
            err("%s row %d: %d cells" % (m["file"], i, len(r)))
        if r[0] != str(i):
            err("%s: 序号 %s at position %d" % (m["file"], r[0], i))
        for c in [r[want.index("总投资")]] + ([r[7]] if len(want) == 8 else []):
            try:
                float(c)
            except ValueError:
                err("%s row %d: amount %r" % (m["file"], i, c))
    rows[m["file"]] = {int(r[0]): r[1] for r in body}

truth = {}
for r in csv.DictReader(open(os.path.join(OUT, "truth.csv"), encoding="utf-8")):
    k = (r["file"], int(r["row_no"]))
    if k in truth:
        err("truth duplicates %s" % (k,))
    truth[k] = r
all_rows = {(f, n) for f, d in rows.items() for n in d}
for k in all_rows - set(truth):
    err("row without truth %s" % (k,))
for k in set(truth) - all_rows:
    err("truth for missing row %s" % (k,))

PHASE = re.compile(r"(第?[一二三四五六七八九十\dⅠⅡⅢ]+期|首期)")
by_key = defaultdict(list)
for (f, n), r in truth.items():
    by_key[r["project_key"]].append((f, n))
within_phase_pairs = 0
for key, locs in by_key.items():
    per = defaultdict(list)
    for f, n in locs:
        per[f].append(n)
    for f, ns in per.items():
        if len(ns) > 1:
            names = [rows[f][n] for n in ns]
            phases = [PHASE.search(x) for x in names]
            if not all(phases) or len({p.group(0) for p in phases}) != len(names):
                err("key %s repeats in %s without distinct phases: %s" % (key, f, names))
            within_phase_pairs += len(ns) * (len(ns) - 1) // 2

linked = {k: v for k, v in by_key.items() if len({f for f, _ in v}) >= 2}
for key, locs in by_key.items():
    tags = [truth[l]["tag"] for l in locs]
    if key in linked:
        if tags.count("reference") != 1:
            err("key %s has %d reference rows" % (key, tags.count("reference")))
        if any(t == "" for t in tags):
            err("linked key %s has an empty tag" % key)
    elif any(tags):
        if not (len(locs) == 1 and tags == [""]):
            err("single-list key %s has tags %s" % (key, tags))
true_pairs = 0
for key, locs in linked.items():
    for a, b in itertools.combinations(locs, 2):
        if a[0] != b[0]:
            true_pairs += 1

dis = list(csv.DictReader(open(os.path.join(OUT, "distractors.csv"), encoding="utf-8")))
seen = set()
for d in dis:
    a = (d["file_a"], int(d["row_a"]))
    b = (d["file_b"], int(d["row_b"]))
    if a not in truth or b not in truth:
        err("distractor refers to missing row %s %s" % (a, b))
        continue
    if truth[a]["project_key"] == truth[b]["project_key"]:
        err("distractor pair shares a key: %s %s" % (a, b))
    k = tuple(sorted([a, b]))
    if k in seen:
        err("duplicate distractor pair %s" % (k,))
    seen.add(k)

tagc = Counter()
renamed = multi = exact = 0
for r in truth.values():
    t = r["tag"]
    if t and t != "reference":
        if t == "exact":
            exact += 1
            continue
        kinds = t.split(";")
        renamed += 1
        multi += len(kinds) >= 2
        tagc.update(kinds)

print("rows per file:", {f: len(d) for f, d in rows.items()})
print("rows total:", len(all_rows))
print("project keys:", len(by_key))
print(
    "linked projects (in >=2 lists):",
    len(linked),
    "| in 3 lists:",
    sum(1 for v in linked.values() if len({f for f, _ in v}) == 3),
)
print("true cross-list pairs:", true_pairs, "| within-list phase pairs:", within_phase_pairs)
print(
    "distractor pairs:",
    len(dis),
    "| cross-city:",
    sum(1 for d in dis if d["reason"].startswith("cross_city")),
    "| cross-list:",
    sum(1 for d in dis if d["file_a"] != d["file_b"]),
)
print(
    "renamed rows:",
    renamed,
    "| with 2-3 kinds:",
    multi,
    "(%.0f%%)" % (100.0 * multi / max(1, renamed)),
    "| exact copies:",
    exact,
)
print("renaming kinds:", dict(tagc.most_common()))
print("distractor reasons:", dict(Counter(d["reason"] for d in dis).most_common()))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
