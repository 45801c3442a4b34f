# -*- coding: utf-8 -*-
"""Consistency checks for the identity9 test set; prints counts.

python3 gen/check.py   (exit status 1 on any error)
"""

import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = "（SAMPLE 测试用，非官方）"
PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2023年计划投资",
]
BATCH_HEADER = ["序号", "项目名称", "所在地", "总投资"]
CITY_NAMES = [
    "梅州市",
    "云浮市",
    "汕尾市",
    "茂名市",
    "惠州市",
    "河源市",
    "揭阳市",
    "潮州市",
    "肇庆市",
    "阳江市",
    "东莞市",
    "深圳市",
]

errors = []


def err(msg):
    errors.append(msg)


def read_yaml(path):
    """Minimal reader for the flat list-of-maps YAML written by make.py."""
    entries, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        m = re.match(r"^(- |  )(\w+): (.*)$", line)
        if not m:
            err("lists.yaml: cannot parse line %r" % line)
            continue
        if m.group(1) == "- ":
            cur = {}
            entries.append(cur)
        v = m.group(3)
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        cur[m.group(2)] = v
    return entries


def norm(name):
    return re.sub(r"[\s（）()【】\-—·、，,]", "", name)


def main():
    lists = read_yaml(os.path.join(OUT, "lists.yaml"))
    rows = {}  # (file, row_no) -> (name, loc)
    file_rows = Counter()
    for e in lists:
        for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
            if k not in e:
                err("lists.yaml %s: missing %s" % (e.get("file"), k))
        if not re.match(r"^2023-\d\d-\d\d$", e.get("published", "")):
            err("%s: bad published %r" % (e["file"], e.get("published")))
        if e["list_kind"] == "provincial_plan" and e["city"] != "广东省":
            err("%s: provincial plan city must be 广东省" % e["file"])
        with open(os.path.join(OUT, e["file"]), encoding="utf-8", newline="") as fh:
            data = list(csv.reader(fh))
        if data[0] != [e["title"]] or MARK not in data[0][0]:
            err("%s: title line mismatch" % e["file"])
        if data[1] != ["单位：" + e["unit"]] or e["unit"] not in ("万元", "亿元"):
            err("%s: unit line mismatch" % e["file"])
        plan = e["list_kind"] in ("provincial_plan", "city_plan")
        header = PLAN_HEADER if plan else BATCH_HEADER
        if data[2] != header:
            err("%s: header %r" % (e["file"], data[2]))
        for i, r in enumerate(data[3:], 1):
            if len(r) != len(header):
                err("%s row %d: %d cells" % (e["file"], i, len(r)))
                continue
            if r[0] != str(i):
                err("%s: 序号 %r at position %d" % (e["file"], r[0], i))
            amounts = [r[6], r[7]] if plan else [r[3]]
            for a in amounts:
                try:
                    float(a)
                except ValueError:
                    err("%s row %d: amount %r not a number" % (e["file"], i, a))
            loc = r[2]
            if not any(c in loc for c in CITY_NAMES):
                err("%s row %d: location %r names no city" % (e["file"], i, loc))
            rows[(e["file"], i)] = (r[1], loc)
            file_rows[e["file"]] += 1

    # truth
    seen = set()
    key_rows = defaultdict(list)
    tags = {}
    with open(os.path.join(OUT, "truth.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["file", "row_no", "project_key", "tag"]:
            err("truth.csv: bad header")
        for f, n, k, t in rd:
            rid = (f, int(n))
            if rid not in rows:
                err("truth.csv: unknown row %s" % (rid,))
            if rid in seen:
                err("truth.csv: row %s listed twice" % (rid,))
            seen.add(rid)
            key_rows[k].append(rid)
            tags[rid] = t
    for rid in rows:
        if rid not in seen:
            err("truth.csv: row %s missing" % (rid,))
    prov_file = [e["file"] for e in lists if e["list_kind"] == "provincial_plan"][0]
    for k, rids in key_rows.items():
        files = [f for f, _ in rids]
        if len(files) != len(set(files)):
            err("key %s repeats within one list: %s" % (k, rids))
        if len(rids) == 1:
            if tags[rids[0]]:
                err("single-list key %s has tag %r" % (k, tags[rids[0]]))
        else:
            refs = [rid for rid in rids if tags[rid] == "reference"]
            if len(refs) != 1:
                err("linked key %s has %d reference rows" % (k, len(refs)))
            in_prov = [rid for rid in rids if rid[0] == prov_file]
            if in_prov and refs and refs[0] != in_prov[0]:
                err("linked key %s: reference is not the provincial row" % k)
            for rid in rids:
                if tags[rid] != "reference" and not tags[rid]:
                    err("linked key %s: row %s has no renaming tag" % (k, rid))

    # identical names under different keys would be unfair
    by_name = defaultdict(set)
    key_of = {rid: k for k, rids in key_rows.items() for rid in rids}
    for rid, (name, _) in rows.items():
        by_name[norm(name)].add(key_of.get(rid))
    for n, ks in by_name.items():
        if len(ks) > 1:
            err("identical normalised name %r under keys %s" % (n, sorted(ks)))

    # distractors
    dp = 0
    cross = 0
    pairs_seen = set()
    with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        if next(rd) != ["file_a", "row_a", "file_b", "row_b", "reason"]:
            err("distractors.csv: bad header")
        for fa, ra, fb, rb, reason in rd:
            a, b = (fa, int(ra)), (fb, int(rb))
            dp += 1
            for x in (a, b):
                if x not in rows:
                    err("distractors.csv: unknown row %s" % (x,))
            if a in key_of and b in key_of and key_of[a] == key_of[b]:
                err("distractor pair %s %s shares key %s" % (a, b, key_of[a]))
            if a == b:
                err("distractor pair with itself: %s" % (a,))
            pk = tuple(sorted([a, b]))
            if pk in pairs_seen:
                err("duplicate distractor pair %s" % (pk,))
            pairs_seen.add(pk)
            if reason.startswith("cross-city"):
                cross += 1

    linked = {k: v for k, v in key_rows.items() if len(v) > 1}
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in linked.values())
    tag_count = Counter()
    for rid, t in tags.items():
        if t and t != "reference":
            tag_count.update(t.split(";"))

    print("rows per file:")
    for e in lists:
        print(
            "  %-40s %4d  (%s, %s, %s)"
            % (e["file"], file_rows[e["file"]], e["list_kind"], e["city"], e["unit"])
        )
    print("rows total:          %d" % sum(file_rows.values()))
    print("project keys:        %d" % len(key_rows))
    print("linked projects:     %d  %s" % (len(linked), dict(Counter(len(v) for v in linked.values()))))
    print("true pairs:          %d" % pairs)
    print("single-list keys:    %d" % (len(key_rows) - len(linked)))
    print("distractor pairs:    %d  (cross-city %d)" % (dp, cross))
    print("renaming tags:       %d kinds" % len(tag_count))
    for t, n in sorted(tag_count.items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (t, n))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
