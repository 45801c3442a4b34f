"""One self-contained HTML page of the warehouse for analysts: charts as inline SVG, no external references.

    .venv/bin/python scripts/analyst_report.py [--warehouse data/warehouse.duckdb] [--out data/report/index.html]

Opens the warehouse read-only and draws, from the documented views only (docs/analysts.md):
the totals per kind of list; investment by city in the latest provincial plan (multi-city and 不分市 on their
own bars); each city's own lists next to its line of the provincial plan, with the projects they share;
the category mix of every list; the industrial clusters the lists state; groundbreaking batches and signing
events over time; the reconciliation of every list with what was announced; projects found in several
lists. Nothing is added across kinds of list. The page has no script and loads nothing: open it anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import math
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = REPO / "data" / "warehouse.duckdb"
DEFAULT_OUT = REPO / "data" / "report" / "index.html"

FONT = (
    "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
)
PLACE_COLORS = {"city": "#2b6cb0", "multi_city": "#d69e2e", "unassigned": "#718096", "province": "#805ad5"}
PLACE_LABELS = {
    "city": "one city",
    "multi_city": "several cities",
    "unassigned": "不分市 (no city)",
    "province": "province",
}
CATEGORY_COLORS = {
    "基础设施": "#3182ce",
    "产业": "#dd6b20",
    "民生": "#38a169",
    "城市更新": "#805ad5",
    "未分类": "#a0aec0",
}
OTHER_COLOR = "#718096"
BATCH_PALETTE = ("#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#319795", "#b7791f", "#4a5568")
KIND_LABELS = {
    "provincial_plan": "provincial plan",
    "city_plan": "city plan",
    "groundbreaking": "groundbreaking batch",
    "signing": "signing event",
}


# ---------------------------------------------------------------------------------------------------
# small helpers


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def num(value: object, digits: int = 1) -> str:
    """A figure for people: thousands separators, fixed decimals; – for NULL."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{Decimal(value):,.{digits}f}"


def projects(count: int) -> str:
    return f"{count:,} project" + ("" if count == 1 else "s")


def text_width(text: str, size: float) -> float:
    """Rough rendered width: CJK glyphs are square, Latin ones about 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text)


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks, value = [], 0.0
    while value < top + step * 0.999:
        ticks.append(value)
        value += step
    return ticks


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def svg(width: float, height: float, body: list[str], label: str) -> str:
    return (
        f'<svg role="img" aria-label="{esc(label)}" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" font-size="12">'
        + "".join(body)
        + "</svg>"
    )


def txt(
    x: float,
    y: float,
    text: str,
    anchor: str = "start",
    size: float = 12,
    fill: str = "#1a202c",
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{fill}" '
        f'font-weight="{weight}">{esc(text)}</text>'
    )


def rect(x: float, y: float, w: float, h: float, fill: str, title: str | None = None) -> str:
    tip = f"<title>{esc(title)}</title>" if title else ""
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" fill="{fill}">{tip}</rect>'
    )


def legend(items: list[tuple[str, str]], x: float, y: float) -> list[str]:
    out = []
    for label, color in items:
        out += [rect(x, y - 10, 12, 12, color), txt(x + 17, y, label, size=12)]
        x += 32 + text_width(label, 12)
    return out


def table(
    headers: list[str], body: list[list[str]], numeric: set[int] | None = None, raw: bool = False
) -> str:
    """An HTML table; cells are escaped unless raw (then the caller escaped them)."""
    numeric = numeric or set()
    head = "".join(f'<th class="{"n" if i in numeric else ""}">{esc(h)}</th>' for i, h in enumerate(headers))
    lines = []
    for r in body:
        cells = "".join(
            f'<td class="{"n" if i in numeric else ""}">{c if raw else esc(c)}</td>' for i, c in enumerate(r)
        )
        lines.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


# ---------------------------------------------------------------------------------------------------
# charts


def hbar_chart(items: list[dict], label: str, unit: str = "亿元", width: int = 900) -> str:
    """Horizontal bars. items: label, value, color, note (text after the bar), optional inner (value, color)
    drawn over the start of the bar (e.g. the part a city list shares with the provincial plan)."""
    if not items:
        return '<p class="empty">Nothing to draw.</p>'
    size, bar_h, gap = 12, 18, 8
    left = min(260, max(text_width(i["label"], size) for i in items) + 16)
    note_room = max(text_width(i.get("note", ""), 11) for i in items) + 12
    plot_w = max(200, width - left - note_room - 10)
    top = max(float(i["value"] or 0) for i in items)
    ticks = nice_ticks(top)
    scale = plot_w / ticks[-1]
    height = 34 + len(items) * (bar_h + gap) + 10
    body = []
    for t in ticks:
        x = left + t * scale
        body += [
            f'<line x1="{x:.1f}" y1="22" x2="{x:.1f}" y2="{height - 8}" stroke="#e2e8f0"/>',
            txt(x, 16, f"{t:,.0f}", "middle", 11, "#4a5568"),
        ]
    body.append(txt(left - 8, 16, unit, "end", 11, "#4a5568"))
    y = 30
    for i in items:
        value = float(i["value"] or 0)
        body.append(txt(left - 8, y + bar_h - 5, i["label"], "end", size))
        body.append(
            rect(left, y, value * scale, bar_h, i["color"], f"{i['label']}: {num(i['value'])} {unit}")
        )
        if i.get("inner"):
            inner_value, inner_color = i["inner"]
            body.append(rect(left, y, float(inner_value) * scale, bar_h, inner_color))
        body.append(txt(left + value * scale + 6, y + bar_h - 5, i.get("note", ""), "start", 11, "#2d3748"))
        y += bar_h + gap
    return svg(width, height, body, label)


def share_chart(lists: list[dict], colors: dict[str, str], label: str, width: int = 900) -> str:
    """One 100 % bar per list, split into segments (name, value). lists: label, segments."""
    if not lists:
        return '<p class="empty">Nothing to draw.</p>'
    bar_h, gap, left = 26, 12, 250
    plot_w = width - left - 20
    names = list(dict.fromkeys(name for item in lists for name, _ in item["segments"]))
    height = 20 + len(lists) * (bar_h + gap) + 30
    body = []
    y = 10
    for item in lists:
        total = sum(float(v or 0) for _, v in item["segments"]) or 1.0
        body.append(txt(left - 8, y + bar_h - 8, item["label"], "end", 12))
        x = left
        for name, value in item["segments"]:
            w = float(value or 0) / total * plot_w
            color = colors.get(name, OTHER_COLOR)
            share = float(value or 0) / total * 100
            body.append(
                rect(x, y, w, bar_h, color, f"{item['label']} · {name}: {num(value)} 亿元 ({share:.1f}%)")
            )
            caption = f"{name} {share:.0f}%"
            if text_width(caption, 11) + 6 < w:
                body.append(txt(x + w / 2, y + bar_h - 9, caption, "middle", 11, "#ffffff"))
            x += w
        y += bar_h + gap
    body += legend([(n, colors.get(n, OTHER_COLOR)) for n in names], left, y + 14)
    return svg(width, height, body, label)


def timeline_chart(batches: list[dict], label: str, width: int = 900) -> str:
    """Batches as bars standing on a time axis: height = total investment. batches: published, value,
    label, color."""
    if not batches:
        return '<p class="empty">No groundbreaking batch or signing event is loaded.</p>'
    left, right, top_pad, bottom = 70, 30, 40, 60
    plot_w, plot_h = width - left - right, 260
    height = top_pad + plot_h + bottom
    first = min(b["published"] for b in batches) - dt.timedelta(days=15)
    last = max(b["published"] for b in batches) + dt.timedelta(days=15)
    span = max((last - first).days, 1)
    top = max(float(b["value"] or 0) for b in batches)
    ticks = nice_ticks(top, 4)
    scale = plot_h / ticks[-1]
    base = top_pad + plot_h
    body = []
    for t in ticks:
        y = base - t * scale
        body += [
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e2e8f0"/>',
            txt(left - 6, y + 4, f"{t:,.0f}", "end", 11, "#4a5568"),
        ]
    body.append(txt(left - 6, top_pad - 14, "亿元", "end", 11, "#4a5568"))
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        x = left + (month - first).days / span * plot_w
        if x >= left:
            body += [
                f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 5}" stroke="#4a5568"/>',
                txt(x, base + 18, month.strftime("%Y-%m"), "middle", 11, "#4a5568"),
            ]
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    body.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#4a5568"/>')
    bar_w = max(8.0, min(36.0, plot_w / (len(batches) * 2.5)))
    previous_x = -1e9
    # (left, right, baseline) of the labels drawn so far: a label moves up until it overlaps none
    placed: list[tuple[float, float, float]] = []
    for b in sorted(batches, key=lambda b: b["published"]):
        x = max(left + (b["published"] - first).days / span * plot_w - bar_w / 2, previous_x + bar_w + 2)
        previous_x = x
        h = float(b["value"] or 0) * scale
        body.append(
            rect(
                x, base - h, bar_w, h, b["color"], f"{b['label']} ({b['published']}): {num(b['value'])} 亿元"
            )
        )
        caption = f"{b['label']} · {num(b['value'])}"
        half = text_width(caption, 11) / 2
        lo, hi, y = x + bar_w / 2 - half - 3, x + bar_w / 2 + half + 3, base - h - 6
        while any(lo < r and l < hi and abs(y - b) < 15 for l, r, b in placed):  # noqa: E741
            y -= 15
        placed.append((lo, hi, y))
        if y < base - h - 6:
            body.append(
                f'<line x1="{x + bar_w / 2:.1f}" y1="{base - h:.1f}" x2="{x + bar_w / 2:.1f}" '
                f'y2="{y + 3:.1f}" stroke="#a0aec0"/>'
            )
        body.append(txt(x + bar_w / 2, y, caption, "middle", 11, "#2d3748"))
    return svg(width, height, body, label)


# ---------------------------------------------------------------------------------------------------
# sections


def section_totals(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(con, "SELECT * FROM province_totals ORDER BY year DESC, list_kind")
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
    return (
        "<p>Each line adds lists of <b>one kind</b> only. Lines of different kinds hold the same projects "
        "(a project of a city's batch is often in the provincial plan too): never add them.</p>"
        + table(
            [
                "kind of list",
                "year",
                "lists",
                "projects",
                "total investment (亿元)",
                "planned for the year (亿元)",
            ],
            body,
            {2, 3, 4, 5},
        )
    )


def section_cities(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    plan = rows(
        con,
        """SELECT source_id, title, year FROM publication_totals WHERE list_kind = 'provincial_plan'
           ORDER BY year DESC, published DESC LIMIT 1""",
    )
    if not plan:
        return "Investment by city", '<p class="empty">No provincial plan is loaded.</p>'
    plan = plan[0]
    data = rows(
        con,
        """SELECT place_kind, city_name, projects, total_investment_yi, annual_plan_yi
           FROM province_totals_by_city WHERE source_id = ? ORDER BY total_investment_yi DESC NULLS LAST""",
        [plan["source_id"]],
    )
    items = [
        {
            "label": r["city_name"]
            + ("" if r["place_kind"] == "city" else f" ({PLACE_LABELS[r['place_kind']]})"),
            "value": r["total_investment_yi"],
            "color": PLACE_COLORS.get(r["place_kind"], OTHER_COLOR),
            "note": f"{num(r['total_investment_yi'])} · {projects(r['projects'])} · {num(r['annual_plan_yi'])} in {plan['year']}",
        }
        for r in data
    ]
    used = dict.fromkeys(r["place_kind"] for r in data)
    chart = hbar_chart(items, f"Total investment by city, {plan['title']}")
    key = svg(
        900,
        22,
        legend([(PLACE_LABELS[k], PLACE_COLORS[k]) for k in used if k in PLACE_COLORS], 10, 16),
        "legend",
    )
    title = f"Investment by city — {plan['title']}"
    text = (
        f"<p>Total investment of the projects of <b>{esc(plan['title'])}</b> (view <code>province_totals_by_city</code>), "
        "by the city each project is in. Projects spanning several cities and 不分市 projects have their own bars: "
        "they are never split or forced into one city.</p>" + key + chart
    )
    return title, text


def section_city_lists(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(
        con,
        """SELECT * FROM city_lists_vs_provincial_plan WHERE city_list_source_id IS NOT NULL
           ORDER BY year DESC, city_code, city_list_published""",
    )
    if not data:
        return '<p class="empty">No city has published a list of its own that is loaded.</p>'
    items = []
    for r in data:
        if r["provincial_projects"] is not None:
            items.append(
                {
                    "label": f"{r['city_name']} {r['year']} · provincial plan",
                    "value": r["provincial_total_yi"],
                    "color": "#90cdf4",
                    "note": f"{num(r['provincial_total_yi'])} · {projects(r['provincial_projects'])}",
                }
            )
        items.append(
            {
                "label": f"{r['city_name']} · {r['city_list_source_id']}",
                "value": r["city_list_total_yi"],
                "color": "#2b6cb0",
                "inner": (r["shared_total_yi"] or 0, "#c53030"),
                "note": f"{num(r['city_list_total_yi'])} · {projects(r['city_list_projects'])}, "
                f"{r['shared_projects']} also in the provincial plan ({num(r['shared_total_yi'])})",
            }
        )
    key = svg(
        900,
        22,
        legend(
            [
                ("city's line of the provincial plan", "#90cdf4"),
                ("the city's own list", "#2b6cb0"),
                ("projects in both", "#c53030"),
            ],
            10,
            16,
        ),
        "legend",
    )
    body = [
        [
            str(r["year"]),
            r["city_name"],
            num(r["provincial_projects"]),
            num(r["provincial_total_yi"]),
            r["city_list_source_id"],
            num(r["city_list_projects"]),
            num(r["city_list_total_yi"]),
            num(r["shared_projects"]),
            num(r["shared_total_yi"]),
        ]
        for r in data
    ]
    return (
        "<p>Each city's own list next to its line of the provincial plan of the same year "
        "(view <code>city_lists_vs_provincial_plan</code>). The red part of a city list is the projects that are "
        "<b>also</b> in the provincial plan (same project identity): adding the two bars would count them twice.</p>"
        + key
        + hbar_chart(items, "City lists vs provincial plan")
        + table(
            [
                "year",
                "city",
                "provincial plan: projects",
                "亿元",
                "city list",
                "projects",
                "亿元",
                "shared projects",
                "shared 亿元",
            ],
            body,
            {2, 3, 5, 6, 7, 8},
        )
    )


def section_categories(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(
        con,
        """SELECT year, list_kind, source_id, title, category_group, sum(total_investment_yi) AS total
           FROM province_totals_by_category GROUP BY ALL ORDER BY year DESC, list_kind DESC, source_id, total DESC""",
    )
    lists: dict[str, dict] = {}
    for r in data:
        item = lists.setdefault(r["source_id"], {"label": f"{r['year']} · {r['source_id']}", "segments": []})
        item["segments"].append((r["category_group"], r["total"]))
    return (
        "<p>Share of each list's total investment by category family (view <code>province_totals_by_category</code>; "
        "基础设施工程 / 民生保障 / 现代产业 … are folded into 基础设施 / 民生 / 产业 / 城市更新 by the words they "
        "contain). One bar per list: shares, not sums across lists.</p>"
        + share_chart(list(lists.values()), CATEGORY_COLORS, "Category mix per list")
    )


def section_clusters(con: duckdb.DuckDBPyConnection) -> str:
    coverage = rows(
        con,
        """SELECT source_id, sum(projects) AS projects,
                  coalesce(sum(projects) FILTER (cluster_no IS NOT NULL), 0) AS mapped,
                  coalesce(sum(total_investment_yi) FILTER (cluster_no IS NOT NULL), 0) AS mapped_total,
                  sum(total_investment_yi) AS total
           FROM province_totals_by_cluster GROUP BY source_id ORDER BY source_id""",
    )
    mapped = rows(
        con,
        """SELECT source_id, cluster_no, cluster_zh, cluster_group, sum(projects) AS projects,
                  sum(total_investment_yi) AS total
           FROM province_totals_by_cluster WHERE cluster_no IS NOT NULL
           GROUP BY ALL ORDER BY source_id, total DESC""",
    )
    out = [
        "<p>A project counts for one of the 20 strategic industrial clusters (view <code>industrial_clusters</code>) "
        "only where its list says so: a cluster column, or a category naming one cluster. Project names are never "
        "used (a name like “…前沿新材料生产基地项目” states nothing about how the list classifies it).</p>"
    ]
    if not mapped:
        total_projects = sum(r["projects"] for r in coverage)
        out.append(
            f'<p class="note">No list in force states an industrial cluster: 0 of {total_projects:,} projects can be '
            "assigned to a cluster without guessing. The figures appear here as soon as a list with a 产业集群 "
            "column (or cluster categories) is loaded.</p>"
        )
    if mapped:
        out.append(
            svg(
                900,
                22,
                legend([("pillar cluster", "#dd6b20"), ("emerging cluster", "#319795")], 10, 16),
                "legend",
            )
        )
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
        out.append(
            f"<h3>{esc(source_id)}</h3>" + hbar_chart(items, f"Industrial clusters stated in {source_id}")
        )
    out.append(
        table(
            ["list", "projects", "with a stated cluster", "亿元 with a cluster", "list total 亿元"],
            [
                [
                    r["source_id"],
                    num(r["projects"]),
                    num(r["mapped"]),
                    num(r["mapped_total"]),
                    num(r["total"]),
                ]
                for r in coverage
            ],
            {1, 2, 3, 4},
        )
    )
    return "".join(out)


def section_batches(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(
        con,
        """SELECT t.published, t.source_id, t.list_kind, t.projects, t.total_investment_yi, t.annual_plan_yi,
                  coalesce(c.city_name, t.city_code) AS city_name
           FROM publication_totals AS t
           LEFT JOIN (SELECT DISTINCT city_code, city_name FROM current_projects WHERE place_kind = 'city') AS c
                  USING (city_code)
           WHERE t.list_kind IN ('groundbreaking', 'signing')
           ORDER BY t.published, t.source_id""",
    )
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
        [
            str(r["published"]),
            r["source_id"],
            KIND_LABELS[r["list_kind"]],
            num(r["projects"]),
            num(r["total_investment_yi"]),
            num(r["annual_plan_yi"]),
        ]
        for r in data
    ]
    return (
        "<p>Groundbreaking batches (集中开工) and signing events (签约) by date published, height = total investment "
        "of the batch (view <code>publication_totals</code>). Batches of one city do not repeat each other, but "
        "their projects are often in the provincial plan too.</p>"
        + timeline_chart(batches, "Batches over time")
        + table(["published", "list", "kind", "projects", "total 亿元", "for the year 亿元"], body, {3, 4, 5})
    )


def section_reconciliation(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(con, "SELECT * FROM headline_reconciliation")
    if not data:
        return '<p class="empty">No reconciliation recorded.</p>'
    css = {"agrees": "ok", "disagrees": "bad", "sources agree": "ok", "sources differ": "warn"}
    body = []
    for r in data:
        if r["check_kind"] == "in_file":  # summarised per list below the table
            continue
        unit = "" if r["figure"].endswith("projects") else " 亿元"
        digits = 0 if not unit else 2
        body.append(
            [
                esc(r["source_id"]),
                esc(f"v{r['version']}"),
                esc(r["check_kind"]),
                esc(r["figure"]),
                esc(r["qualifier"]),
                esc(num(r["declared"], digits) + unit),
                esc(num(r["actual"], digits) + unit),
                esc(num(r["difference"], digits)),
                esc(num(r["tolerance"], digits)),
                f'<span class="{css[r["verdict"]]}">{esc(r["verdict"])}</span>',
                esc(r["figure_source"]),
            ]
        )
    bad = sum(1 for r in data if not r["ok"] and r["check_kind"] == "headline")
    conflicts = sum(1 for r in data if not r["ok"] and r["check_kind"] == "conflict")
    summary = (
        f"<p><b>{sum(1 for r in data if r['check_kind'] == 'headline')}</b> announced figures checked, "
        f"<b>{bad}</b> disagree; <b>{conflicts}</b> figure(s) where sources differ (recorded, never a gate). "
        "View <code>headline_reconciliation</code>: <i>headline</i> = what the publisher announced, "
        "<i>conflict</i> = another source's figure for it, <i>in_file</i> = the list's own 合计 rows and headings.</p>"
    )
    in_file: dict[str, list[bool]] = {}
    for r in data:
        if r["check_kind"] == "in_file":
            in_file.setdefault(r["source_id"], []).append(r["ok"])
    in_file_table = table(
        ["list", "in-file checks (合计 rows, headings with counts)", "agree", "disagree"],
        [[s, num(len(oks)), num(sum(oks)), num(len(oks) - sum(oks))] for s, oks in in_file.items()],
        {1, 2, 3},
    )
    return (
        summary
        + table(
            [
                "list",
                "version",
                "check",
                "figure",
                "wording",
                "declared",
                "loaded",
                "difference",
                "tolerance",
                "verdict",
                "figure from",
            ],
            body,
            {5, 6, 7, 8},
            raw=True,
        )
        + "<p>What the lists say about themselves (recorded, not a gate; one line per figure in the view):</p>"
        + in_file_table
    )


def section_overlaps(con: duckdb.DuckDBPyConnection) -> str:
    data = rows(
        con,
        """SELECT identity_key, any_value(project_name) AS project_name, any_value(city_name) AS city_name,
                  string_agg(source_id || ' (' || total_investment_yi || ')', ', ' ORDER BY published) AS lists,
                  bool_and(same_total_everywhere) AS same_total
           FROM project_overlaps GROUP BY identity_key ORDER BY any_value(city_code), identity_key""",
    )
    if not data:
        return '<p class="empty">No project appears in more than one list in force.</p>'
    body = [[r["project_name"], r["city_name"], r["lists"], num(r["same_total"])] for r in data]
    return (
        f"<p><b>{len(data)}</b> projects appear in more than one list in force (view <code>project_overlaps</code>; "
        "same project = same name, ignoring spacing and punctuation, in the same city). This is why totals are only "
        "ever added within one kind of list.</p>"
        + table(["project", "city", "lists (total 亿元 in each)", "same total everywhere"], body)
    )


STYLE = f"""
body {{ font-family: {FONT}; margin: 24px auto; max-width: 1000px; color: #1a202c; line-height: 1.45; }}
h1 {{ font-size: 24px; margin-bottom: 4px; }} h2 {{ font-size: 19px; margin-top: 36px; border-bottom: 2px solid #e2e8f0; }}
h3 {{ font-size: 15px; }} code {{ background: #edf2f7; padding: 0 3px; border-radius: 3px; }}
table {{ border-collapse: collapse; margin: 12px 0; font-size: 12.5px; width: 100%; }}
th, td {{ border-bottom: 1px solid #e2e8f0; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f7fafc; }} td.n, th.n {{ text-align: right; white-space: nowrap; }}
.ok {{ color: #276749; font-weight: bold; }} .bad {{ color: #c53030; font-weight: bold; }}
.warn {{ color: #b7791f; font-weight: bold; }} .note {{ background: #fffbeb; border-left: 4px solid #d69e2e; padding: 8px; }}
.sample {{ background: #fff5f5; border-left: 4px solid #c53030; padding: 8px; }} .empty {{ color: #718096; }}
nav a {{ margin-right: 12px; }} svg {{ display: block; margin: 8px 0; }}
"""


def render(con: duckdb.DuckDBPyConnection, warehouse_label: str) -> str:
    """The whole page for an open (read-only) warehouse connection."""
    pubs = rows(
        con,
        "SELECT count(*) AS lists, bool_or(is_sample) AS samples, max(loaded_at) AS loaded FROM current_publications",
    )[0]
    city_title, city_section = section_cities(con)
    sections = [
        ("totals", "Province totals per kind of list", section_totals(con)),
        ("cities", city_title, city_section),
        ("city-lists", "City lists vs provincial plan", section_city_lists(con)),
        ("categories", "By category", section_categories(con)),
        ("clusters", "By strategic industrial cluster", section_clusters(con)),
        ("batches", "Batches over time", section_batches(con)),
        ("reconciliation", "Do the lists agree with what was announced?", section_reconciliation(con)),
        ("overlaps", "Projects in several lists", section_overlaps(con)),
    ]
    sample_note = (
        '<p class="sample"><b>SAMPLE data.</b> Some lists in force are the bundled synthetic samples: their totals '
        "match published headlines, but every project row is made up.</p>"
        if pubs["samples"]
        else ""
    )
    nav = "".join(f'<a href="#{key}">{esc(title)}</a>' for key, title, _ in sections)
    content = "".join(f'<h2 id="{key}">{esc(title)}</h2>{body}' for key, title, body in sections)
    loaded = pubs["loaded"].strftime("%Y-%m-%d %H:%M UTC") if pubs["loaded"] else "–"
    return (
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Guangdong major investment projects — warehouse report</title><style>{STYLE}</style></head><body>"
        "<h1>Guangdong major investment projects</h1>"
        f"<p>{pubs['lists']} lists in force in <code>{esc(warehouse_label)}</code>, last loaded {esc(loaded)}. "
        "Amounts in 亿元 (10<sup>8</sup> yuan). Every figure comes from a documented view "
        "(docs/analysts.md, docs/data_dictionary.md).</p>"
        f"{sample_note}<nav>{nav}</nav>{content}"
        "<p style='margin-top:40px;color:#718096'>Generated by scripts/analyst_report.py. Charts are inline SVG; "
        "the page loads nothing from elsewhere.</p></body></html>"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help="DuckDB file (opened read-only)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="HTML file to write")
    args = parser.parse_args(argv)
    if not args.warehouse.exists():
        print(f"no warehouse at {args.warehouse}: run `make run` first", file=sys.stderr)
        return 1
    con = duckdb.connect(str(args.warehouse), read_only=True)
    try:
        page = render(con, args.warehouse.name)
    finally:
        con.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(f"wrote {args.out} ({len(page.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
