"""Hostile publications in GX Data Docs: escaped everywhere, under a Content-Security-Policy.

A result is made the way tasks/validate.py makes one (real GX validation of rows whose values are
hostile), then the fields a publication cannot reach today (expectation kwargs and meta, an exception,
the index query, the batch spec and markers, an observed value) get hostile text too, so every place
GX 1.24.1 renders a value is exercised. Pages are parsed with lxml; Chromium (when installed) runs them.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from test_quality import record

from etl.present.data_docs import build_data_docs
from etl.present.data_docs.sanitize import GX_INLINE_SCRIPTS, is_gx_inline_script
from etl.validate.quality import validate_records

CHROMIUM = Path("/usr/bin/chromium")
PWNED = "pwned"
HOSTILE = [
    "<img src=x onerror=alert(document.domain)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }} {% if 1 %}x{% endif %} ${7*7} $PARAMETER $$value",
    "**bold** [link](javascript:alert(1)) <b>x</b> & &amp; &lt;",
    f"<img src=x onerror=\"document.title='{PWNED}'\">",
    f"</script><script>document.title='{PWNED}'</script>",
    f"'\"><svg onload=\"document.title='{PWNED}'\">",
]
ON_ATTRIBUTE = re.compile(r"^on", re.I)


def hostile_result(folder: Path) -> Path:
    """A real GX result of hostile rows, then hostile text in every other field GX renders."""
    rows = [record(n) for n in range(1, 13)]
    for row, value in zip(rows, HOSTILE, strict=False):
        row |= {"place_kind": value, "city_code": value}  # fail the in-set rules: shown as values
    rows[9] |= {"project_key": HOSTILE[0]}
    rows[10] |= {"project_key": HOSTILE[0]}  # a project listed twice fails the unique rule
    result = validate_records(rows).result_json
    for item in result["results"]:
        config = item["expectation_config"]
        config["meta"] |= {"why": HOSTILE[0], "notes": HOSTILE[5]}
        if "value_set" in config["kwargs"]:
            config["kwargs"]["value_set"] = [*config["kwargs"]["value_set"], HOSTILE[2]]
        if not item["success"]:
            item["result"]["unexpected_index_query"] = HOSTILE[1]
    passed = next(item for item in result["results"] if item["success"])
    passed["result"]["observed_value"] = HOSTILE[7]
    passed["exception_info"] = {
        "raised_exception": True,
        "exception_message": HOSTILE[6],
        "exception_traceback": HOSTILE[8],
    }
    result["meta"] |= {"batch_spec": {"path": HOSTILE[0]}, "batch_markers": {"marker": HOSTILE[6]}}
    path = folder / "gd-hostile" / f"{hashlib.sha256(b'hostile').hexdigest()}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(result, ensure_ascii=False, default=str), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    result = hostile_result(tmp_path_factory.mktemp("validations"))
    site_dir = tmp_path_factory.mktemp("docs") / "site"
    build_data_docs([result], site_dir)
    return site_dir.resolve()


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "vendor" not in p.parts)


def result_page(site: Path) -> Path:
    [page] = site.glob("validations/*/gd-hostile/*/*.html")
    return page


def visible_text(page: Path) -> str:
    doc = lxml.html.parse(str(page)).getroot()
    for element in doc.iter("script", "style"):
        element.text = ""
    return doc.text_content()


def test_no_value_becomes_markup(site):
    for page in pages(site):
        doc = lxml.html.parse(str(page)).getroot()
        elements = [e for e in doc.iter() if isinstance(e.tag, str)]
        assert [e.tag for e in elements if e.tag in {"svg", "b", "iframe", "object"}] == [], page
        assert [e.get("src") for e in doc.iter("img")] in ([], [lxml_logo(page, site)]), page
        handlers = [(e.tag, a) for e in elements for a in e.attrib if ON_ATTRIBUTE.match(a)]
        assert handlers == [], page
        urls = [v for e in elements for v in e.attrib.values() if "javascript:" in v.lower()]
        assert urls == [], page
        inline = [s.text or "" for s in doc.iter("script") if s.get("src") is None]
        assert all(is_gx_inline_script(code) for code in inline), page
        assert all(
            s.get("src").endswith(".js") and "static/" in s.get("src")
            for s in doc.iter("script")
            if s.get("src")
        )


def lxml_logo(page: Path, site: Path) -> str:
    return Path("../" * (len(page.relative_to(site).parts) - 1) + "static/images/logo-long.png").as_posix()


def test_every_bad_value_is_shown_as_text_once_escaped(site):
    page = result_page(site)
    text = visible_text(page)
    for value in HOSTILE:
        assert value in text, value
    rest = text.replace(HOSTILE[5], "")  # the one value that holds entities as text
    assert "&amp;" not in rest and "&lt;" not in rest and "&#x27;" not in rest  # nothing escaped twice
    source = page.read_text(encoding="utf-8").replace(html.escape(HOSTILE[5], quote=False), "")
    assert "&lt;img src=x onerror=alert(document.domain)&gt;" in source
    assert "&amp;lt;" not in source and "&amp;amp;" not in source


def test_the_page_title_is_left_to_gx(site):
    for page in pages(site):
        titles = [t.text_content() for t in lxml.html.parse(str(page)).getroot().iter("title")]
        assert PWNED not in " ".join(titles)


def csp_of(doc) -> dict[str, list[str]]:
    first = doc.head[0]
    assert first.tag == "meta" and first.get("http-equiv") == "Content-Security-Policy"
    return {d.split()[0]: d.split()[1:] for d in first.get("content").split(";") if d.strip()}


def sha256_source(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


def test_every_page_has_a_strict_content_security_policy(site):
    for page in pages(site):
        doc = lxml.html.parse(str(page)).getroot()
        policy = csp_of(doc)
        inline = [sha256_source(s.text or "") for s in doc.iter("script") if s.get("src") is None]
        assert policy.pop("script-src") == ["'self'", *dict.fromkeys(inline)], page
        assert policy == {
            "default-src": ["'none'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": ["'self'", "data:"],
            "font-src": ["'self'", "data:"],
            "object-src": ["'none'"],
            "base-uri": ["'none'"],
            "form-action": ["'none'"],
        }
        source = page.read_bytes()
        assert source.index(b"<meta charset") < 1024  # where browsers look for the encoding
        assert b"vega" not in source  # no page draws a chart: no Vega, no 'unsafe-eval'


def test_gx_inline_script_patterns_are_known():
    assert set(GX_INLINE_SCRIPTS) >= {"page_action_card.j2", "bootstrap_table.j2", "graph.j2"}
    assert not is_gx_inline_script("document.title='x'")
    assert is_gx_inline_script("\n    function showAllValidations() {\n")


def test_a_result_file_with_a_hostile_name_is_refused(tmp_path):
    folder = tmp_path / "<img src=x onerror=alert(1)>"
    folder.mkdir()
    path = folder / "abc.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="plain names"):
        build_data_docs([path], tmp_path / "site")
    assert not (tmp_path / "site").exists()


def chromium(page: Path, profile: Path, *extra: str) -> tuple[str, str]:
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0", *extra,
        "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    shutil.rmtree(profile, ignore_errors=True)
    return done.stdout, done.stderr


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_in_chromium_payloads_do_not_run_and_the_site_still_works(site, tmp_path):
    """No payload changes the title, nothing the site loads is refused by its CSP, the index draws its
    rows with the vendored JS, and the "Failed Only" button (an inline handler in GX) still works."""
    for page in (site / "index.html", result_page(site)):
        dom, log = chromium(page, tmp_path / "profile")
        assert PWNED not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
        assert "Content Security Policy" not in log and "Uncaught" not in log, log[-2000:]
        assert "onerror=alert(document.domain)" in dom.replace("&lt;", "<").replace("&gt;", ">")
        if page.name == "index.html":
            rows = re.findall(r'<tr class="clickable-row" data-href="([^"]+)"', dom)
            assert [row for row in rows if row.startswith("validations/")] == [
                result_page(site).relative_to(site).as_posix()
            ]

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    (copy / "static" / "click-test.js").write_text(
        "window.addEventListener('load', function () { $.fx.off = true;"
        " document.querySelector('[data-gx-click=\"hideSucceededValidations\"]').click();"
        " document.title = 'hidden:' + $('.hide-succeeded-validation-target-child').parent()"
        ".filter(':hidden').length; });",
        encoding="utf-8",
    )
    page = result_page(copy)
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("</body>", '<script src="../../../../static/click-test.js"></script></body>')
    )
    dom, log = chromium(page, tmp_path / "profile", "--virtual-time-budget=3000")
    hidden = int(re.search(r"<title>hidden:(\d+)</title>", dom).group(1))
    assert hidden > 0 and "Content Security Policy" not in log
