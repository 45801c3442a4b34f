"""The lxml rewrite of one Data Docs page, on small pages shaped like GX 1.24.1's (no GX needed)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from etl.present.data_docs.assets import CLICK_HANDLERS, JQUERY, VEGA
from etl.present.data_docs.pages import rewrite_page
from etl.present.data_docs.references import leaves_site, site_reference

HEAD = """<!DOCTYPE html><html><head><title>t</title><meta charset="UTF-8">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js"
  integrity="sha384-x" crossorigin="anonymous"></script>
<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>
<style>.x { background: url('https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/l.png') }</style>
</head>"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for target in (JQUERY.target, VEGA.target, CLICK_HANDLERS, "static/images/logo-long.png"):
        (tmp_path / target).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / target).write_text("", encoding="utf-8")
    (tmp_path / "validations").mkdir()
    return tmp_path


def rewritten(site: Path, body: str) -> lxml.html.HtmlElement:
    page = site / "validations" / "page.html"
    return lxml.html.document_fromstring(rewrite_page(HEAD + body, page, site))


def test_urls_leave_the_site_or_not():
    for url in (
        "javascript:alert(1)",
        " java\tscript:x",
        "//h.example/a.js",
        "/etc/passwd",
        "https://x",
        "\\\\h",
    ):
        assert leaves_site(url), url
    for url in ("static/a.js", "../b.html#top", "#section-1", "data:,", "data:image/png;base64,AA=="):
        assert not leaves_site(url), url


def test_one_mapping_for_every_url(site):
    page = site / "validations" / "page.html"
    assert site_reference("https://code.jquery.com/jquery-3.7.1.min.js", page, site) == f"../{JQUERY.target}"
    assert (
        site_reference("https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css", page, site)
        is None
    )
    assert site_reference("javascript:alert(1)", page, site) is None
    assert site_reference("static/images/logo-long.png", page, site) == "../static/images/logo-long.png"
    assert site_reference("other.html", page, site) == "other.html"


def test_cdn_references_become_vendored_files_or_go(site):
    doc = rewritten(site, "<body><p>x</p></body></html>")
    assert [s.get("src") for s in doc.iter("script")] == [f"../{JQUERY.target}"]  # no chart: no Vega
    assert doc.find(".//script").get("integrity") is None
    assert 'url("../static/images/logo-long.png")' in doc.find(".//style").text


def test_links_out_become_text_and_the_newsletter_footer_goes(site):
    doc = rewritten(
        site,
        '<body><a href="https://greatexpectations.io">GX</a><a href="javascript:alert(1)">j</a>'
        '<a href="#s">in</a><footer><a href="https://greatexpectations.io/newsletter">Subscribe</a></footer>'
        "</body></html>",
    )
    assert [(a.tag, a.get("href"), a.text) for a in doc.body.iter("a", "span")] == [
        ("span", None, "GX"),
        ("span", None, "j"),
        ("a", "#s", "in"),
    ]
    assert doc.find(".//footer") is None


def test_handlers_and_scripts_gx_does_not_write_are_removed(site):
    doc = rewritten(
        site,
        """<body><label onclick="hideSucceededValidations()">F</label><img src=x onerror="alert(1)">
        <button onclick="clearTableFilters('t-body-table')">C</button><p onmouseover="alert(2)">p</p>
        <script>alert(3)</script><script>
    function showAllValidations() {
    }</script></body></html>""",
    )
    assert [
        (e.tag, e.get("data-gx-click"), e.get("data-gx-click-arg")) for e in doc.iter("label", "button")
    ] == [
        ("label", "hideSucceededValidations", None),
        ("button", "clearTableFilters", "t-body-table"),
    ]
    assert not [a for e in doc.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")]
    inline = [s.text for s in doc.iter("script") if s.get("src") is None]
    assert len(inline) == 1 and "showAllValidations" in inline[0]
    assert doc.body[-1].get("src") == f"../{CLICK_HANDLERS}"
    policy = doc.head[0].get("content")
    assert policy.count("'sha256-") == 1 and "unsafe-inline'" not in policy.split("style-src")[0]


def test_a_page_with_a_chart_keeps_vega_and_allows_eval(site):
    chart = "<body><script>\n    // Assign the specification to a local variable vlSpec.\n    vegaEmbed('#g', {});</script>"
    doc = rewritten(site, chart + "</body></html>")
    assert f"../{VEGA.target}" in [s.get("src") for s in doc.iter("script")]
    assert "'unsafe-eval'" in doc.head[0].get("content")


def test_a_reference_left_outside_the_site_fails_the_build(site):
    with pytest.raises(RuntimeError, match="still references external hosts"):
        rewritten(site, "<body><style>@import 'https://h.example/x.css';</style></body></html>")
