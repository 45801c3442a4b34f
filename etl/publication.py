"""Decide what happens to one fetched publication: parse it, gate it, and say whether it may load.

The gates, in order: the table must be readable; every row must be accounted for; rows failing the
row-level suite are quarantined, and too many of them reject the publication; the loaded rows must
agree with the announced headline. A rejected publication leaves its previous version in place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from etl.catalog import Source
from etl.fetching import Fetched
from etl.normalize import Normalized, normalize
from etl.quality import ExpectationOutcome, split_by_outcome
from etl.readers import read_table
from etl.reconcile import HeadlineCheck, reconcile, reconcile_in_file

DEFAULT_MAX_QUARANTINE_SHARE = 0.05


def max_quarantine_share() -> float:
    return float(os.environ.get("GDMP_MAX_QUARANTINE_SHARE", DEFAULT_MAX_QUARANTINE_SHARE))


@dataclass
class Verdict:
    """What the gates decided for one publication."""

    status: str  # loaded | rejected
    message: str
    projects: list[dict]
    quarantined: list[dict]
    checks: list[HeadlineCheck] = field(default_factory=list)


@dataclass
class Outcome:
    """What a run did with one publication: the line in the run summary."""

    source_id: str
    status: str  # loaded | unchanged | rejected | failed
    message: str
    counts: tuple[int, int, int, int] | None = None  # rows read, projects, quarantined, non-project rows
    checks: list[HeadlineCheck] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)


@dataclass
class Prepared:
    """A publication fetched, parsed and gated, not yet written: what the single writer loads.

    status: ready (verdict decides loaded/rejected) | unchanged | failed (fetch or read failed).
    """

    source_id: str
    status: str
    message: str = ""
    fetched: Fetched | None = None
    normalized: Normalized | None = None
    verdict: Verdict | None = None
    outcomes: list[ExpectationOutcome] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)


def parse_publication(source: Source, payload: bytes) -> Normalized:
    """Bytes → normalized rows. Raises ReadError / NormalizeError with the reason."""
    table = read_table(payload, source.resolved_format, source.encoding, source.sheet, source.header_row)
    return normalize(table, source)


def judge(
    source: Source, normalized: Normalized, outcomes: list[ExpectationOutcome], max_share: float | None = None
) -> Verdict:
    passed, failed_rules = split_by_outcome(normalized.projects, outcomes)
    quarantined = sorted(normalized.quarantined + failed_rules, key=lambda q: q["row_number"])
    accounted = len(passed) + len(quarantined) + len(normalized.non_projects)
    if accounted != normalized.rows_read:
        return Verdict(
            "rejected",
            f"row accounting broken: read {normalized.rows_read}, accounted {accounted}",
            passed,
            quarantined,
        )
    checks = reconcile(source.headline, passed)
    in_file = reconcile_in_file(normalized.non_projects, passed)
    share = len(quarantined) / max(1, len(passed) + len(quarantined))
    limit = max_quarantine_share() if max_share is None else max_share
    problems = []
    if share > limit:
        first = "; ".join(f"row {q['row_number']}: {', '.join(q['reasons'])}" for q in quarantined[:3])
        problems.append(
            f"{len(quarantined)} rows quarantined ({share:.1%} > {limit:.0%} allowed), e.g. {first}"
        )
    problems.extend(c.message for c in checks if not c.ok and c.kind == "headline")  # conflicts never gate
    # What the list says about itself is recorded, not a gate: printed subtotals are often off.
    disagreeing = [c for c in in_file if not c.ok]
    checks = checks + in_file
    counts = (
        (f"[{len(disagreeing)} of {len(in_file)} in-file checks disagree] " if disagreeing else "")
        + f"{len(passed)} projects, {len(quarantined)} quarantined, "
        f"{len(normalized.non_projects)} non-project rows of {normalized.rows_read}"
    )
    if problems:
        return Verdict("rejected", f"{source.id}: " + " | ".join(problems), passed, quarantined, checks)
    return Verdict("loaded", f"{source.id}: {counts}", passed, quarantined, checks)


def schema_drift(previous: dict | None, normalized: Normalized) -> list[str]:
    """Columns that disappeared or appeared since the loaded version: reported, not a gate."""
    if not previous:
        return []
    before = {**dict.fromkeys(previous.get("unmapped_headers") or []), **(previous.get("column_map") or {})}
    after = {**dict.fromkeys(normalized.unmapped_headers), **normalized.column_map}
    notes = [
        f"column {h!r}{f' ({before[h]})' if before[h] else ''} disappeared" for h in before if h not in after
    ]
    notes += [f"new column {h!r}{f' ({after[h]})' if after[h] else ''}" for h in after if h not in before]
    return notes
