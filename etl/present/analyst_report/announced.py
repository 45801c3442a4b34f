"""The report's "What was announced" section: releases in force, their figures beside the loaded lists
they announce (view ``announcements_vs_lists``), and the province-wide figures no list carries (view
``province_announced_figures``)."""

from __future__ import annotations

from typing import Any

import duckdb

from etl.present.analyst_report import queries
from etl.present.analyst_report.figures import num
from etl.present.analyst_report.tables import Section, Table, Verdict

QUALIFIER_WORDS = {"exact": "", "about": "about ", "over": "over ", "nearly": "nearly "}
VS_LISTS = "SELECT * FROM announcements_vs_lists ORDER BY announcement, list_id, scope_kind, scope_label NULLS FIRST, figure"
PROVINCE = "SELECT * FROM province_announced_figures ORDER BY published, announcement, figure"


def announced(value: Any, qualifier: str, unit: str) -> str:
    """'about 3,295.3 亿元', 'over 1,000 projects': the figure with the bound its wording sets."""
    digits = 0 if unit == "projects" else 1
    return f"{QUALIFIER_WORDS.get(qualifier, qualifier + ' ')}{num(value, digits)} {unit}"


def _vs_line(r: dict) -> list[Any]:
    unit = "projects" if r["figure"] == "projects" else "亿元"
    digits = 0 if unit == "projects" else 2
    return [
        r["announcement"],
        r["list_id"],
        r["scope_kind"] if r["scope_label"] is None else f"{r['scope_kind']}: {r['scope_label']}",
        r["figure"],
        announced(r["announced"], r["qualifier"], unit),
        num(r["loaded"], digits),
        num(r["difference"], digits),
        Verdict("agrees", "ok") if r["agrees"] else Verdict("disagrees", "bad"),
    ]


def _province_line(r: dict) -> list[Any]:
    unit = "projects" if r["figure"] == "projects" else r["unit"]
    return [str(r["published"]), r["announcement"], r["kind"], r["figure"],
            announced(r["value"], r["qualifier"], unit), r["sentence"]]  # fmt: skip


def section_announced(con: duckdb.DuckDBPyConnection) -> Section:
    releases = queries.run(con, "announcements_in_force")
    title = "What was announced, and do the lists agree?"
    if not releases:
        return Section("announced", title, {"releases": None})
    vs = queries.rows(con, VS_LISTS)
    province = queries.rows(con, PROVINCE)
    release_table = Table(
        ["published", "announcement", "language", "figures", "ambiguous", "announces", "compared", "agree"],
        [
            [
                str(r["published"]),
                r["announcement"],
                r["language"] or "–",
                num(r["figures"]),
                num(r["ambiguous"]),
                r["announces"] or "–",
                num(r["compared"]),
                num(r["agree"]),
            ]
            for r in releases
        ],  # fmt: skip
        {3, 4, 6, 7},
    )
    data = {
        "releases": release_table,
        "vs": Table(
            ["announcement", "list", "scope", "figure", "announced", "loaded", "difference", "verdict"],
            [_vs_line(r) for r in vs],
            {5, 6},
        )
        if vs
        else None,  # fmt: skip
        "disagree": sum(1 for r in vs if not r["agrees"]),
        "compared": len(vs),
        "province": Table(
            ["published", "announcement", "kind", "figure", "announced", "sentence"],
            [_province_line(r) for r in province],
        )
        if province
        else None,  # fmt: skip
        "silent": [r["announcement"] for r in releases if not r["figures"]],
    }
    return Section("announced", title, data)
