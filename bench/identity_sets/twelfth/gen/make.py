# -*- coding: utf-8 -*-
"""Deterministic generator for the identity12 blind test set.

python3 gen/make.py      (writes everything into the folder above gen/)
"""

import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import data as D  # noqa: E402

SEED = 20210312
rng = random.Random(SEED)

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

rows = []  # every row of every list
by_ref = {}  # 'pid@LIST' -> [rows]  (linked), 'did' -> row (distractor rows)
all_names = []  # names used so far (for filler conflict checks)


def new_row(lst, name, loc, city, sector, total, years=None, nature=None, content=None, pid=None, tag=""):
    r = dict(
        list=lst,
        name=name,
        loc=loc,
        city=city,
        sector=sector,
        total=float(total),
        years=years,
        nature=nature,
        content=content,
        pid=pid,
        tag=tag,
    )
    rows.append(r)
    all_names.append(name)
    return r


def round100(x):
    return int(round(x / 100.0)) * 100


def perturb(lst):
    """Another office's figure for the same investment."""
    if lst == "MZ":
        return rng.choice([1.0, 1.0, 0.9, 1.1, 1.2, 0.8])
    if rng.random() < 0.2:
        return rng.uniform(0.88, 1.12)
    return 1.0


# ---------------------------------------------------------------- linked projects
for p in D.LINKED:
    first = p["rows"][0]
    assert first[0] == "P", p["id"]
    for i, spec in enumerate(p["rows"]):
        lst, name, tags = spec[0], spec[1], spec[2]
        opts = spec[3] if len(spec) > 3 else {}
        share = opts.get("share", 1.0)
        total = p["total"] * share
        if i > 0:
            f = perturb(lst)
            if f != 1.0:
                total = round100(total * f)
        r = new_row(
            lst,
            name,
            opts.get("loc", p["loc"]),
            p["city"],
            p["sector"],
            total,
            years=opts.get("years", p["years"]),
            nature=opts.get("nature", p["nature"]),
            content=opts.get("content", p["content"]),
            pid="L:" + p["id"],
            tag="reference" if i == 0 else tags,
        )
        by_ref.setdefault(p["id"] + "@" + lst, []).append(r)

# ---------------------------------------------------------------- distractor rows
for did, d in D.DROWS.items():
    r = new_row(
        d["list"],
        d["name"],
        d["loc"],
        d["city"],
        d["sector"],
        d["total"],
        years=d["years"],
        nature=d["nature"],
        content=d["content"],
        pid="D:" + did,
    )
    by_ref[did] = [r]

for i, d in enumerate(D.EXTRAS):
    new_row(
        d["list"],
        d["name"],
        d["loc"],
        d["city"],
        d["sector"],
        d["total"],
        years=d["years"],
        nature=d["nature"],
        content=d["content"],
        pid="X:%d" % i,
    )

hand_names = list(all_names)
_seen = {}
for r in rows:
    assert _seen.setdefault(r["name"], r["pid"]) == r["pid"], "same name, different projects: " + r["name"]

# ---------------------------------------------------------------- fillers
brands = list(D.BRANDS)
rng.shuffle(brands)
for b in brands:
    for n in hand_names:
        assert b not in n, (b, n)


def short(county):
    if (
        county in ("海陵岛",)
        or county.endswith("高新区")
        or county.endswith("新区")
        or county.endswith("开发区")
        or county.endswith("产业园")
    ):
        return county
    return county[:-1]


def town_short(t):
    for suf in ("街道", "镇"):
        if t.endswith(suf):
            return t[: -len(suf)]
    return t


def conflicts(name, fams):
    if name in all_names:
        return True
    for a, b in fams:
        for n in all_names:
            if a in n and (not b or b in n):
                return True
    return False


used_products = set()


def company_filler(city, style, lst):
    prod = rng.choice(D.PRODUCTS)
    ind, pname, unit, qlo, qhi, tlo, thi = prod
    if (lst, pname) in used_products:
        return None
    places = [c for c in D.PLACES[city] if c != "海陵岛"] + D.PARKS[city] * 2
    county = rng.choice(places)
    cs = short(county)
    brand = brands[-1]
    qty = rng.randint(qlo, qhi)
    if qty > 100:
        qty = int(round(qty, -1 if qty < 1000 else -2))
    pat = rng.choice(D.COMPANY_PATTERNS[style])
    name = pat.format(brand=brand, ind=ind, prod=pname, qty=qty, unit=unit, city=city, cs=cs)
    fams = [(brand, ""), (cs, pname)]
    if conflicts(name, fams):
        return None
    brands.pop()
    used_products.add((lst, pname))
    total = round100(rng.uniform(tlo, thi))
    content = "建设%s生产线，年产%s%s%s" % (pname, qty, unit, pname)
    return dict(name=name, loc="%s市%s" % (city, county), sector="产业", total=total, content=content)


def template_filler(city, style):
    cands = [t for t in D.TEMPLATES if style in t[6].split()]
    weights = [t[7] for t in cands]
    key, sector, pat, content, trange, fams, _styles, _w, req = rng.choices(cands, weights=weights)[0]
    req = req.split(",") if req else []
    counties = list(D.PLACES[city].keys())
    if "rural" in req:
        counties = [c for c in counties if c not in D.URBAN]
    county = rng.choice(counties)
    towns = D.PLACES[city][county]
    if "town" in req:
        towns = [t for t in towns if t.endswith("镇")]
    if "street" in req:
        towns = [t for t in towns if t.endswith("街道")]
    if len(towns) < 2 and ("{t2" in pat or len(towns) < 1):
        return None
    if len(towns) >= 2:
        t1f, t2f = rng.sample(towns, 2)
    else:
        t1f = t2f = towns[0]
    v = dict(
        city=city,
        county=county,
        cs=short(county),
        t1f=t1f,
        t2f=t2f,
        t1=town_short(t1f),
        t2=town_short(t2f),
        km=rng.randint(8, 40),
        mw=rng.choice([50, 60, 80, 100, 120, 150, 200]),
        g=rng.choice(D.NATIONAL_ROADS[city]),
        crop=rng.choice(D.CROPS[city]),
        cn=rng.choice(D.CN_NUM),
    )
    name = pat.format(**v)
    ff = [(a.format(**v), b.format(**v)) for a, b in fams]
    if conflicts(name, ff):
        return None
    if trange == "mw":
        total = v["mw"] * rng.uniform(400, 480)
    elif trange == "mww":
        total = v["mw"] * rng.uniform(650, 800)
    elif trange[0] == "km":
        total = v["km"] * rng.uniform(trange[1], trange[2])
    else:
        total = rng.uniform(*trange)
    return dict(
        name=name,
        loc="%s市%s" % (city, county),
        sector=sector,
        total=round100(total),
        content=content.format(**v),
    )


def make_filler(city, style, lst):
    for _ in range(2000):
        if rng.random() < D.COMPANY_SHARE[style]:
            f = company_filler(city, style, lst)
        else:
            f = template_filler(city, style)
        if f:
            return f
    raise RuntimeError("no filler for %s %s" % (city, style))


def plan_years():
    if rng.random() < 0.6:
        start, nature = 2021, "新开工"
    else:
        start, nature = rng.choice([2019, 2020, 2020]), "续建"
        return (start, max(2021, start + rng.randint(2, 4))), nature
    return (start, start + rng.randint(1, 4)), nature


fill_no = 0


def add_filler(lst, city):
    global fill_no
    style = D.LISTS[lst]["style"]
    f = make_filler(city, style, lst)
    years = nature = None
    if style == "plan":
        years, nature = plan_years()
    new_row(
        lst,
        f["name"],
        f["loc"],
        city,
        f["sector"],
        f["total"],
        years=years,
        nature=nature,
        content=f["content"],
        pid="F:%d" % fill_no,
    )
    fill_no += 1


for lst in D.LIST_ORDER:
    meta = D.LISTS[lst]
    if lst == "P":
        for city, target in D.P_CITY_TARGET.items():
            have = sum(1 for r in rows if r["list"] == "P" and r["city"] == city)
            for _ in range(target - have):
                add_filler("P", city)
    else:
        have = sum(1 for r in rows if r["list"] == lst)
        for _ in range(meta["target"] - have):
            add_filler(lst, meta["city"])

# ---------------------------------------------------------------- plan-year investment
for r in rows:
    if D.LISTS[r["list"]]["style"] != "plan":
        continue
    if r["nature"] == "新开工":
        frac = rng.uniform(0.06, 0.3)
    else:
        frac = rng.uniform(0.15, 0.45)
    r["plan2021"] = r["total"] * frac


# ---------------------------------------------------------------- ordering and 序号
def county_index(r):
    counties = list(D.PLACES[D.LISTS[r["list"]]["city"]].keys())
    for i, c in enumerate(counties):
        if c in r["loc"]:
            return i
    return len(counties)


per_list = {}
for lst in D.LIST_ORDER:
    lr = [r for r in rows if r["list"] == lst]
    for r in lr:
        r["_rnd"] = rng.random()
    style = D.LISTS[lst]["style"]
    if style == "batch":
        lr.sort(key=lambda r: (county_index(r), r["_rnd"]))
    else:
        lr.sort(key=lambda r: (D.SECTOR_ORDER.index(r["sector"]), r["_rnd"]))
    for i, r in enumerate(lr, 1):
        r["no"] = i
    per_list[lst] = lr

# ---------------------------------------------------------------- neutral keys
pids = sorted(set(r["pid"] for r in rows))
rng.shuffle(pids)
alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
keys, used = {}, set()
for pid in pids:
    while True:
        k = "K" + "".join(rng.choice(alphabet) for _ in range(5))
        if k not in used:
            break
    used.add(k)
    keys[pid] = k


# ---------------------------------------------------------------- writing
def fmt(x, unit):
    if unit == "万元":
        return str(int(round(x)))
    v = round(x / 10000.0, 2)
    if v <= 0:
        v = 0.01
    s = "%.2f" % v
    return s.rstrip("0").rstrip(".")


def years_str(y, lst):
    sep = "—" if lst == "HY" else "-"
    return "%d%s%d" % (y[0], sep, y[1])


for lst in D.LIST_ORDER:
    meta = D.LISTS[lst]
    unit = meta["unit"]
    path = os.path.join(OUT, meta["file"])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([meta["title"]])
        w.writerow(["单位：" + unit])
        if meta["style"] == "plan":
            w.writerow(PLAN_HEADER)
            for r in per_list[lst]:
                w.writerow(
                    [
                        r["no"],
                        r["name"],
                        r["loc"],
                        r["nature"],
                        r["content"],
                        years_str(r["years"], lst),
                        fmt(r["total"], unit),
                        fmt(r["plan2021"], unit),
                    ]
                )
        else:
            w.writerow(SHORT_HEADER)
            for r in per_list[lst]:
                w.writerow([r["no"], r["name"], r["loc"], fmt(r["total"], unit)])

with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as fh:
    for lst in D.LIST_ORDER:
        m = D.LISTS[lst]
        fh.write("- file: %s\n" % m["file"])
        fh.write('  title: "%s"\n' % m["title"])
        fh.write("  list_kind: %s\n" % m["list_kind"])
        fh.write("  city: %s\n" % m["city"])
        fh.write("  year: %d\n" % m["year"])
        fh.write("  published: '%s'\n" % m["published"])
        fh.write("  unit: %s\n" % m["unit"])

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["file", "row_no", "project_key", "tag"])
    for lst in D.LIST_ORDER:
        for r in per_list[lst]:
            w.writerow([D.LISTS[lst]["file"], r["no"], keys[r["pid"]], r["tag"]])


def resolve(ref):
    k = 0
    if "#" in ref:
        ref, kk = ref.split("#")
        k = int(kk)
    return by_ref[ref][k]


with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for a, b, reason in D.DPAIRS:
        ra, rb = resolve(a), resolve(b)
        assert ra["pid"] != rb["pid"], (a, b)
        w.writerow([D.LISTS[ra["list"]]["file"], ra["no"], D.LISTS[rb["list"]]["file"], rb["no"], reason])

print("rows:", len(rows), {l: len(per_list[l]) for l in D.LIST_ORDER})
print("fillers:", fill_no, "projects:", len(pids))
