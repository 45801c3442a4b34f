"""GX Data Docs from real validation results, checked to render without any network."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from test_quality import record

from etl.present.data_docs import build_data_docs
from etl.validate.quality import validate_records

CHROMIUM = Path("/usr/bin/chromium")
# A reference is a src/href attribute (data-href, xlink:href too), a CSS url(...) or an @import.
REFERENCE = re.compile(
    r"""(?:\b(?:src|href|srcset|poster|action)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+)))"""
    r"""|(?:\burl\(\s*(?:"(?P<udq>[^"]*)"|'(?P<usq>[^']*)'|(?P<ubare>[^)'"]*))\s*\))"""
    r"""|(?:@import\s+(?:"(?P<idq>[^"]*)"|'(?P<isq>[^']*)'))""",
    re.I,
)
SCHEME = re.compile(r"^\s*[a-z][a-z0-9+.-]*:", re.I)


def save_result(folder: Path, source_id: str, records: list[dict]) -> Path:
    """What tasks/validate.py writes: GX's result JSON at <source_id>/<sha256>.json."""
    report = validate_records(records)
    sha = hashlib.sha256(source_id.encode()).hexdigest()
    path = folder / source_id / f"{sha}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(report.result_json, ensure_ascii=False, default=str), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("validations")
    good = save_result(folder, "gd-2024-ok", [record(n) for n in range(1, 6)])
    bad_records = [record(n) for n in range(1, 6)]
    bad_records[1] |= {"total_investment_wan": Decimal("-5")}
    bad_records[2] |= {"project_name": None}
    bad = save_result(folder, "gd-2024-bad", bad_records)
    assert json.loads(good.read_text(encoding="utf-8"))["success"] is True
    assert json.loads(bad.read_text(encoding="utf-8"))["success"] is False
    return [good, bad]


@pytest.fixture(scope="module")
def site(results, tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("docs") / "site"
    index = build_data_docs(results, site_dir)
    assert index == site_dir.resolve() / "index.html"
    return site_dir.resolve()


def references(text: str) -> list[str]:
    refs = []
    for match in REFERENCE.finditer(text):
        value = next(v for v in match.groupdict().values() if v is not None)
        if match.group(0).lower().startswith("srcset"):
            refs += [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
        else:
            refs.append(value.strip())
    return refs


def external(ref: str) -> list[str]:
    """The refs that reach outside the site: any scheme or //host, looking inside data: URLs too."""
    if ref.lower().startswith("data:"):  # inline content (e.g. an SVG with its xmlns), not a fetch
        return [inner for r in references(unquote(ref)) for inner in external(r)]
    return [ref] if ref.startswith("//") or SCHEME.match(ref) else []


def site_files(site: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.suffix in suffixes)


def page_for(site: Path, result: Path) -> Path:
    [page] = site.glob(f"validations/*/{result.parent.name}/*/{result.stem}.html")
    return page


def test_index_links_to_every_result_page(site, results):
    index = (site / "index.html").read_text(encoding="utf-8")
    for result, status in zip(results, ["Success", "Failed"], strict=True):
        link = page_for(site, result).relative_to(site).as_posix()
        assert f"'_table_row_link_path': '{link}', '_validation_success_text': '{status}'" in index
    assert (site / "expectations" / "projects.html").is_file()


def test_result_pages_show_the_outcome(site, results):
    good, bad = (page_for(site, r).read_text(encoding="utf-8") for r in results)
    assert "gd-2024-ok" in good and "gd-2024-bad" in bad
    assert "values must never be null" in bad
    assert "ge-failed-icon" in bad or "fa-times" in bad


def test_no_file_references_an_external_host(site):
    files = site_files(site, ".html", ".css", ".js")
    assert len([f for f in files if f.suffix == ".js"]) >= 5  # the vendored libraries are scanned too
    found = {
        f.relative_to(site).as_posix(): ext
        for f in files
        if (ext := [e for ref in references(f.read_text(encoding="utf-8")) for e in external(ref)])
    }
    assert found == {}
    for page in site_files(site, ".html"):  # and no CDN name survives anywhere in the pages
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"jsdelivr|cdnjs|unpkg|bootstrapcdn|code\.jquery|amazonaws|fonts\.g", text), page


def test_the_scanner_catches_what_it_should():
    assert external("https://cdn.example/x.js") == ["https://cdn.example/x.js"]
    assert external("//cdn.example/x.js") == ["//cdn.example/x.js"]
    assert external("data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg'%3e%3c/svg%3e") == []
    assert external("data:image/svg+xml,%3csvg%3e%3cimage href='https://x.example/a.png'/%3e%3c/svg%3e") == [
        "https://x.example/a.png"
    ]
    assert references(
        """<a data-href='x.html'></a> b{background:url( "//h.example/i.png" )} @import 'c.css';"""
    ) == [
        "x.html",
        "//h.example/i.png",
        "c.css",
    ]


def test_referenced_local_assets_exist(site):
    missing = []
    for page in site_files(site, ".html", ".css"):
        if "vendor" in page.relative_to(site).parts and page.suffix == ".html":
            continue
        for ref in references(page.read_text(encoding="utf-8")):
            path = unquote(urlsplit(ref).path)
            if not path or ref.startswith(("#", "data:")):
                continue
            if not (page.parent / path).exists():
                missing.append(f"{page.relative_to(site)} -> {ref}")
    assert missing == []
    index = (site / "index.html").read_text(encoding="utf-8")
    for asset in (
        "static/vendor/jquery/jquery.min.js",
        "static/vendor/bootstrap/css/bootstrap.min.css",
        "static/vendor/bootstrap/js/bootstrap.bundle.min.js",
        "static/vendor/fontawesome/css/all.min.css",
        "static/vendor/gx-table-fallback.js",
    ):
        assert asset in index
    assert (site / "static/vendor/fontawesome/webfonts/fa-solid-900.woff2").is_file()


def test_a_rebuild_replaces_the_site_and_other_folders_are_refused(results, tmp_path):
    site_dir = tmp_path / "site"
    build_data_docs(results, site_dir)
    assert len(list(site_dir.glob("validations/*/*/*/*.html"))) == 2
    build_data_docs(results[:1], site_dir)
    assert [p.stem for p in site_dir.glob("validations/*/*/*/*.html")] == [results[0].stem]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no scratch folders left behind

    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        build_data_docs(results, other)
    assert (other / "keep.txt").read_text(encoding="utf-8") == "mine"


UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def site_contents(site: Path) -> dict[str, bytes]:
    """Every file of a site but its manifest, the ids GX draws at random for each render (uuid4) made equal."""
    return {p.relative_to(site).as_posix(): UUID.sub(b"<uuid>", p.read_bytes()) for p in sorted(site.rglob("*"))
            if p.is_file() and p.name != ".results.json"}  # fmt: skip


def test_a_build_over_an_earlier_site_renders_only_what_is_new_to_the_same_pages(
    results, tmp_path, monkeypatch
):
    """A site built from a copy of the earlier one, rendering only the new result's page (and the index and
    the suite's page), is the site a build from nothing makes, file for file."""
    import etl.present.data_docs.build as build

    folder = results[0].parent.parent
    third = save_result(tmp_path / "validations", "gd-2024-third", [record(n) for n in range(1, 4)])
    every = [*results, third]
    whole = build_data_docs(every, tmp_path / "whole").parent
    site = tmp_path / "site"
    build_data_docs(results, site)
    pages = {p: p.stat().st_mtime_ns for p in site.glob("validations/*/*/*/*.html")}
    loaded = []
    real_load = build._load_result
    monkeypatch.setattr(build, "_load_result", lambda path: loaded.append(path) or real_load(path))
    build_data_docs(every, site)
    assert loaded == [third]  # the two earlier results were neither read whole nor rendered again
    assert site_contents(site) == site_contents(whole)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "validations", "whole"]  # no scratch left

    # A result validated again (a new run time) replaces its page; the old page does not linger.
    data = json.loads(results[1].read_text(encoding="utf-8"))
    data["meta"]["run_id"]["run_time"] = "2031-01-01T00:00:00+00:00"
    again = folder / "again"
    shutil.copytree(folder, again)
    changed = again / results[1].parent.name / results[1].name
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    moved = [again / results[0].parent.name / results[0].name, changed, third]
    build_data_docs(moved, site)
    assert site_contents(site) == site_contents(build_data_docs(moved, tmp_path / "whole-again").parent)
    assert len(list(site.glob(f"validations/*/{results[1].parent.name}/*/*.html"))) == 1
    assert list(site.glob("validations/*/*/2031*/*.html"))
    # A result no longer passed in: built from nothing, so its page goes.
    build_data_docs(moved[:1], site)
    assert [p.stem for p in site.glob("validations/*/*/*/*.html")] == [results[0].stem]
    assert pages  # (the first site had its pages)


def chromium_dom(page: Path, profile: Path) -> tuple[str, str]:
    """The DOM after scripts ran, and the log, with every host name unresolvable (no network)."""
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout, done.stderr


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_pages_render_in_chromium_without_network(site, results, tmp_path):
    """The index table is drawn by local JS only, and no page has a script error."""
    dom, log = chromium_dom(site / "index.html", tmp_path / "profile")
    rows = re.findall(r'<tr class="clickable-row" data-href="([^"]+)"', dom)
    assert {page_for(site, r).relative_to(site).as_posix() for r in results} <= set(rows)
    assert "Uncaught" not in log
    for result in results:
        dom, log = chromium_dom(page_for(site, result), tmp_path / "profile")
        assert "Uncaught" not in log
        assert "Expectation Validation Result" in dom
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def test_a_killed_builds_folders_are_removed_when_the_next_run_starts(data_dir, tmp_path, monkeypatch):
    import os
    import time

    from etl.core.settings import get_settings
    from etl.readers.staging import remove_stale  # what a run calls first (flows/refresh.py)

    site = get_settings().data_docs_dir
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html></html>")
    folders = {name: site.parent / name for name in (".data_docs-build-k1ll3d", ".data_docs-build-busy",
                                                      ".data_docs-old-1a2b3c4d", ".elsewhere-build-x")}  # fmt: skip
    for folder in folders.values():
        (folder / "validations").mkdir(parents=True)
        (folder / "validations" / "page.html").write_text("<html></html>")
    hours_ago = time.time() - 2 * 3600
    for name in (".data_docs-build-k1ll3d", ".data_docs-old-1a2b3c4d", ".elsewhere-build-x"):
        for path in (folders[name], *folders[name].rglob("*")):
            os.utime(path, (hours_ago, hours_ago))
    remove_stale(tmp_path / "staging", site)
    left = {path.name for path in site.parent.iterdir()}
    assert left == {"data_docs", ".data_docs-build-busy", ".elsewhere-build-x"}  # a build under way stays
    assert (site / "index.html").is_file()
