"""The distinctive part of each core: what is left once the words many rows share are taken out.

Most rows of a list are named `<place><subject><kind of work>`: 保障性住房提升改造 or 新能源电池工厂 name
hundreds of projects and say nothing about which one; the subject (金沙, 港识 …) does. A character
bigram is common when more than `share` of the rows' cores (and at least `minimum` of them) hold it; a
character that starts a common bigram, or ends one with nothing rare after it, is dropped: what stays is
the subject, without the first character of the kind of work that follows it. Worked out per run from the rows
themselves (a corpus-wide frequency, not a list of words), so a new kind of project needs no edit.
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


def distinctive(core: str, common: set[str]) -> str:
    """The core's characters not inside common bigrams only (the whole core when nothing would be left): a
    character is dropped when it starts a common bigram, or ends the core with a common bigram before it
    (inside a common word, it starts the next bigram or ends the core: the same two tests)."""
    if len(core) < 2:
        return core
    starts = [core[i : i + 2] in common for i in range(len(core) - 1)]  # bigram i is common
    kept = [ch for ch, common_start in zip(core, starts, strict=False) if not common_start]
    if not starts[-1]:
        kept.append(core[-1])  # the last character: dropped when it ends a common bigram
    return "".join(kept) or core
