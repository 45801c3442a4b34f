"""Numbers as releases write them, read into exact Decimals.

- Arabic numerals, with thousands separators ("1,000") or full-width digits (folded first);
- Chinese numerals where releases use them for counts and round amounts ("千", "一千多", "近百", "两百");
- English number words where wires use them ("a thousand", "two hundred", "twelve");
- money units: 元 / 万元 / 亿(元) / 万亿(元) and million / billion / trillion yuan, all to 万元;
- qualifier words (约 / 超过 / 逾 / 近 / 多 / about / over / nearly …) to one of four qualifiers.

`fold` maps characters one for one, so a match on the folded text has the offsets of the original:
every figure keeps the exact characters it came from. It also writes traditional characters as simplified
ones (OpenCC's t2s, character by character: a phrase-level conversion may change the text's length,
and the rules only need the characters their words are made of: 總投資 → 总投资, 億 → 亿, 個 → 个).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an
import opencc

# Full-width ASCII → ASCII (digits, ％, ．, brackets, letters), ideographic space → space; one for one.
# The full-width comma stays: "145，121个" is an enumeration, never the number 145121.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code != 0xFF0C}
_FOLD.update({0x3000: 0x20, 0x2019: 0x27, 0x2018: 0x27, 0x00A0: 0x20})


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplified(char: str) -> int:
    converted = _t2s().convert(char)
    return ord(converted) if len(converted) == 1 else ord(char)


def fold(text: str) -> str:
    """Full-width digits and signs as ASCII and traditional characters as simplified, same length: offsets
    into the result are offsets into `text`."""
    table = dict(_FOLD)
    table.update({ord(c): _simplified(c) for c in set(_HAN.findall(text))})
    return text.translate(table)


# A run of 40 or more digits, separators and spaces is no figure (a table flattened into a line, an ID, an
# attack): it is masked, same length, so that no pattern rescans it from each of its characters.
_NUMBER_RUN = re.compile(r"[\d.,，、%\s-]{40,}")


def mask_number_runs(text: str) -> str:
    """`text` with every long run of digits and separators written as '#', same length."""
    return _NUMBER_RUN.sub(lambda m: "#" * len(m.group(0)) if sum(c.isdigit() for c in m.group(0)) >= 12
                           else m.group(0), text)  # fmt: skip


ARABIC = r"(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
CN_NUMERAL = r"[零〇一二两三四五六七八九十百千万]+"


def arabic_value(text: str) -> Decimal:
    """'1,000' → 1000; '3295.3' → 3295.3 (exact)."""
    return Decimal(text.replace(",", ""))


_ROUND = {"十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}


def chinese_value(text: str) -> Decimal | None:
    """'一千五百三十' → 1530, '三千五' → 3500, '两百' → 200, '千' → 1000 (超千个), '万' → 10000; None when it is
    not a numeral ('一二', '十四五'). cn2an reads the numeral; a lone unit is the round number itself."""
    if text in _ROUND:
        return Decimal(_ROUND[text])
    if not any(c in text for c in "十百千万亿") and len(text) > 1:
        return None  # 一二 / 二〇二三: digits spelled out, no numeral
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        return None
    return Decimal(str(value))


def number_value(text: str) -> Decimal | None:
    """An Arabic or a Chinese numeral."""
    if re.fullmatch(ARABIC, text):
        return arabic_value(text)
    return chinese_value(text)


_EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_EN_UNITS += " sixteen seventeen eighteen nineteen"
_EN_SMALL = {word: n for n, word in enumerate(_EN_UNITS.split())}
_EN_TENS = {
    w: 10 * n
    for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
}
_EN_WORD = "|".join([*_EN_SMALL, *_EN_TENS])
# "a thousand", "one hundred", "two hundred and sixty-six", "twelve", "ninety-six"
EN_NUMBER_WORDS = rf"\b(?:a|an|{_EN_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_EN_WORD}|hundred|thousand))*\b"


def english_value(text: str) -> Decimal | None:
    """'a thousand' → 1000, 'two hundred and sixty-six' → 266; None for a lone 'a'."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    total, current = 0, 0
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _EN_SMALL:
            current += _EN_SMALL[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    if words in (["a"], ["an"]):
        return None
    return Decimal(total + current)


# How many 万元 one of each unit is worth.
ZH_MONEY_UNITS = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000), "亿": Decimal(10000)}
ZH_MONEY_UNITS.update({"万亿元": Decimal(100000000), "万亿": Decimal(100000000)})
EN_SCALES_WAN = {
    "trillion": Decimal(100000000),
    "hundred million": Decimal(10000),
    "billion": Decimal(100000),
    "bn": Decimal(100000),
    "bln": Decimal(100000),
    "tn": Decimal(100000000),
    "t": Decimal(100000000),  # ¥3.15T
    "b": Decimal(100000),  # ¥235.47B
    "trn": Decimal(100000000),
    "million": Decimal(100),
    "mn": Decimal(100),
    "mln": Decimal(100),
    "thousand": Decimal("0.1"),
    "": Decimal("0.0001"),
}

# Measure words after 万 / 亿 that make the number a quantity (area, power, people …), not money.
QUANTITY_WORDS = (
    "平方公里|平方米|平米|立方米|千瓦时|千瓦|千伏安|千伏|标准箱|标箱|人次|人(?!民币)|亩|吨|公里|千米|米|户|套|辆|台|株|头|只|件"
    "|张|次|度|方|床|个|家|册|千克|公斤|斤|元/"
    "|美元|港元|港币|澳门元|欧元|日元|英镑"  # another currency: a conversion or a foreign figure, not ours
)

# Chinese qualifier words just before a number (longest first), and their meaning.
ZH_BEFORE = {
    "约为": "about",
    "约合": "about",
    "大约": "about",
    "约": "about",
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "超过": "over",
    "超出": "over",
    "超": "over",
    "逾": "over",
    "多于": "over",
    "不少于": "over",
    "不低于": "over",
    "突破": "over",
}
# 过 / 破 / 上 count only before a round Chinese numeral: 过千亿 / 破千亿 (over), 上千个 (about); "通过3个" is no
# qualifier.
ZH_BEFORE_ROUND = {"过": "over", "破": "over", "上": "about"}
ZH_AFTER_NUMBER = {"多": "over", "余": "over"}
ZH_AFTER_UNIT = {"以上": "over", "有余": "over", "多": "over", "左右": "about", "上下": "about"}

EN_BEFORE = {
    "approximately": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "more than": "over",
    "over": "over",
    "above": "over",
    "exceeding": "over",
    "exceeds": "over",
    "exceeded": "over",
    "surpassing": "over",
    "surpasses": "over",
    "surpassed": "over",
    "in excess of": "over",
    "at least": "over",
    "upwards of": "over",
    "well over": "over",
}
EN_AFTER = {"or more": "over", "or above": "over", "and above": "over", "plus": "over", "or so": "about"}

# 约 ending another word is no qualifier: 签约81个 is 81 signed, not about 81.
_ZH_BEFORE_RE = re.compile(
    r"(?<![签合节公条契预制])(?:" + "|".join(sorted(ZH_BEFORE, key=len, reverse=True)) + r")(?:有|为|达)?\s*$"
)
_EN_BEFORE_RE = re.compile(
    r"\b(" + "|".join(sorted(EN_BEFORE, key=len, reverse=True)) + r")\s+(?:(?:RMB|CNY|yuan)\s*)?$", re.I
)
_EN_AFTER_RE = re.compile(r"^\s*(?:yuan\s+)?(" + "|".join(EN_AFTER) + r")\b", re.I)


def zh_qualifier_before(before: str) -> tuple[str | None, int]:
    """The qualifier written just before a Chinese number, and how many characters it takes."""
    m = _ZH_BEFORE_RE.search(before)
    if m:
        word = m.group(0).rstrip()
        key = word.rstrip("有为达")
        return ZH_BEFORE[key], len(word)
    return None, 0


def en_qualifier_before(before: str) -> tuple[str | None, int]:
    """'about ' / 'more than ' just before an English number."""
    m = _EN_BEFORE_RE.search(before)
    if m:
        return EN_BEFORE[m.group(1).lower()], len(m.group(0))
    return None, 0


def en_qualifier_after(after: str) -> tuple[str | None, int]:
    """'or more' / 'plus' just after an English figure."""
    m = _EN_AFTER_RE.match(after)
    if m:
        return EN_AFTER[m.group(1).lower()], m.end()
    return None, 0


def combine(*qualifiers: str | None) -> str:
    """One qualifier for a figure that carries several ("约460多个"): a bound word beats 'about'."""
    found = [q for q in qualifiers if q]
    for strongest in ("over", "nearly", "about"):
        if strongest in found:
            return strongest
    return "exact"


def plain(value: Decimal) -> Decimal:
    """The same value without trailing zeros or an exponent: 32953000.00 → 32953000, 24.50 → 24.5."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def yi_label(amount_wan: Decimal) -> str:
    """'500000' 万元 → '50' (亿元, as written in a size-band label)."""
    return format(plain(amount_wan / Decimal(10000)), "f")


def printed_unit(value: Decimal, figure: str) -> Decimal:
    """One unit of the last digit a figure was printed with, from its value: 611.7亿 (6117000万元) → 1000
    (0.1亿). Capped at 1亿: a round '1000亿' is read as precise to 1亿, not to 1000亿."""
    if figure == "projects" or value == 0:
        return Decimal(1)
    unit = Decimal(1)
    while unit < 10000 and value % (unit * 10) == 0:
        unit *= 10
    return unit if value % unit == 0 else Decimal(10) ** value.as_tuple().exponent


def half_unit(value: Decimal, figure: str) -> Decimal:
    """Half the last digit a figure was printed with: the rounding it carries (none for a count)."""
    return Decimal(0) if figure == "projects" else printed_unit(value, figure) / 2


def interval(value: Decimal, qualifier: str | None, half: Decimal) -> tuple[Decimal, Decimal | None]:
    """What a printed figure allows: 约/exact ± half its last digit; 超 (over) from there up, with no
    upper bound (None); 近 (nearly) up to it."""
    if qualifier == "over":
        return value - half, None
    if qualifier == "nearly":
        return Decimal(0), value + half
    return value - half, value + half


_PRINTED_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def printed_half(value: Decimal, figure: str, text: str = "") -> Decimal:
    """Half the last digit of a figure as its own words print it, in its own unit: "30 bln yuan" is 30 ± 0.5
    billion, "1.2万亿" 1.2 ± 0.05万亿; without digits in the words (千亿), half_unit."""
    numbers = _PRINTED_NUMBER.findall(text) if figure != "projects" else []
    if len(numbers) != 1 or not value:
        return half_unit(value, figure)
    printed = Decimal(numbers[0].replace(",", ""))
    if not printed:
        return half_unit(value, figure)
    scale = value / printed  # 万元 per printed unit: 100000 for a billion, 10000 for 亿
    return max(half_unit(value, figure), scale * Decimal(10) ** printed.as_tuple().exponent / 2)


def compatible(
    a: Decimal,
    a_qualifier: str | None,
    b: Decimal,
    b_qualifier: str | None,
    figure: str,
    a_text: str = "",
    b_text: str = "",
) -> bool:
    """Can two printed figures be the same quantity (约3295.3亿 and 超3200亿 can; 708.22亿 and 501.23亿 cannot;
    "30 bln" and "30.28 billion" can, when their words are given)?"""
    a_low, a_high = interval(a, a_qualifier, printed_half(a, figure, a_text))
    b_low, b_high = interval(b, b_qualifier, printed_half(b, figure, b_text))
    return (a_high is None or a_high >= b_low) and (b_high is None or b_high >= a_low)
