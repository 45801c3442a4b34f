# -*- coding: utf-8 -*-
"""Consistency checks and counts for the identity10 test set (stdlib only).

Checks:
  * lists.yaml names every CSV; each CSV has title / unit / header lines,
    序号 running 1..n and numeric amounts;
  * truth.csv covers every row of every CSV exactly once;
  * a project_key never repeats within one list;
  * every tag is empty, "reference" or known renaming kinds; every linked
    project has exactly one reference row; single-list rows are untagged;
  * distractor pairs point at existing rows and have different keys.
Prints counts.
"""

import collections
import csv
import itertools
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
KINDS = {
    "suffix",
    "phase_bracket",
    "split_phase",
    "city_drop",
    "city_abbr",
    "place_drop",
    "place_front",
    "place_bracket",
    "place_short",
    "place_alias",
    "company_brand",
    "reorder",
    "number_format",
    "abbreviation",
    "synonym",
    "scale_drop",
    "scale_add",
    "bracket",
    "bracket_note",
    "halfwidth",
    "traditional",
    "stray_space",
    "amount",
}
CITY_WORDS = ["广州", "佛山", "中山", "江门", "湛江", "清远", "东莞", "茂名", "肇庆"]

errors = []


def err(msg):
    errors.append(msg)


def read_yaml(path):
    """Tiny reader for the flat list-of-maps YAML written by make.py."""
    items, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("- "):
            cur = {}
            items.append(cur)
            line = line[2:]
        k, v = line.strip().split(":", 1)
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        cur[k] = v
    return items


lists = read_yaml(os.path.join(OUT, "lists.yaml"))
rows = {}  # (file,row_no) -> name
list_rows = collections.defaultdict(list)
for l in lists:
    for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
        if k not in l:
            err("lists.yaml: %s lacks %s" % (l.get("file"), k))
    if "SAMPLE 测试用，非官方" not in l["title"]:
        err("title without sample mark: " + l["file"])
    with open(os.path.join(OUT, l["file"]), encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines[0] != l["title"]:
        err("%s: line 1 is not the title" % l["file"])
    if lines[1] != "单位：" + l["unit"]:
        err("%s: bad unit line %r" % (l["file"], lines[1]))
    rdr = list(csv.reader(lines[2:]))
    rdr = [r for r in rdr if r]
    header = PLAN_HEADER if l["list_kind"] in ("provincial_plan", "city_plan") else BATCH_HEADER
    if rdr[0] != header:
        err("%s: bad header %r" % (l["file"], rdr[0]))
    for i, r in enumerate(rdr[1:], 1):
        if len(r) != len(header):
            err("%s row %d: %d cells" % (l["file"], i, len(r)))
        if r[0] != str(i):
            err("%s: 序号 %s at position %d" % (l["file"], r[0], i))
        for c in range(len(header)):
            if header[c] in ("总投资", "2022年计划投资"):
                try:
                    float(r[c])
                except ValueError:
                    err("%s row %d: amount %r" % (l["file"], i, r[c]))
        if not any(w in r[2] for w in CITY_WORDS):
            err("%s row %d: place names no city: %r" % (l["file"], i, r[2]))
        rows[(l["file"], i)] = r[1]
        list_rows[l["file"]].append(i)

# ---- truth ----------------------------------------------------------------
truth = {}
seen = collections.Counter()
with open(os.path.join(OUT, "truth.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["file", "row_no", "project_key", "tag"]:
        err("truth.csv header %r" % rd.fieldnames)
    for t in rd:
        k = (t["file"], int(t["row_no"]))
        seen[k] += 1
        truth[k] = (t["project_key"], t["tag"])
for k in rows:
    if seen[k] != 1:
        err("truth covers %s %d times" % (k, seen[k]))
for k in seen:
    if k not in rows:
        err("truth row for missing CSV row %s" % (k,))

by_key = collections.defaultdict(list)
for (f, n), (key, tag) in truth.items():
    by_key[key].append((f, n, tag))
for key, members in by_key.items():
    files = [m[0] for m in members]
    if len(files) != len(set(files)):
        err("key %s repeats within one list: %s" % (key, members))
    tags = [m[2] for m in members]
    if len(members) == 1:
        if tags[0]:
            err("single-list row tagged: %s" % (members,))
    else:
        if tags.count("reference") != 1:
            err("key %s has %d reference rows" % (key, tags.count("reference")))
        for t in tags:
            if t != "reference":
                parts = t.split(";")
                if not t or any(p not in KINDS for p in parts):
                    err("key %s: bad tag %r" % (key, t))

# ---- distractors ----------------------------------------------------------
dpairs = []
with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["file_a", "row_a", "file_b", "row_b", "reason"]:
        err("distractors.csv header %r" % rd.fieldnames)
    for d in rd:
        a, b = (d["file_a"], int(d["row_a"])), (d["file_b"], int(d["row_b"]))
        if a not in truth or b not in truth:
            err("distractor points at missing row %s %s" % (a, b))
            continue
        if truth[a][0] == truth[b][0]:
            err("distractor pair has the same key: %s %s" % (a, b))
        if a == b:
            err("distractor pair with itself %s" % (a,))
        dpairs.append((a, b, d["reason"]))
if len(set(frozenset((a, b)) for a, b, _ in dpairs)) != len(dpairs):
    err("duplicate distractor pairs")

# ---- counts ---------------------------------------------------------------
kind_of = {l["file"]: l["list_kind"] for l in lists}
city_of_list = {l["file"]: l["city"] for l in lists}
linked = {k: v for k, v in by_key.items() if len(v) > 1}
pairs_all = sum(len(v) * (len(v) - 1) // 2 for v in linked.values())
nonref = [t for v in linked.values() for (_, _, t) in v if t != "reference"]
hard = [t for t in nonref if len([p for p in t.split(";") if p != "amount"]) >= 2]
tagc = collections.Counter(p for t in nonref for p in t.split(";"))
cross_city = 0
for a, b, _ in dpairs:
    na, nb = rows[a], rows[b]
    ca = [w for w in CITY_WORDS if w in na]
    cb = [w for w in CITY_WORDS if w in nb]
    if "cross-city" in _:
        cross_city += 1

print("rows per list:")
for l in lists:
    print("  %-40s %-16s %-5s %4d" % (l["file"], l["list_kind"], l["unit"], len(list_rows[l["file"]])))
print("rows total            :", len(rows))
print("project keys          :", len(by_key))
print(
    "linked projects       :",
    len(linked),
    "(in 2 lists: %d, in 3 lists: %d)"
    % (sum(1 for v in linked.values() if len(v) == 2), sum(1 for v in linked.values() if len(v) == 3)),
)
print("single-list projects  :", len(by_key) - len(linked))
print("true cross-list pairs :", pairs_all, "(non-reference rows: %d)" % len(nonref))
print("hard rows (>=2 name renamings):", len(hard), "of", len(nonref))
print("distractor pairs      :", len(dpairs), "(cross-city: %d)" % cross_city)
print("renaming kinds        :", ", ".join("%s=%d" % kv for kv in tagc.most_common()))
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
