"""Reviewed readings of a release: an analyst's word on a sentence beats the rules.

The rules read prose; where they could not settle a sentence (ambiguous) or read a figure that disagrees
with the list it announces, an analyst decides, in a reviewed file of the repository:
`catalog/reviews/<source id>.yaml` (`GDMP_REVIEWS_DIR`), written by `gdmp review SOURCE --write` and edited
by hand. Each decision is keyed by the text of one sentence of the article, so a new version of the release
keeps every decision on the sentences it still contains:

    source: shenzhen-2023-batch1-release
    decisions:
      - sentence: 本次新开工项目共266个，总投资约3295.3亿元，2023年度计划投资约535.6亿元。
        decision: confirmed          # pending | confirmed | corrected | not_batch
        figures:
          - {scope_kind: batch, figure: projects, value: 266, qualifier: exact, event: groundbreaking}
          - {scope_kind: batch, figure: total_investment, value: 32953000, qualifier: about}
        reviewer: 张三
        note: checked against the DRC notice

- confirmed / corrected: the sentence gives exactly the figures listed (amounts in 万元, shares in %),
  with provenance `reviewed`: they gate the lists the release announces, as a typed headline does;
- not_batch: the sentence gives no figure of the batch (a target, another programme …);
- pending: not decided yet; the rules' reading stands.
A decision on a sentence the article no longer contains is stale: it is reported and changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from etl.announcements.figure import AnnouncedFigure
from etl.core.errors import CatalogError

Decision = Literal["pending", "confirmed", "corrected", "not_batch"]


class ReviewedFigure(BaseModel):
    """One figure as the analyst reads it (the fields of announced_figures)."""

    model_config = ConfigDict(extra="forbid")
    scope_kind: Literal["batch", "funding", "district", "sector", "size_band", "province"]
    scope_label: str | None = None
    figure: Literal["projects", "total_investment", "annual_plan", "share"]
    value: Decimal = Field(ge=0)
    share_of: Literal["projects", "total_investment", "annual_plan"] | None = None
    qualifier: Literal["exact", "about", "over", "nearly"] = "exact"
    event: str | None = None


class SentenceDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sentence: str = Field(min_length=1)
    decision: Decision = "pending"
    figures: list[ReviewedFigure] = Field(default_factory=list)
    reason: str | None = None  # why the rules were unsure (written by `gdmp review --write`)
    reviewer: str | None = None
    note: str | None = None


class Review(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    decisions: list[SentenceDecision] = Field(default_factory=list)


def review_path(reviews_dir: Path, source_id: str) -> Path:
    return reviews_dir / f"{source_id}.yaml"


def load_review(reviews_dir: Path, source_id: str) -> Review | None:
    """The reviewed file of a source, or None; a malformed one is a CatalogError naming the file and field."""
    path = review_path(reviews_dir, source_id)
    if not path.exists():
        return None
    try:
        review = Review.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (yaml.YAMLError, ValidationError) as exc:
        raise CatalogError(f"{path}: not a valid review file: {exc}") from None
    if review.source != source_id:
        raise CatalogError(f"{path}: says source {review.source!r}, the file name says {source_id!r}")
    return review


def review_digest(reviews_dir: Path, source_id: str) -> str | None:
    """sha256 of the reviewed file (None without one): a release is read again when it changes."""
    path = review_path(reviews_dir, source_id)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Applied:
    figures: list[AnnouncedFigure]
    applied: int  # decisions that changed the reading
    stale: list[str]  # sentences decided on that the article no longer holds


def _reviewed(sentence: str, start: int, f: ReviewedFigure) -> AnnouncedFigure:
    return AnnouncedFigure(
        f.scope_kind, f.scope_label, f.figure, f.value, f.share_of, f.qualifier, f.event, sentence, start,
        start + len(sentence), sentence, start, start + len(sentence), "ok", None, "reviewed",
    )  # fmt: skip


def _where(text: str, figures: list[AnnouncedFigure], sentence: str) -> tuple[str, int] | None:
    """The decided sentence as the article holds it now (its words and where they start): written as
    decided, else the sentence of a figure that differs from it in white space only; None when gone."""
    start = text.find(sentence)
    if start >= 0:
        return sentence, start
    key = _squashed(sentence)
    return next(((f.sentence, f.sentence_start) for f in figures if _squashed(f.sentence) == key), None)


def apply_review(text: str, figures: list[AnnouncedFigure], review: Review | None) -> Applied:
    """The rules' figures with every decided sentence's figures replaced by the decision's."""
    if review is None:
        return Applied(figures, 0, [])
    kept, added, applied, stale = list(figures), [], 0, []
    for decision in review.decisions:
        if decision.decision == "pending":
            continue
        found = _where(text, figures, decision.sentence)
        if found is None:
            stale.append(decision.sentence)
            continue
        sentence, start = found
        kept = [f for f in kept if _squashed(f.sentence) != _squashed(sentence)]
        if decision.decision in ("confirmed", "corrected"):
            added += [_reviewed(sentence, start, f) for f in decision.figures]
        applied += 1
    return Applied(sorted(kept + added, key=lambda f: f.start), applied, stale)


def pending_decisions(figures: list[AnnouncedFigure], sentences: set[str]) -> list[SentenceDecision]:
    """A pending decision per sentence asked about, filled with what the rules read from it."""
    out = []
    for sentence in sorted(
        sentences, key=lambda s: min(f.sentence_start for f in figures if f.sentence == s)
    ):
        here = [f for f in figures if f.sentence == sentence]
        read = [ReviewedFigure(scope_kind=f.scope_kind, scope_label=f.scope_label, figure=f.figure, value=f.value,
                               share_of=f.share_of, qualifier=f.qualifier, event=f.event)
                for f in here if f.status == "ok"]  # fmt: skip
        reasons = sorted({f.reason for f in here if f.reason})
        out.append(SentenceDecision(sentence=sentence, figures=read, reason="; ".join(reasons) or None))
    return out


def with_pending(review: Review | None, source_id: str, asked: list[SentenceDecision]) -> Review:
    """The review file plus a pending decision for each sentence it does not decide yet."""
    review = review or Review(source=source_id)
    known = {_squashed(d.sentence) for d in review.decisions}
    new = [d for d in asked if _squashed(d.sentence) not in known]
    return review.model_copy(update={"decisions": review.decisions + new})


def dump_review(review: Review) -> str:
    data = review.model_dump(mode="json", exclude_none=True)
    for decision in data["decisions"]:
        for figure in decision.get("figures", []):
            figure["value"] = _number(figure["value"])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)


def _number(value: str) -> int | float | str:
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else str(number.normalize())
