"""A safety net after escaping: no event-handler attribute and no script that GX's templates do not write.

The views (``views.py``) escape every value, so hostile text never becomes markup and nothing here
should find anything to remove; if a GX version adds a path that bypasses them, this pass removes what
it would enable (with a warning), and the Content-Security-Policy blocks the rest.

- GX 1.24.1 itself writes three inline ``onclick`` handlers; the page's CSP blocks inline handlers, so
  they become ``data-gx-click``/``data-gx-click-arg`` attributes that ``static/gx-click-handlers.js``
  binds. Any other ``on*`` attribute is removed.
- Inline ``<script>`` blocks are kept only if they are one of the blocks GX's templates write (matched
  by their opening lines, ``GX_INLINE_SCRIPTS``): only kept blocks get a hash in the CSP. A ``<script
  src>`` must name a file in the site's ``static/`` folder.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html

from etl.present.data_docs.assets import CLICK_HANDLERS
from etl.present.data_docs.references import relative

logger = logging.getLogger(__name__)

# GX 1.24.1's inline handlers: page_action_card.j2 (result pages) and bootstrap_table.j2 (index).
GX_CLICK_HANDLERS = re.compile(
    r"^\s*(?P<name>showAllValidations|hideSucceededValidations|clearTableFilters)"
    r"\((?:'(?P<arg>[\w-]*)')?\)\s*;?\s*$"
)
# The opening of each inline <script> GX 1.24.1's templates write (after leading whitespace).
GX_INLINE_SCRIPTS = {
    "page_action_card.j2": re.compile(r"function showAllValidations\(\) \{"),
    "bootstrap_table_js_functions.j2": re.compile(r"function rowStyleLinks\(row, index\) \{"),
    "bootstrap_table.j2": re.compile(r"\$\('#[\w-]+-body-table'\)\.bootstrapTable\(\n"),
    "graph.j2": re.compile(r"// Assign the specification to a local variable vlSpec\.\n"),
    "page.j2 (walkthrough modal)": re.compile(r"try \{\n\s*if \(localStorage\.getItem\('ge-walkthrough"),
}


def move_click_handlers(doc: html.HtmlElement) -> int:
    """GX's onclick handlers → data attributes; every other on* attribute is removed. Returns how many moved."""
    moved = 0
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in [a for a in element.attrib if a.lower().startswith("on")]:
            code = element.attrib.pop(attribute)
            known = GX_CLICK_HANDLERS.match(code) if attribute.lower() == "onclick" else None
            if not known:
                logger.warning("Data Docs: removed %s=%r from a <%s>", attribute, code[:80], element.tag)
                continue
            element.set("data-gx-click", known.group("name"))
            if known.group("arg") is not None:
                element.set("data-gx-click-arg", known.group("arg"))
            moved += 1
    return moved


def is_gx_inline_script(code: str) -> bool:
    return any(opening.match(code.lstrip()) for opening in GX_INLINE_SCRIPTS.values())


def keep_known_scripts(doc: html.HtmlElement, page: Path, site: Path) -> None:
    """Remove inline scripts GX does not write and script files from outside the site's static/."""
    static = (site / "static").resolve()
    for script in list(doc.iter("script")):
        src = script.get("src")
        if src is None:
            known = is_gx_inline_script(script.text or "")
        else:
            path = (page.parent / unquote(urlsplit(src).path)).resolve()
            known = static in path.parents and path.is_file()
        if not known:
            logger.warning("Data Docs: removed an unknown script from %s", page.name)
            script.drop_tree()


def add_click_handlers(doc: html.HtmlElement, page: Path, site: Path) -> None:
    """The script that binds data-gx-click, at the end of <body> (after jQuery, loaded in <head>)."""
    script = html.Element("script", src=relative(CLICK_HANDLERS, page, site))
    doc.body.append(script)
