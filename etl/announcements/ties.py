"""Whether the release ties a figure to its batch: the one rule that lets a figure be stored as the batch's.

A figure read from prose is stored (status ok) only where the release ties it to its batch or plan. Its
sentence ties it when it
- is the release's title (a line before the first sentence that states something: "40 projects break
  ground in Shaoguan", "总投资约260亿元！");
- names this batch (本次 / 此次 / 这批 / "this batch", "this time");
- names the occasion of the event (集中开工 / 签约仪式上 / 活动现场 / 当天 / "at the ceremony", "today",
  "at the same time") or the deals it made (达成 / "deals … were reached");
- names the year's plan (今年…安排 / 2024年…计划 / 年度计划投资 / "plans … for 2024"), unless the
  release's title tells of an event and of no plan (a city's year's plan quoted in a groundbreaking
  release is another programme), or the plan is that of a place the opening does not name ("Wujiang
  District has lined up 40 key projects for 2023" on the city's page);
- opens by pointing back (其中 / 这其中 / "N个重点项目中" / "Among those …") at a sentence that ties.
A sentence that only names the event's verb (开工 / 签约 / "started", "were signed") or "these projects"
ties the projects it counts and what it says of them; without a count, its figures are taken only as the
following ones are ("A robot maker's plant in Humen, with an investment of 1.6 billion yuan, was started" is
one project's, where no batch was counted before).
A figure is also tied when
- it states again a value already tied (the title's count, repeated in the body), or a number the title prints
  that the rules could not read there ("狂砸6187亿!", then "合计481个重点项目，总投资金额达6187亿元"): that
  sentence is the batch's, but opens no carry (what follows it needs a tie of its own);
- it is a part (a district, a sector, a funding source, a size band) counted after a tied whole, or an
  amount of the batch's said after a tied count, one the batch has not given yet ("The year's planned
  investment is …"; not a new plant's "total investment of 500 million yuan" after the batch's 15
  billion).
A sentence that names no batch, occasion or event but a list of the year (今年全市安排… / "has listed … for
2024") speaks of another programme when the release tells of an event, or when that list is a place's the
opening does not name: none of its figures is stored, not even a part, and what follows is that programme's
until a sentence ties again. Without it, a district's own year's list went on as a part of the batch. So does
a sentence set in the year as a whole (今年 / 2024年， / "in 2024") speak of another programme in a release that
does not tell of the year's plan (an event's, or one whose title tells nothing); a title with no event that
counts the year's key projects ("… 120 key projects for 2024") tells of a plan.
So is a sentence tied only by the event's verb that counts the event's projects anew after a sentence that
named the batch counted them ("全市今年共开工项目430个" after the batch's 52: a sum so far, another batch).
A new count of projects that nothing ties is another whole: it, the figures of its sentence and the parts
counted after it are not stored (a district's own programme, the parts of a list the release did not
announce, a feature's sum of several batches), until a sentence ties again. So is a count smaller than the
batch's that nothing ties (a part no scope names), without the parts after it.

What is not tied is kept for review, ambiguous with why ("figure not tied to the batch: …"): the rules
cannot settle it, so it never enters the batch's totals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from etl.announcements.figure import AnnouncedFigure, unsure
from etl.announcements.places import EN_DISTRICT, EN_DISTRICT_BY_SUFFIX, ZH_DISTRICT, ZH_DISTRICT_BY_SUFFIX
from etl.announcements.sentences import Span, language_of, split_sentences
from etl.announcements.vocabulary import (
    EVENT_KINDS,
    another_province_opens,
    event_kinds,
    event_verb_named,
    guangdong_named,
    not_batch_cue,
    occasion_named,
    plan_named,
    plan_word_named,
    points_back,
    these_projects_named,
    this_batch_named,
    this_year_as_its_time,
    years_list_named,
)

UNTIED = "figure not tied to the batch"
_NAMES_IT = "names this batch or its event"
_ANOTHER_PROVINCE = (
    "another programme: another province's"  # how the reason of what this rule sends to review begins
)
_PARTS = ("funding", "district", "sector", "size_band")
# Sentences whose counts the reader gave as not the batch's for these reasons are still parts of it (a
# stage of the plan): the parts counted after them are the batch's, as before them.
_STILL_OURS = ("a stage of the list", "new starts planned for the year")


@dataclass(frozen=True)
class Subject:
    """What a release's title tells of, or its opening (the title and the lead sentence) where the title tells
    of neither: an event (its verb), a plan. `title_end`: where the title ends; `opening`: the opening's text."""

    event: bool
    plan: bool
    title_end: int
    opening: str
    # the kinds of event the title or opening tells of (start / sign / finish)
    events: frozenset[str] = frozenset()


def release_subject(folded: str, headline_end: int) -> Subject:
    """The subject of a release. Its title is the lines before `headline_end` that state nothing (no full stop:
    "40 projects break ground in Shaoguan", a breadcrumb); its lead is the first sentence that does."""
    title_end = opening_end = 0
    for span in split_sentences(folded[: headline_end + 2000]):
        opening_end = span.end
        if span.start >= headline_end or _STATEMENT_END.search(folded, span.start, span.end):
            break
        title_end = span.end
    for end in (title_end, opening_end):
        language = language_of(folded[:end])
        event = event_verb_named(folded[:end], language)
        # a title with no event that counts the year's key projects ("… 120 key projects for 2024") is a plan's
        listed = not event and years_list_named(folded[:end], language, None)
        plan = plan_word_named(folded[:end], language) or listed
        if event or plan:
            break
    events = event_kinds(folded[:end], language) if event else frozenset()
    return Subject(bool(event), bool(plan), title_end, folded[:opening_end], events)


@dataclass(frozen=True)
class Tie:
    why: str
    strong: bool  # ties every figure of its sentence; a weak tie (an event's verb) ties the batch's own
    other: bool = False  # the sentence speaks of another programme: none of its figures is the batch's
    carries: bool = True  # what follows it goes on about the batch (a title's figure said again does not)


def sentence_tie(
    folded: str, span: Span, subject: Subject, year: int | None, before: Tie | None
) -> Tie | None:
    """Why this sentence ties its figures to the batch, or None when it does not. `before`: the tie of the
    sentence before it, which a sentence pointing back at it shares."""
    if span.start < subject.title_end:
        return Tie("the title", True)
    text = folded[span.start : span.end]
    language = language_of(text)
    if province := another_province_opens(text, language):
        return Tie(f"{_ANOTHER_PROVINCE} ({province})", False, other=True)
    if (
        before is not None
        and before.why.startswith(_ANOTHER_PROVINCE)
        and not guangdong_named(text, language)
    ):
        return before  # that province's event goes on until the release names Guangdong or a city of it again
    named = this_batch_named(text, language) or occasion_named(text, language)
    if named:
        return Tie(f"{_NAMES_IT} ({named})", True)
    plan = plan_named(text, language, year)
    own_plan = plan and (subject.plan or not subject.event)
    if own_plan and not _another_place_s(text, language, plan, subject):
        return Tie(f"names the year's plan ({plan})", True)
    if before is not None and points_back(text, language):
        return Tie(f"points back at a sentence that {before.why}", before.strong, before.other)
    verb = event_verb_named(text, language) or these_projects_named(text, language)
    if verb:
        return Tie(f"names the event or its projects ({verb})", False)
    other = _another_plan(text, language, year, subject, own_plan)
    return Tie(other, False, other=True) if other else None


def _another_plan(text: str, language: str, year: int | None, subject: Subject, own_plan: bool) -> str | None:
    """Why a sentence that names no batch, occasion or event of its own speaks of another programme: a year's
    plan quoted in an event's release ("全市今年重大项目年度计划投资达1200亿元" beside a groundbreaking), or the
    plan of a place the opening does not name ("Songshan Lake has 45 key projects on its list this year" on
    the city's page). Its figures are that plan's, not parts or amounts of the batch."""
    plan = years_list_named(text, language, year)
    if not subject.plan and not plan:  # "今年全市新引进…45个" beside a day's event, or where no title tells
        plan = this_year_as_its_time(text, language, year)
    if not plan:
        return None
    if not own_plan:
        return f"another programme: the year's, in a release that is not about the year's plan ({plan})"
    if _another_place_s(text, language, plan, subject):
        return f"another programme: the plan of a place the release is not about ({plan})"
    return None


def _another_place_s(text: str, language: str, plan: str, subject: Subject) -> bool:
    """'Wujiang District has lined up 40 key projects for 2023' on the city's page: the plan of a district the release's
    opening does not name is that district's own, not the release's."""
    before = text[: text.find(plan)]
    if language == "zh":
        names = [m.group(0) for m in ZH_DISTRICT.finditer(before)]
        names += [m.group(1) for m in ZH_DISTRICT_BY_SUFFIX.finditer(before)]
    else:
        names = [m.group(1) for m in EN_DISTRICT.finditer(before)]
        names += [m.group(1) for m in EN_DISTRICT_BY_SUFFIX.finditer(before)]
    return any(name not in subject.opening for name in names)


def tied_to_batch(
    folded: str,
    figures: list[AnnouncedFigure],
    disowned_at: Iterable[tuple[int, str]],
    subject: Subject,
    year: int | None,
    in_title: set[tuple[str, object]] = frozenset(),
) -> list[AnnouncedFigure]:
    """The figures, those the release does not tie to its batch made ambiguous with why.

    in_title: (kind, value) of the numbers the title prints, read or not ("狂砸6187亿!"): a sentence that
    states one of them again speaks of the title's batch.
    disowned_at: (where a sentence starts, why) for the sentences whose counts the reader gave as not the
    batch's (a target, another list): the parts counted after them are not the batch's either."""
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        by_sentence.setdefault(f.sentence_start, []).append(i)
    disowned = {start: why for start, why in disowned_at}
    out = list(figures)
    tied: set[tuple] = set()  # (scope, label, figure, value) of every figure tied so far
    counts: list = []  # the batch's counts tied so far
    # the batch's counts tied by a sentence that names the batch, its occasion or its plan
    batch_counts: list[AnnouncedFigure] = []
    anchor = False  # is the whole counted last tied to the batch?
    before: Tie | None = None
    occasion: Tie | None = None  # the tie of a sentence with no figure that named the batch or its occasion
    for span in split_sentences(folded):
        members = by_sentence.get(span.start, [])
        if not members and span.start not in disowned:
            if _has_words(folded, span):
                before = sentence_tie(folded, span, subject, year, before)
                occasion = before if before is not None and before.why.startswith(_NAMES_IT) else None
                language = language_of(folded[span.start : span.end])
                if not_batch_cue(folded, span.start, span.end, language, year, span.start):
                    occasion = None  # "Until June, the city held three rounds of ceremonies."
            continue
        tie = sentence_tie(folded, span, subject, year, before)
        if tie is None and occasion is not None and not span.paragraph_start:
            # "…推介大会召开。9个项目落户某县，投资总额…": the sentence before, with no figure, named the occasion
            tie = Tie(f"follows a sentence that {occasion.why}", False)
        occasion = None
        ok = [i for i in members if out[i].status == "ok"]
        if (tie is None or not (tie.strong or tie.other)) and any(_printed(out[i]) in in_title for i in ok):
            tie = Tie("states again a figure the title prints", True, carries=False)
        before = None if span.start in disowned else tie  # "其中…" after a target speaks of the target
        wholes = [i for i in ok if out[i].scope_kind == "batch"]
        if tie is not None and not (tie.strong or tie.other) and _another_event(out, wholes, subject):
            tie = Tie(
                "another programme: the projects of an event the release is not about", False, other=True
            )
        new_counts = [
            out[i].value for i in wholes if out[i].figure == "projects" and _key(out[i]) not in tied
        ]
        if tie is not None and tie.other:
            untied, why = ok, tie.why
        elif tie is not None and not tie.strong and _recounted(out, wholes, tied, batch_counts):
            untied, tie = ok, Tie("counts the event's projects anew", False, other=True)
            why = "a second count of the event's projects, in a sentence that names neither this batch nor its occasion"
        elif tie is not None and (tie.strong or any(out[i].figure == "projects" for i in wholes)):
            untied = []  # a weak tie (the event's verb) ties the projects it counts and what it says of them
        elif new_counts:
            untied = ok
            why = "a count of projects in a sentence that names neither this batch, its event nor its plan"
        else:  # no tie of its own, or an event's verb with no count ("… was officially started"): it goes on
            going_on = anchor or (tie is not None and bool(counts))
            # the batch's count said again ("420个重点建设项目中，…产业项目250个"): the parts after it are its
            again = min((out[i].start for i in wholes if _key(out[i]) in tied and out[i].figure == "projects"),
                        default=span.end)  # fmt: skip
            untied = [i for i in ok if _key(out[i]) not in tied
                      and not ((going_on or out[i].start > again) and _goes_on(out[i], tied))]  # fmt: skip
            why = "said after a count that is not the batch's, or before any, or another value of a figure it has"
        for i in untied:
            out[i] = unsure(out[i], f"{UNTIED}: {why}")
        kept = [i for i in ok if i not in untied]
        if tie is not None and tie.other:
            anchor = False  # another programme: what follows is its, until a sentence ties again
        elif tie is not None and tie.carries:
            anchor = anchor or bool(kept) or not ok  # the release speaks of its batch again
        elif new_counts and (not counts or max(new_counts) > max(counts)):
            anchor = False  # another whole: what follows is its, until a sentence ties again
        elif any(_key(out[i]) in tied and out[i].scope_kind == "batch" for i in kept):
            anchor = True  # the batch's count said again: its parts follow
        if span.start in disowned and not disowned[span.start].startswith(_STILL_OURS):
            anchor = False
        tied.update(_key(out[i]) for i in kept)
        if tie is None or tie.carries:  # a title's figure said again opens no parts after it
            counts += [
                out[i].value for i in kept if out[i].scope_kind == "batch" and out[i].figure == "projects"
            ]
        if tie is not None and tie.strong:
            batch_counts += [
                out[i] for i in kept if out[i].scope_kind == "batch" and out[i].figure == "projects"
            ]
    return out


def _recounted(out: list[AnnouncedFigure], wholes: list[int], tied: set[tuple], batch_counts: list) -> bool:
    """Does a sentence tied only by the event's verb count that event's projects anew, after a sentence that
    named the batch counted them ("开年至今，全市已新开工项目430个" after the batch's 52)? That count is
    another whole (a sum so far, another batch), not the batch's."""
    new = [out[i] for i in wholes if out[i].figure == "projects" and _key(out[i]) not in tied]
    return any(w.event == f.event or None in (w.event, f.event) for f in new for w in batch_counts)


def _another_event(out: list[AnnouncedFigure], wholes: list[int], subject: Subject) -> bool:
    """Does a sentence tied only by an event's verb count the projects of an event the release's title or opening
    does not tell of ("全区今年竣工项目40个" in a groundbreaking's release)? Those are another programme's."""
    events = [out[i].event for i in wholes if out[i].figure == "projects"]
    return bool(subject.events and events) and all(
        e is not None and not EVENT_KINDS.get(e, set()) & subject.events for e in events
    )


def _goes_on(f: AnnouncedFigure, tied: set[tuple]) -> bool:
    """Does a figure with no tie of its own go on about the batch last counted? A part does; so does an amount
    of the batch's it has not given yet ("The year's planned investment is …"), but not another value of one
    it has (a new plant's "total investment of 500 million yuan" after the batch's 15 billion)."""
    return f.scope_kind != "batch" or not any(k[:3] == ("batch", None, f.figure) for k in tied)


def _printed(f: AnnouncedFigure) -> tuple[str, object]:
    """A figure as a number printed: its kind of mention (a count, a share, money) and its value."""
    return ({"projects": "count", "share": "share"}.get(f.figure or "", "money"), f.value)


def _key(f: AnnouncedFigure) -> tuple:
    return (f.scope_kind, f.scope_label, f.figure, f.value)


_STATEMENT_END = re.compile(r"[.。][^\w\u3400-\u9fff]*$")
_WORD = re.compile(r"[A-Za-z\u3400-\u9fff]")


def _has_words(folded: str, span: Span) -> bool:
    return bool(_WORD.search(folded, span.start, span.end))
