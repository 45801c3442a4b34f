"""Figures stated in a release's prose, read by rules, each traceable to its characters.

`extract_figures(text)` reads sentence by sentence (`sentences.py`): scope markers (`scopes.py`,
`bands.py`, `places.py`, `named.py`), numbers that may be figures (`mentions_zh.py`, `mentions_en.py`),
and who they belong to (`attribution.py`, `keywords.py`). A sentence it cannot read with confidence
gives one `ambiguous` entry carrying the sentence, never a guessed figure.

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

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from etl.announcements.attribution import Reading, Scope, SentenceReader, markers_outside
from etl.announcements.mentions import Mention
from etl.announcements.mentions_en import en_mentions
from etl.announcements.mentions_zh import zh_mentions
from etl.announcements.named import named_projects
from etl.announcements.numbers import compatible, fold, mask_number_runs, plain
from etl.announcements.places import DISTRICTS
from etl.announcements.scopes import Marker, document_names, en_markers, zh_markers
from etl.announcements.sentences import Span, language_of, split_clauses, split_sentences
from etl.announcements.vocabulary import EN_THIS_YEAR, event_marks, provincial_list_cue
from etl.places import CITIES, PROVINCE_CODE, city_by_code

CITY_CODES = {code for code, _, _ in CITIES}


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


def _reader(
    folded: str,
    span: Span,
    previous: Scope | None,
    year: int | None,
    city_release: bool = False,
    own_city: tuple[str, ...] = (),
    year_plan: bool = False,
    province_batch: bool = False,
    counted: dict | None = None,
) -> SentenceReader:
    language = language_of(folded[span.start : span.end])
    clauses = split_clauses(folded, span)
    if language == "zh":
        markers = zh_markers(folded, span.start, span.end)
        mentions = zh_mentions(folded, clauses, markers)
    else:
        markers = en_markers(folded, span.start, span.end)
        mentions = en_mentions(folded, span, clauses, markers)
    markers = _own_city_is_the_batch(markers_outside(markers, mentions), own_city)
    taken = [(m.start, m.end) for m in markers] + [(m.start, m.end) for m in mentions]
    taken += document_names(folded, span.start, span.end) if language == "zh" else []
    markers = sorted(
        markers + named_projects(folded, span.start, span.end, language, taken), key=lambda m: m.start
    )
    return SentenceReader(folded, span, language, clauses, markers, mentions, previous, year=year,
                          city_release=city_release, year_plan=year_plan,
                          province_batch=province_batch, counted=counted or {})  # fmt: skip


def _own_city_is_the_batch(markers: list[Marker], own_city: tuple[str, ...]) -> list[Marker]:
    """In a city's release, the city named is its batch, as 全市 is ("2022年共安排中山省重点建设项目62个",
    "其中，肇庆参与的重点项目共66个", "二季度，佛山参与全省集中开工重大项目101个")."""
    return [Marker("batch", None, m.start, m.end) if m.kind == "city" and m.label in own_city else m
            for m in markers]  # fmt: skip


def _figure(text: str, span: Span, r: Reading, province_is_batch: bool) -> AnnouncedFigure:
    m = r.mention
    value = plain(m.value) if m.value is not None else None
    kind = "batch" if province_is_batch and r.scope.kind == "province" else r.scope.kind
    return AnnouncedFigure(
        kind, r.scope.label, r.figure, value, r.share_of, m.qualifier, r.event,
        text[r.start : m.end], r.start, m.end, text[span.start : span.end], span.start, span.end, "ok",
    )  # fmt: skip


def _ambiguous(text: str, span: Span, clause: Span, reason: str) -> AnnouncedFigure:
    """A clause the rules could not read: its words, in its sentence, and why."""
    return AnnouncedFigure(
        "ambiguous", None, None, None, None, None, None, text[clause.start : clause.end], clause.start,
        clause.end, text[span.start : span.end], span.start, span.end, "ambiguous", reason,
    )  # fmt: skip


def _carry(reader: SentenceReader) -> Scope | None:
    """The scope a sentence leaves in force: its last figure's or last marker's, else the one before. A
    sentence that ends on a complete breakdown of its batch ("103 projects …, including 79 industrial
    projects, 19 … and 5 …") leaves the batch in force: the parts add up to it."""
    if _complete_breakdown(reader.readings):
        return Scope("batch", None)
    if reader.state is not None and reader.state.kind != "named":  # a name is about its own sentence
        return reader.state
    markers = [m for m in reader.markers if m.kind not in ("city", "named") and not reader.city_named(m)]
    return Scope(markers[-1].kind, markers[-1].label) if markers else reader.previous


def _complete_breakdown(readings: list[Reading]) -> bool:
    counts = [r for r in readings if r.figure == "projects"]
    wholes = {r.mention.value for r in counts if r.scope.kind == "batch"}
    parts = [r for r in counts if r.scope.kind in ("sector", "district", "funding", "size_band")]
    kinds = {r.scope.kind for r in parts}
    return (len(parts) >= 2 and len(kinds) == 1 and bool(wholes)
            and sum(r.mention.value for r in parts) in wholes)  # fmt: skip


def extract_figures(
    text: str,
    year: int | None = None,
    province_is_batch: bool = False,
    whole_release: bool = False,
    city: str | None = None,
) -> list[AnnouncedFigure]:
    """Every figure stated in a release's text (Chinese or English), in text order.

    year: the release's year (a figure of an earlier year is not the batch's); province_is_batch: the
    release is about the province (its plan, a province-wide event), so province-wide figures are its
    batch's; whole_release: the text is a whole release, so its lead figure tells whose programme it is
    (a district's own: that district is its batch), which a sentence taken alone cannot; city: the code of
    the city whose release it is ("4420"), whose name then speaks of the batch as 全市 does."""
    folded = mask_number_runs(fold(text[:MAX_ARTICLE_CHARS]))
    # In a city's release the province's key projects are another list, unless the release is about them
    # (its headline says 省重点项目: "1965亿！肇庆今年66个省重点项目来了").
    other_lists = not province_is_batch and not provincial_list_cue(folded, 0, _headline_end(folded), "zh")
    own_city = _city_names(city)
    year_plan = bool(EN_THIS_YEAR.search(folded, 0, _headline_end(folded)))  # "… key projects for 2021"
    figures: list[AnnouncedFigure] = []
    disowned: list[tuple[Mention, str]] = []  # figures the body says are not the batch's, and why
    counted: dict[Decimal, Scope | None] = {}  # a count's value → the part it counted (None: several)
    previous: Scope | None = None
    cue: str | None = None  # why the previous sentence's last figures were not the batch's, if they were not
    for span in split_sentences(folded):
        if not _WORDS.search(folded, span.start, span.end):
            continue  # no word at all: no figure (and no pattern spends time on it)
        previous_scope = None if span.paragraph_start else previous
        reader = _reader(
            folded, span, previous_scope, year, other_lists, own_city, year_plan, province_is_batch, counted
        )
        if cue and (_ANAPHORA.match(folded, span.start) or _results_go_on(folded, span, cue)):
            reader.not_ours = cue  # "其中 / Among them, …" speaks of what the sentence before spoke of
        if reader.mentions:
            found = [_figure(text, span, r, province_is_batch) for r in reader.read()]
            found += [_ambiguous(text, span, clause, why) for clause, why in reader.unreadable]
            figures += sorted(found, key=lambda f: f.start)
            cue = reader.not_ours
            disowned += reader.disowned
            _remember_counts(counted, reader.readings)
        previous = _carry(reader)
    if whole_release:
        figures = _headline_restated(_subject_district(figures), disowned, _headline_end(folded))
    return _share_bases(_plausible(_parts_not_wholes(_consistent(_whole_restated(figures)))))


def _remember_counts(counted: dict[Decimal, Scope | None], readings: list[Reading]) -> None:
    """The parts counted so far, by their count: a count repeated later with no scope is the same part."""
    for r in readings:
        if r.figure == "projects" and r.mention.value is not None:
            seen = counted.setdefault(r.mention.value, r.scope)
            if seen != r.scope:
                counted[r.mention.value] = None  # two parts of one count: neither is meant by it


_MENTION_OF = {"projects": "count", "share": "share"}  # any other figure is an amount of money


def _headline_restated(
    figures: list[AnnouncedFigure], disowned: list[tuple[Mention, str]], headline_end: int
) -> list[AnnouncedFigure]:
    """A headline is the body in brief: a figure it states that the body gives as not the batch's
    ("40多个大项目落户惠州 总投资达5000多亿元" over "今年以来，…40多个大项目…总投资达5000多亿元") is
    not the batch's either, so it becomes ambiguous with the body's reason."""
    why = {(m.kind, plain(m.value)): reason for m, reason in disowned}
    return [
        _unsure(f, f"the body gives this figure as {why[key]}")
        if f.status == "ok"
        and f.start < headline_end
        and (key := (_MENTION_OF.get(f.figure, "money"), f.value)) in why
        else f
        for f in figures
    ]


def _city_names(code: str | None) -> tuple[str, ...]:
    """A city's names as the city markers label them (中山, Zhongshan); none for the province or no city."""
    if not code or code == PROVINCE_CODE or code not in CITY_CODES:
        return ()
    city = city_by_code(code)
    return (city.name_zh or "", city.pinyin or "")


def _subject_district(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A release about one district's own programme ("Huangpu district has listed 160 key projects …",
    "新会区举行重大项目签约活动，签约项目20个"): its lead figure is that district's, before any figure of a
    whole batch. That district is then the release's batch, and its figures are filed as the batch's."""
    ok = [f for f in figures if f.status == "ok"]
    districts = {f.scope_label for f in ok if f.scope_kind == "district"}
    if len(districts) != 1 or districts == {"其他"} or districts == {"跨区域"}:
        return figures  # none, or a breakdown by district: the batch is the whole
    (label,) = districts
    lead_is_it = ok[0].scope_kind == "district"
    named_first = any(name in figures[0].sentence for name in _district_names(label)) if figures else False
    if not (lead_is_it or named_first):
        return figures
    return [replace(f, scope_kind="batch", scope_label=None) if f.status == "ok" and f.scope_kind == "district"
            else f for f in figures]  # fmt: skip


def _district_names(label: str) -> tuple[str, ...]:
    """How a release may name a district: its known names, else its label and the label's first word."""
    return next((d.zh_names + d.en_names for d in DISTRICTS if d.label == label), (label, label.split()[0]))


def _results_go_on(folded: str, span: Span, cue: str) -> bool:
    """After a result so far ("1-7月，省重点项目完成投资3836.5亿元"), a sentence that only tells of events
    ("新开工建设…等133个项目，建成投产…等23个项目") tells more results, unless it names a plan or a batch."""
    if not cue.startswith(("a result so far", "a target")):
        return False
    language = language_of(folded[span.start : span.end])
    if not event_marks(folded, span.start, span.end, language):
        return False
    return not _PLAN_OR_BATCH.search(folded, span.start, span.end)


_PLAN_OR_BATCH = re.compile(
    r"安排|计划|年度|本次|此次|本批|这批|今年|全年|\bplan|\bthis\s+(?:batch|year)|\bannual", re.I
)

# Openers that point back at the sentence before ("其中，…", "Among them, …").
_ANAPHORA = re.compile(
    r"\s*(?:(?:这|此)?其中|在这些项目中|这些项目中|上述项目中|among\s+(?:them|these|which)|of\s+(?:them|these|which))\b",
    re.I,
)

# Releases are a few thousand characters; reading stops here, so that no page costs more than a few seconds.
MAX_ARTICLE_CHARS = 60_000
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")


def _headline_end(folded: str) -> int:
    """Where a release's headline ends: its first sentence, within its first three lines and 150 characters,
    or its whole first line when that line is short ("1965亿！肇庆今年66个省重点项目来了" is one headline)."""
    crumbs = _BREADCRUMB.match(folded)
    skip = crumbs.end() if crumbs else 0
    ends = [m.end() for m in re.finditer(r"[。！？!?]|\n", folded[skip : skip + 150])]
    lines = [e for e in ends if folded[skip + e - 1] == "\n"]
    sentence = next((e for e in ends if folded[skip + e - 1] != "\n"), 150)
    first_line = lines[0] if lines and lines[0] <= 80 else 0
    return skip + max(min(sentence, lines[2] if len(lines) > 2 else 150), first_line)


# A page's breadcrumb and blank lines before its headline ("当前位置:首页 > 新闻中心 > 正文内容").
_BREADCRUMB = re.compile(
    r"(?:\s*(?:当前位置|您的位置|您现在的位置|位置)[:：][^\n]*\n|\s*[^\n]*(?:\s>\s[^\n]*){2,}\n|\s*\n)*"
)


@lru_cache(maxsize=256)
def _mixed_events(sentence: str) -> bool:
    """Does a sentence name several events at once ("集中签约、动工、竣工、投产项目合计279个")? Its batch then
    holds parts of one event each; a batch of no stated event (a plan) does not."""
    folded = fold(sentence)
    return len({e[2] for e in event_marks(folded, 0, len(folded), language_of(folded))}) > 1


def _consistent(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """Figures that cannot be the same quantity as another statement of the same scope, figure and event
    ("107个项目…总投资约708.22亿元", later "38个重大项目…总投资达501.23亿元" read as the batch's): the largest
    statement is the whole; one that cannot be it is a part the rules did not see, and becomes ambiguous.
    The share of a part is no such figure: shares are left alone."""
    wholes: dict[tuple, AnnouncedFigure] = {}
    for f in figures:
        if f.status == "ok" and f.figure != "share":
            key = (f.scope_kind, f.scope_label, f.figure)
            if key not in wholes or f.value > wholes[key].value:
                wholes[key] = f
    checked = [_against(f, wholes.get((f.scope_kind, f.scope_label, f.figure))) for f in figures]
    return _after_a_subset(figures, checked)


def _after_a_subset(before: list[AnnouncedFigure], after: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A count that cannot be the batch's, followed in its sentence by parts that add up to it, is a subset
    of the batch ("of the 19 projects, 11 are to be completed this year, including 3 water …, 6 … and 2 …"):
    what its sentence says after it is about that subset, not the batch's parts."""
    subsets = [b for b, a in zip(before, after, strict=True)
               if b.status == "ok" and a.status != "ok" and b.figure == "projects"]  # fmt: skip
    starts: dict[int, int] = {}
    for subset in subsets:
        parts = [f for f in after if f.status == "ok" and f.figure == "projects"
                 and f.sentence_start == subset.sentence_start and f.start > subset.start]  # fmt: skip
        if len(parts) >= 2 and sum(f.value for f in parts) == subset.value:
            starts[subset.sentence_start] = subset.start
    # The amounts a sentence gives a scope whose count there is a subset of it are the subset's too ("the
    # three infrastructure projects of … will attract 260 million yuan", beside 6 infrastructure projects).
    scoped = {(b.sentence_start, b.scope_kind, b.scope_label): b.start for b in subsets}

    def subset_s(f: AnnouncedFigure) -> bool:
        after_count = scoped.get((f.sentence_start, f.scope_kind, f.scope_label), f.end)
        return f.status == "ok" and (f.start > starts.get(f.sentence_start, f.end) or f.start > after_count)

    why = "said of a part of the batch that no scope names"
    return [_unsure(f, why) if subset_s(f) else f for f in after]  # fmt: skip


def _parts_not_wholes(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part's amount that is the batch's own amount ("超过10亿元的大项目共有45个，总投资约3491.8亿元" where
    3491.8亿 is the batch's total): the part's scope was carried onto a figure of the whole. A part counted
    with fewer projects than the batch cannot have the whole's amount, so that figure, and the amounts the
    same carried scope gives after it in its sentence, become ambiguous."""
    ok = [f for f in figures if f.status == "ok"]
    whole = {"batch", "province"}
    amounts = {(f.figure, f.value) for f in ok if f.scope_kind in whole and f.figure != "projects"}
    counts = {f.value for f in ok if f.scope_kind in whole and f.figure == "projects"}
    parts = {
        (f.scope_kind, f.scope_label): f.value
        for f in ok
        if f.scope_kind not in whole and f.figure == "projects"
    }
    carried: dict[tuple, int] = {}  # (sentence, scope) → where the whole's amount was given to the part
    for f in ok:
        part_count = parts.get((f.scope_kind, f.scope_label))
        if (
            f.scope_kind not in whole
            and (f.figure, f.value) in amounts
            and part_count is not None
            and part_count not in counts
        ):
            key = (f.sentence_start, f.scope_kind, f.scope_label)
            carried[key] = min(carried.get(key, f.start), f.start)

    def suspect(f: AnnouncedFigure) -> bool:
        at = carried.get((f.sentence_start, f.scope_kind, f.scope_label))
        return f.status == "ok" and f.figure != "projects" and at is not None and f.start >= at

    why = "the batch's own amount, given to a part with fewer projects than the batch"
    return [_unsure(f, why) if suspect(f) else f for f in figures]  # fmt: skip


def _whole_restated(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A 'part' counted with all of the batch's projects is the batch said again ("13个重大项目开工 …
    重点选取了13个产业项目和基础设施项目，总投资超过200亿元"): where every part counted in a sentence has the
    batch's count, that sentence's figures are the batch's, and are filed so."""
    ok = [f for f in figures if f.status == "ok"]
    counts = {f.value for f in ok if f.scope_kind == "batch" and f.figure == "projects"}
    parts = [f for f in ok if f.scope_kind in _PARTS]
    part_counts: dict[int, set] = {}
    for f in parts:
        if f.figure == "projects":
            part_counts.setdefault(f.sentence_start, set()).add(f.value)
    again = {at for at, values in part_counts.items() if len(values) == 1 and values <= counts}
    return [
        replace(f, scope_kind="batch", scope_label=None)
        if f.status == "ok" and f.scope_kind in _PARTS and f.sentence_start in again
        else f
        for f in figures
    ]


_PARTS = (
    "sector",
)  # a place may hold a whole batch ("南海区项目4个" of 4); a kind that holds it is the batch


def _share_bases(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part's share whose stated base is loose ("占全部投资的59.9%" beside the part's year's plan) is
    of the base the arithmetic gives: the part's amount over the batch's, to the share's rounding."""
    ok = [f for f in figures if f.status == "ok"]
    batch = {f.figure: f.value for f in ok if f.scope_kind in ("batch", "province") and f.figure != "share"}
    part = {(f.scope_kind, f.scope_label, f.figure): f.value for f in ok if f.figure != "share"}

    def fits(f: AnnouncedFigure, base: str) -> bool:
        whole, own = batch.get(base), part.get((f.scope_kind, f.scope_label, base))
        if not whole or own is None or f.qualifier != "exact":
            return False
        return abs(Decimal(own) * 100 / Decimal(whole) - Decimal(f.value)) <= _SHARE_ROUNDING

    def rebased(f: AnnouncedFigure) -> AnnouncedFigure:
        if (
            f.status != "ok"
            or f.figure != "share"
            or f.scope_kind in ("batch", "province")
            or fits(f, f.share_of)
        ):
            return f
        other = [b for b in ("total_investment", "annual_plan", "projects") if b != f.share_of and fits(f, b)]
        return replace(f, share_of=other[0]) if len(other) == 1 else f

    return [rebased(f) for f in figures]


_SHARE_ROUNDING = Decimal("0.051")  # a share printed to one decimal place

# A key project costs millions: a batch whose total is under 1,000,000 yuan a project ("142 key projects with a
# total of more than 10 million yuan") was misread or misprinted.
_LEAST_PER_PROJECT = 100  # 万元


def _plausible(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A total that is implausibly small for the projects its scope counts becomes ambiguous."""
    ok = [f for f in figures if f.status == "ok"]
    counts = {(f.scope_kind, f.scope_label, f.event): f.value for f in ok if f.figure == "projects"}

    def small(f: AnnouncedFigure) -> bool:
        count = counts.get((f.scope_kind, f.scope_label, f.event))
        return (
            f.status == "ok"
            and f.figure == "total_investment"
            and bool(count)
            and f.value < count * _LEAST_PER_PROJECT
        )

    why = "a total under 1,000,000 yuan a project: no key projects' total"
    return [_unsure(f, why) if small(f) else f for f in figures]  # fmt: skip


def _unsure(f: AnnouncedFigure, why: str) -> AnnouncedFigure:
    return replace(f, scope_kind="ambiguous", scope_label=None, figure=None, value=None, share_of=None,
                   qualifier=None, event=None, status="ambiguous", reason=why)  # fmt: skip


def _against(f: AnnouncedFigure, whole: AnnouncedFigure | None) -> AnnouncedFigure:
    if f.status != "ok" or whole is None or whole is f or f.figure == "share":
        return f
    same_event = whole.event == f.event or (
        None in (whole.event, f.event) and not _mixed_events(whole.sentence) and not _mixed_events(f.sentence)
    )
    if not same_event or compatible(whole.value, whole.qualifier, f.value, f.qualifier, f.figure):
        return f
    return _unsure(f, f"cannot be the {f.figure} stated elsewhere in the release ({whole.text})")


_FIGURE_WORDS = re.compile(
    r"\d|[一二两三四五六七八九十百千万亿]+(?:个|项|亿|万)|billion|trillion|million", re.I
)


def silence_reason(text: str, figures: list[AnnouncedFigure]) -> str | None:
    """Why a release gave no figure, said in a word a run can print; None when it gave some."""
    if any(f.status == "ok" for f in figures):
        return None
    if not text.strip():
        return "the article is empty"
    if language_of(text) == "en" and not re.search(r"[A-Za-z]{3,}", text):
        return "a language the rules do not read"
    if figures:
        return f"every sentence with figures is ambiguous ({len(figures)}): see gdmp review"
    if not _FIGURE_WORDS.search(text):
        return "the article states no number"
    return "no sentence states a count of projects or an amount invested"
