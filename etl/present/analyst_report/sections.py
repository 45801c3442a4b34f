"""What each section of the report shows: its query results, shaped into tables and charts.

Each ``section_*`` function returns a ``Section``: the values its template
(``templates/sections/<key>.html.j2``) prints, all plain data. Markup is the templates' job, so every
value from the warehouse is escaped there.
"""

from __future__ import annotations

from typing import Any

import duckdb

from etl.present.analyst_report import queries
from etl.present.analyst_report.announced import section_announced
from etl.present.analyst_report.charts import (
    BATCH_PALETTE,
    CATEGORY_COLORS,
    OTHER_COLOR,
    PLACE_COLORS,
    hbar_chart,
    legend_chart,
    share_chart,
    timeline_chart,
)
from etl.present.analyst_report.figures import KIND_LABELS, PLACE_LABELS, num, projects
from etl.present.analyst_report.tables import Section, Table, Verdict


def section_totals(con: duckdb.DuckDBPyConnection) -> Section:
    data = queries.rows(con, queries.PROVINCE_TOTALS)
    body = [
        [
            KIND_LABELS.get(r["list_kind"], r["list_kind"]),
            str(r["year"]),
            num(r["publications"]),
            num(r["projects"]),
            num(r["total_investment_yi"]),
            num(r["annual_plan_yi"]),
        ]
        for r in data
    ]
    headers = [
        "kind of list",
        "year",
        "lists",
        "projects",
        "total investment (亿元)",
        "planned for the year (亿元)",
    ]
    return Section(
        "totals",
        "Province totals: distinct projects, and per kind of list",
        {"table": Table(headers, body, {2, 3, 4, 5}), "distinct": _distinct(con)},
    )


def _distinct(con: duckdb.DuckDBPyConnection) -> dict[str, str] | None:
    """The distinct-project total (project_registry), or None before the identity step has linked rows."""
    row = queries.run(con, "distinct_projects")[0]
    if not row["linked_rows"]:
        return None
    return {
        "projects": num(row["projects"]),
        "listed": num(row["listed_rows"]),
        "several": num(row["in_several_lists"]),
        "total": num(row["total_investment_yi"]),
        "annual": num(row["annual_plan_yi"]),
    }


def section_cities(con: duckdb.DuckDBPyConnection) -> Section:
    plan = queries.run(con, "latest_provincial_plan")
    if not plan:
        return Section("cities", "Investment by city", {"plan": None})
    plan = plan[0]
    data = queries.run(con, "plan_by_city", [plan["source_id"]])
    items = [
        {
            "label": r["city_name"]
            + ("" if r["place_kind"] == "city" else f" ({PLACE_LABELS[r['place_kind']]})"),
            "value": r["total_investment_yi"],
            "color": PLACE_COLORS.get(r["place_kind"], OTHER_COLOR),
            "note": f"{num(r['total_investment_yi'])} · {projects(r['projects'])} · "
            f"{num(r['annual_plan_yi'])} in {plan['year']}",
        }
        for r in data
    ]
    used = dict.fromkeys(r["place_kind"] for r in data)
    key = legend_chart([(PLACE_LABELS[k], PLACE_COLORS[k]) for k in used if k in PLACE_COLORS])
    chart = hbar_chart(items, f"Total investment by city, {plan['title']}")
    return Section(
        "cities", f"Investment by city — {plan['title']}", {"plan": plan, "key": key, "chart": chart}
    )


def _city_list_bars(r: dict) -> list[dict]:
    """The city's line of the provincial plan (if any), then its own list with the shared part in red."""
    bars = []
    if r["provincial_projects"] is not None:
        bars.append(
            {
                "label": f"{r['city_name']} {r['year']} · provincial plan",
                "value": r["provincial_total_yi"],
                "color": "#90cdf4",
                "note": f"{num(r['provincial_total_yi'])} · {projects(r['provincial_projects'])}",
            }
        )
    bars.append(
        {
            "label": f"{r['city_name']} · {r['city_list_source_id']}",
            "value": r["city_list_total_yi"],
            "color": "#2b6cb0",
            "inner": (r["shared_total_yi"] or 0, "#c53030"),
            "note": f"{num(r['city_list_total_yi'])} · {projects(r['city_list_projects'])}, "
            f"{r['shared_projects']} also in the provincial plan ({num(r['shared_total_yi'])})",
        }
    )
    return bars


def section_city_lists(con: duckdb.DuckDBPyConnection) -> Section:
    data = queries.run(con, "city_lists_vs_plan")
    title = "City lists vs provincial plan"
    if not data:
        return Section("city-lists", title, {"table": None})
    key = legend_chart(
        [
            ("city's line of the provincial plan", "#90cdf4"),
            ("the city's own list", "#2b6cb0"),
            ("projects in both", "#c53030"),
        ]
    )
    chart = hbar_chart([bar for r in data for bar in _city_list_bars(r)], "City lists vs provincial plan")
    columns = ("provincial_projects", "provincial_total_yi", "city_list_source_id", "city_list_projects")
    body = [
        [
            str(r["year"]),
            r["city_name"],
            num(r[columns[0]]),
            num(r[columns[1]]),
            r[columns[2]],
            num(r[columns[3]]),
        ]
        + [num(r["city_list_total_yi"]), num(r["shared_projects"]), num(r["shared_total_yi"])]
        for r in data
    ]
    headers = ["year", "city", "provincial plan: projects", "亿元", "city list", "projects", "亿元"]
    table = Table([*headers, "shared projects", "shared 亿元"], body, {2, 3, 5, 6, 7, 8})
    return Section("city-lists", title, {"key": key, "chart": chart, "table": table})


def section_categories(con: duckdb.DuckDBPyConnection) -> Section:
    lists: dict[str, dict] = {}
    for r in queries.run(con, "category_mix"):
        item = lists.setdefault(r["source_id"], {"label": f"{r['year']} · {r['source_id']}", "segments": []})
        item["segments"].append((r["category_group"], r["total"]))
    chart = share_chart(list(lists.values()), CATEGORY_COLORS, "Category mix per list")
    return Section("categories", "By category", {"chart": chart})


def section_clusters(con: duckdb.DuckDBPyConnection) -> Section:
    coverage = queries.run(con, "cluster_coverage")
    mapped = queries.run(con, "clusters_stated")
    key = legend_chart([("pillar cluster", "#dd6b20"), ("emerging cluster", "#319795")])
    charts = []
    for source_id in dict.fromkeys(r["source_id"] for r in mapped):
        items = [
            {
                "label": f"{r['cluster_no']}. {r['cluster_zh']}",
                "value": r["total"],
                "color": "#dd6b20" if r["cluster_group"] == "pillar" else "#319795",
                "note": f"{num(r['total'])} · {projects(r['projects'])}",
            }
            for r in mapped
            if r["source_id"] == source_id
        ]
        charts.append((source_id, hbar_chart(items, f"Industrial clusters stated in {source_id}")))
    table = Table(
        ["list", "projects", "with a stated cluster", "亿元 with a cluster", "list total 亿元"],
        [
            [r["source_id"], *(num(r[c]) for c in ("projects", "mapped", "mapped_total", "total"))]
            for r in coverage
        ],
        {1, 2, 3, 4},
    )
    total_projects = sum(r["projects"] for r in coverage)
    return Section(
        "clusters",
        "By strategic industrial cluster",
        {"key": key, "charts": charts, "table": table, "total_projects": total_projects},
    )


def section_batches(con: duckdb.DuckDBPyConnection) -> Section:
    data = queries.run(con, "batches")
    cities = list(dict.fromkeys(r["city_name"] for r in data))
    colors = {c: BATCH_PALETTE[i % len(BATCH_PALETTE)] for i, c in enumerate(cities)}
    batches = [
        {
            "published": r["published"],
            "value": r["total_investment_yi"],
            "color": colors[r["city_name"]],
            "label": f"{r['city_name']} {'签约' if r['list_kind'] == 'signing' else '开工'}",
        }
        for r in data
    ]
    body = [
        [str(r["published"]), r["source_id"], KIND_LABELS[r["list_kind"]]]
        + [num(r["projects"]), num(r["total_investment_yi"]), num(r["annual_plan_yi"])]
        for r in data
    ]
    table = Table(
        ["published", "list", "kind", "projects", "total 亿元", "for the year 亿元"], body, {3, 4, 5}
    )
    return Section(
        "batches",
        "Batches over time",
        {"chart": timeline_chart(batches, "Batches over time"), "table": table},
    )


VERDICT_CLASSES = {"agrees": "ok", "disagrees": "bad", "sources agree": "ok", "sources differ": "warn"}


def _reconciliation_line(r: dict) -> list[Any]:
    unit = "" if r["figure"].endswith("projects") else " 亿元"
    digits = 0 if not unit else 2
    return [
        r["source_id"],
        f"v{r['version']}",
        r["check_kind"],
        r["figure"],
        r["qualifier"],
        num(r["declared"], digits) + unit,
        num(r["actual"], digits) + unit,
        num(r["difference"], digits),
        num(r["tolerance"], digits),
        Verdict(r["verdict"], VERDICT_CLASSES[r["verdict"]]),
        r["figure_source"],
    ]


def section_reconciliation(con: duckdb.DuckDBPyConnection) -> Section:
    data = queries.rows(con, queries.RECONCILIATION)
    title = "Do the lists agree with what was announced?"
    if not data:
        return Section("reconciliation", title, {"table": None})
    headers = [
        "list",
        "version",
        "check",
        "figure",
        "wording",
        "declared",
        "loaded",
        "difference",
        "tolerance",
    ]
    table = Table(
        [*headers, "verdict", "figure from"],
        [_reconciliation_line(r) for r in data if r["check_kind"] != "in_file"],  # in_file: summed up below
        {5, 6, 7, 8},
    )
    in_file: dict[str, list[bool]] = {}
    for r in data:
        if r["check_kind"] == "in_file":
            in_file.setdefault(r["source_id"], []).append(r["ok"])
    in_file_table = Table(
        ["list", "in-file checks (合计 rows, headings with counts)", "agree", "disagree"],
        [[s, num(len(oks)), num(sum(oks)), num(len(oks) - sum(oks))] for s, oks in in_file.items()],
        {1, 2, 3},
    )
    counts = {
        "headlines": sum(1 for r in data if r["check_kind"] == "headline"),
        "bad": sum(1 for r in data if not r["ok"] and r["check_kind"] == "headline"),
        "announced": sum(1 for r in data if r["check_kind"] == "announced"),
        "announced_bad": sum(1 for r in data if not r["ok"] and r["check_kind"] == "announced"),
        "conflicts": sum(1 for r in data if not r["ok"] and r["check_kind"] == "conflict"),
    }
    return Section("reconciliation", title, {"table": table, "in_file_table": in_file_table, **counts})


def section_overlaps(con: duckdb.DuckDBPyConnection) -> Section:
    data = queries.run(con, "overlaps")
    headers = ["project", "city", "lists (total 亿元 in each)", "same total everywhere"]
    body = [[r["project_name"], r["city_name"], r["lists"], num(r["same_total"])] for r in data]
    return Section("overlaps", "Projects in several lists", {"table": Table(headers, body) if data else None})


SECTIONS = (
    section_totals,
    section_cities,
    section_city_lists,
    section_categories,
    section_clusters,
    section_batches,
    section_reconciliation,
    section_announced,
    section_overlaps,
)
