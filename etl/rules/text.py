"""Text as the pipeline compares and stores it: folded, visible, on one line.

Every name, place, heading and identity key goes through `fold_text`:

- characters that print nothing are removed: controls (Unicode Cc) other than whitespace, and format
  characters (Cf: zero-width space and joiners, bidi overrides such as U+202E, the BOM, soft hyphens).
  They hide inside a name and make one project two, or reorder what a reader sees;
- compatibility forms are folded with NFKC: full-width digits and brackets, and the Kangxi radicals and
  compatibility ideographs PDF fonts produce (`⼀` U+2F00 → 一, `⽬` → 目);
- a line break inside a cell (a name wrapped in a PDF or a spreadsheet cell) is joined without a space
  where Chinese text or a number continues across it, and with one space between words of Latin script;
- other whitespace runs collapse to one space; the ends are trimmed.

The raw text stays in each row's `raw` JSON, as published.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Whitespace controls: Python's str.split() treats them as spaces, and so does fold_text.
_WHITESPACE_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])[ \t]*")
# A break between these joins without a space: CJK ideographs and radicals, CJK and full-width
# punctuation, kana, digits, and the punctuation inside numbers.
_JOINS = re.compile(
    r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef0-9.,%]"
)


# The planes with Cc and Cf code points: the Basic and Supplementary Multilingual planes and the
# tags (U+E0000–U+E0FFF). Planes 2–13 hold ideographs or nothing, 15–16 private use: scanning only these
# finds the same class (tests/test_text.py holds it to a scan of every code point) in ~1/8 of the time,
# ~0.25 s → ~0.03 s, paid by every process that folds text (a no-change run's flow, each reader worker).
_PLANES_WITH_CONTROLS = (range(0x20000), range(0xE0000, 0xE1000))


@cache
def _invisible(planes: tuple[range, ...] = _PLANES_WITH_CONTROLS) -> re.Pattern:
    """A character class of every Cc (but whitespace) and Cf code point, built once."""
    points = [c for plane in planes for c in plane if unicodedata.category(chr(c)) in ("Cc", "Cf")]
    ranges: list[list[int]] = []
    for point in points:
        if chr(point) in _WHITESPACE_CONTROLS:
            continue
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


def strip_invisible(text: str) -> str:
    """Remove control (except whitespace) and format characters."""
    return _invisible().sub("", text)


def _join(match: re.Match) -> str:
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    if before and after and (_JOINS.match(before) or _JOINS.match(after)):
        return ""
    return " "


def join_line_breaks(text: str) -> str:
    """'广州地铁十号\n线' → '广州地铁十号线'; 'Phase\nII' → 'Phase II'."""
    return _LINE_BREAK.sub(_join, text)


def fold_text(text: str | None) -> str:
    """Visible, NFKC-folded text on one line, trimmed, inner runs of spaces collapsed to one."""
    if text is None:
        return ""
    text = str(text)
    if not (text.isascii() and text.isprintable()):
        text = strip_invisible(text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = join_line_breaks(text.strip())
    return " ".join(text.split())  # also what re.sub(r"\s+", " ") + strip() gives, several times faster
