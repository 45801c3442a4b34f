"""One figure read from a release: what it is, whose it is, and the characters it was read from.

Conventions (what the fields hold):
- value: a count; an amount in 万元 (3295.3亿元 → 32953000; 329.53 billion yuan → 32953000; 1.2万亿 →
  120000000; 1元 → 0.0001); a percentage 0–100 ("more than half" → 50, qualifier over). Exact Decimals.
- qualifier: exact / about (约, 左右, about) / over (超, 逾, 多, 余, 以上, over, more than) / nearly (近, nearly).
- scope_label: None for batch and province; the funding, district (full Chinese name, `places.py`) or
  sector label (`scopes.py`); a size band as ≥50亿元 / <10亿元 / 10–50亿元 (`bands.py`).
- text/start/end: the figure's own words in the input (keyword, qualifier, number, unit: "总投资约3295.3亿元");
  sentence/sentence_start/sentence_end: its whole sentence. text == input[start:end], always.
- ambiguous entries: scope_kind and status "ambiguous", text = the sentence, figure/value/qualifier None,
  and `reason` says why.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal


@dataclass(frozen=True)
class AnnouncedFigure:
    scope_kind: str  # batch | funding | district | sector | size_band | province | ambiguous
    scope_label: str | None
    figure: str | None  # projects | total_investment | annual_plan | share; None when ambiguous
    value: Decimal | None
    share_of: str | None  # total_investment | annual_plan | projects, for shares
    qualifier: str | None  # exact | about | over | nearly; None when ambiguous
    event: str | None  # groundbreaking | signing | groundbreaking_and_signing | production
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    status: str  # ok | ambiguous
    reason: str | None = None
    provenance: str = "rules"  # rules: read by etl/announcements | reviewed: confirmed or set by a reviewer


def unsure(f: AnnouncedFigure, why: str) -> AnnouncedFigure:
    """The figure made ambiguous, with why: what a check across the release could not let stand."""
    return replace(f, scope_kind="ambiguous", scope_label=None, figure=None, value=None, share_of=None,
                   qualifier=None, event=None, status="ambiguous", reason=why)  # fmt: skip


def as_batch(f: AnnouncedFigure) -> AnnouncedFigure:
    """The figure filed as the batch's: a check across the release found that its scope is the batch's own."""
    return replace(f, scope_kind="batch", scope_label=None)
