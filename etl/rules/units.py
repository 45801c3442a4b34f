"""Money amounts: text as published → exact Decimal in 万元 (the unit of the provincial plan's rows).

Every function here keeps to Decimal; a float never touches an amount.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Context, Decimal

from etl.rules.text import fold_text

# How many 万元 one unit is worth. 十亿元 is the English "billion yuan".
UNIT_IN_WAN: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "百万元": Decimal(100),
    "千万元": Decimal(1000),
    "亿元": Decimal(10000),
    "十亿元": Decimal(100000),
    "万亿元": Decimal(100000000),
}
UNIT_ALIASES = {
    **{unit: unit for unit in UNIT_IN_WAN},
    "万亿": "万亿元",
    "十亿": "十亿元",
    "亿": "亿元",
    "万": "万元",
}
_UNITS = "万亿元|千万元|百万元|十亿元|亿元|万元|千元|元"

# English units in a header: a magnitude (what is left when the currency words are taken out) → unit.
_CURRENCY_WORDS = frozenset({"yuan", "cny", "rmb"})
_MAGNITUDES: dict[tuple[str, ...], str] = {
    (): "元", ("thousand",): "千元", ("wan",): "万元", ("10k",): "万元", ("10000",): "万元", ("10", "000"): "万元",
    ("ten", "thousand"): "万元", ("10", "thousand"): "万元", ("million",): "百万元", ("mn",): "百万元",
    ("1", "million"): "百万元", ("10", "million"): "千万元", ("ten", "million"): "千万元", ("yi",): "亿元",
    ("100m",): "亿元", ("100", "million"): "亿元", ("hundred", "million"): "亿元", ("billion",): "十亿元",
    ("bn",): "十亿元", ("trillion",): "万亿元",
}  # fmt: skip

# A money unit, not followed by another measure word: 万千瓦 / 万平方米 / 万亩 are quantities.
UNIT_RE = re.compile(rf"({_UNITS}|万亿|亿|万)")  # a bare 万 ends the cell: "12万" = 12万元
_NOTE_UNIT_RE = re.compile(rf"(?:单位|金额单位|计量单位)\s*[:：]\s*({_UNITS}|万亿|亿)")
_BRACKETED_UNIT = re.compile(rf"[(\[][^)\]]*?({_UNITS}|万亿|亿)\s*[)\]]")
_TRAILING_UNIT = re.compile(rf"(投资|金额|额|总额|计划)({_UNITS}|万亿|亿|万)$")
QUANTITY_RE = re.compile(
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
        "n/a",
        "na",
    }
)
APPROX_RE = re.compile(r"^(约|超过|超|逾|近|多于|大于|不少于|不低于)")
TRAILING_APPROX_RE = re.compile(r"(多|余|以上|左右)$")


class AmountError(ValueError):
    """An amount cell that cannot be read as money; the message is the reason shown to people."""


def canonical_unit(text: str | None) -> str | None:
    if not text:
        return None
    return UNIT_ALIASES.get(text.strip())


def english_unit(tokens: list[str]) -> tuple[int, str | None]:
    """(how many of the last tokens of an English key name a unit, that unit): ['investment', 'wan'] →
    (1, '万元'); ['total', 'investment', '100m', 'yuan'] → (2, '亿元'); ['amount'] → (0, None)."""
    best: tuple[int, str | None] = (0, None)
    for n in range(1, min(5, len(tokens)) + 1):
        tail = tokens[-n:]
        magnitude = tuple(t for t in tail if t not in _CURRENCY_WORDS)
        if magnitude in _MAGNITUDES and (magnitude or _CURRENCY_WORDS & set(tail)):
            best = (n, _MAGNITUDES[magnitude])
    return best


def english_unit_tokens(tokens: list[str]) -> list[str]:
    """The last tokens of a key that name its unit, if any word is left before them."""
    n, _ = english_unit(tokens)
    return tokens[-n:] if 0 < n < len(tokens) else []


# Word boundaries inside an ASCII key: camelCase, an acronym before a word (URLName), letters before
# digits ('investment100m'); '100M' and '10k' stay one token.
_WORD_BOUNDARY = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[0-9])(?=[A-Z][a-z])|(?<=[a-zA-Z])(?=[0-9])"
)


def key_tokens(text: str) -> list[str]:
    """'totalInvestment100mYuan' / 'TOTAL_INVESTMENT_100M_YUAN' → ['total', 'investment', '100m', 'yuan']."""
    return [t for t in re.split(r"[^a-z0-9]+", _WORD_BOUNDARY.sub(" ", text).lower()) if t]


def unit_in_header(header: str) -> str | None:
    """The unit a header states: '总投资（亿元）', '(单位：万元)', '投资额万元', 'investment_wan',
    'Amount (10,000 yuan)', 'totalInvestment100mYuan'. 万千瓦 in a header is not money."""
    folded = fold_text(header)
    compact = folded.replace(" ", "")
    m = _BRACKETED_UNIT.search(compact) or _TRAILING_UNIT.search(compact)
    if m:
        return canonical_unit(m.group(m.lastindex))
    if not folded.isascii():
        return None
    for inner in re.findall(r"[(\[]([^)\]]*)[)\]]", folded):
        tokens = key_tokens(inner)
        if tokens and english_unit(tokens)[0] == len(tokens):
            return english_unit(tokens)[1]
    tokens = key_tokens(re.sub(r"[(\[][^)\]]*[)\]]", " ", folded))
    return english_unit(tokens)[1] if english_unit_tokens(tokens) else None


def unit_in_note(text: str) -> str | None:
    """'单位：万元' in a note row above or below the table → '万元'."""
    m = _NOTE_UNIT_RE.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return canonical_unit(m.group(1)) if m else None


def is_placeholder(text: str | None) -> bool:
    return fold_text(text).replace(" ", "").lower() in PLACEHOLDERS


def parse_amount(text: str | None, unit: str | None) -> tuple[Decimal | None, str | None]:
    """Return (amount in 万元, unit used). Placeholders give (None, unit).

    The one definition of reading an amount cell: SQL casts only the plain numbers of PLAIN_NUMBER
    itself (sql/staging/000_amount_macros.sql), exactly as the first branch here does, and looks every
    other text up in what this function returned for it (etl/normalize/lookups.py).

    A unit written in the cell ('3295.3亿元') wins over the column's unit. Approximation words
    (约 / 超 / 多) are dropped here; headline bounds are handled by reconciliation, not by row amounts.
    A text that could be read more than one way, or only wrongly, raises AmountError naming it: commas
    or spaces that are not thousands separators in groups of three ('12,34', '1 2 3', the decimal comma
    of '1.234,5'), digits NFKC would fold (superscript '¹²', circled '①'), NaN and infinities, and values
    the warehouse cannot hold.
    """
    if unit is not None and text is not None and PLAIN_NUMBER_RE.fullmatch(text):
        return Decimal(text) * UNIT_IN_WAN[unit], unit
    raw = fold_text(text)
    compact = _DIGIT_SPACE.sub(",", raw).replace(" ", "")  # '1 234.5': a space between digits groups them
    if compact.replace(",", "").lower() in PLACEHOLDERS:
        return None, unit
    _refuse_folded_digits(text or "")
    if QUANTITY_RE.search(compact):
        raise AmountError(f"{raw!r} is a quantity, not money")
    compact = TRAILING_APPROX_RE.sub("", APPROX_RE.sub("", compact))
    cell_unit = None
    m = UNIT_RE.search(compact)
    if m:
        if compact[m.end() :]:
            raise AmountError(f"{raw!r} has text after its unit")
        cell_unit = canonical_unit(m.group(1))
        compact = compact[: m.start()]
    used = cell_unit or unit
    if used is None:
        raise AmountError(f"{raw!r} has no unit (none in the cell, the header, a note or the catalog)")
    return _in_wan(raw, _number(raw, compact), UNIT_IN_WAN[used]), used


# A number SQL casts itself: ASCII digits, at most 8 before the point and 8 after, so that any unit's
# factor keeps it below MAX_WAN and within 12 decimals. Longer numbers come through parse_amount.
PLAIN_NUMBER = r"^-?[0-9]{1,8}(\.[0-9]{1,8})?$"
PLAIN_NUMBER_RE = re.compile(PLAIN_NUMBER)
# What the warehouse can hold: amounts are DECIMAL(20, 4) in 万元 there (sql/ddl/001_tables.sql) and
# DECIMAL(38, 12) while staged; a larger value, or one finer than 12 decimals, would fail the cast or be
# rounded away.
MAX_WAN = Decimal(10) ** 16
MIN_STEP_WAN = Decimal(10) ** -12
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DIGIT_SPACE = re.compile(r"(?<=[0-9]) (?=[0-9])")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_NOT_A_NUMBER = re.compile(r"[+-]?s?nan[0-9]*", re.IGNORECASE)
_INFINITE = re.compile(r"[+-]?inf(?:inity)?", re.IGNORECASE)
_WIDE_DIGITS = frozenset("０１２３４５６７８９")


def _refuse_folded_digits(text: str) -> None:
    """Digits NFKC would fold into 0-9 other than full-width ones ('¹²' → 12, '①' → 1, '½' → 1⁄2) are
    not how an amount is printed: a footnote mark or a stray symbol would become part of the number.
    Checked on the text as published, before folding hides them."""
    for char in text:
        if char.isascii() or char in _WIDE_DIGITS:
            continue
        if any(c.isdigit() for c in unicodedata.normalize("NFKC", char)) or char.isdigit():
            raise AmountError(f"{text.strip()!r} has the digit {char!r}, which is not 0-9")


def _number(raw: str, compact: str) -> Decimal:
    """The number left once units and approximation words are gone, as Decimal: ASCII digits only
    (Decimal would also read other scripts' digits), commas (or spaces) only between groups of three."""
    if "," in compact:
        if "." in compact and compact.index(".") < compact.rindex(","):
            raise AmountError(f"{raw!r} has a decimal comma (as in 1.234,5), not thousands separators")
        if not _GROUPED.fullmatch(compact):
            raise AmountError(f"{raw!r} has separators that are not thousands separators in groups of three")
        compact = compact.replace(",", "")
    if _NOT_A_NUMBER.fullmatch(compact):
        raise AmountError(f"{raw!r} is NaN, not a number")
    if _INFINITE.fullmatch(compact):
        raise AmountError(f"{raw!r} is not a finite number")
    if not _NUMBER.fullmatch(compact):
        raise AmountError(f"{raw!r} is not a number")
    return Decimal(compact)


def _in_wan(raw: str, value: Decimal, factor: Decimal) -> Decimal:
    """value × factor, exactly, if the warehouse can hold it; a zero keeps at most 8 decimals."""
    exponent = value.as_tuple().exponent
    if not value:  # '0E-1000000' is zero, but DuckDB cannot cast its text
        return Decimal(0).scaleb(min(0, max(-8, exponent))) * factor
    if value.adjusted() >= 40:  # checked before any arithmetic, which would overflow Decimal's limits
        raise AmountError(f"{raw!r} is too large to store (at least 10^16 万元)")
    if value.adjusted() < -40:
        raise AmountError(f"{raw!r} has more decimals than can be stored (12 in 万元)")
    # exact, keeping the printed precision (last_digit_wan): as many digits as the two coefficients have
    wan = Context(prec=len(value.as_tuple().digits) + len(factor.as_tuple().digits)).multiply(value, factor)
    if abs(wan) >= MAX_WAN:
        raise AmountError(f"{raw!r} is too large to store (at least 10^16 万元)")
    if wan.as_tuple().exponent < -12 and wan != wan.quantize(MIN_STEP_WAN):
        raise AmountError(f"{raw!r} has more decimals than can be stored (12 in 万元)")
    return wan


def wan_to_yi(amount_wan: Decimal) -> Decimal:
    return amount_wan / UNIT_IN_WAN["亿元"]


def yi_to_wan(amount_yi: Decimal | float | str) -> Decimal:
    return Decimal(str(amount_yi)) * UNIT_IN_WAN["亿元"]


def last_digit_wan(amount_wan: Decimal, unit: str) -> Decimal:
    """One unit of the last digit printed, in 万元: '535.7' read in 亿元 → 1000 (0.1亿)."""
    factor = UNIT_IN_WAN[unit]
    exponent = amount_wan.as_tuple().exponent - factor.as_tuple().exponent
    return Decimal(1).scaleb(exponent) * factor
