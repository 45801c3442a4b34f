"""The files that replace GX's CDN references, and where each goes in the site.

Every file comes from a PyPI package pinned in uv.lock, or from ``static/`` beside this module (the two
small scripts this project writes itself); nothing is downloaded at build or view time.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib.metadata import distribution
from pathlib import Path

VENDOR_DIR = "static/vendor"
OWN_STATIC = Path(__file__).parent / "static"
TABLE_FALLBACK = f"{VENDOR_DIR}/gx-table-fallback.js"
CLICK_HANDLERS = f"{VENDOR_DIR}/gx-click-handlers.js"
GX_LOGO = "static/images/logo-long.png"  # shipped by GX and copied into every site by its builder
GX_IMAGE_HOST = "great-expectations-web-assets.s3.us-east-2.amazonaws.com"  # logos only; GX ships one


@dataclass(frozen=True)
class Asset:
    dist: str  # PyPI distribution (pinned in uv.lock) that ships the file or folder
    source: str  # path inside the installed distribution
    target: str  # path under the site root


JQUERY = Asset(
    "XStatic-jQuery", "xstatic/pkg/jquery/data/jquery.min.js", f"{VENDOR_DIR}/jquery/jquery.min.js"
)
BOOTSTRAP_CSS = Asset(
    "XStatic-Bootstrap",
    "xstatic/pkg/bootstrap/data/css/bootstrap.min.css",
    f"{VENDOR_DIR}/bootstrap/css/bootstrap.min.css",
)
BOOTSTRAP_JS = Asset(
    "XStatic-Bootstrap",
    "xstatic/pkg/bootstrap/data/js/bootstrap.bundle.min.js",
    f"{VENDOR_DIR}/bootstrap/js/bootstrap.bundle.min.js",
)
FONT_AWESOME_CSS = Asset(
    "XStatic-Font-Awesome",
    "xstatic/pkg/font_awesome/data/css/all.min.css",
    f"{VENDOR_DIR}/fontawesome/css/all.min.css",
)
FONT_AWESOME_FONTS = Asset(
    "XStatic-Font-Awesome", "xstatic/pkg/font_awesome/data/webfonts", f"{VENDOR_DIR}/fontawesome/webfonts"
)
_VEGA_DIR = "js_lib_vega_embed/static/js_lib_vega_embed"
VEGA = Asset("django-js-lib-vega-embed", f"{_VEGA_DIR}/vega5.js", f"{VENDOR_DIR}/vega/vega5.js")
VEGA_LITE = Asset(
    "django-js-lib-vega-embed", f"{_VEGA_DIR}/vega-lite5.js", f"{VENDOR_DIR}/vega/vega-lite5.js"
)
VEGA_EMBED = Asset(
    "django-js-lib-vega-embed", f"{_VEGA_DIR}/vega-embed6.js", f"{VENDOR_DIR}/vega/vega-embed6.js"
)
ASSETS = (
    JQUERY,
    BOOTSTRAP_CSS,
    BOOTSTRAP_JS,
    FONT_AWESOME_CSS,
    FONT_AWESOME_FONTS,
    VEGA,
    VEGA_LITE,
    VEGA_EMBED,
)
CHART_LIBRARIES = frozenset({VEGA.target, VEGA_LITE.target, VEGA_EMBED.target})

# Every CDN reference in GX 1.24.1's templates: a site path to use instead, or None to drop it.
CDN_REPLACEMENTS: dict[str, str | None] = {
    "https://code.jquery.com/jquery-3.7.1.min.js": JQUERY.target,
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": BOOTSTRAP_CSS.target,
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": BOOTSTRAP_JS.target,
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": None,
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": FONT_AWESOME_CSS.target,
    "https://cdn.jsdelivr.net/npm/vega@5": VEGA.target,
    "https://cdn.jsdelivr.net/npm/vega-lite@5": VEGA_LITE.target,
    "https://cdn.jsdelivr.net/npm/vega-embed@6": VEGA_EMBED.target,
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": TABLE_FALLBACK,
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": None,
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": None,
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": None,
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": None,
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": None,
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": None,
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": None,
}

_SOURCE_MAP = re.compile(r"\n?/[*/]# sourceMappingURL=[^\n]*\s*$")


def copy_assets(site: Path) -> None:
    """Vendored libraries (source-map comments removed: the maps are not copied) and our own scripts."""
    for asset in ASSETS:
        source = Path(str(distribution(asset.dist).locate_file(asset.source)))
        target = site / asset.target
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        elif source.suffix in {".js", ".css"}:
            target.write_text(_SOURCE_MAP.sub("\n", source.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    for target in (TABLE_FALLBACK, CLICK_HANDLERS):
        shutil.copyfile(OWN_STATIC / Path(target).name, site / target)
