"""Turn the pages GX wrote into pages that load only from the site and carry their own CSP.

Each HTML page is parsed with lxml.html once, rewritten as a tree (``rewrite_page``) and serialized;
the site's CSS files get the ``url()`` rewrite of ``references.py``. A page or CSS file that still
references anything outside the site makes the build raise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import html

from etl.present.data_docs import csp, sanitize
from etl.present.data_docs.assets import CHART_LIBRARIES, VENDOR_DIR, copy_assets
from etl.present.data_docs.references import (
    css_external_references,
    external_references,
    relative,
    remove_external_footers,
    rewrite_css,
    rewrite_references,
)


def rewrite_page(text: str, page: Path, site: Path) -> str:
    """One GX page made offline and locked down: references, handlers, scripts, CSP."""
    doc = html.document_fromstring(text)
    remove_external_footers(doc)
    rewrite_references(doc, page, site)
    if sanitize.move_click_handlers(doc):
        sanitize.add_click_handlers(doc, page, site)
    sanitize.keep_known_scripts(doc, page, site)
    _drop_unused_chart_libraries(doc, page, site)
    csp.add_policy(doc)
    left = external_references(doc)
    if left:
        raise RuntimeError(f"Data Docs page {page} still references external hosts: {left}")
    return html.tostring(doc, doctype="<!DOCTYPE html>", encoding="unicode", method="html")


def _drop_unused_chart_libraries(doc: html.HtmlElement, page: Path, site: Path) -> None:
    """GX loads Vega on every page; only a page with a chart (graph.j2's vegaEmbed call) keeps it."""
    if any(csp.CHART_CALL in (s.text or "") for s in doc.iter("script") if s.get("src") is None):
        return
    chart_scripts = {relative(target, page, site) for target in CHART_LIBRARIES}
    for script in list(doc.iter("script")):
        if script.get("src") in chart_scripts:
            script.drop_tree()


def make_offline(site: Path, unchanged: Callable[[Path], bool] = lambda path: False) -> None:
    """Copy the vendored files in, then rewrite every page and stylesheet GX wrote; `unchanged`: a file
    copied from an earlier site, offline already, that GX did not write again."""
    copy_assets(site)
    vendor = site / VENDOR_DIR
    for path in sorted(site.rglob("*")):
        if path.suffix not in {".html", ".css"} or vendor in path.parents or unchanged(path):
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            rewritten = rewrite_page(text, path, site)
        else:
            rewritten = rewrite_css(text, path, site)
            left = css_external_references(rewritten)
            if left:
                raise RuntimeError(f"Data Docs stylesheet {path} still references external hosts: {left}")
        if rewritten != text:
            path.write_text(rewritten, encoding="utf-8")
