# -*- coding: utf-8 -*-
"""Build the identity14 blind test set from gen/data.py.

Deterministic: one random.Random with a fixed seed, consumed in data order.
Writes the six list CSVs, lists.yaml, truth.csv and distractors.csv into the parent folder.
Usage: python3 gen/make.py
"""

import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data  # noqa: E402

SEED = 20240314
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
PLAN_KINDS = {"provincial_plan", "city_plan"}


def round_wan(x):
    """Round an amount in 万元 the way list compilers do (coarser for big projects)."""
    if x >= 100000:
        step = 1000
    elif x >= 10000:
        step = 100
    else:
        step = 10
    return max(step, int(round(x / step)) * step)


def fmt_amount(wan, unit):
    if unit == "万元":
        return str(int(wan))
    v = round(wan / 10000.0, 2)
    if v <= 0:
        v = 0.01
    s = "%.2f" % v
    return s.rstrip("0").rstrip(".")


def first_city(loc):
    seg = loc.split("、")[0]
    i = seg.find("市")
    return seg[:i] if i > 0 else seg


def build():
    rng = random.Random(SEED)
    lists = {l["id"]: l for l in data.LISTS}
    recs = []  # every row of every list

    # ---- multi-list projects
    for p in data.MULTI:
        for r in p["rows"]:
            lst, name, loc, tag = r[:4]
            ov = r[4] if len(r) > 4 else {}
            rec = dict(
                key=p["key"],
                list=lst,
                name=name,
                loc=loc,
                tag=tag,
                nat=ov.get("nat", p["nat"]),
                yrs=ov.get("yrs", p["yrs"]),
                scope=ov.get("scope", p["scope"]),
                total=ov.get("total", p["total"]),
            )
            if tag != "reference" and "total" not in ov:
                # a later list often carries a revised figure
                if rng.random() < 0.4:
                    rec["total"] = round_wan(rec["total"] * rng.uniform(0.85, 1.18))
            recs.append(rec)

    # ---- single-list projects
    counters = {}
    for s in data.SINGLES:
        key = s["key"]
        if key is None:
            counters[s["list"]] = counters.get(s["list"], 0) + 1
            key = "F-%s-%03d" % (s["list"], counters[s["list"]])
        recs.append(
            dict(
                key=key,
                list=s["list"],
                name=s["name"],
                loc=s["loc"],
                tag="",
                nat=s["nat"],
                yrs=s["yrs"],
                scope=s["scope"],
                total=s["total"],
            )
        )

    # ---- 2024 planned investment for plan rows
    for rec in recs:
        if lists[rec["list"]]["kind"] in PLAN_KINDS:
            lo, hi = {"续建": (0.18, 0.40), "新建": (0.06, 0.30)}.get(rec["nat"], (0.20, 0.50))
            end = int(rec["yrs"].split("-")[1])
            if end <= 2025:
                lo, hi = lo + 0.15, hi + 0.20
            y = round_wan(rec["total"] * rng.uniform(lo, hi))
            rec["y2024"] = min(y, rec["total"])
        else:
            rec["y2024"] = None

    # ---- order rows within each list and number them
    by_list = {}
    for l in data.LISTS:
        rows = [r for r in recs if r["list"] == l["id"]]
        if l["kind"] == "provincial_plan":
            order = data.P_CITY_ORDER
            groups = {}
            for r in rows:
                c = first_city(r["loc"])
                groups.setdefault(order.index(c) if c in order else len(order), []).append(r)
            rows = []
            for gi in sorted(groups):
                g = groups[gi]
                rng.shuffle(g)
                rows.extend(g)
        else:
            rng.shuffle(rows)
        for i, r in enumerate(rows, 1):
            r["row_no"] = i
        by_list[l["id"]] = rows
    return lists, by_list


def resolve(by_list, ref):
    key, lst = ref[0], ref[1]
    hits = [r for r in by_list[lst] if r["key"] == key]
    if len(ref) > 2:
        hits = [hits[ref[2]]]
    if len(hits) != 1:
        raise SystemExit("cannot resolve distractor ref %r (%d hits)" % (ref, len(hits)))
    return hits[0]


def write_all(lists, by_list):
    for l in data.LISTS:
        path = os.path.join(OUT, l["file"])
        plan = l["kind"] in PLAN_KINDS
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([l["title"]])
            w.writerow(["单位：" + l["unit"]])
            w.writerow(PLAN_HEADER if plan else BATCH_HEADER)
            for r in by_list[l["id"]]:
                if plan:
                    w.writerow(
                        [
                            r["row_no"],
                            r["name"],
                            r["loc"],
                            r["nat"],
                            r["scope"],
                            r["yrs"],
                            fmt_amount(r["total"], l["unit"]),
                            fmt_amount(r["y2024"], l["unit"]),
                        ]
                    )
                else:
                    w.writerow([r["row_no"], r["name"], r["loc"], fmt_amount(r["total"], l["unit"])])

    with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8", newline="") as f:
        for l in data.LISTS:
            f.write("- file: %s\n" % l["file"])
            f.write("  title: '%s'\n" % l["title"])
            f.write("  list_kind: %s\n" % l["kind"])
            f.write("  city: %s\n" % l["city"])
            f.write("  year: 2024\n")
            f.write("  published: '%s'\n" % l["published"])
            f.write("  unit: %s\n" % l["unit"])

    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "row_no", "project_key", "tag"])
        for l in data.LISTS:
            for r in by_list[l["id"]]:
                w.writerow([l["file"], r["row_no"], r["key"], r["tag"]])

    with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
        for a, b, reason in data.DISTRACTORS:
            ra, rb = resolve(by_list, a), resolve(by_list, b)
            w.writerow(
                [lists[ra["list"]]["file"], ra["row_no"], lists[rb["list"]]["file"], rb["row_no"], reason]
            )


if __name__ == "__main__":
    L, BL = build()
    write_all(L, BL)
    print("wrote %d rows in %d lists to %s" % (sum(len(v) for v in BL.values()), len(BL), OUT))
