"""Announcements as data: a release's figures, read from its prose, checked against themselves, and turned
into the expected figures of the lists it announces.

- `read_announcement`: the article (etl/announcements/article.py) and its figures by rules
  (etl/announcements/figures.py), each with its sentence and character offsets.
- `consistency_checks`: breakdowns that should add up to the whole batch (districts, funding sources,
  sectors) are checked when they are complete, i.e. when their project counts add up to the batch's;
  amounts then agree within the rounding of the printed figures.
- `expected_figures`: the batch's count, total and amount for the year become the headline checks of the
  announced list (etl/validate/reconcile.py), each with its own qualifier (约 → about, 超 → over) and a tolerance of
  half the last digit printed: a typed `headline` is only the fallback.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from etl.announcements.article import Article, main_text
from etl.announcements.figure import AnnouncedFigure
from etl.announcements.figures import MAX_ARTICLE_CHARS, extract_figures, silence_reason
from etl.announcements.numbers import half_unit, interval
from etl.announcements.review import apply_review, load_review, review_digest
from etl.fetching.catalog import Source
from etl.readers.staging import let_go_of_small_instance
from etl.rules.units import wan_to_yi
from etl.validate.reconcile import Expected

BREAKDOWNS = ("district", "funding", "sector")
_HEADLINE = {"projects": "projects", "total_investment": "total_yi", "annual_plan": "annual_yi"}


@dataclass(frozen=True)
class Consistency:
    """A breakdown of the batch (all its districts, say) against the batch's own figure."""

    scope_kind: str
    figure: str
    parts: int
    parts_value: Decimal
    whole: Decimal
    tolerance: Decimal
    ok: bool
    message: str


@dataclass
class ReadAnnouncement:
    article: Article
    figures: list[AnnouncedFigure]
    consistency: list[Consistency] = field(default_factory=list)
    review_digest: str | None = None  # sha256 of the reviewed file applied (catalog/reviews/), if any
    reviewed: int = 0  # decisions applied
    stale: list[str] = field(default_factory=list)  # decided sentences the article no longer holds

    @property
    def ambiguous(self) -> int:
        return sum(f.status == "ambiguous" for f in self.figures)

    def summary(self) -> str:
        read = len(self.figures) - self.ambiguous
        text = f"{read} figures read, {self.ambiguous} sentences ambiguous"
        disagree = [c for c in self.consistency if not c.ok]
        if disagree:
            text += f" [{len(disagree)} of {len(self.consistency)} breakdowns disagree with the whole]"
        if len(self.article.text) > MAX_ARTICLE_CHARS:
            text += f" (read the first {MAX_ARTICLE_CHARS:,} of {len(self.article.text):,} characters)"
        if self.reviewed or self.stale:
            text += f"; {self.reviewed} sentence(s) reviewed"
            text += (
                f", {len(self.stale)} review decision(s) on sentences the article no longer holds"
                if self.stale
                else ""
            )
        if read:
            return text
        return f"WARNING: no figures found in the article: {silence_reason(self.article.text, self.figures)}"


def read_announcement(source: Source, payload: bytes, reviews: Path) -> ReadAnnouncement:
    """The article and its figures, with the reviewed readings in `reviews` (the run's GDMP_REVIEWS_DIR)
    applied; a page that is no article is a ReadError saying why."""
    let_go_of_small_instance()  # in a reader worker: the kept DuckDB's memory is this reading's room
    kind = {"html": "html", "text": "text"}.get(source.resolved_format, "auto")
    article = main_text(payload, source.encoding, kind)
    figures = extract_figures(
        article.text, source.year, province_is_batch=source.city == "44", whole_release=True, city=source.city
    )
    applied = apply_review(article.text, figures, load_review(reviews, source.id))
    return ReadAnnouncement(article, applied.figures, consistency_checks(applied.figures),
                            review_digest(reviews, source.id), applied.applied, applied.stale)  # fmt: skip


def _batch(figures: list[AnnouncedFigure]) -> dict[str, AnnouncedFigure]:
    return {
        f.figure: f for f in figures if f.status == "ok" and f.scope_kind == "batch" and f.figure in _HEADLINE
    }


def consistency_checks(figures: list[AnnouncedFigure]) -> list[Consistency]:
    """Complete breakdowns (their counts add up to the batch's) against the batch, figure by figure."""
    batch = _batch(figures)
    if "projects" not in batch:
        return []
    checks = []
    for kind in BREAKDOWNS:
        parts = defaultdict(dict)
        for f in figures:
            if f.status == "ok" and f.scope_kind == kind and f.figure in _HEADLINE:
                parts[f.scope_label][f.figure] = f
        counts = [p["projects"].value for p in parts.values() if "projects" in p]
        if not parts or len(counts) != len(parts) or sum(counts) != batch["projects"].value:
            continue  # not every part gives its count, or the parts are not the whole batch
        checks += [_check(kind, figure, list(parts.values()), batch[figure]) for figure in _HEADLINE if figure in batch
                   and all(figure in p for p in parts.values())]  # fmt: skip
    return checks


def _check(kind: str, figure: str, parts: list[dict], whole: AnnouncedFigure) -> Consistency:
    """The parts' sum against the whole. Each printed figure is an interval (its rounding, or its bound:
    超3200亿 is anything from 3200亿 up); they agree when the sum of the parts' intervals meets the
    whole's."""
    figs = [p[figure] for p in parts]
    halves = [half_unit(f.value, figure) for f in figs]
    spans = [interval(f.value, f.qualifier, h) for f, h in zip(figs, halves, strict=True)]
    low = sum((lo for lo, _ in spans), Decimal(0))
    high = None if any(hi is None for _, hi in spans) else sum((hi for _, hi in spans), Decimal(0))
    whole_half = half_unit(whole.value, figure)
    w_low, w_high = interval(whole.value, whole.qualifier, whole_half)
    ok = (high is None or high >= w_low) and (w_high is None or low <= w_high)
    total = sum((f.value for f in figs), Decimal(0))
    tolerance = sum(halves, Decimal(0)) + whole_half
    unit = "" if figure == "projects" else "亿元"

    def shown(value: Decimal) -> str:
        return f"{(value if figure == 'projects' else wan_to_yi(value)).normalize():f}{unit}"

    said = {"over": "over ", "nearly": "nearly ", "about": "about "}.get(whole.qualifier or "", "")
    message = (f"{len(parts)} {kind} figures of {figure} add up to {shown(total)}, the batch says "
               f"{said}{shown(whole.value)} ± {shown(tolerance)} → {'agrees' if ok else 'MISMATCH'}")  # fmt: skip
    return Consistency(kind, figure, len(parts), total, whole.value, tolerance, ok, message)


def expected_figure(
    announcement_id: str, figure: str, value: Decimal, qualifier: str | None, text: str, provenance: str
) -> Expected:
    """One batch figure of an announcement as an expected figure of the list it announces: amounts in
    亿元, within half the last digit printed ('约3295.3亿元' → ± 0.05亿), counts exact; the qualifier
    makes it a bound as in a typed headline. Only a reviewed figure gates the list: one read by rules
    is checked and reported, since a misread sentence must never keep a correct list out."""
    shown = value if figure == "projects" else wan_to_yi(value)
    half = wan_to_yi(half_unit(value, figure))  # 亿元; 0 for a count
    quote = text if len(text) <= 60 else text[:57] + "…"
    where = f"announcement {announcement_id}{' (reviewed)' if provenance == 'reviewed' else ''}: “{quote}”"
    return Expected(_HEADLINE[figure], shown, qualifier or "exact", half, where, provenance == "reviewed")


def expected_figures(announcement_id: str, figures: list[AnnouncedFigure]) -> list[Expected]:
    """The batch figures of an announcement as the expected figures of the list it announces."""
    return [
        expected_figure(announcement_id, name, f.value, f.qualifier, f.text, f.provenance)
        for name, f in _batch(figures).items()
    ]


def expectations_for(
    lists: list[Source], fresh: dict[str, tuple[Source, ReadAnnouncement]], held: dict[str, list[dict]]
) -> dict[str, list[Expected]]:
    """Each list's expected figures from its announcements: those read in this run, else those in force
    in the warehouse (held: etl.warehouse.held.announcement_rows). Lists without: absent."""
    expected: dict[str, list[Expected]] = {}
    for listed in lists:
        announcing = [(s, read) for s, read in fresh.values() if listed.id in s.announces]
        if announcing:
            expected[listed.id] = [e for s, read in announcing for e in expected_figures(s.id, read.figures)]
        elif held.get(listed.id):
            expected[listed.id] = [
                expected_figure(
                    r["source_id"], r["figure"], r["value"], r["qualifier"], r["text"], r["provenance"]
                )
                for r in held[listed.id]
            ]
    return expected
