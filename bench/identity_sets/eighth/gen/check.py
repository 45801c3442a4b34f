import csv, os, yaml, collections, itertools

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta = yaml.safe_load(open(os.path.join(D, "lists.yaml"), encoding="utf-8"))
rows = {}
for m in meta:
    assert "测试用，非官方" in m["title"]
    r = list(csv.reader(open(os.path.join(D, m["file"]), encoding="utf-8")))[3:]
    rows[m["file"]] = {int(x[0]): x for x in r}
    print(m["file"], len(r))
truth = {
    (r["file"], int(r["row_no"])): r
    for r in csv.DictReader(open(os.path.join(D, "truth.csv"), encoding="utf-8"))
}
assert set(truth) == {(f, i) for f in rows for i in rows[f]}, "truth must cover every row"
bykey = collections.defaultdict(list)
for (f, i), r in truth.items():
    bykey[r["project_key"]].append((f, i))
multi = {k: v for k, v in bykey.items() if len(v) > 1}
pairs = sum(len(v) * (len(v) - 1) // 2 for v in multi.values())
for k, v in multi.items():
    assert len({f for f, _ in v}) == len(v), k
print("rows", len(truth), "projects", len(bykey), "linked projects", len(multi), "true pairs", pairs)
tags = collections.Counter(
    t for r in truth.values() if r["tag"] not in ("", "reference") for t in r["tag"].split(";")
)
print("renaming tags", dict(tags.most_common()))
nd = cross = 0
names = set()
for r in csv.DictReader(open(os.path.join(D, "distractors.csv"), encoding="utf-8")):
    a = (r["file_a"], int(r["row_a"]))
    b = (r["file_b"], int(r["row_b"]))
    assert a in truth and b in truth and truth[a]["project_key"] != truth[b]["project_key"]
    nd += 1
    cross += rows[a[0]][a[1]][2] != rows[b[0]][b[1]][2]
print("distractor pairs", nd, "across cities", cross)
print("OK")
