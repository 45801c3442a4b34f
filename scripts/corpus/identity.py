"""A labelled corpus for the identity step (issue 26): ten lists naming the same projects many ways.

    .venv/bin/python -m scripts.corpus.identity OUT.csv     # write the rows with their truth as CSV

A provincial plan, three city plans (广州, 深圳, 东莞) and six batches (广州 ×2, 深圳 ×2, 佛山, 东莞), about
5,000 rows, built from one pool of projects per city. Each time a project appears in a list after its first,
it may be renamed by the patterns lists really use: a suffix added or dropped (项目 / 工程 / 建设项目 /
（一期） / 一期工程), a place shortened (广州白云国际机场 / 白云机场) or the city written in full or
abbreviated (穗 / 深 / 莞 / 佛), a company put in front (某某有限公司……项目), the district moved into
brackets, the words reordered (改扩建 put first), the kind of work shortened (人民医院 / 医院), another amount (a batch's part against the plan's whole), and a project
split into its phases in a batch (一期 and 二期 rows, both the same project as the plan's whole one).

Distractors, different projects with near names in one city: two phases of one project listed as two
projects (一期 / 二期), two schools of one district whose names differ by one character, a project and its
配套 works. Distractors of one family share a family id, and the split (dev / held-out) is decided by a hash
of the family id before any tuning: 30 % of families are held out (`split()`).

Deterministic: one seeded generator. Truth: `truth` is the project's id; rows with the same truth are the
same project.
"""

from __future__ import annotations

import csv
import hashlib
import random
import sys
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from etl.identity.records import IdentityRow

SEED = 26
CITIES = {"广州": ("穗", ["越秀", "海珠", "天河", "白云", "黄埔", "番禺", "花都", "南沙", "增城", "从化"]),
          "深圳": ("深", ["福田", "罗湖", "南山", "宝安", "龙岗", "龙华", "坪山", "光明", "盐田", "大鹏"]),
          "东莞": ("莞", ["松山湖", "长安", "虎门", "厚街", "塘厦", "常平", "凤岗", "清溪", "麻涌", "寮步"]),
          "佛山": ("佛", ["禅城", "南海", "顺德", "三水", "高明"])}  # fmt: skip
POOL_SIZE = {"广州": 1100, "深圳": 1100, "东莞": 600, "佛山": 420}
SUBJECT_CHARS = "金沙永平龙湖石井新塘科学知识城云山珠江琶洲鹤岗凤凰桂花榕树松柏翠竹锦绣华南岭北东西湾港溪泉明德育才星河海天"
TYPES = {
    "产业": ["智能制造产业园", "新材料产业基地", "半导体封测基地", "数据中心", "生物医药产业园", "电子信息产业园",
             "物流园", "总部大楼", "新能源电池工厂", "精密仪器产业园"],
    "基础设施": ["大道快速化改造", "综合交通枢纽", "污水处理厂", "水厂", "大桥", "隧道", "变电站", "港区码头",
                 "城际站综合开发", "快速路"],
    "民生保障": ["小学", "中学", "人民医院", "中医院", "体育中心", "公园", "保障性住房", "安置区", "文化中心",
                 "养老院"],
}  # fmt: skip
ACTIONS = ["", "", "改扩建", "扩建", "提升改造", "新建"]
SUFFIXES = ["项目", "工程", "建设项目", ""]
COMPANY = ["投资发展有限公司", "城市建设投资集团有限公司", "实业有限公司", "科技股份有限公司", "置业有限公司"]
LANDMARKS = [("广州", "广州白云国际机场", "白云机场", ["三号航站楼", "东四西四指廊", "综合交通枢纽"]),
             ("深圳", "深圳宝安国际机场", "宝安机场", ["卫星厅", "第三跑道", "T4航站楼"])]  # fmt: skip
PHASES = ["一期", "二期", "三期"]


@dataclass(frozen=True)
class Project:
    """One project of the pool: its canonical parts, place, amounts and truth."""

    truth: str
    family: str
    city: str
    district: str
    subject: str
    kind: str
    action: str
    suffix: str
    category: str
    phase: str  # '' or 一期 / 二期 …: part of the project's own name
    total: int  # 万元
    start: int
    multi: str = ""  # '广州、佛山' for a multi-city project; '不分市' for an unassigned one
    long_place: str = ""  # 广州白云国际机场 for a landmark (short form in `subject`)


@dataclass(frozen=True)
class LabelledRow:
    row: IdentityRow
    truth: str
    family: str


def split(family: str) -> str:
    """dev or heldout, by a hash of the family id: decided before any tuning, never by the score."""
    return "heldout" if int(hashlib.sha256(family.encode()).hexdigest(), 16) % 10 < 3 else "dev"


def _subject(rng: random.Random, used: set[str]) -> str:
    while True:
        s = "".join(rng.sample(SUBJECT_CHARS, 2))
        districts = {d for _, names in CITIES.values() for d in names}
        if (
            s not in used and s[::-1] not in used and s not in districts
        ):  # 石岭 and 岭石 would be one name reordered
            used.add(s)
            return s


def _project(rng: random.Random, n: int, city: str, used: set[str], **over) -> Project:
    category = rng.choice(list(TYPES))
    fields = dict(truth=f"{city}-{n}", family=f"{city}-{n}", city=city, district=rng.choice(CITIES[city][1]),
                  subject=_subject(rng, used), kind=rng.choice(TYPES[category]), action=rng.choice(ACTIONS),
                  suffix=rng.choice(SUFFIXES), category=category, phase="",
                  total=rng.choice([rng.randint(5_000, 80_000), rng.randint(80_000, 2_000_000)]),
                  start=rng.choice([2021, 2022, 2023, 2023]))  # fmt: skip
    fields.update(over)
    return Project(**fields)


def _distractors(rng: random.Random, p: Project, used: set[str]) -> list[Project]:
    """Near names in the same city, of the same family id: phases, a one-character neighbour, 配套."""
    roll = rng.random()
    if roll < 0.35:  # 一期 / 二期 listed as two projects
        return [Project(**{**asdict(p), "phase": "一期"}),
                Project(**{**asdict(p), "truth": p.truth + "-2", "phase": "二期",
                           "total": int(p.total * rng.uniform(0.5, 1.5)), "start": p.start + 1})]  # fmt: skip
    if roll < 0.75:  # two schools (hospitals, parks …) of one district, one character apart
        other = p.subject[0] + rng.choice([c for c in SUBJECT_CHARS if c not in p.subject])
        used.add(other)
        kind = rng.choice(["小学", "中学", "公园", "人民医院"])
        return [Project(**{**asdict(p), "kind": kind, "category": "民生保障"}),
                Project(**{**asdict(p), "truth": p.truth + "-2", "subject": other, "kind": kind,
                           "category": "民生保障", "total": int(p.total * rng.uniform(0.7, 1.3))})]  # fmt: skip
    return [p, Project(**{**asdict(p), "truth": p.truth + "-2", "kind": p.kind + "配套道路",
                          "category": "基础设施", "total": int(p.total * rng.uniform(0.05, 0.2))})]  # fmt: skip


def pool(rng: random.Random) -> dict[str, list[Project]]:
    """Every city's projects, distractor families and landmarks included."""
    out: dict[str, list[Project]] = {}
    for city, size in POOL_SIZE.items():
        used: set[str] = set()
        projects = []
        for n in range(size):
            p = _project(rng, n, city, used)
            projects += _distractors(rng, p, used) if rng.random() < 0.12 else [p]
        for k, (lc, long, short, parts) in enumerate(LANDMARKS):
            if lc == city:
                projects += [_project(rng, 9000 + k * 10 + i, city, used, subject=short + part, long_place=long,
                                      category="基础设施", kind="", district="") for i, part in enumerate(parts)]  # fmt: skip
        out[city] = projects
    out["广州"] += [_project(rng, 8000 + i, "广州", set(), multi="广州、佛山", district="", category="基础设施",
                             kind=rng.choice(["城际轨道", "快速路", "跨江通道"])) for i in range(12)]  # fmt: skip
    out["深圳"] += [_project(rng, 8100 + i, "深圳", set(), multi="不分市", district="", category="产业",
                             kind=rng.choice(["海上风电场", "储能电站"])) for i in range(8)]  # fmt: skip
    return out


def canonical(p: Project) -> str:
    subject = p.subject if not p.long_place else p.subject.replace(p.long_place and _short(p), p.long_place)
    phase = f"（{p.phase}）" if p.phase else ""
    return f"{p.district}{'区' if p.district else ''}{subject}{p.kind}{p.action}{phase}{p.suffix}"


def _short(p: Project) -> str:
    return next(short for _, long, short, _ in LANDMARKS if long == p.long_place)


def renamed(rng: random.Random, p: Project) -> str:
    """The project's name as another list writes it: one to three of the patterns at random."""
    subject = (
        p.subject if not p.long_place or rng.random() < 0.5 else p.subject.replace(_short(p), p.long_place)
    )
    district = f"{p.district}区" if p.district else ""
    phase = f"（{p.phase}）" if p.phase else ""
    if p.phase and rng.random() < 0.4:
        phase = rng.choice([p.phase, "第" + p.phase, p.phase + "工程"])
    suffix = rng.choice([s for s in SUFFIXES if s != p.suffix])
    patterns = rng.sample(["suffix", "city", "company", "reorder", "drop_district", "add_phase", "action_first",
                           "short_kind"], rng.randint(1, 3))  # fmt: skip
    kind = p.kind[2:] if "short_kind" in patterns and len(p.kind) >= 4 else p.kind  # 人民医院 → 医院
    body = f"{p.action}{subject}{kind}" if "action_first" in patterns else f"{subject}{kind}{p.action}"
    head, tail = district, ""
    if "drop_district" in patterns:
        head = ""
    if "reorder" in patterns and district:
        head, tail = "", f"（{district}）"
    if "city" in patterns:
        head = rng.choice([p.city + "市", p.city, CITIES[p.city][0]]) + head
    if "add_phase" in patterns and not p.phase:
        phase = rng.choice(["（一期）", "一期工程"])
    name = f"{head}{body}{phase}{tail}{suffix if 'suffix' in patterns else p.suffix}"
    if "company" in patterns:
        company = p.city + "".join(rng.sample(SUBJECT_CHARS, 2)) + rng.choice(COMPANY)
        name = company + name.removesuffix(p.suffix) + "项目"
    return name


class _Lists:
    """Rows of the ten lists, with their truth, numbered as they are added."""

    def __init__(self) -> None:
        self.rows: list[LabelledRow] = []
        self.numbers: dict[str, int] = {}

    def add(self, source: str, kind: str, published: str, p: Project, name: str, place: str,
            total: int | None, start: int | None, category: str | None) -> None:  # fmt: skip
        number = self.numbers[source] = self.numbers.get(source, 0) + 1
        place_kind = "multi_city" if "、" in place else "unassigned" if place == "不分市" else "city"
        row = IdentityRow(source, 1, number, f"{name}|{place}", name, place_kind, place, category, start,
                          start + 3 if start else None, Decimal(total) if total else None, kind, published)  # fmt: skip
        self.rows.append(LabelledRow(row, p.truth, p.family))


def _place(p: Project, in_city_list: bool) -> str:
    if p.multi == "不分市":
        return p.city if in_city_list else "不分市"
    if p.multi and not in_city_list:
        return p.multi
    return p.city


CITY_CATEGORY = {"深圳": {"产业": "现代产业", "基础设施": "基础设施", "民生保障": "民生改善"}}


def build(seed: int = SEED) -> list[LabelledRow]:
    """The ten lists' rows with their truth."""
    rng = random.Random(seed)
    projects = pool(rng)
    lists = _Lists()
    seen: set[str] = set()

    def put(source: str, kind: str, published: str, p: Project, in_city_list: bool, total: int, start: int | None,
            category: str | None) -> None:  # fmt: skip
        name = canonical(p) if p.truth not in seen or rng.random() < 0.3 else renamed(rng, p)
        seen.add(p.truth)
        lists.add(source, kind, published, p, name, _place(p, in_city_list), total, start, category)

    for members in projects.values():  # the provincial plan: about half of every city's pool
        for p in members:
            if rng.random() < 0.52 or p.long_place:
                put("gd-plan-2023", "provincial_plan", "2023-02-20", p, False, p.total, p.start,
                    p.category + ("工程" if rng.random() < 0.5 else ""))  # fmt: skip
    for city, source in (("广州", "gz-plan-2023"), ("深圳", "sz-plan-2023"), ("东莞", "dg-plan-2023")):
        for p in projects[city]:
            if rng.random() < 0.5:
                total = p.total if rng.random() < 0.7 else int(p.total * rng.uniform(0.95, 1.08))
                put(source, "city_plan", "2023-03-01", p, True, total, p.start,
                    CITY_CATEGORY.get(city, {}).get(p.category, p.category))  # fmt: skip
    batches = {"广州": ["gz-batch-2023-1", "gz-batch-2023-2"], "深圳": ["sz-batch-2023-1", "sz-batch-2023-2"],
               "佛山": ["fs-batch-2023-1"], "东莞": ["dg-batch-2023-1"]}  # fmt: skip
    for city, sources in batches.items():
        share = 0.32 if city in ("广州", "深圳") else 0.55
        for p in projects[city]:
            if rng.random() >= share or p.multi:
                continue
            source = rng.choice(sources)
            published = "2023-01-29" if source.endswith("1") else "2023-06-28"
            total = p.total if rng.random() < 0.5 else int(p.total * rng.uniform(0.3, 1.0))
            if not p.phase and rng.random() < 0.06:  # split into phases in this batch
                first = int(p.total * rng.uniform(0.3, 0.7))
                for phase, part in (("一期", first), ("二期", p.total - first)):
                    seen.add(p.truth)
                    name = canonical(p).removesuffix(p.suffix) + phase + "工程"
                    lists.add(source, "groundbreaking", published, p, name, p.city, part, None, None)
                continue
            put(
                source,
                "groundbreaking",
                published,
                p,
                True,
                total,
                p.start if rng.random() < 0.5 else None,
                None,
            )
    return _unique(lists.rows)


def _unique(rows: list[LabelledRow]) -> list[LabelledRow]:
    """One row per name and place in each list, as a loaded list has (project_key is unique)."""
    seen, out = set(), []
    for r in rows:
        key = (r.row.source_id, r.row.project_key)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def write_csv(rows: list[LabelledRow], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["source_id", "row_number", "project_name", "place", "total_investment_wan", "truth", "family",
                      "split"])  # fmt: skip
        for r in rows:
            out.writerow([r.row.source_id, r.row.row_number, r.row.project_name, r.row.city_name,
                          r.row.total_investment_wan, r.truth, r.family, split(r.family)])  # fmt: skip


if __name__ == "__main__":
    corpus = build()
    write_csv(corpus, Path(sys.argv[1]))
    print(f"{len(corpus)} rows, {len({r.truth for r in corpus})} projects")


CITY_CODES = {"广州": "4401", "深圳": "4403", "佛山": "4406", "东莞": "4419"}  # the corpus's cities


def load_into(con, corpus: list[LabelledRow]) -> None:
    """Insert the corpus as loaded lists (one version each) into a warehouse whose schema is applied:
    the identity step then reads it as it reads a run's loads."""
    lists = {}
    for r in corpus:
        lists.setdefault(r.row.source_id, r.row)
    insert_loaded(
        con,
        [(s, r.list_kind, r.published) for s, r in lists.items()],
        [(r.row.source_id, r.row.row_number, r.row.project_name, r.row.project_key, r.row.place_kind,
          CITY_CODES.get(r.row.city_name), r.row.city_name, r.row.category, r.row.start_year, r.row.end_year,
          r.row.total_investment_wan) for r in corpus],
        "corpus",
    )  # fmt: skip


def insert_loaded(con, lists: list[tuple], rows: list[tuple], origin: str) -> None:
    """Insert lists as loaded, one version each, into a warehouse whose schema is applied: `lists` as (source id,
    list kind, published), `rows` as (source id, row number, name, project key, place kind, city code, city name,
    category, start year, end year, total 万元); `origin` fills the columns the identity step does not read."""
    import pandas as pd

    con.register("loaded_lists", pd.DataFrame(lists, columns=["s", "k", "d"]))
    con.register("loaded_rows", pd.DataFrame(rows, columns=["s", "n", "name", "key", "pk", "code", "city", "cat",
                                                            "sy", "ey", "total"]))  # fmt: skip
    con.execute(
        """
        INSERT INTO publications (source_id, version, valid_from, title, publisher, list_kind, city_code, year,
            published, location, format, is_sample, sha256, fetched_at, loaded_at, rows_read, projects,
            quarantined, non_project_rows)
        SELECT s, 1, CAST(d AS TIMESTAMPTZ), s, $origin, k, '44', 2023, CAST(d AS DATE), $origin, 'csv', true,
               $origin, now(), now(), 0, 0, 0, 0 FROM loaded_lists""",
        {"origin": origin},
    )
    con.execute(
        """
        INSERT INTO projects (source_id, version, row_number, project_name, project_key, place_kind, city_code,
            city_name, category, start_year, end_year, total_investment_wan, raw, location, sha256, fetched_at)
        SELECT s, 1, n, name, key, pk, code, city, cat, sy, ey, CAST(total AS DECIMAL(20, 4)), '{}', $origin,
               $origin, now() FROM loaded_rows""",
        {"origin": origin},
    )
    con.unregister("loaded_lists")
    con.unregister("loaded_rows")
