"""Checks across a whole release: its figures judged against each other, after each sentence was read.

A headline is the body in brief (a figure the body disowns is not the batch's either); a district or a
kind that is the release's whole subject is its batch; a statement that cannot be the same quantity as a
larger one of the same scope is a part the rules did not see; a part given the whole's amount was given
it by a carried scope; a share takes the base its arithmetic gives; a total implausibly small for its
count was misread. Each check turns what it cannot let stand into an ambiguous entry, with why.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from etl.announcements.figure import AnnouncedFigure, as_batch, unsure
from etl.announcements.mentions import Mention
from etl.announcements.numbers import compatible, fold, plain
from etl.announcements.places import DISTRICTS
from etl.announcements.sentences import language_of
from etl.announcements.vocabulary import event_marks

_MENTION_OF = {"projects": "count", "share": "share"}  # any other figure is an amount of money


def headline_restated(
    figures: list[AnnouncedFigure], disowned: list[tuple[Mention, str]], headline_end: int
) -> list[AnnouncedFigure]:
    """A headline is the body in brief: a figure it states that the body gives as not the batch's
    ("40多个大项目落户惠州 总投资达5000多亿元" over "今年以来，…40多个大项目…总投资达5000多亿元") is
    not the batch's either, so it becomes ambiguous with the body's reason."""
    why = {(m.kind, plain(m.value)): reason for m, reason in disowned}
    return [
        unsure(f, f"the body gives this figure as {why[key]}")
        if f.status == "ok"
        and f.start < headline_end
        and (key := (_MENTION_OF.get(f.figure, "money"), f.value)) in why
        else f
        for f in figures
    ]


def subject_district(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A release about one district's own programme ("Huangpu district has listed 160 key projects …",
    "新会区举行重大项目签约活动，签约项目20个"): its lead figure is that district's, before any figure of a
    whole batch. That district is then the release's batch, and its figures are filed as the batch's. Another
    district's figures there are no part of it (a district holds no other district): they go to review."""
    ok = [f for f in figures if f.status == "ok"]
    districts = {f.scope_label for f in ok if f.scope_kind == "district"} - {"其他", "跨区域"}
    if not districts:
        return figures
    counted = [f.value for f in ok if f.figure == "projects" and f.scope_kind == "district"]
    if counted and any(
        f.figure == "projects" and f.scope_kind == "batch" and f.value > max(counted) for f in ok
    ):
        return figures  # "51 projects … in Longgang" beside "245 new projects in the city": a part, not the subject
    lead_is_it = ok[0].scope_kind == "district" and ok[0].scope_label in districts
    label = ok[0].scope_label if lead_is_it else next(iter(districts))
    named_first = any(name in fold(figures[0].sentence) for name in _district_names(label or ""))
    if len(districts) > 1 and not (lead_is_it and named_first):
        return figures  # a breakdown by district: the batch is the whole
    if not (lead_is_it or named_first):
        return figures
    why = f"another district's figure, in a release about {label}'s own programme"
    return [(as_batch(f) if f.scope_label == label else unsure(f, why))
            if f.status == "ok" and f.scope_kind == "district" else f for f in figures]  # fmt: skip


# Funding scopes that say where the investors come from, not who pays (government, society).
_INVESTORS_ORIGIN = ("港商投资", "外商投资")


def investors_origin_as_batch(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """Projects counted by where their investors come from ("与港商签约项目8个") are a part only of a larger whole
    the release states ("50个项目…其中20个来自港商"); with none larger, they are the batch itself (a signing
    with Hong Kong investors), and are filed so."""
    ok = [f for f in figures if f.status == "ok"]
    origin = [f for f in ok if f.scope_kind == "funding" and f.scope_label in _INVESTORS_ORIGIN]
    wholes = [f for f in ok if f.scope_kind in ("batch", "province")]
    if not origin or any(w.figure == f.figure and w.value > f.value for f in origin for w in wholes):
        return figures
    return [as_batch(f) if f in origin else f for f in figures]


def kind_in_title(figures: list[AnnouncedFigure], title_end: int) -> list[AnnouncedFigure]:
    """A title that names its batch by the kind of its projects ("Shaoguan breaks ground on 38 manufacturing
    projects", "韶关38个产业项目同日动工"): the kind is the whole batch, not a part of it, unless the release
    states the batch's figure otherwise (a title's 7.5 billion yuan of manufacturing projects beside a fair's
    18.4 billion is a part). The figures the release gives that kind are filed as the batch's."""
    ok = [f for f in figures if f.status == "ok"]
    wholes: dict[str, list[AnnouncedFigure]] = {}
    for f in ok:
        if f.scope_kind == "batch":
            wholes.setdefault(f.figure or "", []).append(f)
    titled = [f for f in ok if f.sentence_start < title_end and f.scope_kind == "sector" and f.event
              and f.figure != "share"]  # fmt: skip
    kinds = {f.scope_label for f in titled} - {
        f.scope_label for f in titled if not all(_rounds_to(f, w) for w in wholes.get(f.figure or "", []))
    }
    if len(kinds) != 1:
        return figures  # no kind, or several: parts of the batch
    return [as_batch(f) if f.status == "ok" and f.scope_kind == "sector" and f.scope_label in kinds else f
            for f in figures]  # fmt: skip


def _rounds_to(rounded: AnnouncedFigure, whole: AnnouncedFigure) -> bool:
    """Can a title's figure be the whole's, rounded to the digits the title prints ("12 bln" of 12.3
    billion), or within the bounds either states?"""
    digits = Decimal(rounded.value).normalize()
    half = Decimal(5) * Decimal(10) ** (digits.as_tuple().exponent - 1)
    return compatible(whole.value, whole.qualifier, rounded.value, rounded.qualifier, whole.figure or "") or (
        abs(Decimal(whole.value) - Decimal(rounded.value)) <= half
    )


def _district_names(label: str) -> tuple[str, ...]:
    """How a release may name a district: its known names, else its label and the label's first word."""
    return next((d.zh_names + d.en_names for d in DISTRICTS if d.label == label), (label, label.split()[0]))


@lru_cache(maxsize=256)
def _mixed_events(sentence: str) -> bool:
    """Does a sentence name several events at once ("集中签约、动工、竣工、投产项目合计N个")? Its batch then
    holds parts of one event each; a batch of no stated event (a plan) does not."""
    folded = fold(sentence)
    return len({e[2] for e in event_marks(folded, 0, len(folded), language_of(folded))}) > 1


def consistent(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """Figures that cannot be the same quantity as another statement of the same scope, figure and event
    ("107个项目…总投资约708.22亿元", later "38个重大项目…总投资达501.23亿元" read as the batch's): the first
    statement is the whole, since a release states its batch first (its title, its lead); a later one that
    cannot be it is a part the rules did not see, or another programme's figure (a sum so far, the year's
    plan, an earlier batch: "开年至今，全市已新开工项目430个" after the batch's 52), and becomes ambiguous.
    Not the largest: a larger figure of another programme would then push the batch's own out. The share of
    a part is no such figure: shares are left alone."""
    stated: dict[tuple, list[AnnouncedFigure]] = {}
    for f in figures:
        if f.status == "ok" and f.figure != "share":
            stated.setdefault((f.scope_kind, f.scope_label, f.figure), []).append(f)

    def whole(f: AnnouncedFigure) -> AnnouncedFigure | None:
        """The first statement of f's scope and figure that is of f's event (an event of its own is no clash)."""
        same = stated.get((f.scope_kind, f.scope_label, f.figure), [])
        return next((w for w in same if _same_event(w, f)), None)

    checked = [_against(f, whole(f)) for f in figures]
    return _with_its_count(figures, _after_a_subset(figures, checked))


_CLAUSE_END = re.compile(r"[，,；;：:]")


def _with_its_count(before: list[AnnouncedFigure], after: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """An amount said in one clause with a count that cannot be the batch's ("plans to invest 60 billion yuan in
    150 key projects this year", after the batch's 22) is that count's, another programme's: it goes to review
    with it, unless the release states that amount elsewhere."""
    refused = [a for b, a in zip(before, after, strict=True) if b.status == "ok" and a.status != "ok"
               and b.figure == "projects" and b.scope_kind == "batch"]  # fmt: skip
    if not refused:
        return after
    clauses = set()
    for r in refused:
        at = r.start - r.sentence_start
        start = max((m.end() for m in _CLAUSE_END.finditer(r.sentence, 0, at)), default=0)
        end = m.start() if (m := _CLAUSE_END.search(r.sentence, at)) else len(r.sentence)
        clauses.add((r.sentence_start, r.sentence_start + start, r.sentence_start + end))
    stated = [f for f in after if f.status == "ok"]

    def its_count_s(f: AnnouncedFigure) -> bool:
        return (
            f.status == "ok"
            and f.scope_kind == "batch"
            and f.figure in ("total_investment", "annual_plan")
            and any(s == f.sentence_start and a <= f.start and f.end <= b for s, a, b in clauses)
            and not any(
                g.sentence_start != f.sentence_start and (g.figure, g.value) == (f.figure, f.value)
                for g in stated
            )  # fmt: skip
        )

    why = "said in one clause with a count that cannot be the batch's: that count's amount"
    return [unsure(f, why) if its_count_s(f) else f for f in after]


def _same_event(a: AnnouncedFigure, b: AnnouncedFigure) -> bool:
    return a.event == b.event or (
        None in (a.event, b.event) and not _mixed_events(a.sentence) and not _mixed_events(b.sentence)
    )


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
    return [unsure(f, why) if subset_s(f) else f for f in after]  # fmt: skip


def parts_not_wholes(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part's amount that is the batch's own amount ("超过10亿元的大项目共有45个，总投资约3491.8亿元" where
    3491.8亿 is the batch's total): the part's scope was carried onto a figure of the whole. A part counted
    with fewer projects than the batch cannot have the whole's amount, so that figure, and the amounts the
    same carried scope gives after it in its sentence (the batch's year's plan after its total), are the
    batch's, unless the batch states that figure otherwise (then ambiguous)."""
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

    stated = {(f.figure, f.value) for f in ok if f.scope_kind in whole}
    figures_stated = {figure for figure, _ in stated}

    def the_batch_s(f: AnnouncedFigure) -> AnnouncedFigure:
        if (f.figure, f.value) in stated or f.figure not in figures_stated:
            return as_batch(f)
        return unsure(f, "the batch's own amount, given to a part with fewer projects than the batch")

    return [the_batch_s(f) if suspect(f) else f for f in figures]  # fmt: skip


def parts_within_the_whole(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part (a district, a kind, a funding source, a size band) cannot hold more than its batch: a 'part'
    counted with more projects, or given more money, than the batch's own statement of that figure is another
    programme's (a district's own year, "全市现有在建亿元以上项目520个" beside a batch of 46). It goes to
    review, with what its sentence gives that same scope after it."""
    ok = [f for f in figures if f.status == "ok"]
    wholes = [f for f in ok if f.scope_kind in ("batch", "province") and f.figure != "share"]

    def too_large(f: AnnouncedFigure) -> bool:
        same = [w for w in wholes if w.figure == f.figure and w.qualifier != "over"
                and (w.event == f.event or None in (w.event, f.event))]  # fmt: skip
        slack = {"about": Decimal("1.1"), "nearly": Decimal("1.1")}
        return bool(same) and all(f.value > w.value * slack.get(w.qualifier or "", 1) for w in same)

    larger = [f for f in ok if f.scope_kind in _PART_KINDS and f.figure != "share" and too_large(f)]
    at = {(f.sentence_start, f.scope_kind, f.scope_label): f.start for f in reversed(larger)}
    why = "a part larger than the batch: another programme's figure"
    return [unsure(f, why) if f.status == "ok" and f.start >= at.get((f.sentence_start, f.scope_kind, f.scope_label), f.end)
            else f for f in figures]  # fmt: skip


_PART_KINDS = ("district", "sector", "funding", "size_band")


def parts_of_the_batch_s_events(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part is a part of a whole of its own event: "南海区近期引进签约项目15个" in a release whose batch is a
    groundbreaking (and that states no signing) is a part of no batch the release states — another programme's.
    It goes to review. A whole of no stated event (a plan) or of mixed events holds a part of any event."""
    ok = [f for f in figures if f.status == "ok"]
    events = {f.event for f in ok if f.scope_kind in ("batch", "province")}
    if not events or None in events:
        return figures
    held = events | {e for mixed in events if mixed and "_and_" in mixed for e in mixed.split("_and_")}
    why = "a part of another event than the batch's, which the release does not state: another programme's"
    return [unsure(f, why) if f.status == "ok" and f.scope_kind in _PART_KINDS and f.event and f.event not in held
            else f for f in figures]  # fmt: skip


def whole_restated(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
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
        as_batch(f) if f.status == "ok" and f.scope_kind in _PARTS and f.sentence_start in again else f
        for f in figures
    ]


# A place may hold a whole batch ("南海区项目4个" of 4); a kind of projects that holds it is the batch.
_PARTS = ("sector",)


def share_bases(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
    """A part's share is checked against its own arithmetic (the part's figure over the batch's): a share
    whose stated base is loose ("占全部投资的59.9%" beside the part's year's plan) takes the base that fits;
    a share that no base fits, where its own base can be computed ("51 projects …, more than half of the
    total" of 245), was misread or misprinted and becomes ambiguous."""
    ok = [f for f in figures if f.status == "ok"]
    wholes: dict[str, set] = {}
    for f in ok:
        if f.scope_kind in ("batch", "province") and f.figure != "share":
            wholes.setdefault(f.figure, set()).add(f.value)
    part = {(f.scope_kind, f.scope_label, f.figure): f.value for f in ok if f.figure != "share"}

    def ratio(f: AnnouncedFigure, base: str | None) -> Decimal | None:
        """The part's figure over the whole's, when the release states one whole for that figure."""
        whole, own = wholes.get(base or ""), part.get((f.scope_kind, f.scope_label, base))
        if not whole or len(whole) > 1 or own is None or not next(iter(whole)):
            return None
        return Decimal(own) * 100 / Decimal(next(iter(whole)))

    def fits(f: AnnouncedFigure, base: str | None, exact_only: bool = True) -> bool:
        computed = ratio(f, base)
        if computed is None or (exact_only and f.qualifier != "exact"):
            return False
        return _within(computed, Decimal(f.value), f.qualifier or "exact", f.text)

    def checked(f: AnnouncedFigure) -> AnnouncedFigure:
        if f.status != "ok" or f.figure != "share" or f.scope_kind in ("batch", "province"):
            return f
        if fits(f, f.share_of, exact_only=False):
            return f
        other = [b for b in ("total_investment", "annual_plan", "projects") if b != f.share_of and fits(f, b)]
        if len(other) == 1:
            return replace(f, share_of=other[0])
        computed = ratio(f, f.share_of)
        if computed is not None:
            return unsure(f, f"a share its own figures contradict ({computed:.1f} % computed)")
        return f

    return [checked(f) for f in figures]


def _within(computed: Decimal, stated: Decimal, qualifier: str, words: str = "") -> bool:
    """Does a computed share agree with a stated one, to its rounding as printed (4成 is 40 ± 5 %) and its
    qualifier?"""
    rounding = _SHARE_ROUNDING if stated != stated.to_integral_value() else Decimal("0.5")
    if _IN_TENTHS.search(words):
        rounding = Decimal(5)
    if qualifier == "over":
        return computed > stated - rounding
    if qualifier == "nearly":
        return stated - 10 <= computed <= stated + rounding
    if qualifier == "about":
        return abs(computed - stated) <= max(Decimal(2), stated / 10)
    return abs(computed - stated) <= rounding


_SHARE_ROUNDING = Decimal("0.051")  # a share printed to one decimal place
_IN_TENTHS = re.compile(r"[一二三四五六七八九\d]成")  # a share printed in tenths (4成, 六成)


# A key project costs millions: a batch whose total is under 1,000,000 yuan a project ("142 key projects with a
# total of more than 10 million yuan") was misread or misprinted.
_LEAST_PER_PROJECT = 100  # 万元


def plausible(figures: list[AnnouncedFigure]) -> list[AnnouncedFigure]:
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
    return [unsure(f, why) if small(f) else f for f in figures]  # fmt: skip


def _against(f: AnnouncedFigure, whole: AnnouncedFigure | None) -> AnnouncedFigure:
    if f.status != "ok" or whole is None or whole is f or f.figure == "share":
        return f
    if not _same_event(whole, f) or compatible(
        whole.value, whole.qualifier, f.value, f.qualifier, f.figure, whole.text, f.text
    ):
        return f
    return unsure(f, f"cannot be the {f.figure} stated elsewhere in the release ({whole.text})")
