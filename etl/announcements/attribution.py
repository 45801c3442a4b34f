"""Whose figure is each mention: a small state machine over the clauses of one sentence.

Scope, clause by clause (the first rule that applies):
1. a marker inside a count's own words: "121 privately funded projects", "96个产业项目";
2. the last marker other than the batch before the figure in its clause: "宝安区32个", "政府投资项目145个";
3. in English, a marker just after a figure: "96 projects in the industrial field", "… signed province-wide";
4. a batch marker before it (本次 / 全市 / a total of);
5. the scope in force from the clauses before, in the same sentence: "…，年度计划投资约113.9亿元";
6. at the start of a sentence with no marker: the batch, if the sentence before was about the batch (or
   about nothing); if it was about a district, a sector …, the sentence is ambiguous — never guessed.
A clause whose markers come after its figures (or that has no figures) sets the scope for the next —
unless it lists several (涉及龙岗区、宝安区…), which sets none; a sector named in passing ("cover
infrastructure and public services") scopes only a count it touches. "分别 / respectively" pairs N
scopes with N figures in order, or makes the sentence ambiguous.

Event: an event word in the figure's clause (nearest), else the one in force from earlier clauses.
Amounts: the keyword just before (总投资 / 年度计划投资 / total investment …), an English "… for this
year" after, the nearest keyword before with no other amount between, or the kind every earlier amount
in the sentence had. Shares: the base they name (占全部项目年度计划投资的 → annual_plan), else the figure
just before them.

A sentence is ambiguous (one entry, no figures) when any of its numbers cannot be attributed: a growth
rate, an unclear number, an amount of no known kind, a named single project, two scopes at once (龙岗区
产业项目), a part of the batch no stored scope names (其中，省重点项目12个), a city inside a province-wide
reading, or two different values for one figure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from etl.announcements import places
from etl.announcements import vocabulary as vocab
from etl.announcements.mentions import Mention, overlaps
from etl.announcements.numbers import compatible
from etl.announcements.scopes import Marker, en_sector_named, en_sectors_in
from etl.announcements.sentences import Span


@dataclass(frozen=True)
class Scope:
    kind: str
    label: str | None


@dataclass
class Reading:
    """A mention with everything it needs to become a figure."""

    mention: Mention
    scope: Scope
    figure: str
    share_of: str | None
    event: str | None
    start: int


class Unreadable(Exception):
    """A clause cannot be read with confidence; the message says why."""


LOST = Scope("lost", None)  # the scope in force was set by a clause that could not be read
SEVERAL = Scope(
    "several", None
)  # the clause before counted several parts: a figure after it is theirs together
# Words that name this batch again (全市 / 我市 alone may speak of another year's or list's projects).
# A count's projects, then what they did so far: "…重点项目(共)完成(年度)投资…".
_PROGRAMME_DID = re.compile(
    r"(?:[^，,。；;\d]{0,14}?项目)?\s*(?P<did>(?:共|累计|合计|总共|已)?(?:完成|实现)(?:年度|全年)?(?:计划)?投资)"
)
_THIS_BATCH = re.compile(r"本次|此次|这次|本批|这批|该批|此批|今次|是次|本轮|this\s+batch|the\s+batch", re.I)


# The verb that joins a count and its money ("… projects involve / are worth / account for / with …").
_VERB_GAP = re.compile(
    r"\b(?:involv(?:e|es|ing)|worth|account(?:s|ed|ing)?\s+for|for|with|totall?(?:ing|ed|s)?|valued\s+at|cost(?:s|ing)?"
    r"|have|has|had|attract(?:s|ed|ing)?)\b",
    re.I,
)
_EN_FRAME = re.compile(
    r"\s*(?:in\s+terms\s+of|in\s+the\s+(?:field|area|sector)s?\s+of|as\s+for|regarding|when\s+it\s+comes\s+to"
    r"|to\s+(?:further\s+)?(?:improve|boost|promote|upgrade|strengthen|enhance|support))\b",
    re.I,
)
_CITY_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,3}市?"
)  # a batch marker that is a city's name (the release's own)
# Words before a city's name that make it a partner, a place or an origin, not the subject ("与广州签约", "from
# Shenzhen"): only a city named as the subject makes a figure another city's.
_CITY_NOT_SUBJECT = re.compile(
    r"(?:与|同|和|跟|及|在|赴|到|至|向|来自|落户|携手|对接|联合)$|\b(?:with|in|at|from|to|and|of)\s+(?:the\s+)?$",
    re.I,
)
_RESPECTIVELY = re.compile(r"分别|respectively|各为", re.I)
# Words that may stand between an English count and the marker after it: "96 projects in the industrial
# field", "46 projects are located in Longgang District", "over 1,000 projects have been signed province-wide".
_EN_AFTER_GAP = re.compile(
    r"^(?:\s+(?:have|has|had|been|be|are|were|is|was|will|already|so|far|now|signed|started|launched|located"
    r"|related|relating|relevant|linked|involving|involve|involves|need|needs|require|requires|concerning|covering|on|to"
    r"|situated|in|from|under|for|of|within|across|the|a|an|worth|with|valued|at|each|all|by|funded|financed"
    r"|total|investments?|aimed|aiming|focused|focusing|dedicated|devoted|geared|upgrading|improving|building"
    r"|developing|boosting|come|comes|came|coming|major|key|important|new|projects?))*\s*$",
    re.I,
)


# "46个项目位于龙岗区", "其中96个属于产业领域": a Chinese count, then where or what it is.
_ZH_AFTER_GAP = re.compile(
    r"^(?:的)?(?:项目)?(?:位于|分布在|分布于|落户|落地|集中在|属于|来自|均在|在|投向|用于|(?:均)?[为是])$"
)


# "其中 / 这其中 / 其余 / 这些项目中 …": what follows is a part of what was counted before.
_SUBSET_OPENER = re.compile(rf"(?:{vocab.ZH_AMONG})(?:有)?|其余")

_WITH_OPENING = re.compile(r"\s*with\b", re.I)

# "12 projects are lined up for …": words (no figure, no comma) then a preposition before what the projects are for.
_FOR_WHAT = re.compile(r"[A-Za-z' -]{0,40}\b(?:for|to|towards?|into)\s+(?:the\s+)?", re.I)

_AMOUNTS_TO = re.compile(
    r"\s*(?:projects\s+)?(?:account(?:s|ed)?\s+for|make(?:s)?\s+up|made\s+up|number(?:s|ed)?|total(?:l?ed|s)?"
    r"|are|were|comprise[sd]?)\s+",
    re.I,
)
# "43 of which are …", "12 of them are …": a count of a part, its scope said after it.
_OF_WHICH = re.compile(r"\S+\s+of\s+(?:which|them|these)\b", re.I)


@dataclass
class SentenceReader:
    text: str
    sentence: Span
    language: str
    clauses: list[Span]
    markers: list[Marker]
    mentions: list[Mention]
    previous: Scope | None
    state: Scope | None = None
    event: str | None = None
    zipped: list[Marker] = field(default_factory=list)
    last_clause: str = ""
    readings: list[Reading] = field(default_factory=list)
    unreadable: list[tuple[Span, str]] = field(default_factory=list)
    year: int | None = None  # the release's year: a figure of an earlier year is not the batch's
    quarter: int | None = (
        None  # the quarter the release's title names: another quarter's figure is not the batch's
    )
    city_release: bool = False  # a city's release: the province's key projects in it are another list
    year_plan: bool = (
        False  # the headline names the year ("… key projects for 2021"): money to be spent is its
    )
    not_ours: str | None = None  # why the figures from here to the sentence's end are not the batch's
    disowned: list[tuple[Mention, str]] = field(default_factory=list)  # figures not the batch's, and why
    named_seen: bool = False
    frame: Scope | None = None  # a field that opens an English sentence and frames its figures
    province_batch: bool = False  # the release is the province's: its province-wide figures are the batch's
    own_city_known: bool = False  # a city's release whose city is known: a city marker left is another city
    # A count's value → the one part it counted earlier in the release; the spans of counts read as that part.
    counted: dict = field(default_factory=dict)
    recounted: list[tuple[int, int]] = field(default_factory=list)
    said_before: set = field(default_factory=set)  # (scope, figure) of what the sentence before read
    counted_title: bool = False  # the sentence is in a release's title that counts projects

    def read(self) -> list[Reading]:
        """Every mention attributed, clause by clause. A clause that cannot be read with confidence is kept
        in `unreadable` (with why) and gives no figure; the others still do. After it, a clause with no
        scope of its own cannot lean on the scope in force: that scope is lost (LOST)."""
        for clause in self.clauses:
            taken = len(self.readings)
            try:
                self._clause(clause)
            except Unreadable as unreadable:
                del self.readings[taken:]
                self.unreadable.append((clause, str(unreadable)))
                self.state = LOST
        self._fronted_amounts()
        self._no_conflicts()
        return self.readings

    def _fronted_amounts(self) -> None:
        """English: 'With 2.5 billion yuan to be invested this year, 12 projects are lined up for urban renewal':
        amounts in an opening 'With …,' phrase that names no scope are said of the count that follows it."""
        if (
            self.language != "en"
            or len(self.clauses) < 2
            or not _WITH_OPENING.match(self.text, self.sentence.start)
        ):
            return
        first, second = self.clauses[0], self.clauses[1]
        fronted = [r for r in self.readings if first.start <= r.mention.start < first.end]
        if not fronted or any(r.mention.kind != "money" for r in fronted) or self._in(first, self.markers):
            return
        count = next((r for r in self.readings if second.start <= r.mention.start < second.end), None)
        if count is None or count.mention.kind != "count" or count.scope.kind in ("batch", "province"):
            return
        for r in fronted:
            r.scope = count.scope

    # ---- clauses -------------------------------------------------------------------------------------
    def _in(self, clause: Span, items: list) -> list:
        return [x for x in items if clause.start <= x.start < clause.end]

    def _clause(self, clause: Span) -> None:
        markers = [m for m in self._in(clause, self.markers) if m.kind != "city"]
        mentions = [
            m for m in self._in(clause, self.mentions) if m.kind != "growth"
        ]  # a rate: no figure of ours
        events = vocab.event_marks(self.text, clause.start, clause.end, self.language)
        if self._not_ours(clause, markers, mentions):
            counted = self._programme_counted(clause, mentions)
            scope = self._scope(clause, counted, markers, [counted]) if counted is not None else None
            if scope is not None and scope.kind == "batch":
                self._add(
                    counted, scope, None
                )  # only the batch's own count: a place's or a part's stays a result
            else:
                counted = None
            self.disowned += [
                (m, self.not_ours or "") for m in mentions if m.value is not None and m is not counted
            ]
            return
        if not mentions and self._english_frame(clause, markers):
            return
        self._check_other_city(clause, mentions)
        for mention in mentions:
            if mention.kind == "unclear":
                raise Unreadable(mention.reason or "a number that cannot be read")
        if mentions and self._respectively_said(clause):
            self._respectively(clause, markers, mentions, events)
        else:
            self._no_unnamed_subset(clause, markers, mentions, events)
            for mention in mentions:
                scope = self._scope(clause, mention, markers, mentions)
                self._check_city(clause, scope)
                self._add(mention, scope, self._event(mention, events))
        if any(r.figure == "projects" for r in self.readings if clause.start <= r.mention.start < clause.end):
            self.named_seen = (
                False  # a name in passing, then a count: what follows is said of the counted projects
            )
        last_mention_end = max((m.end for m in mentions), default=clause.start)
        trailing = [m for m in markers if m.start >= last_mention_end and not m.weak]
        named = [m for m in trailing if m.kind == "named"]
        if named and self.text[named[-1].end : clause.end].strip(" )）”」") == "":
            trailing = named  # "其中，比亚迪…项目，总投资约120亿元": what follows is about that project
        elif named:
            trailing = [m for m in trailing if m.kind != "named"]
            # a name in passing: a later clause with no scope of its own may be about it
            self.named_seen = True
        elif len({(m.kind, m.label) for m in trailing if m.kind != "batch"}) > 1:
            trailing = []  # "涉及龙岗区、宝安区……": a list of scopes, none of them in force
        if trailing:  # "Industrial projects make up the bulk of the batch": the specific scope reads on
            chosen = ([m for m in trailing if m.kind != "batch"] or trailing)[-1]
            self.state = Scope(chosen.kind, chosen.label)
        here = [r for r in self.readings if clause.start <= r.mention.start < clause.end]
        parts = {
            r.scope for r in here if r.figure == "projects" and r.scope.kind not in ("batch", "province")
        }
        if len(parts) > 1 and not trailing:
            self.state = (
                SEVERAL  # "铁路项目29个、综合交通枢纽项目6个、城市轨道交通项目30个，年度计划投资1252亿元"
            )
        if here:
            self.event = here[-1].event  # what the next clause's figures are about, mixed (None) included
        elif events:  # "本批开工、签约的项目涉及…": several events named together, a total of mixed events
            self.event = events[-1][2] if len({e[2] for e in events}) == 1 else None
        self.last_clause = self.text[clause.start : clause.end]

    def _not_ours(self, clause: Span, markers: list[Marker], mentions: list[Mention]) -> bool:
        """Is this clause's figures none of the batch's? A cue (a target, a result so far, an earlier
        period) holds to the sentence's end, unless a clause names the batch again. A province-wide
        tally ("全省今年以来已开工签约…超千个") is read as the province's, never as the batch's."""
        if any(m.kind == "province" for m in markers) and not any(self.city_named(m) for m in markers):
            self.not_ours = None  # the province names itself: its own tally, read as the province's
            return False
        why = vocab.not_batch_cue(
            self.text, clause.start, clause.end, self.language, self.year, self.sentence.start
        )
        if not why:
            why = vocab.another_quarter(self.text, clause.start, clause.end, self.language, self.quarter)
        if not why and self.city_release:
            why = vocab.provincial_list_cue(self.text, clause.start, clause.end, self.language)
        if not why:
            why = vocab.stage_cue(self.text, self.sentence, clause, self.language)
        if not why:
            why = vocab.chronicle_cue(self.text, self.sentence.start, self.sentence.end, self.language)
        if why:
            self.not_ours = why
        elif any(m.kind == "batch" and _THIS_BATCH.match(self.text, m.start) for m in markers):
            self.not_ours = None  # "本次…": the batch again
        return bool(self.not_ours and mentions)

    def _programme_counted(self, clause: Span, mentions: list[Mention]) -> Mention | None:
        """'今年1-5月，全市252个重点项目完成投资132亿元': what the projects did so far is a result, but their count
        is the programme's own, the subject of the result. Only a count the clause opens with, no event or other
        cue before the result's verb (累计开工的…, 其中N个省重点项目…: a result, another list)."""
        if self.language != "zh" or not (self.not_ours or "").startswith("a result so far"):
            return None
        counts = [m for m in mentions if m.value is not None]
        if not counts or counts[0].kind != "count":
            return None
        count = counts[0]
        done = _PROGRAMME_DID.match(self.text, count.end, clause.end)
        if done is None:
            return None
        before = (clause.start, done.start("did"))
        if vocab.event_marks(self.text, *before, self.language) or _SUBSET_OPENER.match(
            self.text, clause.start
        ):
            return None
        why = vocab.not_batch_cue(self.text, *before, self.language, self.year)
        if (
            why
            and not why.startswith("a result so far")
            or (self.city_release and vocab.provincial_list_cue(self.text, *before, self.language))
        ):
            return None
        return count

    def _no_unnamed_subset(
        self, clause: Span, markers: list[Marker], mentions: list[Mention], events: list
    ) -> None:
        """'其中，省重点项目12个': a part of the batch that no scope we store names (a list level, a stage)."""
        if self.language != "zh" or events or any(m.kind != "batch" for m in markers):
            return
        if any(self.city_named(m) for m in markers):
            return  # "其中，肇庆参与的重点项目共66个": the release's own city, its batch
        text = self.text[clause.start : clause.end]
        opens = bool(_SUBSET_OPENER.match(text)) or bool(_SUBSET_OPENER.fullmatch(self.last_clause))
        if opens and any(m.kind == "count" for m in mentions):
            raise Unreadable(f"a part of the batch with no scope we store ({text[:20]})")

    def _respectively_said(self, clause: Span) -> bool:
        """分别 in the clause, or an English ', respectively' closing it."""
        if _RESPECTIVELY.search(self.text, clause.start, clause.end):
            return True
        after = self.text[clause.end : self.sentence.end]
        return self.language == "en" and bool(re.match(r"[\s,;]*respectively\b", after, re.I))

    def _respectively(
        self, clause: Span, markers: list[Marker], mentions: list[Mention], events: list
    ) -> None:
        """'政府投资和社会投资项目分别为145个、121个': N scopes, N figures of each kind, paired in order."""
        first = mentions[0].start
        scopes = [m for m in markers if m.end <= first and m.kind not in ("batch",)] or self.zipped
        for kind in {m.kind for m in mentions}:
            group = [m for m in mentions if m.kind == kind]
            if len(scopes) < 2 or len(group) != len(scopes):
                raise Unreadable(f"'respectively' with {len(scopes)} scopes and {len(group)} figures")
            for marker, mention in zip(scopes, group, strict=True):
                self._add(
                    mention, self._checked(Scope(marker.kind, marker.label)), self._event(mention, events)
                )
        self.zipped = scopes
        self.state = Scope("respectively", None)

    # ---- scope ---------------------------------------------------------------------------------------
    def _scope(self, clause: Span, mention: Mention, markers: list[Marker], mentions: list[Mention]) -> Scope:
        own = [
            m
            for m in markers
            if mention.kind == "count" and mention.start <= m.start < mention.end and m.kind != "batch"
        ]
        self._not_of_a_name_after(mention, markers)
        if self.language == "en" and mention.kind == "count" and _OF_WHICH.match(self.text, mention.start):
            return self._part_of_which(clause, mention, markers, mentions)
        of_a_kind = self._of_a_kind_after(mention, markers)
        if of_a_kind is not None:
            return self._checked(of_a_kind)
        said_of_a_count = self._count_s_money(clause, mention, markers)
        if said_of_a_count is not None:
            return self._checked(said_of_a_count)
        before = [m for m in markers if m.start < mention.start and not m.weak and not self._read_inside(m)
                  and not (m.kind == "batch" and overlaps(m.start, m.end, self.recounted))]  # fmt: skip
        after = self._following(mention, markers, mentions) or self._meant_for(
            clause, mention, markers, mentions
        )
        if after and mention.kind == "money" and self._spent_on(mention, after):
            return self._checked(
                Scope(after.kind, after.label)
            )  # "Huangpu will invest … in infrastructure …"
        if own and after and (all(m.label == "其他" for m in own) or self._narrowed(own, after)):
            return self._checked(Scope(after.kind, after.label))  # "the nine other projects are related to …"
        joined = self.text[mention.start : own[0].start] if own else ""
        if re.search(r"\band\b", joined) and en_sector_named(joined):
            raise Unreadable(
                "two fields joined in one count, one of them not read"
            )  # "ecological … and water …"
        if own:
            return self._checked(self._single(own, mention))
        earlier = self._counted_before(mention, before)
        if earlier is not None:
            self.state = earlier  # the amounts said of it in the sentence are that part's too
            self.recounted.append((mention.start, mention.end))  # "the 51 projects" no longer names the batch
            return self._checked(earlier)
        if after and self._before_taken(clause, mention, before, mentions):
            return self._checked(Scope(after.kind, after.label))  # "70 are X and 50 are Y": Y is 50's
        if self.frame and all(m.kind in ("batch", "district") for m in before if m.start >= clause.start):
            return self.frame  # "In terms of environmental preservation, Huangpu will invest …"
        if any(m.kind != "batch" for m in before):
            return self._checked(self._single(self._adjacent_run(before, mentions), mention))
        if after:
            return self._checked(Scope(after.kind, after.label))
        if before and self._framed() and not any(_THIS_BATCH.match(self.text, m.start) for m in before):
            return self._checked(self.state)  # "在基础设施领域，全市共安排131个": 全市 within the field
        if before:
            return Scope("batch", None)
        if self.named_seen:
            raise Unreadable("no scope of its own, after a single project was named in the sentence")
        if LOST in (self.state, None if self.state else self.previous) and self._event_part(clause, mention):
            # "…；新动工项目79个…": a new event's part of the batch, whatever spoiled the clause before
            self.state = None
            return Scope("batch", None)
        if self.state is not None:
            return self._checked(self.state)
        if self.previous is None or self.previous.kind == "batch" or self._province_batch(self.previous):
            return Scope("batch", None)
        if self._completes_the_part_before(mention):
            return self._checked(self.previous)
        raise Unreadable(f"no scope in the sentence, and the one before was about {self.previous.kind}")

    def _narrowed(self, own: list[Marker], after: Marker) -> bool:
        """'25 industrial projects are in high-tech industries': a kind of projects, then the narrower
        field they belong to; the count is that field's (both are fields: a place after a kind is not this)."""
        return after.kind == "sector" and all(m.kind == "sector" and m.label != after.label for m in own)

    def _completes_the_part_before(self, mention: Mention) -> bool:
        """'Nanhai District started 20 projects. Their combined investment is 5.8 billion yuan.': a sentence
        with no scope and no count of its own, whose only figure is an amount, goes on about the part the sentence
        before counted."""
        previous = self.previous
        if (
            previous is None
            or previous.kind not in ("district", "sector", "funding")
            or mention.kind != "money"
        ):
            return False
        own = [m for m in self.mentions if m.value is not None]
        amounts = {(previous, "total_investment"), (previous, "annual_plan")}
        return len(own) == 1 and (previous, "projects") in self.said_before and not amounts & self.said_before

    def _not_of_a_name_after(self, mention: Mention, markers: list[Marker]) -> None:
        """'总投资26亿元的德赛电池智造项目正加紧建设': an amount that describes the single project named right
        after it (…的<name>项目) is that project's, whatever the sentence named before."""
        if self.language != "zh" or mention.kind != "money" or not self.text.startswith("的", mention.end):
            return
        named = next((m for m in markers if m.kind == "named" and m.start >= mention.end), None)
        if named is not None and not places.without_places(self.text[mention.end : named.start].lstrip("的")):
            raise Unreadable(f"an amount of the single project named after it ({named.label})")

    def _of_a_kind_after(self, mention: Mention, markers: list[Marker]) -> Scope | None:
        """'其中总投资90.4亿元的产业项目有25个': an amount that describes the kind of projects named right after it
        (…的<kind>项目) is that kind's."""
        if self.language != "zh" or mention.kind != "money" or not self.text.startswith("的", mention.end):
            return None
        after = next((m for m in markers if m.start > mention.end), None)
        if (
            after is None
            or after.kind not in ("sector", "district", "funding")
            or after.start != mention.end + 1
        ):
            return None
        return Scope(after.kind, after.label)

    def _event_part(self, clause: Span, mention: Mention) -> bool:
        """A count in a clause that names its own event ("新动工项目79个") opens a part of the batch by event."""
        return mention.kind == "count" and bool(
            vocab.event_marks(self.text, clause.start, clause.end, self.language)
        )

    def _counted_before(self, mention: Mention, before: list[Marker]) -> Scope | None:
        """'There are 51 projects in Longgang … The total investment of 51 projects is …': a count with no
        scope of its own that repeats a part counted earlier in the release is that part again."""
        if mention.kind != "count" or any(m.kind != "batch" for m in before) or self._framed():
            return None  # "Over in Binhaiwan New Area, 9 projects began too": the place framed says whose
        scope = self.counted.get(mention.value)
        return scope if scope is not None and scope.kind not in ("batch", "province") else None

    def _part_of_which(
        self, clause: Span, mention: Mention, markers: list[Marker], mentions: list[Mention]
    ) -> Scope:
        """'63 projects …, 43 of which are Bay Area projects': a part of what came before, never the whole;
        its scope is the one it names after, or the one that is the subject of its verb ("infrastructure projects
        account for 310 of them"); a part that no scope names is not read."""
        after = self._following(mention, markers, mentions) or self._subject_of(clause, mention, markers)
        if after is None or after.kind in ("batch", "named", "city"):
            raise Unreadable(
                f"a part of the batch that no scope names ({self.text[mention.start : clause.end][:40]})"
            )
        return self._checked(Scope(after.kind, after.label))

    def _subject_of(self, clause: Span, mention: Mention, markers: list[Marker]) -> Marker | None:
        """The scope right before a count, with only a verb of amounting between ("… projects make up 40 of them")."""
        before = [m for m in markers if clause.start <= m.start and m.end <= mention.start]
        if before and _AMOUNTS_TO.fullmatch(self.text, before[-1].end, mention.start):
            return before[-1]
        return None

    def _province_batch(self, scope: Scope) -> bool:
        return self.province_batch and scope.kind == "province"

    def _count_s_money(self, clause: Span, mention: Mention, markers: list[Marker]) -> Scope | None:
        """English: money said of the count just before it, with only a verb between ("11 infrastructure
        projects involve 6.07 billion yuan", "six projects related to public welfare involve 2.1 billion")."""
        counts = [r for r in self.readings if r.mention.kind == "count"
                  and clause.start <= r.mention.start and r.mention.end <= mention.start]  # fmt: skip
        if self.language != "en" or mention.kind != "money" or not counts:
            return None
        last = counts[-1]
        between = (last.mention.end, mention.start)
        if between[1] - between[0] > 80 or any(between[0] <= m.start < between[1] for m in self.mentions):
            return None
        others = [m for m in markers if between[0] <= m.start < between[1] and m.kind != "batch"
                  and (m.kind, m.label) != (last.scope.kind, last.scope.label)]  # fmt: skip
        if others or not _VERB_GAP.search(self.text, *between):
            return None
        return last.scope

    def _english_frame(self, clause: Span, markers: list[Marker]) -> bool:
        """An English sentence opened by a field ("In terms of environmental preservation,", "To further
        improve people's livelihoods,"): the field frames the figures after it, whoever invests."""
        if self.language != "en" or clause.start != self.sentence.start:
            return False
        if not _EN_FRAME.match(self.text, clause.start):
            return False
        fields = en_sectors_in(self.text, clause.start, clause.end)
        if len(fields) != 1:
            return False
        self.frame = self.state = Scope("sector", fields.pop())
        return True

    def _read_inside(self, marker: Marker) -> bool:
        """A marker inside a count already read with another scope ("the nine other projects are related to
        people's livelihood"): it speaks for that count, not for the figures after it."""
        return any(
            r.mention.kind == "count" and r.mention.start <= marker.start < r.mention.end
            and (r.scope.kind, r.scope.label) != (marker.kind, marker.label)
            for r in self.readings
        )  # fmt: skip

    def _spent_on(self, mention: Mention, after: Marker) -> bool:
        """English money followed by what it goes to ("in infrastructure projects", "on 17 projects …")."""
        return self.language == "en" and bool(
            re.match(
                r"\s*(?:\([^)]*\)\s*)?(?:in|on|into|to|for)\b", self.text[mention.end : after.start], re.I
            )
        )

    def _framed(self) -> bool:
        """A field or district set by an earlier clause of this sentence that had no figure of its own."""
        return (
            self.state is not None
            and self.state.kind in ("sector", "district", "funding")
            and not self.readings
        )

    def _before_taken(
        self, clause: Span, mention: Mention, before: list[Marker], mentions: list[Mention]
    ) -> bool:
        """English: the scopes before this figure all follow an earlier figure of the clause, so they are
        that figure's ("70 are funded by governments and 50 come from social capital"), or stand inside
        it ("19 infrastructure projects and 5 projects related to people's livelihood")."""
        earlier = [m.start for m in mentions if clause.start <= m.start and m.end <= mention.start]
        scoped = [m for m in before if m.kind != "batch"]
        return (
            self.language == "en"
            and bool(earlier)
            and bool(scoped)
            and all(m.start >= min(earlier) for m in scoped)
        )

    def _adjacent_run(self, before: list[Marker], mentions: list[Mention]) -> list[Marker]:
        """The last marker before a figure, with any marker right before it (no figure between): 龙岗区产业."""
        run = [before[-1]]
        for marker in reversed(before[:-1]):
            between = self.text[marker.end : run[0].start]
            if any(marker.end <= m.start < run[0].start for m in mentions) or re.search(
                r"[，,;；:：。]", between
            ):
                break
            run.insert(0, marker)
        return run

    def city_named(self, marker: Marker) -> bool:
        """Is this batch marker the release's own city by name (not 全市 / 本次)?"""
        return marker.kind == "batch" and bool(_CITY_NAME.fullmatch(self.text, marker.start, marker.end))

    def _single(self, markers: list[Marker], mention: Mention) -> Scope:
        kinds = {(m.kind, m.label) for m in markers if m.kind != "batch"}
        if self.province_batch and len(kinds) == 2 and ("province", None) in kinds:
            kinds.discard(
                ("province", None)
            )  # "全省安排现代化基础设施项目541个": the province's, so the batch's
        joined = self._joined_districts(markers)
        if joined:
            return Scope("district", joined)  # "前海、横琴深合区项目12个": two zones counted together
        if kinds == {("province", None)} and any(self.city_named(m) for m in markers):
            return Scope("batch", None)  # "某市参与全省集中开工重大项目N个": the city's part of it
        if len(kinds) > 1:
            names = "、".join(self.text[m.start : m.end] for m in markers)
            raise Unreadable(f"two scopes at once ({names})")
        kind, label = next(iter(kinds)) if kinds else ("batch", None)
        return Scope(kind, label)

    def _joined_districts(self, markers: list[Marker]) -> str | None:
        """'前海、横琴深合区项目12个': districts joined by 、/和/及 right before their projects, one scope."""
        if len(markers) < 2 or any(m.kind != "district" for m in markers):
            return None
        gaps = [self.text[a.end : b.start] for a, b in itertools.pairwise(markers)]
        if not all(g in ("、", "和", "及", "与") for g in gaps):
            return None
        if not re.match(
            r"(?:的)?(?:重点|重大)?(?:建设)?(?:项目|工程)", self.text[markers[-1].end : markers[-1].end + 6]
        ):
            return None
        return "、".join(m.label or "" for m in markers)

    def _following(self, mention: Mention, markers: list[Marker], mentions: list[Mention]) -> Marker | None:
        """The marker right after a figure: "96 projects in the industrial field", "46个项目位于龙岗区",
        "invest 4.2 billion yuan in 30 transport projects"."""
        gap = _EN_AFTER_GAP if self.language == "en" else _ZH_AFTER_GAP
        if mention.kind not in ("count", "money", "share") or (
            self.language == "zh" and mention.kind == "money"
        ):
            return None
        for marker in markers:
            if marker.start >= mention.end:
                between = [m for m in mentions if mention.end <= m.start < marker.start]
                if any(not (m.kind == "count" and m.end >= marker.end) for m in between):
                    return None  # another figure stands between (a count holding the marker does not)
                gap_end = between[0].start if between else marker.start
                return marker if gap.match(self.text[mention.end : gap_end]) else None
        return None

    def _meant_for(
        self, clause: Span, mention: Mention, markers: list[Marker], mentions: list[Mention]
    ) -> Marker | None:
        """English: a count, then what its projects are for, in the clause's last words ("12 projects are
        lined up for urban renewal", "… are earmarked for infrastructure"): the one field after a preposition, with
        no other figure or scope between."""
        if self.language != "en" or mention.kind != "count":
            return None
        later = [m for m in markers if m.start >= mention.end and m.kind not in ("batch", "city")]
        if len(later) != 1 or later[0].kind != "sector":
            return None
        marker = later[0]
        if any(mention.end <= m.start < marker.end for m in mentions):
            return None
        between = self.text[mention.end : marker.start]
        return (
            marker
            if _FOR_WHAT.fullmatch(between) and not self.text[marker.end : clause.end].strip(" .")
            else None
        )

    def _checked(self, scope: Scope) -> Scope:
        if scope.kind == "lost":
            raise Unreadable("no scope of its own, and the clause that set the scope could not be read")
        if scope.kind == "named":
            raise Unreadable(f"a figure of something no scope we store names ({scope.label})")
        if scope.kind == "unclear_band":
            raise Unreadable("an amount that may be a size band or a total")
        if scope.kind == "several":
            raise Unreadable("a figure after several parts were counted: theirs together, or the batch's?")
        if scope.kind == "respectively":
            raise Unreadable("a figure after a 'respectively' list, with no scope of its own")
        return scope

    def _check_other_city(self, clause: Span, mentions: list[Mention]) -> None:
        """In a city's release its own name reads as 全市 (`figures._own_city_is_the_batch`), so a city still named
        as the subject before a figure is another city: its event or its tally, never this batch's."""
        if not self.own_city_known or not any(m.value is not None for m in mentions):
            return
        first = min(m.start for m in mentions if m.value is not None)
        for m in self._in(clause, self.markers):
            if (
                m.kind == "city"
                and m.start < first
                and not _CITY_NOT_SUBJECT.search(self.text, max(clause.start, m.start - 12), m.start)
            ):
                raise Unreadable(f"another city's figure ({m.label})")

    def _check_city(self, clause: Span, scope: Scope) -> None:
        cities = [m for m in self._in(clause, self.markers) if m.kind == "city"]
        if scope.kind == "province" and cities:
            raise Unreadable(f"a city's figure ({cities[0].label}) inside a province-wide sentence")

    # ---- event, figure, share ------------------------------------------------------------------------
    def _event(self, mention: Mention, events: list[tuple[int, int, str]]) -> str | None:
        """The event word of the figure's own 、-segment ("50个项目集中开工、12个项目竣工、8个项目签约"), else the
        nearest. Several events named together ("集中签约、动工、竣工、投产项目合计N个", "签约动工竣工投产")
        make a total of mixed events: None."""
        if not events:
            return self.event or (self._verb_after(mention) if mention.kind == "count" else None)
        segments = self._segments(mention)
        own_start, own_end = segments[-1]
        own = [e for e in events if own_start <= e[0] and e[1] <= own_end]
        if len({e[2] for e in own}) > 1:
            return None
        if own and len(segments) > 1:
            before_start, before_end = segments[-2]
            listed = [e for e in events if before_start <= e[0] and e[1] <= before_end]
            if listed and not any(before_start <= m.start < before_end for m in self.mentions):
                return None  # the segment before names an event and counts nothing: a list of events
        if own:
            events = own
        centre = (mention.start + mention.end) / 2
        return min(events, key=lambda e: min(abs(e[0] - centre), abs(e[1] - centre)))[2]

    def _verb_after(self, mention: Mention) -> str | None:
        """The event of a count whose verb comes after a list in clauses of their own ("63 projects including
        A, B and C have started intensively"): the first event word after it, before any other figure."""
        later = [m.start for m in self.mentions if m.start >= mention.end]
        end = min(later, default=self.sentence.end)
        if (
            later
        ):  # "产业项目40个，包括开工项目15个、…": the verb in the next count's own words is that count's
            end = max([mention.end, *(self.text.rfind(c, mention.end, end) for c in "，,、；;")])
        marks = vocab.event_marks(self.text, mention.end, end, self.language)
        return marks[0][2] if marks else None

    def _segments(self, mention: Mention) -> list[tuple[int, int]]:
        """The mention's own segment (between the nearest 、，；, around it) and, when a 、 opens it, the
        segment before: [(start, end), …], own last."""
        stops = "、，,；;"
        left = max(self.text.rfind(c, self.sentence.start, mention.start) for c in stops)
        rights = [i for i in (self.text.find(c, mention.end, self.sentence.end) for c in stops) if i >= 0]
        own = (max(left + 1, self.sentence.start), min(rights, default=self.sentence.end))
        if left < self.sentence.start or self.text[left] != "、":
            return [own]
        before = max(self.text.rfind(c, self.sentence.start, left) for c in stops)
        return [(max(before + 1, self.sentence.start), left), own]

    def _add(self, mention: Mention, scope: Scope, event: str | None) -> None:
        if mention.kind == "money" and mention.value is not None and mention.value < 1:
            raise Unreadable(f"an amount of {mention.value * 10000:f} yuan is no investment of a batch")
        self.state = scope
        start = mention.start
        share_of = None
        if mention.kind == "count":
            figure = "projects"
        elif mention.kind == "share":
            if scope.kind in ("batch", "province"):  # the whole is 100 % of itself: the part is not named
                raise Unreadable("a share of the whole, with no part named (a share of what part?)")
            figure, share_of = "share", mention.share_of or self._share_base()
        else:
            figure, start = self._amount_kind(mention)
        self.readings.append(Reading(mention, scope, figure, share_of, event, start))

    def _share_base(self) -> str:
        if not self.readings:
            raise Unreadable("a share with no base (of what?)")
        last = self.readings[-1]
        return last.share_of if last.figure == "share" and last.share_of else last.figure

    def _amount_kind(self, mention: Mention) -> tuple[str, int]:
        """('total_investment' | 'annual_plan', where the figure's text starts)."""
        from etl.announcements.keywords import amount_kind

        kind, start = amount_kind(self, mention)
        if kind is None and self.counted_title and not any(r.mention.kind == "money" for r in self.readings):
            kind = "total_investment"  # a title's bare amount beside its count of projects: the batch's total
        if kind is None:
            earlier = {r.figure for r in self.readings if r.mention.kind == "money"}
            if len(earlier) != 1:
                raise Unreadable("an amount that is not said to be a total or a year's plan")
            kind = next(iter(earlier))
        return kind, start

    def _no_conflicts(self) -> None:
        """Two different values for one figure of one scope and event: neither is kept. Values that can be one
        quantity, a bound and the figure it bounds ("签约总额再破千亿，达1250.6亿元"), are no clash: both are kept."""
        values: dict[tuple, list[Reading]] = {}
        for r in self.readings:
            values.setdefault((r.scope, r.figure, r.share_of, r.event), []).append(r)
        clashing = {key for key, found in values.items() if len({r.mention.value for r in found}) > 1
                    and not self._one_quantity(found)}  # fmt: skip
        # Two counts of one part: its scope was carried onto a count that is not its, so an amount or a share
        # that scope was given after its first count, in a clause that does not name it, is no more sure ("14
        # transport projects, 11 … projects and 21 … projects, with a total investment of …": not transport's).
        carried = {key[0]: min(r.mention.start for r in values[key]) for key in clashing
                   if key[1] == "projects" and key[0].kind not in ("batch", "province")}  # fmt: skip
        for r in list(self.readings):
            clause = next(c for c in self.clauses if c.start <= r.mention.start < c.end)
            if (r.scope, r.figure, r.share_of, r.event) in clashing:
                why = f"two different values for one figure ({r.figure} of {r.scope.kind})"
            elif (
                r.figure != "projects"
                and r.mention.start > carried.get(r.scope, r.mention.end)
                and not any(
                    (m.kind, m.label) == (r.scope.kind, r.scope.label) for m in self._in(clause, self.markers)
                )
            ):
                why = f"said after two counts of one {r.scope.kind}: whose it is, is not sure"
            else:
                continue
            self.readings.remove(r)
            self.unreadable.append((clause, why))

    def _one_quantity(self, readings: list[Reading]) -> bool:
        """Are these amounts one quantity said twice, once as a bound ("再破千亿", then "1250.6亿元")? Counts
        and shares never are; nor two exact figures."""
        if any(r.mention.kind != "money" for r in readings) or all(
            (r.mention.qualifier or "exact") in ("exact", "about") for r in readings
        ):
            return False
        words = [self.text[r.mention.start : r.mention.end] for r in readings]
        return all(compatible(a.mention.value, a.mention.qualifier, b.mention.value, b.mention.qualifier, a.figure,
                              wa, wb)
                   for (a, wa), (b, wb) in itertools.combinations(zip(readings, words, strict=True), 2))  # fmt: skip


def markers_outside(markers: list[Marker], mentions: list[Mention]) -> list[Marker]:
    """Markers, less those inside the words of a share or an amount ("占全部项目…的" is no batch marker)."""
    spans = [(m.start, m.end) for m in mentions if m.kind != "count"]
    return [m for m in markers if not overlaps(m.start, m.end, spans)]
