"""The report page: the sections' data through Jinja2 templates with autoescape on.

``autoescape=True`` (not ``select_autoescape``, which would leave these ``*.html.j2`` templates
unescaped, as it does GX's ``*.j2``): every value printed is escaped, list titles, project and city
names and chart labels included. The one value marked safe is the stylesheet, a file of this package
with no data in it; it is printed inside ``<style>``, where entities would not be decoded, and its
sha256 is the only style source the page's Content-Security-Policy allows. The page has no script, so
``default-src 'none'`` leaves it none.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from etl.present.analyst_report import queries
from etl.present.analyst_report.figures import num
from etl.present.analyst_report.sections import SECTIONS

TEMPLATES = Path(__file__).parent / "templates"
FONT = (
    "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
)


def coord(value: float) -> str:
    """An SVG coordinate as the page always wrote it: floats with one decimal, integers as they are."""
    return f"{value:.1f}" if isinstance(value, float) else str(value)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.filters |= {"num": num, "coord": coord, "fixed0": "{:.0f}".format, "fixed1": "{:.1f}".format}
    env.globals["font"] = FONT
    return env


def stylesheet() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8").replace("__FONT__", FONT)


def content_security_policy(style: str) -> str:
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; object-src 'none'; base-uri 'none'; form-action 'none'"


def render_report(con: duckdb.DuckDBPyConnection, warehouse_label: str) -> str:
    """The whole page for an open (read-only) warehouse connection."""
    summary = queries.rows(con, queries.PUBLICATIONS_SUMMARY)[0]
    style = stylesheet()
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            csp=content_security_policy(style),
            style=Markup(style),  # constant file, no data: see the module docstring
            lists=summary["lists"],
            samples=summary["samples"],
            loaded=summary["loaded"].strftime("%Y-%m-%d %H:%M UTC") if summary["loaded"] else "–",
            warehouse_label=warehouse_label,
            sections=[build(con) for build in SECTIONS],
        )
    )
