"""Money amounts: text as published → exact Decimal in 万元 (the unit of the provincial plan's rows).

Every function here keeps to Decimal; a float never touches an amount.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

# How many 万元 one unit is worth.
UNIT_IN_WAN: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "万元": Decimal(1),
    "亿元": Decimal(10000),
    "万亿元": Decimal(100000000),
}
_UNIT_ALIASES = {
    "万亿": "万亿元",
    "亿": "亿元",
    "万": "万元",
    "元": "元",
    "万元": "万元",
    "亿元": "亿元",
    "万亿元": "万亿元",
}

# A money unit, not followed by another measure word: 万千瓦 / 万平方米 / 万亩 are quantities.
_UNIT_RE = re.compile(r"(万亿元|万亿|亿元|万元|亿|万|元)")  # a bare 万 ends the cell: "12万" = 12万元
_NOTE_UNIT_RE = re.compile(r"(?:单位|金额单位|计量单位)\s*[:：]\s*(万亿元|万亿|亿元|万元|亿|元)")
_QUANTITY_RE = re.compile(
    r"\d\s*万\s*(千瓦|平方米|平米|亩|吨|标箱|人|户|个|套|米|公里|千米|立方米|辆|台|千伏安)"
)
PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        "—",
        "——",
        "―",
        "－",
        "/",
        "／",
        "无",
        "暂无",
        "待定",
        "null",
        "none",
        "nan",
        "n/a",
        "na",
    }
)
_APPROX_RE = re.compile(r"^(约|超过|超|逾|近|多于|大于|不少于|不低于)")
_TRAILING_APPROX_RE = re.compile(r"(多|余|以上|左右)$")


class AmountError(ValueError):
    """An amount cell that cannot be read as money; the message is the reason shown to people."""


def canonical_unit(text: str | None) -> str | None:
    if not text:
        return None
    return _UNIT_ALIASES.get(text.strip())


def unit_in_header(header: str) -> str | None:
    """'总投资（亿元）' → '亿元'. Only a unit inside brackets counts; 万千瓦 in a header is not money.

    Whitespace is ignored, as header matching ignores it: a PDF cell wraps '总投资（万\n元）'."""
    folded = "".join(unicodedata.normalize("NFKC", header).split())
    m = re.search(r"[(\[]\s*(万亿元|万亿|亿元|万元|亿|元)\s*[)\]]", folded)
    return canonical_unit(m.group(1)) if m else None


def unit_in_note(text: str) -> str | None:
    """'单位：万元' in a note row above or below the table → '万元'."""
    m = _NOTE_UNIT_RE.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return canonical_unit(m.group(1)) if m else None


def fold_text(text: str | None) -> str:
    """NFKC (full-width digits, brackets, spaces) and trimmed; inner runs of spaces collapse to one."""
    if text is None:
        return ""
    text = str(text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())  # also what re.sub(r"\s+", " ") + strip() gives, several times faster


def is_placeholder(text: str | None) -> bool:
    return fold_text(text).replace(" ", "").lower() in PLACEHOLDERS


def parse_amount(text: str | None, unit: str | None) -> tuple[Decimal | None, str | None]:
    """Return (amount in 万元, unit used). Placeholders give (None, unit).

    A unit written in the cell ('3295.3亿元') wins over the column's unit. Approximation words
    (约 / 超 / 多) are dropped here; headline bounds are handled by reconciliation, not by row amounts.
    """
    raw = fold_text(text)
    compact = raw.replace(" ", "").replace(",", "").replace("，", "")
    if compact.lower() in PLACEHOLDERS:
        return None, unit
    if _QUANTITY_RE.search(compact):
        raise AmountError(f"{raw!r} is a quantity, not money")
    compact = _TRAILING_APPROX_RE.sub("", _APPROX_RE.sub("", compact))
    cell_unit = None
    m = _UNIT_RE.search(compact)
    if m:
        if compact[m.end() :]:
            raise AmountError(f"{raw!r} has text after its unit")
        cell_unit = canonical_unit(m.group(1))
        compact = compact[: m.start()]
    used = cell_unit or unit
    if used is None:
        raise AmountError(f"{raw!r} has no unit (none in the cell, the header, a note or the catalog)")
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise AmountError(f"{raw!r} is not a number") from None
    if not value.is_finite():
        raise AmountError(f"{raw!r} is not a finite number")
    return value * UNIT_IN_WAN[used], used


def wan_to_yi(amount_wan: Decimal) -> Decimal:
    return amount_wan / UNIT_IN_WAN["亿元"]


def yi_to_wan(amount_yi: Decimal | float | str) -> Decimal:
    return Decimal(str(amount_yi)) * UNIT_IN_WAN["亿元"]


def last_digit_wan(amount_wan: Decimal, unit: str) -> Decimal:
    """One unit of the last digit printed, in 万元: '535.7' read in 亿元 → 1000 (0.1亿)."""
    factor = UNIT_IN_WAN[unit]
    exponent = amount_wan.as_tuple().exponent - factor.as_tuple().exponent
    return Decimal(1).scaleb(exponent) * factor
