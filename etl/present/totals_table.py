"""Plain-text tables for the terminal: province totals per publication and per city."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import duckdb

from etl.core.duck import records


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return str(value)


def format_table(headers: list[str], rows: list[tuple]) -> str:
    """Columns padded by display width, so Chinese names line up; numbers right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    numeric = [
        all(isinstance(r[i], int | Decimal) or r[i] is None for r in rows) for i in range(len(headers))
    ]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        out = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - _width(v))
            out.append(pad + v if numeric[i] else v + pad)
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def _bound(value: object, qualifier: str | None) -> str:
    """A figure with its qualifier: over 1000, about 3295.3."""
    if value is None:
        return "–"
    word = {"over": "over ", "about": "about ", "nearly": "nearly "}.get(qualifier or "", "")
    return word + (
        f"{value.normalize():,f}" if isinstance(value, Decimal) and value % 1 else f"{int(value):,}"
    )


def announced_report(con: duckdb.DuckDBPyConnection) -> str:
    """What the announcements in force say for their whole batch and for the province."""
    rows = con.execute(
        """SELECT announcement, scope_kind, projects, projects_qualifier, total_investment_yi,
                  total_investment_qualifier, annual_plan_yi, annual_plan_qualifier
           FROM announced_totals WHERE scope_kind IN ('batch', 'province') ORDER BY announcement, scope_kind"""
    ).fetchall()
    table = [
        (a, scope, _bound(n, nq), _bound(t, tq), _bound(y, yq)) for a, scope, n, nq, t, tq, y, yq in rows
    ]
    compared, disagree = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT agrees) FROM announcements_vs_lists"
    ).fetchone()
    verdict = f"Announced beside loaded (view announcements_vs_lists): {compared} figures compared, {disagree} disagree"
    return "\n".join([
        "Announced (read from the releases' prose; qualified figures are bounds)",
        format_table(["announcement", "scope", "projects", "total 亿元", "for the year 亿元"], table),
        verdict,
    ])  # fmt: skip


def totals_report(con: duckdb.DuckDBPyConnection) -> str:
    return "\n\n".join([lists_report(con), distinct_report(con), announced_report(con)])


def distinct_report(con: duckdb.DuckDBPyConnection) -> str:
    """Rows listed against distinct projects (identity step): the only total that adds lists of all kinds."""
    rows = con.execute(
        """SELECT list_kind, listed_rows, distinct_projects, counted_twice, listed_total_investment_yi,
                  distinct_total_investment_yi, projects_in_several_lists FROM listed_vs_distinct"""
    ).fetchall()
    return "Distinct projects: each project counted once across all lists (listed_vs_distinct)\n" + format_table(
        ["kind", "rows listed", "distinct projects", "counted twice", "listed 亿元", "distinct 亿元",
         "in several lists"],
        rows,
    )  # fmt: skip


@dataclass(frozen=True)
class RunReport:
    """What a run shows of the warehouse it loaded: the printed report, and province_totals as rows
    (amounts as text, exact) for the table artifact on the flow run."""

    text: str
    province_totals: list[dict]


def province_totals_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return records(con.execute(
        """SELECT list_kind, year, publications, projects, CAST(total_investment_yi AS VARCHAR) AS total_yi,
                  CAST(annual_plan_yi AS VARCHAR) AS annual_yi FROM province_totals"""
    ))  # fmt: skip


def lists_report(con: duckdb.DuckDBPyConnection) -> str:
    by_publication = con.execute(
        """SELECT source_id, list_kind, year, projects, total_investment_yi, annual_plan_yi, quarantined,
                  non_project_rows, headline_ok
           FROM publication_totals"""
    ).fetchall()
    by_kind = con.execute(
        "SELECT list_kind, year, publications, projects, total_investment_yi, annual_plan_yi FROM province_totals"
    ).fetchall()
    by_city = con.execute(
        """SELECT list_kind, year, source_id, city_name, projects, total_investment_yi, annual_plan_yi
           FROM province_totals_by_city"""
    ).fetchall()
    return "\n\n".join(
        [
            "Province totals per published list (亿元)\n"
            + format_table(
                [
                    "list",
                    "kind",
                    "year",
                    "projects",
                    "total 亿元",
                    "for the year 亿元",
                    "quarantined",
                    "non-project rows",
                    "headline agrees",
                ],
                by_publication,
            ),
            "Province totals per kind of list (kinds are never added together: the same project sits in "
            "several lists)\n"
            + format_table(["kind", "year", "lists", "projects", "total 亿元", "for the year 亿元"], by_kind),
            "Per list and city (亿元)\n"
            + format_table(
                ["kind", "year", "list", "city", "projects", "total 亿元", "for the year 亿元"], by_city
            ),
        ]
    )
