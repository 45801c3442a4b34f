"""The analysts' warehouse: views, as-of macros, example queries, data dictionary and report.

Two warehouses, each built once per module without Prefect (tests/warehouse_fixture.py):
- `sample_db`: the bundled catalog as it is (five SAMPLE lists). The example queries' answers and the
  planted overlap (samples/README.md: 5 Shenzhen + 3 Foshan projects also in the 2023 provincial plan)
  are checked here, read-only, as an analyst opens it.
- `history_db`: the same, plus a second version of the Shenzhen batch (one planted overlap project
  removed, one amount changed) and a made-up Dongguan city plan with categories and a cluster column,
  so history, as-of, change and cluster mapping have something to show.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from etl.core.settings import REPO_ROOT, SQL_DIR
from etl.fetching.catalog import Headline, Source
from tests.entry import warehouse_config
from tests.warehouse_fixture import copy_of_sample_warehouse, load_payload

EXAMPLES = SQL_DIR / "examples" / "analyst_queries.sql"
SHENZHEN_CSV = REPO_ROOT / "samples" / "shenzhen_2023_batch1_sample.csv"
PROVINCIAL_JSON = REPO_ROOT / "samples" / "guangdong_2023_provincial_plan_sample.json"
FOSHAN_CSV = REPO_ROOT / "samples" / "foshan_2023_q1_sample.csv"

REMOVED = "博迈医疗器械研发及产业化项目"  # a planted overlap: 80.36亿, 15.91亿 for 2023
CHANGED = "北白大道市政化改造工程"  # total 7.49亿 → 8.49亿 in version 2
END_OF_MARCH = "TIMESTAMPTZ '2023-03-31 23:59:59+08'"
D = Decimal


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_warehouse_file: Path) -> Path:
    return copy_of_sample_warehouse(sample_warehouse_file, tmp_path_factory.mktemp("sample_warehouse"))


@pytest.fixture(scope="module")
def sample(sample_db: Path):
    """A read-only connection, as an analyst opens the file."""
    con = duckdb.connect(str(sample_db), read_only=True)
    yield con
    con.close()


def shenzhen_version_2() -> tuple[bytes, Headline]:
    """The Shenzhen batch re-published: one project dropped, one total corrected, 合计 row updated."""
    lines = SHENZHEN_CSV.read_text(encoding="utf-8-sig").splitlines()
    kept = [line for line in lines if f",{REMOVED}," not in line]
    assert len(kept) == len(lines) - 1
    kept = [
        line.replace(
            f",{CHANGED},福田区,基础设施,政府投资,新开工,7.49,",
            f",{CHANGED},福田区,基础设施,政府投资,新开工,8.49,",
        )
        for line in kept
    ]
    total, annual = D("3295.3") - D("80.36") + 1, D("535.6") - D("15.91")
    assert kept[-1] == "合计,,,,,,3295.3,535.6,"
    kept[-1] = f"合计,,,,,,{total},{annual},"
    headline = Headline(
        projects=265, total_yi=total, annual_yi=annual, tolerance_yi=D("0.1"), source="test: re-published"
    )
    return ("\ufeff" + "\n".join(kept) + "\n").encode("utf-8"), headline


DONGGUAN_ROWS = [
    # name, category, cluster column, stage, total 亿, annual 亿
    (
        "云围·快速路 工程",
        "基础设施",
        "",
        "续建",
        "416.0282",
        "44.2075",
    ),  # = 云围快速路工程 of the provincial plan
    ("测试甲片区城市更新项目", "城市更新", "", "新开工", "50", "5"),
    ("测试乙芯片制造项目", "产业", "新一代电子信息", "新开工", "100", "10"),
    ("测试丙晶圆项目", "产业", "半导体与集成电路产业集群", "新开工", "90", "9"),
    ("测试丁整车项目", "产业", "汽车、新能源", "新开工", "80", "8"),
    ("测试戊家电项目", "智能家电", "", "续建", "30", "3"),
    ("测试己前沿新材料产业园", "产业", "", "预备", "20", "2"),
    ("测试庚道路工程", "基础设施", "其他", "新开工", "40", "4"),
]


def dongguan_city_plan() -> tuple[Source, bytes]:
    source = Source(
        id="test-dongguan-2023-city-plan",
        title="东莞市2023年重点建设项目计划（测试）",
        publisher="东莞市发展和改革局",
        list_kind="city_plan",
        city="东莞",
        published=dt.date(2023, 5, 10),
        location="samples/test_dongguan_2023_city_plan.csv",  # never fetched: the bytes are given
        sample=True,
        headline=Headline(projects=8, total_yi=D("826.0282"), source="test"),
    )
    lines = [
        "东莞市2023年重点建设项目计划（测试数据，非官方）",
        "序号,项目名称,类别,产业集群,建设性质,总投资（亿元）,2023年计划投资（亿元）",
    ]
    lines += [",".join([str(i), *row]) for i, row in enumerate(DONGGUAN_ROWS, start=1)]
    return source, ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture(scope="module")
def history_db(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from etl import warehouse
    from etl.fetching.catalog import load_catalog

    folder = tmp_path_factory.mktemp("history_warehouse")
    path = folder / "warehouse.duckdb"
    shutil.copyfile(sample_db, path)
    shenzhen = next(
        s for s in load_catalog(REPO_ROOT / "catalog" / "sources.yaml") if s.id == "shenzhen-2023-batch1"
    )
    payload, headline = shenzhen_version_2()
    dongguan, dongguan_payload = dongguan_city_plan()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GDMP_DATA_DIR", str(folder / "data"))
        with warehouse.connect(path, warehouse_config()) as con:
            second = load_payload(con, shenzhen.model_copy(update={"headline": headline}), payload)
            assert load_payload(con, dongguan, dongguan_payload) == 1
    con = duckdb.connect(str(path), read_only=True)
    switched = con.execute(
        "SELECT valid_from FROM publications WHERE source_id = 'shenzhen-2023-batch1' AND version = 2"
    ).fetchall()[0][0]
    yield {"con": con, "second_version": second, "switched": switched}
    con.close()


def q(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


# ---------------------------------------------------------------------------------------------------
# example queries


def example_queries() -> list[tuple[str, str, str]]:
    """(name, question, sql) of every block of sql/examples/analyst_queries.sql."""
    blocks = re.split(r"^-- name: ", EXAMPLES.read_text(encoding="utf-8"), flags=re.M)[1:]
    out = []
    for block in blocks:
        name, rest = block.split("\n", 1)
        question = re.search(r"^-- question: (.+)$", rest, flags=re.M)
        sql = "\n".join(line for line in rest.splitlines() if not line.startswith("--")).strip()
        out.append((name.strip(), question.group(1) if question else "", sql))
    return out


EXPECTED = {
    "provincial_plan_this_year": [(2023, 1530, D("85000"), D("10000"))],
    "totals_per_list_kind": [
        ("provincial_plan", 2022, 1, 1570, D("76700"), D("9000")),
        ("groundbreaking", 2023, 7, 1188, D("12777.63"), D("1565.67")),
        ("provincial_plan", 2023, 1, 1530, D("85000"), D("10000")),
    ],
    "leading_cities": [
        ("广州", 198, D("10257.7287"), D("1182.5692")),
        ("佛山", 139, D("9244.3938"), D("1028.3284")),
        ("深圳", 159, D("8357.3511"), D("924.7272")),
        ("惠州", 112, D("5784.9245"), D("690.0420")),
        ("东莞", 95, D("4599.9503"), D("484.7989")),
    ],
    "not_in_one_city": [("multi_city", 6, 6, D("1276.7883")), ("unassigned", 1, 10, D("2063.2700"))],
    "shenzhen_first_batch": [(266, D("3295.3"), D("535.6"), True)],
    "projects_of_100yi_or_more": [(205,)],  # the DRC's "205 projects of at least 100亿"
    "provincial_plan_by_category": [
        ("基础设施", 500, D("36218.3531"), D("4183.8601"), D("42.61")),
        ("产业", 735, D("36145.9584"), D("4369.8479"), D("42.52")),
        ("民生", 295, D("12635.6885"), D("1446.2920"), D("14.87")),
    ],
    "batches_by_category": [
        ("产业", 448, D("5095.34")),
        ("民生", 302, D("3291.58")),
        ("基础设施", 326, D("2986.61")),
        ("先进制造业", 58, D("795.7")),
        ("其他", 42, D("523.8")),
        ("城市更新", 12, D("84.6")),
    ],
    "provincial_plan_by_stage": [
        ("新开工", 249, D("13518.0184"), D("1690.2166")),
        ("续建", 1281, D("71481.9816"), D("8309.7834")),
    ],
    "industrial_cluster_coverage": [
        ("dongguan-2023-0317", 60, 0, D("0")),
        ("foshan-2023-q1", 103, 0, D("0")),
        ("guangdong-2022-provincial-plan", 1570, 0, D("0")),
        ("guangdong-2023-provincial-plan", 1530, 0, D("0")),
        ("shenzhen-2023-batch1", 266, 0, D("0")),
        ("shenzhen-2023-q2", 263, 0, D("0")),
        ("shenzhen-2023-q4", 271, 0, D("0")),
        ("zhongshan-2023-q1", 39, 0, D("0")),
        ("zhuhai-2023-q1", 186, 0, D("0")),
    ],
    "the_twenty_clusters": [
        (
            "pillar",
            10,
            "新一代电子信息、绿色石化、智能家电、汽车、先进材料、现代轻工纺织、软件与信息服务、超高清视频显示、生物医药与健康、现代农业与食品",
        ),
        (
            "emerging",
            10,
            "半导体与集成电路、高端装备制造、智能机器人、区块链与量子信息、前沿新材料、新能源、激光与增材制造、数字创意、安全应急与环保、精密仪器设备",
        ),
    ],
    "projects_in_several_lists": [
        ("深圳", 5, "guangdong-2023-provincial-plan, shenzhen-2023-batch1", True),
        ("佛山", 3, "foshan-2023-q1, guangdong-2023-provincial-plan", True),
    ],
    "city_lists_vs_provincial_plan": [
        ("深圳", 159, D("8357.3511"), "shenzhen-2023-batch1", 266, D("3295.3"), 5, D("268.47")),
        ("深圳", 159, D("8357.3511"), "shenzhen-2023-q2", 263, D("3491.8"), 0, D("0")),
        ("深圳", 159, D("8357.3511"), "shenzhen-2023-q4", 271, D("3149.1"), 0, D("0")),
        ("珠海", 84, D("4249.4360"), "zhuhai-2023-q1", 186, D("916"), 0, D("0")),
        ("佛山", 139, D("9244.3938"), "foshan-2023-q1", 103, D("850.03"), 3, D("78.93")),
        ("东莞", 95, D("4599.9503"), "dongguan-2023-0317", 60, D("420"), 0, D("0")),
        ("中山", 60, D("2871.6351"), "zhongshan-2023-q1", 39, D("655.4"), 0, D("0")),
    ],
    "figures_that_disagree": [
        (
            "guangdong-2023-provincial-plan",
            "conflict",
            "total_yi",
            D("84000"),
            D("85000"),
            D("1000"),
            "sources differ",
            "press reports (southcn.com, 21世纪经济报道)",
        ),
    ],
    "headline_check_per_list": [
        ("dongguan-2023-0317", 2, True),
        ("foshan-2023-q1", 2, True),
        ("guangdong-2022-provincial-plan", 3, True),
        ("guangdong-2023-provincial-plan", 3, True),
        ("shenzhen-2023-batch1", 3, True),
        ("shenzhen-2023-q2", 3, True),
        ("shenzhen-2023-q4", 3, True),
        ("zhongshan-2023-q1", 2, True),
        ("zhuhai-2023-q1", 2, True),
    ],
    "totals_as_of_date": [
        ("provincial_plan", 2022, 1, 1570, D("76700")),
        ("groundbreaking", 2023, 1, 266, D("3295.3")),
    ],
    "changes_during_march_2023": [
        ("dongguan-2023-0317", "new list", "added", 60, D("420")),
        ("foshan-2023-q1", "new list", "added", 103, D("850.03")),
        ("guangdong-2023-provincial-plan", "new list", "added", 1530, D("85000")),
        ("zhongshan-2023-q1", "new list", "added", 39, D("655.4")),
        ("zhuhai-2023-q1", "new list", "added", 186, D("916")),
    ],
    "batches_over_time": [
        (dt.date(2023, 1, 29), "shenzhen-2023-batch1", "4403", 266, D("3295.3"), D("535.6")),
        (dt.date(2023, 3, 17), "dongguan-2023-0317", "4419", 60, D("420"), None),
        (dt.date(2023, 3, 28), "foshan-2023-q1", "4406", 103, D("850.03"), D("186.27")),
        (dt.date(2023, 3, 30), "zhongshan-2023-q1", "4420", 39, D("655.4"), None),
        (dt.date(2023, 3, 31), "zhuhai-2023-q1", "4404", 186, D("916"), None),
        (dt.date(2023, 6, 30), "shenzhen-2023-q2", "4403", 263, D("3491.8"), D("508.4")),
        (dt.date(2023, 12, 31), "shenzhen-2023-q4", "4403", 271, D("3149.1"), D("335.4")),
    ],
    "history_of_one_project": [
        (
            "shenzhen-2023-batch1",
            "groundbreaking",
            1,
            dt.datetime(2023, 1, 29, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            None,
            D("80.36"),
            "first version",
        ),
        (
            "guangdong-2023-provincial-plan",
            "provincial_plan",
            1,
            dt.datetime(2023, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            None,
            D("80.36"),
            "first version",
        ),
    ],
}


def test_example_queries_are_documented_and_all_checked():
    queries = example_queries()
    names = [name for name, _, _ in queries]
    assert len(queries) >= 10
    assert len(set(names)) == len(names), "duplicate -- name:"
    assert all(question.endswith("?") or "?" in question for _, question, _ in queries), (
        "each needs a question"
    )
    assert set(names) == set(EXPECTED), "every example query has its expected answer here, and no more"


@pytest.mark.parametrize("name", list(EXPECTED))
def test_example_query_answers(sample: duckdb.DuckDBPyConnection, name: str):
    sql = {n: s for n, _, s in example_queries()}[name]
    assert q(sample, sql) == EXPECTED[name]


# ---------------------------------------------------------------------------------------------------
# no double counting: identity, overlaps, side by side


def planted_overlap() -> dict[str, set[str]]:
    """Computed from the sample files themselves, not the warehouse: names shared with the provincial plan."""
    items = json.loads(PROVINCIAL_JSON.read_text(encoding="utf-8"))["data"]["items"]
    provincial = {(i["项目名称"], i["地市"]) for i in items}

    def names(path: Path, encoding: str) -> set[str]:
        return {
            line.split(",")[1]
            for line in path.read_text(encoding=encoding).splitlines()[3:]
            if line.count(",") > 4
        }

    return {
        "深圳": {n for n in names(SHENZHEN_CSV, "utf-8-sig") if (n, "深圳市") in provincial},
        "佛山": {n for n in names(FOSHAN_CSV, "gb18030") if (n, "佛山市") in provincial},
    }


def test_overlap_view_finds_the_planted_overlap(sample: duckdb.DuckDBPyConnection):
    planted = planted_overlap()
    assert {k: len(v) for k, v in planted.items()} == {"深圳": 5, "佛山": 3}
    found = q(
        sample,
        "SELECT city_name, project_name, list_count, lists, same_total_everywhere FROM project_overlaps",
    )
    assert len(found) == 16  # 8 projects × 2 lists
    assert {(c, n) for c, n, *_ in found} == {(c, n) for c, names in planted.items() for n in names}
    assert {(lc, lists) for _, _, lc, lists, _ in found} == {
        (2, "guangdong-2023-provincial-plan, shenzhen-2023-batch1"),
        (2, "foshan-2023-q1, guangdong-2023-provincial-plan"),
    }
    assert all(same for *_, same in found), "the samples give the same amounts in both lists"


def test_project_identity_ignores_spacing_and_punctuation_only(sample: duckdb.DuckDBPyConnection):
    assert q(sample, "SELECT project_name_key('深圳（一期） 项目·A-b、c')")[0][0] == "深圳一期项目abc"
    same = q(
        sample,
        "SELECT project_identity('凤塘·光伏发电 项目', '4419', '东莞') = project_identity('凤塘光伏发电项目', '4419', '东莞')",
    )
    assert same == [(True,)]
    other_city = q(
        sample, "SELECT project_identity('X项目', '4401', '广州') = project_identity('X项目', '4406', '佛山')"
    )
    assert other_city == [(False,)]
    assert q(sample, "SELECT project_identity('X项目', NULL, '广州、佛山')")[0][0] == "x项目|广州、佛山"


def test_city_side_by_side_never_adds_the_lists(sample: duckdb.DuckDBPyConnection):
    rows = q(
        sample,
        """SELECT year, count(*), count(provincial_projects), sum(provincial_projects), count(city_list_source_id)
           FROM city_lists_vs_provincial_plan GROUP BY year ORDER BY year""",
    )
    # every city has its provincial line; 2023 has seven city lists beside them, three of them Shenzhen's (so its
    # provincial line shows beside each); nothing in one column is summed from another list: the provincial
    # column adds up to the plan's projects placed in one city, Shenzhen's counted once per list beside it.
    assert rows == [(2022, 21, 21, 1570 - 8 - 8, 0), (2023, 23, 23, 1530 - 10 - 6 + 2 * 159, 7)]


def test_breakdown_views_add_up_to_each_list(sample: duckdb.DuckDBPyConnection):
    """Each breakdown of a list accounts for the whole list, once: no row lost, none counted twice."""
    totals = dict(
        (s, (p, t))
        for s, p, t in q(sample, "SELECT source_id, projects, total_investment_yi FROM publication_totals")
    )
    for view in (
        "province_totals_by_category",
        "province_totals_by_cluster",
        "province_totals_by_stage",
        "province_totals_by_city",
    ):
        sums = q(
            sample,
            f"SELECT source_id, sum(projects), sum(total_investment_yi) FROM {view} GROUP BY source_id",
        )
        assert {s: (int(p), t) for s, p, t in sums} == totals, view
    kinds = q(sample, "SELECT list_kind, year, projects FROM province_totals ORDER BY ALL")
    per_list = q(
        sample, "SELECT list_kind, year, sum(projects) FROM publication_totals GROUP BY ALL ORDER BY ALL"
    )
    assert [(k, y, p) for k, y, p in kinds] == [(k, y, int(p)) for k, y, p in per_list]


def test_cluster_view_never_guesses_from_names(sample: duckdb.DuckDBPyConnection):
    # the sample names are full of cluster names ("…前沿新材料生产基地项目"), but no list states a cluster
    named = q(
        sample,
        """SELECT count(*) FROM current_projects AS p, industrial_clusters AS c
                         WHERE contains(p.project_name, c.cluster_zh)""",
    )[0][0]
    assert named > 100
    assert q(sample, "SELECT DISTINCT cluster_basis, cluster_zh FROM province_totals_by_cluster") == [
        ("not stated", "未标明集群")
    ]


def test_headline_reconciliation_matches_publication_totals(sample: duckdb.DuckDBPyConnection):
    per_list = q(
        sample,
        """SELECT source_id, count(*) FILTER (check_kind = 'headline'), bool_and(ok) FILTER (check_kind = 'headline'),
                  count(*) FILTER (check_kind = 'in_file'), count(*) FILTER (check_kind = 'conflict')
           FROM headline_reconciliation GROUP BY source_id ORDER BY source_id""",
    )
    totals = q(
        sample,
        """SELECT source_id, headline_checks, headline_ok, in_file_checks, source_conflicts
           FROM publication_totals ORDER BY source_id""",
    )
    assert per_list == totals
    assert q(sample, "SELECT count(*) FROM headline_reconciliation WHERE verdict = 'disagrees'") == [(0,)]


# ---------------------------------------------------------------------------------------------------
# history and as-of


def test_as_of_macros_return_the_version_in_force(history_db: dict):
    con, switched = history_db["con"], history_db["switched"]
    assert history_db["second_version"] == 2
    before, just_before = END_OF_MARCH, f"TIMESTAMPTZ '{switched - dt.timedelta(microseconds=1)}'"
    at_switch = f"TIMESTAMPTZ '{switched}'"
    shenzhen = "WHERE source_id = 'shenzhen-2023-batch1'"
    for at, version, projects, total in (
        (before, 1, 266, D("3295.3")),
        (just_before, 1, 266, D("3295.3")),
        (at_switch, 2, 265, D("3215.94")),
        ("now()", 2, 265, D("3215.94")),
    ):
        assert q(con, f"SELECT version FROM publications_as_of({at}) {shenzhen}") == [(version,)], at
        assert q(
            con, f"SELECT count(*), yi(sum(total_investment_wan)) FROM projects_as_of({at}) {shenzhen}"
        ) == [(projects, total)], at
        by_city = q(
            con, f"SELECT projects, total_investment_yi FROM province_totals_by_city_as_of({at}) {shenzhen}"
        )
        assert by_city == [(projects, total)]
        for macro in (
            "province_totals_by_category_as_of",
            "province_totals_by_stage_as_of",
            "province_totals_by_cluster_as_of",
        ):
            assert q(
                con, f"SELECT sum(projects), sum(total_investment_yi) FROM {macro}({at}) {shenzhen}"
            ) == [(projects, total)], (macro, at)
        reconciled = q(
            con,
            f"SELECT version, declared FROM headline_reconciliation_as_of({at}) {shenzhen} "
            "AND check_kind = 'headline' AND figure = 'projects'",
        )
        assert reconciled == [(version, D(projects))], at
    # the current views are the as-of forms at now()
    for view in (
        "province_totals",
        "province_totals_by_city",
        "province_totals_by_category",
        "province_totals_by_cluster",
        "province_totals_by_stage",
        "project_overlaps",
        "city_lists_vs_provincial_plan",
        "headline_reconciliation",
    ):
        assert q(con, f"SELECT * FROM {view}") == q(con, f"SELECT * FROM {view}_as_of(now())"), view


def test_totals_as_they_stood(history_db: dict):
    con = history_db["con"]
    before = q(
        con,
        f"SELECT list_kind, year, publications, projects, total_investment_yi FROM province_totals_as_of({END_OF_MARCH})",
    )
    assert before == [  # the three CSV/HTML batches, Dongguan's (03-17) and Zhuhai's (03-31)
        ("provincial_plan", 2022, 1, 1570, D("76700")),
        ("groundbreaking", 2023, 5, 408 + 60 + 186, D("4800.73") + 420 + 916),
        ("provincial_plan", 2023, 1, 1530, D("85000")),
    ]
    now = q(con, "SELECT list_kind, year, publications, projects, total_investment_yi FROM province_totals")
    assert now == [
        ("provincial_plan", 2022, 1, 1570, D("76700")),
        ("city_plan", 2023, 1, 8, D("826.0282")),
        (
            "groundbreaking",
            2023,
            7,
            407 + 60 + 186 + 263 + 271,
            D("4800.73") - D("80.36") + 1 + 420 + 916 + D("3491.8") + D("3149.1"),
        ),
        ("provincial_plan", 2023, 1, 1530, D("85000")),
    ]
    assert q(con, "SELECT count(*) FROM province_totals_as_of(TIMESTAMPTZ '2022-01-01 00:00:00+08')") == [
        (0,)
    ]


def test_overlaps_as_of(history_db: dict):
    con = history_db["con"]
    sql = "SELECT city_name, count(DISTINCT identity_key) FROM {} GROUP BY ALL ORDER BY ALL"
    assert q(con, sql.format(f"project_overlaps_as_of({END_OF_MARCH})")) == [("佛山", 3), ("深圳", 5)]
    # now: Shenzhen's version 2 dropped one; Dongguan's city plan holds 云围快速路工程 (written "云围·快速路 工程")
    assert q(con, sql.format("project_overlaps")) == [("东莞", 1), ("佛山", 3), ("深圳", 4)]
    assert q(con, f"SELECT count(*) FROM project_overlaps WHERE project_name = '{REMOVED}'") == [(0,)]
    side = q(
        con,
        """SELECT city_name, city_list_kind, city_list_projects, shared_projects, shared_total_yi
                     FROM city_lists_vs_provincial_plan WHERE year = 2023 AND city_list_source_id IS NOT NULL
                     ORDER BY city_code, city_list_source_id""",
    )
    assert side == [
        ("深圳", "groundbreaking", 265, 4, D("268.47") - D("80.36")),
        ("深圳", "groundbreaking", 263, 0, D("0")),
        ("深圳", "groundbreaking", 271, 0, D("0")),
        ("珠海", "groundbreaking", 186, 0, D("0")),
        ("佛山", "groundbreaking", 103, 3, D("78.93")),
        ("东莞", "groundbreaking", 60, 0, D("0")),
        ("东莞", "city_plan", 8, 1, D("416.0282")),
        ("中山", "groundbreaking", 39, 0, D("0")),
    ]


def test_project_history_and_changes(history_db: dict):
    con, switched = history_db["con"], history_db["switched"]
    removed = q(
        con,
        f"""SELECT source_id, version, valid_to, in_force_now, dropped_in_next_version
                         FROM project_history WHERE project_name = '{REMOVED}' ORDER BY source_id""",
    )
    assert removed == [
        ("guangdong-2023-provincial-plan", 1, None, True, False),
        ("shenzhen-2023-batch1", 1, switched, False, True),
    ]
    changed = q(
        con,
        f"""SELECT version, total_investment_yi, change_from_previous_version, in_force_now
                         FROM project_history WHERE project_name = '{CHANGED}' ORDER BY version""",
    )
    assert changed == [(1, D("7.49"), "first version", False), (2, D("8.49"), "changed", True)]
    assert q(con, "SELECT count(*) FROM project_history WHERE source_id = 'shenzhen-2023-batch1'") == [
        (266 + 265,)
    ]
    diff = q(
        con,
        """SELECT source_id, from_version, to_version, change, project_name, total_before_yi, total_after_yi
                     FROM project_changes ORDER BY change""",
    )
    assert diff == [
        ("shenzhen-2023-batch1", 1, 2, "changed", CHANGED, D("7.49"), D("8.49")),
        ("shenzhen-2023-batch1", 1, 2, "removed", REMOVED, D("80.36"), None),
    ]
    since = q(
        con,
        f"""SELECT source_id, list_change, change, count(*) FROM project_changes_between({END_OF_MARCH}, now())
                       GROUP BY ALL ORDER BY ALL""",
    )
    assert since == [
        ("shenzhen-2023-batch1", "new version", "changed", 1),
        ("shenzhen-2023-batch1", "new version", "removed", 1),
        ("shenzhen-2023-q2", "new list", "added", 263),
        ("shenzhen-2023-q4", "new list", "added", 271),
        ("test-dongguan-2023-city-plan", "new list", "added", 8),
    ]


def test_clusters_categories_and_stages_of_a_list_that_states_them(history_db: dict):
    con = history_db["con"]
    dongguan = "WHERE source_id = 'test-dongguan-2023-city-plan'"
    clusters = q(
        con,
        f"""SELECT cluster_no, cluster_zh, cluster_basis, projects, total_investment_yi
                          FROM province_totals_by_cluster {dongguan}""",
    )
    assert clusters == [
        (1, "新一代电子信息", "cluster column", 1, D("100")),
        (3, "智能家电", "category text", 1, D("30")),
        (11, "半导体与集成电路", "cluster column", 1, D("90")),
        (None, "未标明集群", "ambiguous", 1, D("80")),  # 汽车、新能源: two clusters named, none chosen
        (
            None,
            "未标明集群",
            "not stated",
            4,
            D("526.0282"),
        ),  # incl. 测试己前沿新材料产业园: a name is not a statement
    ]
    categories = q(
        con,
        f"SELECT category_group, category, projects FROM province_totals_by_category {dongguan} ORDER BY ALL",
    )
    assert categories == [
        ("产业", "产业", 4),
        ("城市更新", "城市更新", 1),
        ("基础设施", "基础设施", 2),
        ("智能家电", "智能家电", 1),
    ]
    stages = q(con, f"SELECT stage, projects FROM province_totals_by_stage {dongguan}")
    assert stages == [("预备", 1), ("新开工", 5), ("续建", 2)]
    before = q(con, f"SELECT count(*) FROM project_clusters_as_of({END_OF_MARCH}) {dongguan}")
    assert before == [(0,)], "published 2023-05-10: not in force at the end of March"


# ---------------------------------------------------------------------------------------------------
# documentation in the database, data dictionary, report, older readers


def test_every_view_column_and_macro_is_commented(sample: duckdb.DuckDBPyConnection):
    views = q(sample, "SELECT view_name FROM duckdb_views() WHERE NOT internal AND comment IS NULL")
    assert views == []
    columns = q(
        sample,
        """SELECT c.table_name, c.column_name FROM duckdb_columns() AS c
           JOIN duckdb_views() AS v ON v.view_name = c.table_name AND NOT v.internal
           WHERE c.comment IS NULL""",
    )
    assert columns == []
    macros = q(
        sample,
        """SELECT DISTINCT function_name FROM duckdb_functions()
                          WHERE NOT internal AND function_type IN ('macro', 'table_macro') AND comment IS NULL""",
    )
    assert macros == []
    assert q(sample, "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND comment IS NULL") == []


def test_one_view_per_file_with_a_header():
    for path in sorted((SQL_DIR / "views").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("-- "), f"{path.name}: header comment"
        created = re.findall(r"^CREATE OR REPLACE VIEW (\w+)", text, flags=re.M)
        if path.name.startswith("000_"):
            assert created == []
            continue
        assert created == [path.stem], f"{path.name}: one view, named like the file"
        assert f"COMMENT ON VIEW {path.stem} IS" in text


def test_data_dictionary_is_generated_from_the_database(sample_db: Path, tmp_path: Path):
    from scripts import data_dictionary

    out = tmp_path / "data_dictionary.md"
    assert data_dictionary.main(["--warehouse", str(sample_db), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for name in (
        "province_totals_by_cluster",
        "project_overlaps",
        "headline_reconciliation",
        "project_history",
        "city_lists_vs_provincial_plan",
        "publications",
        "projects_as_of",
        "project_identity",
    ):
        assert f"`{name}`" in text
    assert "Projects found in more than one list in force now" in text
    committed = REPO_ROOT / "docs" / "data_dictionary.md"
    assert committed.read_text(encoding="utf-8") == text, (
        "docs/data_dictionary.md is stale: run .venv/bin/gdmp docs --warehouse <a warehouse "
        "built from the current sql/> (e.g. after `make run`)"
    )


def test_the_sample_list_agrees_with_its_sample_release(sample_db: Path):
    """The bundled list and release follow one district split (scripts/samples/places.py): every figure the
    release gives for the batch, its 12 districts, both funding sources and the industrial projects agrees
    with what the loaded rows add up to, each within the rounding of the printed figure."""
    con = duckdb.connect(str(sample_db), read_only=True)
    rows = q(
        con, "SELECT scope_kind, count(*), bool_and(agrees) FROM announcements_vs_lists GROUP BY 1 ORDER BY 1"
    )
    worst = q(con, "SELECT max(abs(difference)) FROM announcements_vs_lists WHERE figure <> 'projects'")
    con.close()
    assert rows == [("batch", 3, True), ("district", 36, True), ("funding", 6, True), ("sector", 1, True)]
    assert worst == [
        (D("0.05"),)
    ]  # the release's district figures for the year add up to 535.7, the list to 535.6


def test_report_is_one_self_contained_page(sample_db: Path, tmp_path: Path):
    from scripts import analyst_report

    out = tmp_path / "report" / "index.html"
    assert analyst_report.main(["--warehouse", str(sample_db), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") >= 4  # by city, city lists vs plan, categories, batches over time
    for must in (
        "广州",
        "不分市",
        "shenzhen-2023-batch1",
        "sources differ",
        "博迈医疗器械研发及产业化项目",
        "SAMPLE data",
    ):
        assert must in page
    con = duckdb.connect(str(sample_db), read_only=True)
    compared, disagree = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT agrees) FROM announcements_vs_lists"
    ).fetchone()
    con.close()
    assert f"<b>{compared}</b> announced figures compared" in page and f"<b>{disagree}</b> disagree" in page
    assert "over 1,000 projects" in page and "over 12,000.0 亿元" in page  # the province-wide signing figure
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no external references"
    assert "<script" not in page and "@import" not in page and "url(" not in page
