"""Sentences and clauses of a release, as character offsets into its text.

A figure is read inside its sentence, and its scope carries from clause to clause: "宝安区32个，项目总投资
约847.6亿元，年度计划投资约113.9亿元；南山区……" is one sentence of many clauses, each clause reading on
from the one before. So a Chinese sentence ends at 。！？ (not at ； — a list of districts is one
sentence), an English one at . ! ? before a capital (not after "Jan." or "U.S."), and both at a line
break: a paragraph never runs into the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "no",
        "nos",
        "co",
        "ltd",
        "inc",
        "corp",
        "st",
        "vs",
        "approx",
        "est",
        "dept",
        "gov",
        "govt",
    ]
)
_CLOSERS = r"”’\"')）」』\]"
_ZH_END = re.compile(rf"[。!?][{_CLOSERS}]*")
# A full stop before a space and a capital; or, on pages whose sentences were joined without the space
# ("…more than half.The total investment…"), one between a lower-case word and a capitalised one; or the
# end of a bracketed lead ("[… completed 452.2 billion yuan] According to …").
_EN_END = re.compile(
    rf"\.[{_CLOSERS}]*(?=\s+[A-Z0-9“\"'(\u4e00-\u9fff]|\s*$)|(?<=[a-z]{{2}})\.(?=[A-Z][a-z])|\](?=\s+[A-Z][a-z])"
)
_CLAUSE_BREAK = re.compile(
    r"[，;；:：]|(?<!\d),|,(?!\d{3}\b)(?!\s*\d)|(?<!\d):(?!\d)|\s+(?:--|—+)\s+|\s(?=while\b|whereas\b)"
)


@dataclass(frozen=True)
class Span:
    """Characters start..end of the text; `paragraph_start` for the first sentence of a paragraph."""

    start: int
    end: int
    paragraph_start: bool = False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    """'Jan.' / 'No.' / 'U.S.' / a single initial: a dot that does not end the sentence."""
    m = re.search(r"([A-Za-z]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or len(word) == 1


def _ends_in(paragraph: str) -> list[int]:
    """Offsets (within a paragraph) just after each sentence end."""
    ends = [m.end() for m in _ZH_END.finditer(paragraph)]
    ends += [m.end() for m in _EN_END.finditer(paragraph) if not _is_abbreviation(paragraph, m.start())]
    return sorted(set(ends))


# Run-on releases (a page whose paragraphs were joined by spaces): whitespace between two Chinese
# characters ends a sentence too.
_ZH_RUN_GAP = re.compile(r"(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])")
MAX_SENTENCE = 600  # characters; a longer "sentence" is cut at its last clause break before this
_SOFT_BREAK = re.compile(r"[，,；;、：:]")


def _bounded(start: int, stop: int, text: str) -> list[tuple[int, int]]:
    """A sentence cut into pieces of at most MAX_SENTENCE characters, at a clause break where there is one:
    no real sentence is that long, and every rule then works on a bounded piece (linear in the text)."""
    pieces = []
    while stop - start > MAX_SENTENCE:
        breaks = [
            m.end() for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        ]
        cut = breaks[-1] if breaks else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    return [*pieces, (start, stop)]


def split_sentences(text: str) -> list[Span]:
    """Every sentence of `text` (folded or not), trimmed; a line break always ends a sentence, so does
    whitespace between two Chinese characters; none is longer than MAX_SENTENCE characters."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        base, paragraph = line.start(), line.group(0)
        first = True
        cursor = 0
        ends = sorted(
            {*_ends_in(paragraph), *(m.start() for m in _ZH_RUN_GAP.finditer(paragraph)), len(paragraph)}
        )
        for end in ends:
            start, stop = _trimmed(text, base + cursor, base + end)
            for piece_start, piece_stop in _bounded(start, stop, text) if stop > start else []:
                spans.append(Span(piece_start, piece_stop, first))
                first = False
            cursor = end
    return spans


_BRACKETED = re.compile(r"[(（][^()（）]{0,40}[)）]")


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence: pieces between ，；：, (not a thousands comma) and dashes, never inside
    a short bracket ("总投资2389亿元（人民币，下同）的341个项目" is one clause)."""
    spans: list[Span] = []
    cursor = sentence.start
    piece = text[sentence.start : sentence.end]
    inside = [(m.start(), m.end()) for m in _BRACKETED.finditer(piece)]
    for m in _CLAUSE_BREAK.finditer(piece):
        if any(start < m.start() < end for start, end in inside):
            continue
        start, stop = _trimmed(text, cursor, sentence.start + m.start())
        if stop > start:
            spans.append(Span(start, stop))
        cursor = sentence.start + m.end()
    start, stop = _trimmed(text, cursor, sentence.end)
    if stop > start:
        spans.append(Span(start, stop))
    return spans


_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def language_of(text: str) -> str:
    """'zh' when Chinese characters are at least a fifth of the letters, else 'en'."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if han and han * 5 >= han + latin else "en"
