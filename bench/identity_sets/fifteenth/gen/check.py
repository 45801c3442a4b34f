# -*- coding: utf-8 -*-
"""Check the identity15 test set and print its counts.

  python3 gen/check.py          checks + counts
  python3 gen/check.py --scan   also list the most similar *undeclared* name pairs
                                of different projects (a self-review aid)

Exit status 1 if any check fails.  Standard library only.
"""

import collections
import csv
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "（SAMPLE 测试用，非官方）"
PLAN_HEADER = [
    "序号",
    "项目名称",
    "建设地点",
    "建设性质",
    "建设规模及内容",
    "建设起止年限",
    "总投资",
    "2025年计划投资",
]
SHORT_HEADER = ["序号", "项目名称", "所在地", "总投资"]
KINDS = {
    "generic_suffix",
    "place_prefix",
    "abbreviation",
    "company_prefix",
    "phase_bracket",
    "reorder",
    "numeral_unit",
    "bracket_width",
    "synonym",
    "descriptive",
    "typo_homophone",
    "part_of_whole",
    "city_section",
    "exact",
}
REASONS = {
    "different_phase",
    "different_facility",
    "different_site",
    "different_product",
    "different_scope",
    "cross_city",
}
CITIES = [
    "湛江",
    "茂名",
    "梅州",
    "河源",
    "揭阳",
    "潮州",
    "东莞",
    "惠州",
    "深圳",
    "中山",
    "珠海",
    "江门",
    "阳江",
    "云浮",
]

errors = []


def err(msg):
    errors.append(msg)


def read_yaml(path):
    """Minimal reader for the flat list-of-mappings lists.yaml."""
    items, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        m = re.match(r"^(-\s+|\s+)(\w+):\s*(.*)$", line)
        if not m:
            err("lists.yaml: cannot parse %r" % line)
            continue
        if m.group(1).startswith("-"):
            cur = {}
            items.append(cur)
        v = m.group(3)
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
            v = v[1:-1]
        cur[m.group(2)] = v
    return items


def read_list(meta):
    path = os.path.join(OUT, meta["file"])
    with open(path, encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    title, unit, header, body = lines[0], lines[1], lines[2], lines[3:]
    f = meta["file"]
    if len(title) != 1 or title[0] != meta["title"] or not title[0].endswith(MARK):
        err("%s: title line %r" % (f, title))
    if unit != ["单位：" + meta["unit"]]:
        err("%s: unit line %r" % (f, unit))
    plan = meta["list_kind"] in ("provincial_plan", "city_plan")
    if header != (PLAN_HEADER if plan else SHORT_HEADER):
        err("%s: header %r" % (f, header))
    rows = {}
    for i, r in enumerate(body, 1):
        if len(r) != len(header):
            err("%s row %d: %d fields" % (f, i, len(r)))
            continue
        if r[0] != str(i):
            err("%s: 序号 %r at position %d" % (f, r[0], i))
        for col in [6, 7] if plan else [3]:
            v = r[col]
            ok = re.fullmatch(r"\d+", v) if meta["unit"] == "万元" else re.fullmatch(r"\d+(\.\d{1,2})?", v)
            if not ok:
                err("%s row %d: bad amount %r" % (f, i, v))
        if plan and not re.fullmatch(r"20\d\d-20\d\d", r[5]):
            err("%s row %d: bad years %r" % (f, i, r[5]))
        rows[i] = dict(name=r[1], loc=r[2], total=r[-2] if plan else r[3])
        if plan:
            rows[i]["total"] = r[6]
    names = [r["name"] for r in rows.values()]
    if len(set(names)) != len(names):
        err("%s: duplicate names inside the list" % f)
    return rows


def norm(name):
    s = re.sub(r"[()（）\s]", "", name)
    for w in ("建设项目", "项目", "工程", "建设"):
        s = s.replace(w, "")
    return s


def bigrams(s):
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


def dice(a, b):
    A, B = bigrams(a), bigrams(b)
    return 2.0 * len(A & B) / (len(A) + len(B))


def main():
    scan = "--scan" in sys.argv
    metas = read_yaml(os.path.join(OUT, "lists.yaml"))
    if len(metas) != 6:
        err("lists.yaml: %d entries" % len(metas))
    for m in metas:
        for k in ("file", "title", "list_kind", "city", "year", "published", "unit"):
            if k not in m:
                err("lists.yaml %s: missing %s" % (m.get("file"), k))
        if not re.fullmatch(r"2025-\d\d-\d\d", m.get("published", "")):
            err("lists.yaml %s: published %r" % (m.get("file"), m.get("published")))
    lists = {m["file"]: read_list(m) for m in metas}
    kind_of = {m["file"]: m["list_kind"] for m in metas}

    # ---------------------------------------------------------------- truth
    truth = {}
    with open(os.path.join(OUT, "truth.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["file", "row_no", "project_key", "tag"]:
            err("truth.csv header %r" % rd.fieldnames)
        for t in rd:
            k = (t["file"], int(t["row_no"]))
            if k in truth:
                err("truth.csv: duplicate line for %r" % (k,))
            truth[k] = (t["project_key"], t["tag"])
    allrows = {(f, i) for f, rs in lists.items() for i in rs}
    for k in sorted(allrows - set(truth)):
        err("row without truth line: %r" % (k,))
    for k in sorted(set(truth) - allrows):
        err("truth line for a missing row: %r" % (k,))

    bykey = collections.defaultdict(list)
    for k, (key, tag) in truth.items():
        if k in allrows:
            bykey[key].append(k)
    tagcount = collections.Counter()
    nlists = collections.Counter()
    exact = 0
    for key, ks in bykey.items():
        files = {f for f, _ in ks}
        tags = [truth[k][1] for k in ks]
        if len(files) != len(ks):
            print("note: key %s has two rows in one list" % key)
        if len(ks) == 1:
            if tags[0] != "":
                err("single-list key %s has tag %r" % (key, tags[0]))
            continue
        nlists[len(files)] += 1
        refs = [k for k in ks if truth[k][1] == "reference"]
        if len(refs) != 1:
            err("key %s: %d reference rows" % (key, len(refs)))
            continue
        ref = refs[0]
        prov = [k for k in ks if kind_of[k[0]] == "provincial_plan"]
        if prov and ref not in prov:
            err("key %s: reference is not its provincial-plan row" % key)
        for k in ks:
            if k == ref:
                continue
            parts = truth[k][1].split(";")
            for p in parts:
                if p not in KINDS:
                    err("key %s row %r: unknown tag %r" % (key, k, p))
                tagcount[p] += 1
            same = lists[k[0]][k[1]]["name"] == lists[ref[0]][ref[1]]["name"]
            if ("exact" in parts) != same:
                err("key %s row %r: exact tag / identical name mismatch" % (key, k))
            if "exact" in parts:
                exact += 1

    # ---------------------------------------------------------------- distractors
    pairs = []
    reasons = collections.Counter()
    declared = set()
    with open(os.path.join(OUT, "distractors.csv"), encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["file_a", "row_a", "file_b", "row_b", "reason"]:
            err("distractors.csv header %r" % rd.fieldnames)
        for d in rd:
            a, b = (d["file_a"], int(d["row_a"])), (d["file_b"], int(d["row_b"]))
            for x in (a, b):
                if x not in allrows:
                    err("distractor row missing: %r" % (x,))
            if a in truth and b in truth and truth[a][0] == truth[b][0]:
                err("distractor pair %r %r shares key %s" % (a, b, truth[a][0]))
            if d["reason"] not in REASONS:
                err("distractor reason %r" % d["reason"])
            reasons[d["reason"]] += 1
            pairs.append((a, b, d["reason"]))
            declared.add(frozenset((truth[a][0], truth[b][0])))
    if len(set(frozenset((a, b)) for a, b, _ in pairs)) != len(pairs):
        err("duplicate distractor pairs")

    # ---------------------------------------------------------------- report
    print("== lists")
    total = 0
    for m in metas:
        n = len(lists[m["file"]])
        total += n
        print("  %-42s %-15s %-4s %4s rows" % (m["file"], m["list_kind"], m["unit"], n))
    print("  total rows: %d" % total)
    multi = sum(nlists.values())
    print("== projects")
    print("  distinct project keys: %d" % len(bykey))
    print(
        "  multi-list projects: %d  (%s)"
        % (multi, ", ".join("%d in %d lists" % (nlists[n], n) for n in sorted(nlists)))
    )
    print("  rows belonging to multi-list projects: %d" % sum(len(v) for v in bykey.values() if len(v) > 1))
    print(
        "  single-list rows (fillers incl. distractor rows): %d"
        % sum(1 for v in bykey.values() if len(v) == 1)
    )
    print("  exact copies: %d" % exact)
    matched_by_list = collections.Counter(f for v in bykey.values() if len(v) > 1 for f, _ in v)
    for m in metas:
        print("  %-42s matched rows %3d" % (m["file"], matched_by_list[m["file"]]))
    print("== renaming kinds (non-reference rows; a row may carry several)")
    for k, v in tagcount.most_common():
        print("  %-16s %3d" % (k, v))
    nk = collections.Counter(
        len(truth[k][1].split(";"))
        for v in bykey.values()
        if len(v) > 1
        for k in v
        if truth[k][1] != "reference"
    )
    print("  kinds per renamed row: %s" % ", ".join("%d kind(s): %d" % (n, nk[n]) for n in sorted(nk)))
    print("== distractor pairs: %d" % len(pairs))
    for k, v in reasons.most_common():
        print("  %-20s %3d" % (k, v))
    same_list = sum(1 for a, b, _ in pairs if a[0] == b[0])
    print("  within one list: %d, across lists: %d" % (same_list, len(pairs) - same_list))

    if scan:
        recs = [(k, lists[k[0]][k[1]]["name"], truth[k][0]) for k in sorted(allrows)]
        found = []
        for i in range(len(recs)):
            for j in range(i + 1, len(recs)):
                (ka, na, ya), (kb, nb, yb) = recs[i], recs[j]
                if ya == yb or frozenset((ya, yb)) in declared:
                    continue
                s = dice(norm(na), norm(nb))
                if s >= 0.42:
                    found.append((s, ka, na, kb, nb))
        found.sort(reverse=True)
        print("== undeclared similar pairs (dice >= 0.42): %d" % len(found))
        for s, ka, na, kb, nb in found[:80]:
            print("  %.2f  %s:%d %s  |  %s:%d %s" % (s, ka[0][:4], ka[1], na, kb[0][:4], kb[1], nb))
        # declared pairs that look far apart (sanity)
        low = []
        for a, b, reason in pairs:
            s = dice(norm(lists[a[0]][a[1]]["name"]), norm(lists[b[0]][b[1]]["name"]))
            low.append((s, lists[a[0]][a[1]]["name"], lists[b[0]][b[1]]["name"], reason))
        low.sort()
        print("== weakest declared distractor pairs")
        for s, na, nb, reason in low[:12]:
            print("  %.2f  %s | %s (%s)" % (s, na, nb, reason))
        # same-key pairs by similarity (hardest matches)
        hard = []
        for key, ks in bykey.items():
            ks = sorted(ks)
            for i in range(len(ks)):
                for j in range(i + 1, len(ks)):
                    na, nb = lists[ks[i][0]][ks[i][1]]["name"], lists[ks[j][0]][ks[j][1]]["name"]
                    hard.append((dice(norm(na), norm(nb)), key, na, nb))
        hard.sort()
        print("== hardest true matches (lowest name similarity)")
        for s, key, na, nb in hard[:15]:
            print("  %.2f  %s  %s | %s" % (s, key, na, nb))

    if errors:
        print("== %d ERRORS" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("== all checks passed")


if __name__ == "__main__":
    main()
