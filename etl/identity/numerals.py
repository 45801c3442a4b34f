"""Numbers written in Chinese numerals, Roman numerals or with a number sign, read as digits before a name is read.

Why: one list writes 十万亩, 五万吨级, 一百兆瓦, 二〇二四年, Ⅱ期, 三号泊位; another 10万亩, 5万吨级, 100MW, 2024年, 二期,
3#泊位. The rules after this (units, phases, numbered things: names.py) read digits, so a number written another
way was a different string and, worse, no number at all — the hard rule "never two numbers" could not see it.
Read here once, as digits, every such number is compared as a number: the same number costs nothing, two
numbers (二〇二四年 / 2025年) keep two projects apart.

Only numbers a grammar makes numbers are read: Chinese numerals before a unit of measure or a year (the
vocabulary's `units`, and 万 before one), Roman numerals before 期 / 标段 / 号, a digit before #. Numerals that are
a name (六一小学, 四九中学, 青洲一) are left alone here; `same_but_digits` compares those pairwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGIT = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SCALE = {"十": 10, "百": 100, "千": 1000}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_CHINESE = "〇零一二两三四五六七八九十百千"


def chinese_number(text: str) -> int | None:
    """一百 / 十二 / 二十五 / 一千二百 / 二〇二四 (digit by digit) as a number; None when not a numeral's grammar."""
    if not text:
        return None
    if len(text) >= 2 and all(ch in _DIGIT for ch in text):  # 二〇二四: a year, digit by digit
        return int("".join(str(_DIGIT[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _DIGIT:
            if digit is not None:
                return None  # two digits in a row outside a digit-by-digit number
            digit = _DIGIT[ch]
        elif ch in _SCALE:
            total += (1 if digit is None else digit) * _SCALE[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


@lru_cache(maxsize=8)
def _patterns(units: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    unit = "|".join(map(re.escape, sorted(units, key=len, reverse=True)))
    chinese = re.compile(rf"(?<![{_CHINESE}])([{_CHINESE}]{{1,6}})(?=万?(?:{unit})|万吨级|吨级)")
    # i / v / x alone only before a phase or a number sign (x光, i深圳 are words); two letters or more also right
    # after a Chinese character and before no letter (勒门ii: a list's Ⅱ, folded by NFKC when it was loaded)
    roman = re.compile(
        r"(?<![a-z])(viii|vii|iii|ii|iv|vi|ix|i|v|x)(?=期|标段|标|号)|(?<=[\u4e00-\u9fff])(viii|vii|iii|ii|iv|vi|ix)(?![a-z])"
    )
    sign = re.compile(r"(\d+)#")
    return chinese, roman, sign


# A hydrocarbon fraction by its carbon number (碳三 / C3, 碳九 / C9): petrochemical names write either. Not 碳 of a
# word (低碳, 零碳, 减碳 …) before a phase or a counter: 低碳二期 is phase two of a low-carbon project.
_CARBON = re.compile(
    r"(?<![低零减负控降双固储排脱])碳([二三四五六七八九]|十[一二三四五六七八九]?)(?![期标号批座季届轮])"
)


# Roman numerals written as their own characters (Ⅰ … Ⅻ, ⅰ … ⅻ) are numerals wherever they stand, unlike the
# letters NFKC folds them to (Ⅱ is II, then ii): 勒门Ⅱ风电场 is site 2, whether or not 期 or 号 follows.
_ROMAN_CHARACTERS = {chr(0x2160 + i): str(i + 1) for i in range(12)} | {
    chr(0x2170 + i): str(i + 1) for i in range(12)
}
_ROMAN_CHARACTER = re.compile(f"[{''.join(_ROMAN_CHARACTERS)}]")


def roman_characters_as_digits(name: str) -> str:
    """`name` with each Roman-numeral character as its digits, before NFKC turns it into Latin letters."""
    return _ROMAN_CHARACTER.sub(lambda m: _ROMAN_CHARACTERS[m.group(0)], name)


def as_digits(text: str, units: tuple[str, ...]) -> str:
    """`text` (NFKC-folded, lower case) with Chinese numerals before a unit, Roman numerals before a phase or a
    number sign, and 3# read as digits (10万亩, 2024年, 2期, 3号); a carbon fraction by its letter (碳三碳四 / c3c4)."""
    chinese, roman, sign = _patterns(units)

    def digits(match: re.Match) -> str:
        number = chinese_number(match.group(1))
        return match.group(0) if number is None else str(number)

    text = chinese.sub(digits, text)
    text = _CARBON.sub(lambda m: f"c{chinese_number(m.group(1))}", text)
    text = roman.sub(lambda m: str(_ROMAN[m.group(1) or m.group(2)]), text)
    return sign.sub(r"\1号", text)


_NUMERAL_RUN = re.compile(rf"[{_CHINESE}]+")


def same_but_digits(a: str, b: str) -> bool:
    """The two cores are one string once Chinese numerals are written in digits (青洲一 / 青洲1): a number a name
    holds, written two ways. Two different numbers (青洲二 / 青洲1) stay two strings."""
    if a == b or not (any(ch.isdigit() for ch in a + b)):
        return False

    def digits(text: str) -> str:
        return _NUMERAL_RUN.sub(
            lambda m: str(n) if (n := chinese_number(m.group(0))) is not None else m.group(0), text
        )

    return digits(a) == digits(b)


_NUMERAL_DIGITS = "〇一二三四五六七八九"


def as_numeral(number: int) -> str:
    """1–99 in Chinese numerals as an ordinal is written (12 → 十二, 21 → 二十一, 30 → 三十): the one way names.py
    writes an institution's ordinal, whichever way a list wrote it (第二十一中学 / 第21中学)."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    if not tens:
        return _NUMERAL_DIGITS[ones]
    return ("" if tens == 1 else _NUMERAL_DIGITS[tens]) + "十" + (_NUMERAL_DIGITS[ones] if ones else "")
