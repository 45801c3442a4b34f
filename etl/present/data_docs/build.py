"""Render saved GX validation results into a Data Docs site with GX's own SiteBuilder.

Route: an ephemeral GX context (``etl.validate.quality._ephemeral_context``, progress bars off) gets a
``SiteBuilder`` site whose ``TupleFilesystemStoreBackend`` writes into a scratch folder beside
``site_dir``, with the escaping views of ``views.py`` for every page. Each saved result
(``<source_id>/<sha256>.json``, see ``tasks/validate.py``) is loaded with GX's own
``ExpectationSuiteValidationResultSchema`` and put into the context's validation results store under
``run_name=<source_id>``, ``batch_identifier=<sha256>`` and the result's own run time; the suites the
results name are added from ``expectations/`` when they load. Then ``context.build_data_docs()``
renders the pages, ``pages.make_offline`` rewrites them, and the scratch folder replaces ``site_dir``
whole, so pages of results no longer passed in do not linger. A build over an earlier site of the same
results and more starts from a copy of it and renders only what is new (``build_data_docs``; the
site's ``.results.json`` says what it holds). A run killed meanwhile leaves the scratch
folder behind: the next run's start removes it (``remove_leftovers``).

The run name and batch identifier come from the file's path and GX writes them unescaped into page
paths, links and an inline script of the index (keys starting with ``_`` are not rendered through the
views), so a result file whose folder or name is not a plain identifier is refused.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from etl.present.data_docs.pages import make_offline

logger = logging.getLogger(__name__)

SITE_NAME = "local_site"
VIEWS = "etl.present.data_docs.views"
PAGE_VIEW = {"module_name": VIEWS, "class_name": "EscapingPageView"}
SITE_CONFIG = {
    "class_name": "SiteBuilder",
    "show_how_to_buttons": False,
    "site_index_builder": {
        "class_name": "DefaultSiteIndexBuilder",
        "show_cta_footer": False,
        "view": {"module_name": VIEWS, "class_name": "EscapingIndexPageView"},
    },
    "site_section_builders": {
        "expectations": {"view": PAGE_VIEW},
        "validations": {"view": PAGE_VIEW},
        "profiling": {"view": PAGE_VIEW},
    },
}
PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$")


def _load_result(path: Path):
    """GX's result object for a saved file, which must sit at <plain source id>/<plain name>.json."""
    if not (PLAIN_NAME.match(path.parent.name) and PLAIN_NAME.match(path.stem)):
        raise ValueError(f"{path}: a saved result is <source_id>/<sha256>.json, with plain names")
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResultSchema,
    )

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data, ExpectationSuiteValidationResultSchema().load(data)
    except Exception as exc:  # unreadable JSON or not a GX result: name the file
        raise ValueError(f"{path}: not a readable GX validation result: {exc}") from exc


MANIFEST = ".results.json"  # in the site: per result file, its size, time and summary (for the next build)


def _summary(data: dict) -> dict:
    """What the index needs of a result (success, suite, run and batch names): all of it but the
    expectations' results, the bulk of it."""
    return {**data, "results": []}


def _stat(path: Path) -> dict:
    status = path.stat()
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns}


def _render(result_files: list[Path], out: Path, known: dict[str, dict] | None = None) -> dict[str, dict]:
    """GX's own SiteBuilder: results into the validation results store, then build_data_docs. `known`:
    the manifest of the site `out` holds a copy of (None: render every page); a result whose file has not
    changed since goes into the store as its summary (the index lists every result) and its page is not
    rendered again. Returns the manifest of the site built."""
    from etl.core.errors import SuiteError
    from etl.validate.quality import _ephemeral_context, _quiet_gx, load_suite

    _quiet_gx()
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResultSchema,
    )
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    context = _ephemeral_context()
    store = {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out)}
    context.add_data_docs_site(SITE_NAME, {**SITE_CONFIG, "store_backend": store})
    suite_names, manifest, rendered = set(), {}, []
    for path in result_files:
        name, status = f"{path.parent.name}/{path.name}", _stat(path)
        entry = (known or {}).get(name)
        if entry and {k: entry.get(k) for k in status} == status:
            data = entry["summary"]
            result = ExpectationSuiteValidationResultSchema().load(data)
        else:
            data, result = _load_result(path)
        meta = data.get("meta") or {}
        run_time = (meta.get("run_id") or {}).get("run_time") or meta.get("validation_time")
        run_id = RunIdentifier(run_name=path.parent.name, run_time=run_time)
        result.meta["run_id"] = run_id  # the page title and breadcrumb show the source id
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=result.suite_name),
            run_id=run_id,
            batch_identifier=path.stem,
        )
        context.validation_results_store.set(key, result)
        suite_names.add(result.suite_name)
        manifest[name] = {**status, "summary": _summary(data)}
        if not (entry and data is entry["summary"]):
            rendered.append(key)
    for name in sorted(suite_names):
        try:
            context.suites.add(load_suite(name))
        except SuiteError as exc:
            logger.warning("Data Docs: no page for suite %s: %s", name, exc)
    if known is None:
        context.build_data_docs(site_names=[SITE_NAME])
    else:  # the new results' pages, the suites' pages and the index (a non-empty list: [] means all)
        suites = [ExpectationSuiteIdentifier(name=name) for name in sorted(suite_names)]
        context.build_data_docs(site_names=[SITE_NAME], resource_identifiers=rendered + suites)
    return manifest


def _manifest(site_dir: Path, result_files: list[Path]) -> dict[str, dict] | None:
    """The manifest of the site in site_dir, if a build can start from a copy of it: readable, and every
    result it lists still passed in (a page must not linger for a result no longer there)."""
    try:
        manifest = json.loads((site_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names = {f"{p.parent.name}/{p.name}" for p in result_files}
    return manifest if isinstance(manifest, dict) and set(manifest) <= names else None


BUILD_LEFTOVER_AGE = 3600  # seconds without a write after which a build folder is a killed run's


def _build_folder(site_dir: Path) -> str:
    return f".{site_dir.name}-build-"


def _old_folder(site_dir: Path) -> str:
    return f".{site_dir.name}-old-"


def _newest_write(folder: Path) -> float:
    return max((p.lstat().st_mtime for p in (folder, *folder.rglob("*"))), default=0.0)


def remove_leftovers(site_dir: Path, max_age: float = BUILD_LEFTOVER_AGE) -> list[Path]:
    """Scratch folders a killed run left beside site_dir: a build (`.<site>-build-*`) nothing has written
    to for `max_age` seconds (a younger one may be another run's build under way), and a replaced site
    (`.<site>-old-*`), which nothing needs. Called when a run starts (etl/readers/staging.remove_stale); returns
    what was removed."""
    site_dir = Path(site_dir).resolve()
    if not site_dir.parent.is_dir():
        return []
    cutoff, removed = time.time() - max_age, []
    for path in site_dir.parent.iterdir():
        stale_build = path.name.startswith(_build_folder(site_dir)) and _newest_write(path) < cutoff
        if (
            path.is_dir()
            and not path.is_symlink()
            and (stale_build or path.name.startswith(_old_folder(site_dir)))
        ):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def build_data_docs(result_files: list[Path], site_dir: Path) -> Path:
    """Render GX Data Docs for saved validation results into site_dir; return its index.html.

    Each file is a saved ``ExpectationSuiteValidationResult`` JSON at ``<source_id>/<sha256>.json``.
    site_dir is replaced whole (it must be absent, empty, or an earlier site); every page references
    only files inside it. When site_dir is an earlier site of these results (its manifest lists none
    that is gone), the new site starts from a copy of it and only the results new or changed since get
    their pages rendered and made offline, with the index and the suites' pages: a run that validated a
    few lists does not render every kept result again (docs/benchmarks.md, issue 25). The pages are the
    same as a build from nothing (tests/test_data_docs.py).
    """
    site_dir = Path(site_dir).resolve()
    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / "index.html").is_file():
        raise FileExistsError(f"{site_dir} is neither empty nor a Data Docs site; not replacing it")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    files = [Path(p) for p in result_files]
    known = _manifest(site_dir, files) if (site_dir / "index.html").is_file() else None
    work = Path(tempfile.mkdtemp(prefix=_build_folder(site_dir), dir=site_dir.parent))
    try:
        copied = None
        if known is not None:
            shutil.copytree(site_dir, work, dirs_exist_ok=True, symlinks=True)
            copied = {p: _stat(p) for p in work.rglob("*") if p.is_file()}
        manifest = _render(files, work, known)
        make_offline(work, unchanged=lambda p: copied is not None and copied.get(p) == _stat(p))
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        work.chmod(0o755)
        if site_dir.exists():
            old = site_dir.with_name(f"{_old_folder(site_dir)}{uuid.uuid4().hex[:8]}")
            site_dir.rename(old)
            work.rename(site_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            work.rename(site_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return site_dir / "index.html"
