"""What a run knows about one publication as it goes: prepared (not yet written), then its outcome.

Statuses are an enum, so that a typo is an error and the summary, the logs and the warehouse's
`publication_runs.status` agree on the words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from etl.announcements.reading import ReadAnnouncement
from etl.core.errors import PipelineError
from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.validate.quality import ExpectationOutcome
from etl.validate.reconcile import HeadlineCheck

if TYPE_CHECKING:  # etl.readers.parse imports the gates, which import this
    from etl.readers.parse import SmallList


class Status(StrEnum):
    """What a run did with a publication (publication_runs.status)."""

    LOADED = "loaded"  # a new version is in force (or the same bytes rebuilt, when forced)
    UNCHANGED = "unchanged"  # nothing to do: the bytes (and, for a reprocess, the code) are those loaded
    REJECTED = "rejected"  # read, but a gate said no: the previous version stays
    FAILED = "failed"  # could not be fetched or read: the previous version stays


# ready: read and gated, its verdict says loaded or rejected; parsed: read, its rows waiting in `small` to be
# validated with other small lists in one GX call (tasks/validate.py); the others say it all already.
PreparedStatus = Literal["ready", "parsed", "unchanged", "rejected", "failed"]


@dataclass
class Verdict:
    """What the gates decided for one publication. The rows themselves stay in the staging file (table
    candidates); a loaded version takes the rows that passed: readable, and not among `rule_failures`
    (etl.validate.gates.passed_rows)."""

    status: Status  # loaded | rejected
    message: str
    projects: int  # rows that passed every gate
    quarantined: int
    non_projects: int  # headings, totals, notes, blanks
    checks: list[HeadlineCheck] = field(default_factory=list)
    rule_failures: list[tuple[int, str, int]] = field(default_factory=list)  # (row, rule, place in the suite)


@dataclass
class Outcome:
    """What a run did with one publication: the line in the run summary."""

    source_id: str
    status: Status
    message: str
    counts: tuple[int, int, int, int] | None = None  # rows read, projects, quarantined, non-project rows
    checks: list[HeadlineCheck] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what an announcement's breakdown checks found


@dataclass
class Prepared:
    """A publication fetched, parsed and gated, not yet written: what the single writer loads."""

    source_id: str
    status: PreparedStatus
    message: str = ""
    fetched: Fetched | None = None
    normalized: Normalized | None = None
    verdict: Verdict | None = None
    outcomes: list[ExpectationOutcome] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)
    announcement: ReadAnnouncement | None = None  # an announcement's article and figures
    small: SmallList | None = None  # a small list: what its reader took besides the staging file


def failure_message(source: Source, exc: Exception, stage: str) -> str:
    """What a publication's run row says when something escaped its `stage`: our own errors say what
    they mean; anything else is named by its type, and its traceback is in the run's log."""
    if isinstance(exc, PipelineError):
        return f"{source.id}: {exc}"
    return f"{source.id}: unexpected {type(exc).__name__} while {stage}: {exc} (traceback in the run's log)"
