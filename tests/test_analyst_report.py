"""The analyst report over a warehouse holding hostile names: every value escaped, nothing injected.

The bundled samples are loaded (tests/warehouse_fixture.py), then a list title, a city's name and the
names of the projects found in several lists are made hostile, so the text reaches the page through
headings, the navigation, chart labels and tooltips (SVG), and tables.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import lxml.html
import pytest
from warehouse_fixture import copy_of_sample_warehouse

from scripts import analyst_report

CHROMIUM = Path("/usr/bin/chromium")
TITLE = "<img src=x onerror=\"document.title='pwned'\">"
CITY = "</script><script>document.title='pwned'</script>"
PROJECT = '"><svg onload="document.title=\'pwned\'">{{ 7*7 }}'


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, sample_warehouse_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("hostile_warehouse")
    copy_of_sample_warehouse(sample_warehouse_file, folder)
    con = duckdb.connect(str(folder / "warehouse.duckdb"))
    con.execute("UPDATE publications SET title = ? || title WHERE list_kind = 'provincial_plan'", [TITLE])
    con.execute("UPDATE projects SET city_name = ? || city_name WHERE city_code = '4403'", [CITY])
    con.execute(
        "UPDATE projects SET project_name = ? || project_name "
        "WHERE project_name IN (SELECT project_name FROM project_overlaps)",
        [PROJECT],
    )
    con.close()
    out = folder / "report" / "index.html"
    assert analyst_report.main(["--warehouse", str(folder / "warehouse.duckdb"), "--out", str(out)]) == 0
    return out


def test_hostile_names_are_text_not_markup(report: Path):
    doc = lxml.html.parse(str(report)).getroot()
    elements = [e for e in doc.iter() if isinstance(e.tag, str)]
    assert [e.tag for e in elements if e.tag in {"img", "script", "iframe", "object"}] == []
    assert len([e for e in elements if e.tag == "svg"]) == report.read_text(encoding="utf-8").count("<svg")
    assert [(e.tag, a) for e in elements for a in e.attrib if a.lower().startswith("on")] == []
    text = doc.text_content()
    for value in (TITLE, CITY, PROJECT):
        assert value in text
    headings = [h.text_content() for h in doc.iter("h2")]
    assert f"Investment by city — {TITLE}" in "".join(headings)
    labels = [t.text_content() for t in doc.iter("text")] + [t.text_content() for t in doc.iter("title")]
    assert any(label.startswith(CITY) for label in labels)  # SVG text and tooltips too
    assert any(TITLE in (svg.get("aria-label") or "") for svg in doc.iter("svg"))
    source = report.read_text(encoding="utf-8")
    assert "&amp;lt;" not in source and "&amp;#" not in source  # escaped once


def test_the_page_carries_a_strict_content_security_policy(report: Path):
    doc = lxml.html.parse(str(report)).getroot()
    first = doc.head[0]
    assert first.tag == "meta" and first.get("http-equiv") == "Content-Security-Policy"
    policy = first.get("content")
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src" not in policy and "unsafe" not in policy  # no script at all, styles by hash
    assert doc.head[1].get("charset") == "utf-8"
    assert not [
        e for e in doc.iter() if isinstance(e.tag, str) and e.get("style")
    ]  # would need 'unsafe-inline'


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_in_chromium_nothing_runs_and_the_styles_apply(report: Path, tmp_path: Path):
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr", "--v=0", "--dump-dom", report.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    assert "<title>Guangdong major investment projects — warehouse report</title>" in done.stdout
    assert "Content Security Policy" not in done.stderr  # the stylesheet's hash matches, nothing blocked
