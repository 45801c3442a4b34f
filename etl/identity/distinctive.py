"""The distinctive part of each core: what is left once the words many rows share are taken out.

Most rows of a list are named `<place><subject><kind of work>`: 保障性住房提升改造 or 新能源电池工厂 name
hundreds of projects and say nothing about which one; the subject (金沙, 港识 …) does. A character
bigram is common when more than `share` of the rows' cores (and at least `minimum` of them) hold it; a
character that starts a common bigram, or ends one with nothing rare after it, is dropped: what stays is
the subject, without the first character of the kind of work that follows it. Worked out per run from the rows
themselves (a corpus-wide frequency, not a list of words), so a new kind of project needs no edit. Descriptive
words (高端, 绿色, 新型: vocabulary.yaml `descriptors`) are taken out too: a short list shares them too seldom for
the frequency to find them, and a list that adds one names the same project.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple


class Distinct(NamedTuple):
    """A row's distinctive parts: of its core, and of its full reading (a company's brand kept)."""

    core: str
    full: str


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def common_bigrams(cores: list[str], share: float = 0.004, minimum: int = 12) -> set[str]:
    """Bigrams held by more than max(minimum, share × rows) distinct cores."""
    counts = Counter(b for core in set(cores) for b in _bigrams(core))
    limit = max(minimum, share * len(set(cores)))
    return {b for b, n in counts.items() if n > limit}


def bigram_counts(texts: list[str]) -> Counter[str]:
    """How many distinct texts hold each bigram: a word few of a run's names hold is the name of a project (宁德时代,
    灵山岛尖), one many hold is a kind of project (产业园, 电池) or a place many share (scoring._rare_words)."""
    return Counter(b for text in set(texts) for b in _bigrams(text))


def _described(core: str) -> set[int]:
    """Positions of the core's descriptive words (vocabulary.yaml `descriptors`: 高端, 绿色, 新型 …), longest
    first at each place: they say little about which project a row is, whether or not many rows share them."""
    from etl.identity.readings import descriptor_pattern
    from etl.identity.vocabulary import load_vocabulary

    words = descriptor_pattern(frozenset(load_vocabulary().descriptors))
    return {i for m in words.finditer(core) for i in range(m.start(), m.end())}


def distinctive(core: str, common: set[str]) -> str:
    """The core's characters not inside common bigrams only, nor in descriptive words (the whole core when
    nothing would be left): a character is dropped when it starts a common bigram, or ends the core with a
    common bigram before it (inside a common word, it starts the next bigram or ends the core: the same two
    tests)."""
    if len(core) < 2:
        return core
    described = _described(core)
    starts = [core[i : i + 2] in common for i in range(len(core) - 1)]  # bigram i is common
    dropped = [*starts, starts[-1]]  # the last character: dropped when it ends a common bigram
    kept = [ch for i, ch in enumerate(core) if not dropped[i] and i not in described]
    return "".join(kept) or core
