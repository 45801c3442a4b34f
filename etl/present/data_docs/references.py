"""Every URL in a built page goes through one mapping: stay inside the site, or be dropped.

``site_reference`` decides for one URL: a path inside the site stays (GX's favicon link, one ``../``
short, is corrected); a CDN URL GX 1.24.1 uses becomes the relative path of its vendored copy
(``assets.CDN_REPLACEMENTS``) or None; anything else with a scheme or a host (``javascript:``, an
unknown CDN, ``//host``) is None. ``rewrite_references`` applies it to every URL-carrying attribute of
an lxml document; what to do with None depends on the element (drop a script or stylesheet, turn a
link into plain text, blank an image).

CSS is not HTML and lxml does not parse it, so ``url(...)`` in ``<style>`` elements, ``style``
attributes and the site's .css files is found by one regular expression (``CSS_URL``): GX 1.24.1's CSS
has a single external ``url()`` (the dark-mode logo on S3) and no ``@import``; the final check
(``external_references``) looks for both, so a CSS form the expression misses makes the build fail
instead of going out.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html

from etl.present.data_docs.assets import CDN_REPLACEMENTS, GX_IMAGE_HOST, GX_LOGO

logger = logging.getLogger(__name__)

URL_ATTRIBUTES = ("src", "href", "action", "formaction", "poster", "data", "background", "xlink:href")
DROP_WHOLE = frozenset({"script", "link", "iframe", "frame", "embed", "object", "source", "track"})
CDN_ONLY_ATTRIBUTES = ("integrity", "crossorigin")  # they describe the CDN's copy of the file
CSS_URL = re.compile(r"""url\(\s*(["']?)(?P<url>[^"')]*)\1\s*\)""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?(?P<url>[^"')\s;]+)""", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")  # browsers ignore these in a URL's scheme and slashes


def leaves_site(url: str) -> bool:
    """True for a URL a browser would fetch from outside the site, or run (javascript:)."""
    bare = _INVISIBLE.sub("", url)
    if not bare or bare.startswith(("#", "?")):
        return False
    if bare[:1] in "/\\":  # //host, /\host and an absolute path all leave a file:// site
        return True
    inline_image = bare.lower().startswith("data:image/") or bare == "data:,"  # content, not a fetch
    return bool(_SCHEME.match(bare)) and not inline_image


def relative(target: str, page: Path, site: Path) -> str:
    return Path(os.path.relpath(site / target, page.parent)).as_posix()


def site_reference(url: str, page: Path, site: Path) -> str | None:
    """The URL page should use instead of url, or None to drop the reference."""
    if not leaves_site(url):
        return _corrected_static_path(url, page, site)
    target = CDN_REPLACEMENTS.get(url.strip())
    if target is None and urlsplit(url.strip()).hostname == GX_IMAGE_HOST:
        target = GX_LOGO
    return relative(target, page, site) if target else None


def _corrected_static_path(url: str, page: Path, site: Path) -> str:
    """GX's favicon link on result pages is one ../ short: point static/... refs at the site's static/."""
    path = urlsplit(url).path
    if "static/" not in path or (page.parent / path).exists():
        return url
    inside = path[path.index("static/") :]
    return relative(inside, page, site) if (site / inside).exists() else url


def rewrite_css(text: str, page: Path, site: Path) -> str:
    def replace(match: re.Match) -> str:
        url = match.group("url")
        if not leaves_site(url):
            return match.group(0)
        target = site_reference(url, page, site)
        return f'url("{target}")' if target else "none"

    return CSS_URL.sub(replace, text)


def rewrite_references(doc: html.HtmlElement, page: Path, site: Path) -> None:
    """Map every URL attribute and CSS url() of the document through site_reference."""
    for element in list(doc.iter()):
        if not isinstance(element.tag, str):
            continue
        for attribute in URL_ATTRIBUTES:
            url = element.get(attribute)
            if url is None:
                continue
            target = site_reference(url, page, site)
            if target is None:
                if element.tag != "a" and url.strip() not in CDN_REPLACEMENTS:
                    logger.warning("Data Docs: dropped <%s %s=%.200r>", element.tag, attribute, url)
                _drop(element, attribute)
                break
            if target != url:
                element.set(attribute, target)
                for cdn_only in CDN_ONLY_ATTRIBUTES:
                    element.attrib.pop(cdn_only, None)
        if element.get("srcset") is not None:
            element.attrib.pop("srcset")  # GX writes none; candidates would each need mapping
        if element.get("style"):
            element.set("style", rewrite_css(element.get("style"), page, site))
        if element.tag == "style" and element.text:
            element.text = rewrite_css(element.text, page, site)


def _drop(element: html.HtmlElement, attribute: str) -> None:
    if element.tag in DROP_WHOLE:
        element.drop_tree()  # keeps the text that follows it
    elif element.tag == "a":  # an external link becomes its text
        element.attrib.clear()
        element.tag = "span"
    elif element.tag == "img":
        element.set(attribute, "data:,")
    else:
        element.attrib.pop(attribute)


def remove_external_footers(doc: html.HtmlElement) -> None:
    """GX's newsletter footer: a <footer> that links outside the site goes, text and all."""
    for footer in list(doc.iter("footer")):
        if any(leaves_site(a.get("href", "")) for a in footer.iter("a")):
            footer.drop_tree()


def external_references(doc: html.HtmlElement) -> list[str]:
    """URLs of the document that still leave the site (attributes, srcset, CSS url() and @import)."""
    found = []
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        found += [element.get(a) for a in URL_ATTRIBUTES if element.get(a) and leaves_site(element.get(a))]
        if element.get("srcset"):
            found.append(element.get("srcset"))
        css = (element.text or "") if element.tag == "style" else ""
        found += css_external_references(css + " " + (element.get("style") or ""))
    return found


def css_external_references(css: str) -> list[str]:
    urls = [m.group("url") for m in CSS_URL.finditer(css)] + [
        m.group("url") for m in CSS_IMPORT.finditer(css)
    ]
    return [url for url in urls if leaves_site(url)]
