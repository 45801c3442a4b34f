"""Decide whether one parsed publication may load: the gates, and the verdict they give.

The gates, in order: every row must be accounted for; rows failing the row-level suite are quarantined,
and too many of them reject the publication; the loaded rows must agree with the announced headline.
A rejected publication leaves its previous version in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb

from etl.core.duck import insert_rows, records, sql_name
from etl.core.settings import Settings
from etl.fetching.archive import HeldVersion
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.readers.staging import SMALL_LIST_ROWS, attached_read_only
from etl.run.outcomes import Status, Verdict
from etl.validate.quality import ExpectationOutcome
from etl.validate.reconcile import Expected, reconcile, reconcile_in_file


@dataclass(frozen=True)
class GatePolicy:
    """The two thresholds of the gates (GDMP_MAX_QUARANTINE_SHARE, GDMP_MIN_AMOUNT_COVERAGE), passed in
    by the run that read its settings; the defaults are those of etl/core/settings.py, written there once."""

    max_quarantine_share: float = Settings.model_fields["max_quarantine_share"].default
    min_amount_coverage: float = Settings.model_fields["min_amount_coverage"].default

    @classmethod
    def from_settings(cls, settings: Settings) -> GatePolicy:
        return cls(settings.max_quarantine_share, settings.min_amount_coverage)


def rule_failures_of(outcomes: list[ExpectationOutcome]) -> list[tuple[int, str, int]]:
    """(row number, rule, the rule's place in the suite) of every row a rule of the suite failed."""
    return [(n, o.expectation, i) for i, o in enumerate(outcomes) for n in o.row_numbers]


def passed_rows(staged: str, part: int = 0) -> str:
    """The rows that load: readable project rows of the staging file attached as `staged` that failed no
    rule (the connection's temporary table rule_failures, stage_rule_failures: `part` says whose)."""
    return f"""SELECT * EXCLUDE (reasons) FROM {staged}.candidates
               WHERE len(reasons) = 0
                 AND row_number NOT IN (SELECT row_number FROM temp.main.rule_failures WHERE part = {part:d})"""


def quarantined_rows(staged: str, part: int = 0) -> str:
    """The rows quarantined, each with every reason: unreadable, or failing rules (in the suite's order)."""
    return f"""SELECT c.row_number, c.project_name, list_concat(c.reasons, coalesce(f.rules, [])) AS reasons, c.raw
               FROM {staged}.candidates AS c
               LEFT JOIN (SELECT row_number, list(rule ORDER BY suite_order) AS rules FROM temp.main.rule_failures
                          WHERE part = {part:d} GROUP BY 1) AS f USING (row_number)
               WHERE len(c.reasons) > 0 OR f.rules IS NOT NULL"""  # fmt: skip


def stage_rule_failures(con: duckdb.DuckDBPyConnection, *failures: list[tuple[int, str, int]]) -> None:
    """The rule failures of one publication (part 0), or of several loading together (part 0, 1, … in the
    order given: one table for them all, not one each), as the connection's temporary table rule_failures,
    which passed_rows and quarantined_rows read: nothing is written to the staging file, so judging opens it
    read-only and the writer reads it attached."""
    con.execute("CREATE OR REPLACE TEMP TABLE rule_failures "
                "(part INTEGER, row_number INTEGER, rule VARCHAR, suite_order INTEGER)")  # fmt: skip
    insert_rows(con, "temp.main.rule_failures",
                [{"part": part, "row_number": n, "rule": rule, "suite_order": i}
                 for part, rows in enumerate(failures) for n, rule, i in rows])  # fmt: skip


@contextmanager
def judged(
    normalized: Normalized, failures: list[tuple[int, str, int]]
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that reads a judged publication's staging file (attached read-only: etl.readers.staging.
    attached_read_only) through the temporary views passed and quarantined, and candidates and
    non_projects as staged."""
    small = normalized.rows_read <= SMALL_LIST_ROWS
    with attached_read_only(normalized.path, normalized.memory_limit, small) as (con, staged):
        stage_rule_failures(con, failures)
        _passed_and_quarantined(con, staged)
        for name in ("candidates", "non_projects"):
            con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM {staged}.{name}")
        yield con


def _passed_and_quarantined(con: duckdb.DuckDBPyConnection, staged: str) -> None:
    """The temporary views passed and quarantined of the staging file `staged`, given rule_failures."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW passed AS {passed_rows(staged)}")
    con.execute(f"CREATE OR REPLACE TEMP VIEW quarantined AS {quarantined_rows(staged)}")


def tally_as_staged(con: duckdb.DuckDBPyConnection) -> Tally:
    """The tally of a publication before the GX suite has run, as if no rule failed a row, over the
    connection that wrote its staging file: the reader worker makes it while the file is open (etl.readers.
    parse.parse_with_frame), and judge takes it when the suite failed no row, the common case. Judging
    otherwise attaches the file and tallies again: ~15 ms of the run's own CPU a small list, most of its
    judging (docs/benchmarks.md, issue 25). The same `tally` either way."""
    stage_rule_failures(con)  # temporary, as are the views: gone with the connection, nothing in the file
    _passed_and_quarantined(con, sql_name(con.execute("SELECT current_database()").fetchone()[0]))
    return tally(con)


@dataclass
class Tally:
    """What the gates need to know of a judged publication, read from its staging file once."""

    passed: int
    quarantined: int
    non_projects: int
    first_quarantined: list[tuple]  # (row_number, reasons) of the first few
    groups: list[dict]  # project rows that passed, summed per heading path
    statements: list[dict]  # the rows that state counts or sums about the list
    with_total: int  # project rows (passed or quarantined) with a readable total investment
    without_total: list[tuple]  # (row_number, total_investment_raw) of the first few without one


def tally(con: duckdb.DuckDBPyConnection) -> Tally:
    passed, quarantined, non_projects, with_total = con.execute(
        """SELECT (SELECT count(*) FROM passed), (SELECT count(*) FROM quarantined), (SELECT count(*) FROM non_projects),
                  (SELECT count(total_investment_wan) FROM candidates)"""
    ).fetchone()
    return Tally(
        passed, quarantined, non_projects,
        con.execute("SELECT row_number, reasons FROM quarantined ORDER BY row_number LIMIT 3").fetchall(),
        records(con.execute("""SELECT heading_path, count(*) AS rows, sum(total_investment_wan) AS total_investment_wan,
                                      sum(annual_plan_wan) AS annual_plan_wan FROM passed GROUP BY ALL ORDER BY ALL""")),
        records(con.execute("""SELECT * FROM non_projects WHERE kind IN ('category', 'subcategory', 'total')
                               ORDER BY row_number""")),
        with_total,
        con.execute("""SELECT row_number, total_investment_raw FROM candidates WHERE total_investment_wan IS NULL
                       ORDER BY row_number LIMIT 3""").fetchall(),
    )  # fmt: skip


def coverage_problem(source: Source, counted: Tally, minimum: float) -> str | None:
    """Too few project rows with a readable total investment: the amounts were not understood."""
    rows = counted.passed + counted.quarantined
    if source.amounts == "none" or rows == 0 or counted.with_total / rows >= minimum:
        return None
    examples = ", ".join(f"row {n} {raw!r}" if raw else f"row {n} blank" for n, raw in counted.without_total)
    return (f"only {counted.with_total} of {rows} project rows ({counted.with_total / rows:.0%}) have a readable "
            f"total investment, at least {minimum:.0%} must (GDMP_MIN_AMOUNT_COVERAGE), e.g. {examples}. If the list "
            "publishes no amounts, set `amounts: none` in its catalog entry; if they sit in another column, map it "
            "with `columns:`")  # fmt: skip


def judge(
    source: Source,
    normalized: Normalized,
    outcomes: list[ExpectationOutcome],
    policy: GatePolicy | None = None,
    announced: list[Expected] | None = None,
    as_staged: Tally | None = None,
) -> Verdict:
    """The verdict on a parsed publication. `policy`: the run's thresholds (default: the settings'
    defaults); `announced`: the figures of its announcements (etl/announcements/reading.py), its headline checks where
    given; else the catalog's typed headline is; `as_staged`: its tally_as_staged, if the reader made one."""
    policy = policy or GatePolicy()
    failures = rule_failures_of(outcomes)
    if as_staged is not None and not failures:
        counted = as_staged
    else:
        with judged(normalized, failures) as con:  # read-only: opening it read-write cost a checkpoint each
            counted = tally(con)
    counts = (counted.passed, counted.quarantined, counted.non_projects)
    accounted = sum(counts)
    if accounted != normalized.rows_read:
        message = f"row accounting broken: read {normalized.rows_read}, accounted {accounted}"
        return Verdict(Status.REJECTED, message, *counts, rule_failures=failures)
    checks = reconcile(source.headline, counted.groups, announced)
    in_file = reconcile_in_file(counted.statements, counted.groups)
    share = counted.quarantined / max(1, counted.passed + counted.quarantined)
    limit = policy.max_quarantine_share
    problems = []
    if share > limit:
        example = "; ".join(f"row {n}: {', '.join(reasons)}" for n, reasons in counted.first_quarantined)
        problems.append(
            f"{counted.quarantined} rows quarantined ({share:.1%} > {limit:.0%} allowed), e.g. {example}"
        )
    problems += [p for p in [coverage_problem(source, counted, policy.min_amount_coverage)] if p]
    problems.extend(c.message for c in checks if not c.ok and c.kind == "headline")  # conflicts never gate
    if problems:
        return Verdict(Status.REJECTED, f"{source.id}: " + " | ".join(problems), *counts, checks + in_file,
                       failures)  # fmt: skip
    # What the list says about itself is recorded, not a gate: printed subtotals are often off.
    disagreeing = [c for c in in_file if not c.ok]
    summary = (f"[{len(disagreeing)} of {len(in_file)} in-file checks disagree] " if disagreeing else "") + (
        f"{counted.passed} projects, {counted.quarantined} quarantined, "
        f"{counted.non_projects} non-project rows of {normalized.rows_read}")  # fmt: skip
    return Verdict(Status.LOADED, f"{source.id}: {summary}", *counts, checks + in_file, failures)


def schema_drift(previous: HeldVersion | None, normalized: Normalized) -> list[str]:
    """Columns that disappeared or appeared since the loaded version: reported, not a gate."""
    if not previous or not previous.in_force:
        return []
    before = {**dict.fromkeys(previous.unmapped_headers), **previous.column_map}
    after = {**dict.fromkeys(normalized.unmapped_headers), **normalized.column_map}
    notes = [
        f"column {h!r}{f' ({before[h]})' if before[h] else ''} disappeared" for h in before if h not in after
    ]
    notes += [f"new column {h!r}{f' ({after[h]})' if after[h] else ''}" for h in after if h not in before]
    return notes
