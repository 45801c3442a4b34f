"""Two spellings of one name that sound alike (坪石 / 平石, 金砂路 / 金沙路): a clerk typing a place by its sound.

Read with pypinyin's table of readings, not a list of our own: any two characters sharing a reading, tones
aside, over a name otherwise the same letter for letter. One character only: names two or more characters apart
are told apart by the scoring as any other two names are.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1 << 14)
def _readings(char: str) -> frozenset[str]:
    """Every reading of a character, without tones (多音字 have several). pypinyin is imported at the first
    question (~0.4 s: its tables): most runs never ask one."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


def _chinese(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def one_sound_apart(a: str, b: str) -> tuple[str, str] | None:
    """The two characters (a's, b's) when `a` and `b` are one name written with one character swapped for another
    read alike; None otherwise (the same text, another length, two or more characters apart, or two that sound
    different)."""
    if len(a) != len(b) or len(a) < 2:
        return None
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return None
    x, y = differ[0]
    return (x, y) if _chinese(x) and _chinese(y) and _readings(x) & _readings(y) else None
