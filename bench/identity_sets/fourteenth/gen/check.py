# -*- coding: utf-8 -*-
"""Consistency checks and counts for the identity14 blind test set.

Reads only the generated files (lists.yaml, the six CSVs, truth.csv, distractors.csv).
Exit status 1 if any check fails.  `--review` also prints near-name pairs that are
neither the same project nor a declared distractor (for the author's eyes only).
Usage: python3 gen/check.py [--review]
"""

import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SUFFIX = "（SAMPLE 测试用，非官方）"
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
KINDS = {"provincial_plan", "city_plan", "groundbreaking", "signing"}
TAGS = {
    "exact",
    "generic_suffix",
    "place_prefix",
    "abbreviation",
    "company_prefix",
    "phase_bracket",
    "reorder",
    "numeral_unit",
    "bracket_width",
    "synonym",
    "descriptor",
    "typo",
    "phase_whole",
    "phase_part",
    "section",
}
REASONS = {
    "different_phase",
    "different_facility",
    "different_site",
    "different_product",
    "different_route",
    "follow_up_scope",
    "cross_city",
}

errors = []


def err(msg):
    errors.append(msg)


def read_yaml(path):
    """Tiny reader for the flat list-of-maps lists.yaml written by make.py."""
    out, cur = [], None
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
            out.append(cur)
        v = m.group(3)
        if len(v) >= 2 and v[0] == v[-1] == "'":
            v = v[1:-1]
        cur[m.group(2)] = v
    return out


def cities(loc):
    res, last = [], None
    for seg in loc.split("、"):
        i = seg.find("市")
        c = seg[:i] if i > 0 else last
        if c and c not in res:
            res.append(c)
        last = c
    return res


def norm(name):
    n = re.sub(r"[()（）]", "", name)
    for w in ("建设项目", "项目", "工程", "建设"):
        n = n.replace(w, "")
    return n


def dice(a, b):
    A = Counter(a[i : i + 2] for i in range(len(a) - 1))
    B = Counter(b[i : i + 2] for i in range(len(b) - 1))
    if not A or not B:
        return 0.0
    return 2.0 * sum((A & B).values()) / (sum(A.values()) + sum(B.values()))


def main():
    review = "--review" in sys.argv
    metas = read_yaml(os.path.join(ROOT, "lists.yaml"))
    rows = {}  # (file,row_no) -> dict
    list_counts = []
    for m in metas:
        for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
            if k not in m:
                err("lists.yaml entry %s lacks %s" % (m.get("file"), k))
        if m["list_kind"] not in KINDS:
            err("bad list_kind %s" % m["list_kind"])
        if not m["title"].endswith(SUFFIX):
            err("title of %s lacks the SAMPLE suffix" % m["file"])
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", m["published"]):
            err("bad published date in %s" % m["file"])
        plan = m["list_kind"] in ("provincial_plan", "city_plan")
        with open(os.path.join(ROOT, m["file"]), encoding="utf-8", newline="") as f:
            lines = list(csv.reader(f))
        if lines[0] != [m["title"]]:
            err("%s: line 1 is not the title" % m["file"])
        if lines[1] != ["单位：" + m["unit"]]:
            err("%s: line 2 is not the unit line" % m["file"])
        if lines[2] != (PLAN_HEADER if plan else BATCH_HEADER):
            err("%s: wrong header" % m["file"])
        body = lines[3:]
        for i, r in enumerate(body, 1):
            if len(r) != len(lines[2]):
                err("%s row %d: %d fields" % (m["file"], i, len(r)))
                continue
            if r[0] != str(i):
                err("%s: 序号 %s at position %d" % (m["file"], r[0], i))
            amt_cols = [6, 7] if plan else [3]
            for c in amt_cols:
                v = r[c]
                ok = re.match(r"^\d+$", v) if m["unit"] == "万元" else re.match(r"^\d+(\.\d{1,2})?$", v)
                if not ok or float(v) <= 0:
                    err("%s row %d: bad amount %r" % (m["file"], i, v))
            if plan:
                if not re.match(r"^20\d\d-20\d\d$", r[5]):
                    err("%s row %d: bad years %r" % (m["file"], i, r[5]))
                if float(r[7]) > float(r[6]):
                    err("%s row %d: 2024 amount exceeds total" % (m["file"], i))
            rows[(m["file"], i)] = dict(file=m["file"], row=i, name=r[1], loc=r[2], kind=m["list_kind"])
        list_counts.append((m["file"], m["list_kind"], m["city"], m["unit"], len(body)))

    # ---- truth
    seen = set()
    by_key = defaultdict(list)
    with open(os.path.join(ROOT, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["file", "row_no", "project_key", "tag"]:
            err("truth.csv: wrong header")
        for t in rd:
            k = (t["file"], int(t["row_no"]))
            if k not in rows:
                err("truth line for a missing row %r" % (k,))
                continue
            if k in seen:
                err("duplicate truth line %r" % (k,))
            seen.add(k)
            rows[k]["key"] = t["project_key"]
            rows[k]["tag"] = t["tag"]
            by_key[t["project_key"]].append(rows[k])
    for k in rows:
        if k not in seen:
            err("row without truth line %r" % (k,))

    tag_counts = Counter()
    combo_sizes = Counter()
    n_lists_hist = Counter()
    exact = 0
    multi_keys = []
    for key, rs in sorted(by_key.items()):
        files = {r["file"] for r in rs}
        if len(rs) == 1:
            if rs[0]["tag"]:
                err("single-row key %s has tag %r" % (key, rs[0]["tag"]))
            continue
        multi_keys.append(key)
        if len(files) < 2:
            err("key %s has several rows but only in one list" % key)
        n_lists_hist[len(files)] += 1
        refs = [r for r in rs if r["tag"] == "reference"]
        if len(refs) != 1:
            err("key %s has %d reference rows" % (key, len(refs)))
            continue
        ref = refs[0]
        if any(r["kind"] == "provincial_plan" for r in rs) and ref["kind"] != "provincial_plan":
            err("key %s: reference is not the provincial-plan row" % key)
        for r in rs:
            if r is ref:
                continue
            parts = r["tag"].split(";") if r["tag"] else []
            if not parts:
                err("key %s: non-reference row without tag" % key)
            for p in parts:
                if p not in TAGS:
                    err("key %s: unknown tag %s" % (key, p))
                tag_counts[p] += 1
            combo_sizes[len(parts)] += 1
            if "exact" in parts:
                exact += 1
                if r["name"] != ref["name"] or len(parts) != 1:
                    err("key %s: 'exact' but names differ" % key)
            elif r["name"] == ref["name"]:
                err("key %s: identical names not tagged exact" % key)

    # ---- distractors
    dpairs = set()
    reason_counts = Counter()
    cross = 0
    drows = set()
    with open(os.path.join(ROOT, "distractors.csv"), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["file_a", "row_a", "file_b", "row_b", "reason"]:
            err("distractors.csv: wrong header")
        for d in rd:
            a, b = (d["file_a"], int(d["row_a"])), (d["file_b"], int(d["row_b"]))
            if a not in rows or b not in rows:
                err("distractor refers to a missing row: %r" % (d,))
                continue
            if rows[a].get("key") == rows[b].get("key"):
                err("distractor rows share a key: %r" % (d,))
            pair = tuple(sorted([a, b]))
            if pair in dpairs:
                err("duplicate distractor pair %r" % (pair,))
            dpairs.add(pair)
            drows.update([a, b])
            if d["reason"] not in REASONS:
                err("unknown distractor reason %s" % d["reason"])
            reason_counts[d["reason"]] += 1
            ca, cb = set(cities(rows[a]["loc"])), set(cities(rows[b]["loc"]))
            is_cross = not (ca & cb)
            cross += is_cross
            if (d["reason"] == "cross_city") != is_cross:
                err("reason/cities mismatch for %r (%s vs %s)" % (d, ca, cb))

    singles = [k for k, rs in by_key.items() if len(rs) == 1]
    dist_singles = [k for k in singles if (by_key[k][0]["file"], by_key[k][0]["row"]) in drows]
    fillers = [k for k in singles if k not in dist_singles]

    # ---- report
    print("lists:")
    for fname, kind, city, unit, n in list_counts:
        print("  %-38s %-16s %-5s %s  %3d rows" % (fname, kind, city, unit, n))
    print("  total rows: %d" % len(rows))
    print("projects (keys): %d" % len(by_key))
    print(
        "multi-list projects: %d  (by number of lists: %s)"
        % (len(multi_keys), ", ".join("%d lists: %d" % kv for kv in sorted(n_lists_hist.items())))
    )
    print(
        "rows in multi-list projects: %d  (reference rows %d, renamed rows %d, of which exact %d)"
        % (
            sum(len(by_key[k]) for k in multi_keys),
            len(multi_keys),
            sum(len(by_key[k]) for k in multi_keys) - len(multi_keys),
            exact,
        )
    )
    print(
        "renamed rows by number of kinds: %s"
        % ", ".join("%d kinds: %d" % kv for kv in sorted(combo_sizes.items()))
    )
    print("renaming kinds (rows carrying the kind):")
    for t, c in tag_counts.most_common():
        print("  %-16s %3d" % (t, c))
    print("distractor pairs: %d  (same city %d, cross city %d)" % (len(dpairs), len(dpairs) - cross, cross))
    for r_, c in reason_counts.most_common():
        print("  %-18s %3d" % (r_, c))
    print(
        "single-list projects: %d  (distractor rows %d, fillers %d)"
        % (len(singles), len(dist_singles), len(fillers))
    )

    if review:
        print("\n-- review: undeclared near-name pairs (dice >= 0.5)")
        items = sorted(rows.values(), key=lambda r: (r["file"], r["row"]))
        normed = [(r, norm(r["name"])) for r in items]
        hits = []
        for i in range(len(normed)):
            for j in range(i + 1, len(normed)):
                a, na = normed[i]
                b, nb = normed[j]
                if a["key"] == b["key"]:
                    continue
                if tuple(sorted([(a["file"], a["row"]), (b["file"], b["row"])])) in dpairs:
                    continue
                s = dice(na, nb)
                if s >= 0.5:
                    hits.append((s, a, b))
        for s, a, b in sorted(hits, key=lambda h: -h[0]):
            print("  %.2f  %s | %s   [%s / %s]" % (s, a["name"], b["name"], a["key"], b["key"]))
        print("\n-- review: same-project pairs with low similarity (dice < 0.35)")
        for k in multi_keys:
            rs = by_key[k]
            ref = [r for r in rs if r["tag"] == "reference"][0]
            for r in rs:
                if r is not ref:
                    s = dice(norm(ref["name"]), norm(r["name"]))
                    if s < 0.35:
                        print("  %.2f  %s | %s  [%s]" % (s, ref["name"], r["name"], k))

    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
