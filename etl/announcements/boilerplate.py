"""The article body of a web page, by plain lxml and a few rules (chosen over trafilatura and selectolax
by bench/article_extraction.py: same or better on the corpus, no extra dependency).

1. Drop what is never body: scripts and styles; nav/header/footer/aside, figures and captions, forms and
   buttons; any element whose class or id names chrome (nav, menu, crumb, share, related, footer …);
   any block whose letters are mostly link text (menus, breadcrumbs, related links, share bars). Never
   an element holding half the page's prose, though: many portals wrap the whole page in one <form>, and
   a body <div class="info_content"> must not go for its name.
2. The body is the deepest element that still holds most (80 %) of the page's prose — text outside links —
   so a content <div> or <td> wins over the page around it, whatever its class is called.
3. Its text is laid out block by block (p, div, br, li, h1–h6, tr → new line), and lines that are chrome
   by their words (编辑：, 来源：, 分享到, 相关链接, Related:, Copyright, 记者…摄) are dropped.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.html import HtmlElement


def _words(text: str) -> list[str]:
    return text.split()


# Never prose, whatever they hold.
ALWAYS_DROP = _words("script style noscript template svg object embed iframe")
# Chrome by their tag, unless one of them holds the body (<form id="form1"> around a whole portal page).
CHROME_TAGS = _words("form nav header footer aside figure figcaption button select input textarea")
CHROME_TOKENS = frozenset(
    _words(
        "nav navbar topnav menu channels crumb crumbs breadcrumb wz position location footer foot bottom header "
        "banner logo brand search share bdsharebuttonbox related relate xgwz xglj xgxw extend recommend sidebar "
        "aside comment comments copyright login toolbar print pager pagination ads advert editor byline author "
        "meta info time source caption tags tag"
    )
)
BLOCKS = frozenset(
    _words("p div br li h1 h2 h3 h4 h5 h6 tr td th section article blockquote pre ul ol table dd dt")
)
LINK_BLOCKS = ("ul", "ol", "dl", "div", "td", "table", "p", "section", "span")

# Lines that are chrome by their words. Bylines, editor and source lines, share bars: short, and no
# sentence ("记者从市发展改革委获悉，……。" opens a paragraph of the body). Footers: copyright, 备案, phone.
_CHROME_PREFIX = re.compile(
    r"^(?:责任编辑|编辑|审核|校对|来源|发布时间|发布日期|作者|记者|通讯员|字号|分享到|打印|关闭|相关链接|相关文章|延伸阅读|"
    r"上一篇|下一篇|Related|Editor|Source|Share|By\s)|【(?:打印|关闭)",
    re.I,
)
# Footers and photo credits, wherever they stand in a (short) line.
_CHROME_ANYWHERE = re.compile(
    r"版权所有|备案号|ICP备|联系电话|举报电话|Copyright|©|All rights reserved|记者\s*\S{2,4}\s*摄\s*$|\[Photo",
    re.I,
)
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_LETTERS = re.compile(r"[\u3400-\u9fffA-Za-z]")


def letters(text: str) -> int:
    """Chinese characters and Latin letters: what prose is made of (dates, digits and markup are not)."""
    return len(_LETTERS.findall(text))


def link_letters(element: HtmlElement) -> int:
    return sum(letters(a.text_content()) for a in element.iter("a"))


def prose_chars(element: HtmlElement) -> int:
    """Letters of text outside links."""
    return letters(element.text_content()) - link_letters(element)


def is_chrome_line(line: str) -> bool:
    if len(line) <= 100 and not re.search(r"[。！？.!?]$|。", line) and _CHROME_PREFIX.search(line):
        return True
    return len(line) <= 120 and bool(_CHROME_ANYWHERE.search(line))


def _named_chrome(element: HtmlElement) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(token in CHROME_TOKENS for token in _TOKEN_SPLIT.split(names) if token)


def _link_dense(element: HtmlElement) -> bool:
    """Most of its letters are link text: a menu, a breadcrumb, a list of related links, a share bar."""
    if element.find(".//a") is None:
        return False
    total = letters(element.text_content())
    return total > 0 and link_letters(element) * 2 >= total


def strip_chrome(root: HtmlElement) -> None:
    """Remove every element that is never the body, in place: by tag, by class/id, by link density."""
    for element in list(root.iter(*ALWAYS_DROP)):
        element.drop_tree()
    half = prose_chars(root) / 2
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if (element.tag in CHROME_TAGS or _named_chrome(element)) and prose_chars(element) < half:
            element.drop_tree()
    for element in list(root.iter(*LINK_BLOCKS)):
        if _link_dense(element):
            element.drop_tree()


def body_element(root: HtmlElement) -> HtmlElement:
    """The deepest element holding at least 80 % of the page's prose."""
    best = root
    target = 0.8 * prose_chars(root)
    while True:
        children = [c for c in best if isinstance(c.tag, str) and prose_chars(c) >= target]
        if not children:
            return best
        best = children[0]


def _lines(element: HtmlElement) -> list[str]:
    """Text laid out block by block: a block element starts a new line."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str):
            return
        block = node.tag in BLOCKS
        if block:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append("\n")

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).replace("\u3000", " ").split("\n"))
    return [line for line in lines if line]


def body_text(root: HtmlElement, title: str | None = None) -> str:
    """The body's text, one paragraph a line; chrome lines and the title (an <h1> in the body) dropped."""
    kept = []
    for line in _lines(body_element(root)):
        if is_chrome_line(line) or (title and line == title):
            continue
        kept.append(line)
    return "\n".join(kept)


def parse(text: str) -> HtmlElement:
    """An lxml tree of a page's text (an XML declaration is dropped: lxml refuses it on str input)."""
    return lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
