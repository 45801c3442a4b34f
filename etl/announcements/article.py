"""The article of an announcement: its title, its body text and its language.

`main_text(payload)` reads an HTML page or a text file. For HTML it keeps the article body only —
no navigation, breadcrumb, share buttons, related links, captions or footer — by the rules in
`boilerplate.py` (plain lxml, chosen over trafilatura and selectolax by bench/article_extraction.py).
A page that is no article (a list of links, a login form, an empty body) is a ReadError that says why.

Bytes are decoded like the project's other readers: a `<meta charset>` is honoured (gb2312 and gbk read
as GB18030, their superset), else UTF-8 with or without BOM, else GB18030.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from etl.announcements import boilerplate
from etl.announcements.sentences import language_of
from etl.core.errors import ReadError
from etl.readers.text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_HTML_HEAD = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|table)\b", re.I)
# Eight letters then an end: the same as "8 or more" and linear (no run is rescanned from every start).
_SENTENCE_END = re.compile(r"[^\s。！？.!?]{8}[。！？.!?]")
# Mirrors that annotate characters with their reading: 项(xiàng)目. The reading is no part of the text.
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*[)）]")


def _without_readings(text: str) -> str:
    return _PINYIN.sub("", text)


_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


@dataclass(frozen=True)
class Article:
    title: str | None
    text: str
    language: str  # "zh" | "en"


def decode_page(payload: bytes, encoding: str | None = None) -> str:
    """Text of a page: the declared encoding, else its <meta charset>, else UTF-8 (BOM or not), else GB18030."""
    if encoding is None:
        declared = _META_CHARSET.search(payload[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            try:
                return payload.decode("gb18030" if name in _GB else name).removeprefix("\ufeff")
            except (LookupError, UnicodeDecodeError):
                pass
    elif encoding.lower() in _GB:
        encoding = "gb18030"
    return decode(payload, encoding)


def is_html(payload: bytes) -> bool:
    return bool(_HTML_HEAD.search(payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")))


def _text_article(text: str) -> Article:
    text = _without_readings(text)
    text = "\n".join(
        line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ).strip()
    if not text:
        raise ReadError("not an article: the text is empty")
    first = text.split("\n", 1)[0].strip()
    title = first if len(first) <= 80 and not re.search(r"[。！？.!?]$", first) and "\n" in text else None
    return Article(title, text, language_of(text))


def _title(root: HtmlElement) -> str | None:
    for h in root.iter("h1"):
        if h.text_content().strip():
            return " ".join(h.text_content().split())
    title = root.findtext(".//title")
    return re.split(r"\s*[_|–—-]\s*", title.strip())[0] if title and title.strip() else None


def _links_only(root: HtmlElement) -> str | None:
    """'a list of links (…)' when links hold most of the page's letters, else None."""
    links = [a for a in root.iter("a") if a.text_content().strip()]
    in_links, outside = boilerplate.link_letters(root), boilerplate.prose_chars(root)
    if len(links) >= 8 and in_links > outside:
        return f"a list of links ({len(links)} links, {in_links} letters in links and {outside} outside)"
    return None


def _html_article(text: str) -> Article:
    try:
        root = boilerplate.parse(text)
    except Exception as exc:  # lxml raises several kinds on rubbish input
        raise ReadError(f"not an article: unreadable HTML ({exc})") from None
    if root.xpath("//input[@type='password']"):
        raise ReadError("not an article: a login form (password field), not a release")
    title, links_only = _title(root), _links_only(root)
    boilerplate.strip_chrome(root)
    body = boilerplate.body_text(root, title)
    reason = _why_not(body, title, links_only)
    if reason:
        raise ReadError(f"not an article: {reason}")
    body = _without_readings(body)
    return Article(title, body, language_of(body))


_ERROR_PAGE = re.compile(
    r"\b404\b|not\s+found|页面不存在|页面未找到|找不到页面|访问的页面|已删除|已过期|服务器错误", re.I
)
_LOGIN_WALL = re.compile(
    r"登录后(?:查看|阅读)|请先登录|请登录|sign\s+in\s+to|log\s+in\s+to|subscribe\s+to\s+read", re.I
)


def _why_not(body: str, title: str | None, links_only: str | None) -> str | None:
    """Why the body found is no release: none, no prose, an error page, a login wall, a page of links."""
    if not body:
        return links_only or "the page has no body text"
    short = boilerplate.letters(body) < 100
    if short and _ERROR_PAGE.search(f"{title or ''} {body}"):
        return "an error page (page not found / removed)"
    if short and _LOGIN_WALL.search(body):
        return "a login wall, not the release"
    if not _SENTENCE_END.search(body) or (short and links_only):
        return links_only or "no sentence of prose in the body"
    return None


def main_text(payload: bytes, encoding: str | None = None, kind: str = "auto") -> Article:
    """The article of an HTML page or a text file; kind is 'auto', 'html' or 'text'."""
    if kind not in ("auto", "html", "text"):
        raise ValueError(f"kind must be auto, html or text, not {kind!r}")
    if not payload.strip():
        raise ReadError("not an article: the payload is empty")
    if kind == "text" or (kind == "auto" and not is_html(payload)):
        return _text_article(decode_page(payload, encoding) if encoding else decode(payload))
    return _html_article(decode_page(payload, encoding))
