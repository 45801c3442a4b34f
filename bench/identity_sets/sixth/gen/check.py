import collections
import csv
import os

import yaml

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lists = yaml.safe_load(open(os.path.join(D, "lists.yaml"), encoding="utf-8"))  # noqa: SIM115
assert len(lists) == 6
rows = {}
for L in lists:
    assert L["list_kind"] in ("provincial_plan", "city_plan", "groundbreaking", "signing")
    assert L["unit"] in ("万元", "亿元") and str(L["published"]).startswith("2023-")
    with open(os.path.join(D, L["file"]), encoding="utf-8") as f:
        r = list(csv.reader(f))
    assert "SAMPLE 测试用，非官方" in r[0][0] and r[1][0] == "单位：" + L["unit"] and r[2][0] == "序号"
    nos = [x[0] for x in r[3:]]
    assert len(nos) == len(set(nos)), L["file"]
    assert all(len(x) == len(r[2]) for x in r[3:]), L["file"]
    rows[L["file"]] = {x[0]: x[1] for x in r[3:]}
truth = list(csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8")))  # noqa: SIM115
tk = {(t["file"], t["row_no"]): t for t in truth}
assert len(tk) == len(truth)
assert set(tk) == {(f, n) for f, d in rows.items() for n in d}, "truth/rows mismatch"
bykey = collections.defaultdict(list)
for t in truth:
    bykey[t["project_key"]].append(t)
multi = {k: v for k, v in bykey.items() if len(v) > 1}
for k, v in multi.items():
    ref = [t for t in v if t["tag"] == "reference"]
    assert len(ref) == 1 and ref[0]["file"] == "provincial_plan_2023.csv", k
    assert all(t["tag"] for t in v), k
    assert len({t["file"] for t in v}) == len(v), k  # at most one row per list
for k, v in bykey.items():
    if len(v) == 1:
        assert v[0]["tag"] == "", k
pairs = sum(len(v) * (len(v) - 1) // 2 for v in multi.values())
dis = list(csv.DictReader(open(os.path.join(D, "distractors.csv"), encoding="utf-8")))  # noqa: SIM115
cross = 0
seen = set()
for d in dis:
    a = tk[(d["file_a"], d["row_a"])]
    b = tk[(d["file_b"], d["row_b"])]
    assert a["project_key"] != b["project_key"], d
    p = frozenset([(d["file_a"], d["row_a"]), (d["file_b"], d["row_b"])])
    assert p not in seen
    seen.add(p)
    cross += d["reason"].startswith("CROSS-CITY")
print("rows per list:", {f: len(d) for f, d in rows.items()}, "total", sum(len(d) for d in rows.values()))
print(
    "projects in several lists:",
    len(multi),
    "by list count",
    collections.Counter(len(v) for v in multi.values()),
)
print("true pairs:", pairs)
print(
    "distractor pairs:",
    len(dis),
    "cross-city:",
    cross,
    "same-file:",
    sum(d["file_a"] == d["file_b"] for d in dis),
)
print("tags:", collections.Counter(t["tag"] for t in truth if t["tag"] and t["tag"] != "reference"))
