"""The Content-Security-Policy ``<meta>`` each page gets, as the first element of its ``<head>``.

- ``default-src 'none'``: nothing loads unless a directive below allows it (no fetch/XHR, frames,
  media, workers).
- ``script-src 'self'`` plus the sha256 of each inline ``<script>`` block the page keeps (see
  ``sanitize.py``): no ``'unsafe-inline'``, so an injected ``<script>`` or ``onerror=`` does not run.
  ``'self'`` on a page opened from ``file://`` (the Prefect artifact's link) matches ``file:`` URLs in
  Chromium, which is what lets the vendored scripts in ``static/vendor/`` load; served over HTTP it
  means the site's own origin.
- ``'unsafe-eval'`` only on a page that draws a Vega chart: Vega compiles its expressions with
  ``new Function``. GX 1.24.1 draws charts only for a few distribution expectations, none in this
  project's suites, so today no page has it (and those pages do not load Vega at all).
- ``style-src 'self' 'unsafe-inline'``: GX's pages carry two ``<style>`` blocks and many ``style``
  attributes; styles cannot run script, and with images and fonts limited to the site they cannot
  send anything out.
- ``img-src``/``font-src 'self' data:``: GX's logo and favicon, Font Awesome's webfonts.
- ``object-src 'none'; base-uri 'none'; form-action 'none'``: no plugins, no ``<base>`` that would
  re-point relative URLs, no form posting anywhere.
"""

from __future__ import annotations

import base64
import hashlib

from lxml import html

CHART_CALL = "vegaEmbed("


def script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(inline_scripts: list[str], draws_charts: bool) -> str:
    script_src = ["'self'", *dict.fromkeys(script_hash(code) for code in inline_scripts)]
    if draws_charts:
        script_src.append("'unsafe-eval'")
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {' '.join(script_src)}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def inline_scripts(doc: html.HtmlElement) -> list[str]:
    """The text of each inline script, line ends as the browser's parser will hash them (LF only)."""
    codes = []
    for script in doc.iter("script"):
        if script.get("src") is None:
            script.text = (script.text or "").replace("\r\n", "\n").replace("\r", "\n")
            codes.append(script.text)
    return codes


def add_policy(doc: html.HtmlElement) -> str:
    """Put the page's CSP first in <head>, its charset declaration right after; return the policy."""
    codes = inline_scripts(doc)
    content = policy(codes, any(CHART_CALL in code for code in codes))
    head = doc.head
    head.insert(0, html.Element("meta", {"http-equiv": "Content-Security-Policy", "content": content}))
    for charset in head.findall("meta[@charset]"):
        head.insert(1, charset)  # within the first 1024 bytes, where browsers look for it
    return content
