# -*- coding: utf-8 -*-
"""Consistency checks and counts for the identity12 test set.

    python3 gen/check.py

Reads only the output files (lists.yaml, the six CSVs, truth.csv, distractors.csv).
Exits non-zero if a check fails.
"""

import csv
import itertools
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = "（SAMPLE 测试用，非官方）"
PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2021年计划投资",
]
SHORT_HEADER = ["序号", "项目名称", "所在地", "总投资"]
KINDS = {"provincial_plan", "city_plan", "groundbreaking", "signing"}
PHASE_RE = re.compile(r"(首期|[一二三四五六1-6ⅠⅡⅢ]期|第[一二三四]阶段)")
CITY_RE = re.compile(r"(?:^|、)([\u4e00-\u9fff]{2})市")

errors = []


def fail(msg):
    errors.append(msg)


# ------------------------------------------------------------------ lists.yaml
def read_yaml(path):
    entries, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("- "):
            cur = {}
            entries.append(cur)
            line = line[2:]
        else:
            line = line.strip()
        k, v = line.split(":", 1)
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        cur[k.strip()] = v
    return entries


lists = read_yaml(os.path.join(OUT, "lists.yaml"))
files = [e["file"] for e in lists]
for e in lists:
    for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
        if k not in e:
            fail("lists.yaml: %s lacks %s" % (e.get("file"), k))
    if SAMPLE not in e["title"]:
        fail("lists.yaml: title without SAMPLE marker: " + e["file"])
    if e["list_kind"] not in KINDS:
        fail("lists.yaml: bad list_kind " + e["list_kind"])
    if e["unit"] not in ("万元", "亿元"):
        fail("lists.yaml: bad unit " + e["unit"])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["published"]):
        fail("lists.yaml: bad published " + e["published"])
    if (e["list_kind"] == "provincial_plan") != (e["city"] == "广东省"):
        fail("lists.yaml: city/list_kind mismatch " + e["file"])

# ------------------------------------------------------------------ CSVs
rows = {}  # (file, no) -> dict(name, loc)
for e in lists:
    with open(os.path.join(OUT, e["file"]), encoding="utf-8") as fh:
        data = list(csv.reader(fh))
    if data[0] != [e["title"]]:
        fail(e["file"] + ": line 1 is not the title")
    if data[1] != ["单位：" + e["unit"]]:
        fail(e["file"] + ": line 2 is not the unit line")
    header = PLAN_HEADER if e["list_kind"] in ("provincial_plan", "city_plan") else SHORT_HEADER
    if data[2] != header:
        fail(e["file"] + ": bad header")
    for i, r in enumerate(data[3:], 1):
        if len(r) != len(header):
            fail("%s row %d: %d cells" % (e["file"], i, len(r)))
            continue
        if r[0] != str(i):
            fail("%s: 序号 %s at position %d" % (e["file"], r[0], i))
        amounts = [r[6], r[7]] if header is PLAN_HEADER else [r[3]]
        for a in amounts:
            try:
                if float(a) <= 0:
                    fail("%s row %d: non-positive amount" % (e["file"], i))
            except ValueError:
                fail("%s row %d: amount %r" % (e["file"], i, a))
        if header is PLAN_HEADER and float(r[7]) > float(r[6]):
            fail("%s row %d: 2021 plan exceeds total" % (e["file"], i))
        loc = r[2]
        if not CITY_RE.findall(loc):
            fail("%s row %d: location names no city: %s" % (e["file"], i, loc))
        rows[(e["file"], i)] = dict(
            name=r[1],
            loc=loc,
            cities=set(CITY_RE.findall(loc)),
            total=float(r[6] if header is PLAN_HEADER else r[3]),
            unit=e["unit"],
        )

# ------------------------------------------------------------------ truth.csv
truth = {}
with open(os.path.join(OUT, "truth.csv"), encoding="utf-8") as fh:
    rd = csv.reader(fh)
    if next(rd) != ["file", "row_no", "project_key", "tag"]:
        fail("truth.csv: bad header")
    for f, no, key, tag in rd:
        k = (f, int(no))
        if k in truth:
            fail("truth.csv: row listed twice: %s" % (k,))
        truth[k] = (key, tag)
missing = set(rows) - set(truth)
extra = set(truth) - set(rows)
if missing:
    fail("truth.csv misses %d rows, e.g. %s" % (len(missing), sorted(missing)[:3]))
if extra:
    fail("truth.csv has %d rows not in any CSV, e.g. %s" % (len(extra), sorted(extra)[:3]))

by_key = defaultdict(list)
for k, (key, tag) in truth.items():
    by_key[key].append(k)

# keys repeat within one list only for distinct phases of one project
for key, ks in by_key.items():
    per_file = defaultdict(list)
    for f, no in ks:
        per_file[f].append(no)
    for f, nos in per_file.items():
        if len(nos) < 2:
            continue
        marks = []
        for no in nos:
            m = PHASE_RE.search(rows[(f, no)]["name"])
            marks.append(m.group(1) if m else None)
        if None in marks or len(set(marks)) != len(marks):
            fail("key %s repeats in %s on rows %s that are not distinct phases" % (key, f, nos))
        if not any(truth[(f, no)][1] and "phase" in truth[(f, no)][1] for no in nos):
            fail("key %s repeats in %s without a phase tag" % (key, f))

# tags: one reference per linked key (the provincial row where there is one); none for singles
prov_file = [e["file"] for e in lists if e["list_kind"] == "provincial_plan"][0]
linked_keys = [k for k, ks in by_key.items() if len(set(f for f, _ in ks)) >= 2]
for key, ks in by_key.items():
    tags = [truth[k][1] for k in ks]
    if len(ks) == 1:
        if tags[0]:
            fail("single-row key %s has tag %r" % (key, tags[0]))
        continue
    refs = [k for k in ks if truth[k][1] == "reference"]
    if len(refs) != 1:
        fail("key %s has %d reference rows" % (key, len(refs)))
        continue
    if any(f == prov_file for f, _ in ks) and refs[0][0] != prov_file:
        fail("key %s: reference is not the provincial row" % key)
    for k in ks:
        if k != refs[0] and not truth[k][1]:
            fail("key %s row %s: linked row without renaming tag" % (key, k))

# same name => same key
name_key = {}
for k, r in rows.items():
    key = truth.get(k, (None,))[0]
    if r["name"] in name_key and name_key[r["name"]] != key:
        fail("name %s carries two keys" % r["name"])
    name_key[r["name"]] = key

# ------------------------------------------------------------------ distractors.csv
dpairs = []
with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8") as fh:
    rd = csv.reader(fh)
    if next(rd) != ["file_a", "row_a", "file_b", "row_b", "reason"]:
        fail("distractors.csv: bad header")
    seen = set()
    for fa, ra, fb, rb, reason in rd:
        a, b = (fa, int(ra)), (fb, int(rb))
        if a not in rows or b not in rows:
            fail("distractor pair points outside the lists: %s %s" % (a, b))
            continue
        if truth[a][0] == truth[b][0]:
            fail("distractor pair shares a key: %s %s" % (a, b))
        pk = tuple(sorted([a, b]))
        if pk in seen:
            fail("distractor pair listed twice: %s" % (pk,))
        seen.add(pk)
        if not reason:
            fail("distractor pair without reason: %s %s" % (a, b))
        dpairs.append((a, b, reason))

# ------------------------------------------------------------------ counts
cross_pairs = same_list_pairs = 0
for key, ks in by_key.items():
    for x, y in itertools.combinations(ks, 2):
        if x[0] == y[0]:
            same_list_pairs += 1
        else:
            cross_pairs += 1

kind_count = Counter()
renamed = multi = identical = 0
for k, (key, tag) in truth.items():
    if not tag or tag == "reference":
        continue
    kinds = tag.split(";")
    kind_count.update(kinds)
    if kinds == ["identical"]:
        identical += 1
        continue
    renamed += 1
    if len(kinds) >= 2:
        multi += 1

cross_city = sum(1 for a, b, _ in dpairs if not (rows[a]["cities"] & rows[b]["cities"]))
same_list_d = sum(1 for a, b, _ in dpairs if a[0] == b[0])
lists_per_key = Counter(len(set(f for f, _ in by_key[k])) for k in linked_keys)

print("rows per file:")
for e in lists:
    n = sum(1 for f, _ in rows if f == e["file"])
    print("  %-38s %-16s %-4s %3d" % (e["file"], e["list_kind"], e["unit"], n))
print("rows:", len(rows))
print("keys (projects):", len(by_key))
print(
    "linked projects (rows in >=2 lists):",
    len(linked_keys),
    "| by number of lists:",
    dict(sorted(lists_per_key.items())),
)
print(
    "keys with several rows in one list (phases):",
    sum(1 for ks in by_key.values() if len(ks) != len(set(f for f, _ in ks))),
)
print("true pairs: cross-list %d, same-list (phases of one project) %d" % (cross_pairs, same_list_pairs))
print(
    "non-reference linked rows: %d (identical %d, renamed %d, of which 2-3 changes %d = %.0f%%)"
    % (renamed + identical, identical, renamed, multi, 100.0 * multi / max(renamed, 1))
)
print("renaming kinds:", ", ".join("%s %d" % kv for kv in kind_count.most_common()))
print("distractor pairs: %d (across cities %d, within one list %d)" % (len(dpairs), cross_city, same_list_d))
print("distractor reasons:", ", ".join("%s %d" % kv for kv in Counter(r for _, _, r in dpairs).most_common()))

if errors:
    print("\nFAILED (%d):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
