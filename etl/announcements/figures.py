"""Figures stated in a release's prose, read by rules, each traceable to its characters.

`extract_figures(text)` reads sentence by sentence (`sentences.py`): scope markers (`scopes.py`,
`bands.py`, `places.py`, `named.py`), numbers that may be figures (`mentions_zh.py`, `mentions_en.py`),
and who they belong to (`attribution.py`, `keywords.py`). A sentence it cannot read with confidence
gives one `ambiguous` entry carrying the sentence, never a guessed figure.

What each figure holds: `figure.py`. In a whole release, a figure is stored as the batch's only where the
release ties it to its batch (its title, this batch, its event, its plan; the rest goes to review):
`ties.py`. Checks of the figures against each other across the release (a headline against its body,
parts against wholes, shares against their arithmetic): `release.py`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from etl.announcements.attribution import Reading, Scope, SentenceReader, markers_outside
from etl.announcements.figure import AnnouncedFigure, unsure
from etl.announcements.mentions import Mention
from etl.announcements.mentions_en import en_mentions
from etl.announcements.mentions_zh import zh_mentions
from etl.announcements.named import named_projects
from etl.announcements.numbers import CN_NUMERAL, fold, mask_number_runs, plain
from etl.announcements.places import REGION_AS_KIND, holds_no_part_of, region_holds, release_host
from etl.announcements.release import (
    consistent,
    headline_restated,
    investors_origin_as_batch,
    kind_in_title,
    parts_not_wholes,
    parts_of_the_batch_s_events,
    parts_within_the_whole,
    plausible,
    share_bases,
    subject_district,
    whole_restated,
)
from etl.announcements.scopes import Marker, document_names, en_markers, zh_markers
from etl.announcements.sentences import Span, language_of, split_clauses, split_sentences
from etl.announcements.ties import UNTIED, release_subject, tied_to_batch
from etl.announcements.vocabulary import (
    EN_THIS_YEAR,
    ZH_AMONG,
    event_marks,
    event_verb_named,
    occasion_named,
    plan_word_named,
    provincial_list_cue,
    release_quarter,
)
from etl.rules.places import CITIES, PROVINCE_CODE, city_by_code

CITY_CODES = {code for code, _, _ in CITIES}


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
    city_code: str | None = None,
    host: str | None = None,
) -> SentenceReader:
    language = language_of(folded[span.start : span.end])
    clauses = split_clauses(folded, span)
    if language == "zh":
        markers = zh_markers(folded, span.start, span.end)
        mentions = zh_mentions(folded, clauses, markers)
    else:
        markers = en_markers(folded, span.start, span.end)
        mentions = en_mentions(folded, span, clauses, markers)
    markers = _own_city_is_the_batch(markers_outside(markers, mentions), own_city, city_code, host)
    taken = [(m.start, m.end) for m in markers] + [(m.start, m.end) for m in mentions]
    taken += document_names(folded, span.start, span.end) if language == "zh" else []
    markers = sorted(
        markers + named_projects(folded, span.start, span.end, language, taken), key=lambda m: m.start
    )
    return SentenceReader(folded, span, language, clauses, markers, mentions, previous, year=year,
                          city_release=city_release, year_plan=year_plan,
                          province_batch=province_batch, counted=counted or {},
                          own_city_known=bool(own_city))  # fmt: skip


def _own_city_is_the_batch(
    markers: list[Marker], own_city: tuple[str, ...], code: str | None, host: str | None = None
) -> list[Marker]:
    """In a city's release, the city named is its batch, as 全市 is ("2022年共安排中山省重点建设项目62个",
    "其中，某市参与的重点项目共N个", "某季度，某市参与全省集中开工重大项目N个"); so is the district, county or
    town whose own event the release tells of (`places.release_host`) in its release. A region that holds the
    city ("其中43个为大湾区项目" in Jiangmen's) names a kind of projects, no place within it."""
    return [Marker("batch", None, m.start, m.end)
            if (m.kind == "city" and m.label in own_city) or (m.kind == "district" and host and m.label == host)
            else Marker("sector", REGION_AS_KIND.get(m.label or "", m.label), m.start, m.end)
            if m.kind == "district" and region_holds(m.label, code) else m
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
    if not reader.mentions and _event_named_whole(
        reader.text[reader.sentence.start : reader.sentence.end], reader.language
    ):
        return Scope("batch", None)
    if reader.state is not None and reader.state.kind != "named":  # a name is about its own sentence
        return reader.state
    markers = [m for m in reader.markers if m.kind not in ("city", "named") and not reader.city_named(m)]
    return Scope(markers[-1].kind, markers[-1].label) if markers else reader.previous


def _event_named_whole(sentence: str, language: str) -> bool:
    """A sentence with no figure that names the event whole, its occasion and its verb ("某县产业项目集中签约暨园区
    开工。"): a kind it names is the kind of the batch's projects, no part; a sub-venue's is a part."""
    return bool(occasion_named(sentence, language) and event_verb_named(sentence, language)
                and not _SUB_VENUE.search(sentence))  # fmt: skip


_SUB_VENUE = re.compile(r"分会场|分场|sub-venue", re.I)


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
    folded = _STRAY_COMMA.sub("\u200b", mask_number_runs(fold(text[:MAX_ARTICLE_CHARS])))
    # In a city's release the province's key projects are another list, unless the release is about them
    # (its headline says 省重点项目: "超1200亿元！某市今年48个省重点项目亮相").
    other_lists = not province_is_batch and not provincial_list_cue(folded, 0, _headline_end(folded), "zh")
    own_city = _city_names(city)
    year_plan = bool(EN_THIS_YEAR.search(folded, 0, _headline_end(folded)))  # "… key projects for 2021"
    figures: list[AnnouncedFigure] = []
    disowned: list[tuple[Mention, str]] = []  # figures the body says are not the batch's, and why
    disowned_at: list[tuple[int, str]] = []  # (sentence start, why) where the body disowns counts
    counted: dict[Decimal, Scope | None] = {}  # a count's value → the part it counted (None: several)
    printed: list[tuple[int, str, Decimal]] = []  # (where, kind, value) of every number read as a figure
    previous: Scope | None = None
    said: set[tuple[Scope, str]] = set()  # (scope, figure) of what the sentence before read
    cue: str | None = None  # why the previous sentence's last figures were not the batch's, if they were not
    title_end = _headline_end(folded) if whole_release else 0
    title_counts = bool(_TITLE_COUNT.search(folded, 0, title_end))
    quarter = _quarter_of(folded, title_end) if whole_release else None
    host = _host(folded, title_end) if whole_release and not province_is_batch else None
    for span in split_sentences(folded):
        if not _WORDS.search(folded, span.start, span.end):
            continue  # no word at all: no figure (and no pattern spends time on it)
        previous_scope = None if span.paragraph_start else previous
        reader = _reader(
            folded,
            span,
            previous_scope,
            year,
            other_lists,
            own_city,
            year_plan,
            province_is_batch,
            counted,
            city,
            host,
        )
        reader.said_before = said if previous_scope is not None else set()
        reader.quarter = quarter
        reader.counted_title = span.start < title_end and title_counts
        if cue and (_ANAPHORA.match(folded, span.start) or _results_go_on(folded, span, cue)):
            reader.not_ours = cue  # "其中 / Among them, …" speaks of what the sentence before spoke of
        if reader.mentions:
            found = [_figure(text, span, r, province_is_batch) for r in reader.read()]
            found += [_ambiguous(text, span, clause, why) for clause, why in reader.unreadable]
            figures += sorted(found, key=lambda f: f.start)
            cue = reader.not_ours
            disowned += reader.disowned
            disowned_at += [(span.start, why) for m, why in reader.disowned if m.kind == "count"][:1]
            _remember_counts(counted, reader.readings)
            printed += [(m.start, m.kind, plain(m.value)) for m in reader.mentions if m.value is not None]
        previous = _carry(reader)
        said = {(r.scope, r.figure) for r in reader.readings} if reader.mentions else set()
    if whole_release:
        headline_end = _headline_end(folded)
        subject = release_subject(folded, headline_end)
        in_title = {(kind, value) for at, kind, value in printed if at < subject.title_end}
        figures = investors_origin_as_batch(_host_s(figures, host) if host else subject_district(figures))
        figures = tied_to_batch(folded, figures, disowned_at, subject, year, in_title)
        figures = kind_in_title(figures, subject.title_end)
        figures = headline_restated(figures, disowned, headline_end)
    parts = parts_within_the_whole(parts_not_wholes(consistent(whole_restated(figures))))
    return share_bases(plausible(parts_of_the_batch_s_events(parts)))


def _quarter_of(folded: str, headline_end: int) -> int | None:
    """The quarter the release is about: the one its title names, else its opening (title and lead)."""
    subject = release_subject(folded, headline_end)
    named = folded[: subject.title_end] or subject.opening
    return release_quarter(named, language_of(named))


def _host(folded: str, headline_end: int) -> str | None:
    """The district, county or town whose own event or plan the release tells of (`places.release_host`): named
    in its title when the title tells of an event, a plan or a count of projects, else in its lead when that does."""
    subject = release_subject(folded, headline_end)
    crumbs = _BREADCRUMB.match(folded)
    skip = crumbs.end() if crumbs else 0
    language = language_of(subject.opening)
    lead = max(skip, subject.title_end)
    spans = [(skip, subject.title_end)]
    spans += [(s.start, s.end) for s in split_sentences(folded[: lead + _LEAD_CHARS]) if s.start >= lead][:3]
    parts = []
    for start, end in spans:
        business = _business_at(folded[start:end], language)
        if start < end and business is not None:
            parts.append((start, end, start + business))
            if start >= lead:
                break  # the lead: the first sentence after the title that tells of the release's business
    return release_host(folded, parts, language)


_LEAD_CHARS = 600


def _business_at(text: str, language: str) -> int | None:
    """Where a title or lead first names its business: an event, a plan, an occasion, a count of projects."""
    words = [
        event_verb_named(text, language),
        plan_word_named(text, language),
        occasion_named(text, language),
    ]
    at = [text.find(w) for w in words if w]
    count = _TITLE_COUNT.search(text)
    return min([*at, *([count.start()] if count else [])], default=None)


def _host_s(figures: list[AnnouncedFigure], host: str) -> list[AnnouncedFigure]:
    """In a release about a place's own event, a place that holds it or stands beside it (the district of a
    town, another district) is no part of its batch: its figures go to review."""
    why = f"another place's figure, in a release about {host}'s own event"
    return [unsure(f, why) if f.status == "ok" and f.scope_kind == "district" and f.scope_label
            and holds_no_part_of(host, f.scope_label) and f.scope_label not in ("其他", "跨区域") else f
            for f in figures]  # fmt: skip


def _remember_counts(counted: dict[Decimal, Scope | None], readings: list[Reading]) -> None:
    """The parts counted so far, by their count: a count repeated later with no scope is the same part."""
    for r in readings:
        if r.figure == "projects" and r.mention.value is not None:
            seen = counted.setdefault(r.mention.value, r.scope)
            if seen != r.scope:
                counted[r.mention.value] = None  # two parts of one count: neither is meant by it


def _city_names(code: str | None) -> tuple[str, ...]:
    """A city's names as the city markers label them (中山, Zhongshan); none for the province or no city."""
    if not code or code == PROVINCE_CODE or code not in CITY_CODES:
        return ()
    city = city_by_code(code)
    return (city.name_zh or "", city.pinyin or "")


def _results_go_on(folded: str, span: Span, cue: str) -> bool:
    """After a result so far ("1-7月，省重点项目完成投资3836.5亿元"), a sentence of the same paragraph that only
    tells of events ("新开工建设…等133个项目，建成投产…等23个项目") tells more results, unless it names a plan or a
    batch."""
    if not cue.startswith(("a result so far", "a target")) or span.paragraph_start:
        return False  # a new paragraph starts anew
    language = language_of(folded[span.start : span.end])
    if not event_marks(folded, span.start, span.end, language):
        return False
    return not _PLAN_OR_BATCH.search(folded, span.start, span.end)


_PLAN_OR_BATCH = re.compile(
    r"安排|计划|年度|本次|此次|本批|这批|今年|全年|\bplan|\bthis\s+(?:batch|year)|\bannual", re.I
)

# Openers that point back at the sentence before ("其中，…", "Among them, …").
_ANAPHORA = re.compile(
    rf"\s*(?:{ZH_AMONG}|among\s+(?:them|these|which)|of\s+(?:them|these|which))\b",
    re.I,
)

# A comma right before another stop is a stray one (mirrors that sprinkle commas: "开工,、签约"): it is
# masked, same length, so that the stop after it separates what it separates.
_STRAY_COMMA = re.compile(r"[,，](?=[、。，,；;])")

# Releases are a few thousand characters; reading stops here, so that no page costs more than a few seconds.
MAX_ARTICLE_CHARS = 60_000
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")


# A title that counts projects ("210个重点项目 3050亿元！", "3050亿！全市210个项目今年开建").
_TITLE_COUNT = re.compile(
    rf"(?:\d+|(?<![第这那每各])[两三四五六七八九十百千]{CN_NUMERAL})\s*(?:多|余)?\s*[个项宗]"
    r"|\d+\s+(?:\w+\s+){0,2}projects\b",
    re.I,
)  # "52个重大项目", "五十二个重大项目", "52 major projects"


def _headline_end(folded: str) -> int:
    """Where a release's headline ends: its first sentence, within its first three lines and 150 characters,
    or its whole first line when that line is short ("超1200亿元！某市今年48个省重点项目亮相" is one headline)."""
    crumbs = _BREADCRUMB.match(folded)
    skip = crumbs.end() if crumbs else 0
    if _OUTLINE.match(folded, skip):
        return skip  # "一、…" / "（二）…": a section of a page whose title was not kept, no headline
    ends = [m.end() for m in re.finditer(r"[。！？!?]|\n", folded[skip : skip + 150])]
    lines = [e for e in ends if folded[skip + e - 1] == "\n"]
    sentence = next((e for e in ends if folded[skip + e - 1] != "\n"), 150)
    first_line = lines[0] if lines and lines[0] <= 80 else 0
    return skip + max(min(sentence, lines[2] if len(lines) > 2 else 150), first_line)


_OUTLINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
# A page's breadcrumb and blank lines before its headline ("当前位置:首页 > 新闻中心 > 正文内容").
_BREADCRUMB = re.compile(
    r"(?:\s*(?:当前位置|您的位置|您现在的位置|位置)[:：][^\n]*\n|\s*[^\n]*(?:\s>\s[^\n]*){2,}\n|\s*\n"
    # a line of the page's furniture: its source, date, author or editor ("来源：… 2024-05-06 编辑：…")
    r"|\s*(?:来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|Source|Date|Updated|Editor)\s*[:：][^\n]*\n)*"
)


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
    if figures and all((f.reason or "").startswith(UNTIED) for f in figures):
        return f"no figure is tied to a batch: no sentence names this batch, its event or its plan ({len(figures)} to review): see gdmp review"
    if figures:
        return f"every sentence with figures is ambiguous ({len(figures)}): see gdmp review"
    if not _FIGURE_WORDS.search(text):
        return "the article states no number"
    return "no sentence states a count of projects or an amount invested"
