"""Decide what happens to one fetched publication: parse it, gate it, and say whether it may load.

The gates, in order: the table must be readable; every row must be accounted for; rows failing the
row-level suite are quarantined, and too many of them reject the publication; the loaded rows must
agree with the announced headline. A rejected publication leaves its previous version in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.catalog import Source
from etl.fetching import Fetched
from etl.normalize import Normalized, normalize, stage_and_normalize
from etl.quality import ExpectationOutcome
from etl.readers import checked_format, read_table
from etl.reconcile import HeadlineCheck, reconcile, reconcile_in_file
from etl.settings import get_settings
from etl.staging import insert_rows, stage_csv


def max_quarantine_share() -> float:
    return get_settings().max_quarantine_share


@dataclass
class Verdict:
    """What the gates decided for one publication. The rows themselves stay in the staging file
    (tables candidates and rule_failures); a loaded version takes the rows that passed."""

    status: str  # loaded | rejected
    message: str
    projects: int  # rows that passed every gate
    quarantined: int
    non_projects: int  # headings, totals, notes, blanks
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
    """Bytes → normalized rows in a staging file. Raises ReadError / NormalizeError with the reason.

    A CSV is read by DuckDB when it can read it exactly as Python's csv module would (etl/staging.py);
    other formats are read in Python and then staged.
    """
    fmt = checked_format(payload, source.resolved_format)
    if fmt != "csv":
        table = read_table(payload, fmt, source.encoding, source.sheet, source.header_row)
        return normalize(table, source)
    return stage_and_normalize(
        source, lambda con: stage_csv(con, payload, source.encoding, source.header_row, source.id)
    )


def _record_rule_failures(con, outcomes: list[ExpectationOutcome]) -> None:
    con.execute(
        "CREATE OR REPLACE TABLE rule_failures (row_number INTEGER, rule VARCHAR, suite_order INTEGER)"
    )
    insert_rows(con, "rule_failures", [
        {"row_number": n, "rule": o.expectation, "suite_order": i}
        for i, o in enumerate(outcomes) for n in o.row_numbers
    ])  # fmt: skip
    # What loads and what is quarantined, for the writer: readable rows that failed no rule pass.
    con.execute(
        """CREATE OR REPLACE VIEW passed AS SELECT * EXCLUDE (reasons) FROM candidates
           WHERE len(reasons) = 0 AND row_number NOT IN (SELECT row_number FROM rule_failures)"""
    )
    con.execute(
        """CREATE OR REPLACE VIEW quarantined AS
           SELECT c.row_number, c.project_name, list_concat(c.reasons, coalesce(f.rules, [])) AS reasons, c.raw
           FROM candidates AS c
           LEFT JOIN (SELECT row_number, list(rule ORDER BY suite_order) AS rules FROM rule_failures GROUP BY 1) AS f
             USING (row_number)
           WHERE len(c.reasons) > 0 OR f.rules IS NOT NULL"""
    )


def judge(
    source: Source, normalized: Normalized, outcomes: list[ExpectationOutcome], max_share: float | None = None
) -> Verdict:
    with normalized.connect(read_only=False) as con:
        _record_rule_failures(con, outcomes)
        passed, quarantined, non_project_rows = con.execute(
            "SELECT (SELECT count(*) FROM passed), (SELECT count(*) FROM quarantined), (SELECT count(*) FROM non_projects)"
        ).fetchone()
        first = con.execute(
            "SELECT row_number, reasons FROM quarantined ORDER BY row_number LIMIT 3"
        ).fetchall()
        # Project rows summed per heading: all that the headline and in-file checks need.
        cursor = con.execute(
            """SELECT section, subsection, count(*) AS rows, sum(total_investment_wan) AS total_investment_wan,
                      sum(annual_plan_wan) AS annual_plan_wan
               FROM passed GROUP BY ALL ORDER BY ALL"""
        )
        groups = [
            dict(zip([d[0] for d in cursor.description], row, strict=True)) for row in cursor.fetchall()
        ]
        statements = con.execute(  # the rows that state counts or sums about the list
            "SELECT * FROM non_projects WHERE kind IN ('category', 'subcategory', 'total') ORDER BY row_number"
        )
        names = [d[0] for d in statements.description]
        statements = [dict(zip(names, row, strict=True)) for row in statements.fetchall()]
    accounted = passed + quarantined + non_project_rows
    if accounted != normalized.rows_read:
        return Verdict(
            "rejected",
            f"row accounting broken: read {normalized.rows_read}, accounted {accounted}",
            passed,
            quarantined,
            non_project_rows,
        )
    checks = reconcile(source.headline, groups)
    in_file = reconcile_in_file(statements, groups)
    share = quarantined / max(1, passed + quarantined)
    limit = max_quarantine_share() if max_share is None else max_share
    problems = []
    if share > limit:
        example = "; ".join(f"row {n}: {', '.join(reasons)}" for n, reasons in first)
        problems.append(f"{quarantined} rows quarantined ({share:.1%} > {limit:.0%} allowed), e.g. {example}")
    problems.extend(c.message for c in checks if not c.ok and c.kind == "headline")  # conflicts never gate
    # What the list says about itself is recorded, not a gate: printed subtotals are often off.
    disagreeing = [c for c in in_file if not c.ok]
    checks = checks + in_file
    counts = (
        (f"[{len(disagreeing)} of {len(in_file)} in-file checks disagree] " if disagreeing else "")
        + f"{passed} projects, {quarantined} quarantined, "
        f"{non_project_rows} non-project rows of {normalized.rows_read}"
    )
    if problems:
        return Verdict(
            "rejected", f"{source.id}: " + " | ".join(problems), passed, quarantined, non_project_rows, checks
        )
    return Verdict("loaded", f"{source.id}: {counts}", passed, quarantined, non_project_rows, checks)


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
