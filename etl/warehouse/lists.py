"""Loading one version of a list: its rows straight from the staging file, in one transaction."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

import duckdb

from etl.core.duck import sql_text
from etl.core.settings import Settings
from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.readers.staging import BIG_SIDE_PROBES
from etl.run.outcomes import Outcome, Prepared, Status, Verdict
from etl.validate.gates import passed_rows, quarantined_rows, stage_rule_failures
from etl.warehouse.commits import claim_source, ensure_claim_row, in_transaction
from etl.warehouse.fingerprint import build_fingerprint
from etl.warehouse.records import crash_point, record_checks, record_fetch_and_settle, record_outcome
from etl.warehouse.versions import version_slot

DATA_TABLES = ("projects", "quarantine", "non_project_rows")


def _insert_staged_rows(
    con: duckdb.DuckDBPyConnection, key: dict, verdict: Verdict, staged: str = "staged"
) -> None:
    """The staged rows of the staging file attached as `staged` under this version's key: those that passed
    and those quarantined (etl.validate.gates.passed_rows, quarantined_rows: the verdict's rule failures staged as
    a temporary table of the writer's connection) and the non-project rows."""
    stamp = "$source_id AS source_id, $version AS version, $sha256 AS sha256"
    stage_rule_failures(con, verdict.rule_failures)
    con.execute(
        f"""INSERT INTO projects BY NAME SELECT *, {stamp}, $location AS location, $fetched_at AS fetched_at,
              $flow_run_id AS flow_run_id FROM ({passed_rows(staged)})""",
        key,
    )
    con.execute(
        f"INSERT INTO quarantine BY NAME SELECT *, {stamp}, $flow_run_id AS flow_run_id FROM ({quarantined_rows(staged)})",
        {k: key[k] for k in ("source_id", "version", "sha256", "flow_run_id")},
    )
    con.execute(
        f"""INSERT INTO non_project_rows BY NAME
            SELECT * EXCLUDE (declared_total_investment_precision_wan, declared_annual_plan_precision_wan),
                   {stamp} FROM {staged}.non_projects""",
        {k: key[k] for k in ("source_id", "version", "sha256")},
    )


def _insert_publication(con: duckdb.DuckDBPyConnection, key: dict, source: Source, normalized: Normalized,
                        verdict: Verdict, fingerprint: str) -> None:  # fmt: skip
    """The version's row in publications: what it is, where from, and its row accounting."""
    con.execute(
        """INSERT INTO publications BY NAME SELECT
             $source_id AS source_id, $version AS version, $valid_from AS valid_from, NULL AS valid_to,
             $title AS title, $publisher AS publisher, $list_kind AS list_kind, $city_code AS city_code,
             $year AS year, $published AS published, $location AS location, $format AS format,
             $is_sample AS is_sample, $sha256 AS sha256, $fetched_at AS fetched_at, now() AS loaded_at,
             $flow_run_id AS flow_run_id, $rows_read AS rows_read, $projects AS projects,
             $quarantined AS quarantined, $non_project_rows AS non_project_rows,
             $column_map AS column_map, $unmapped_headers AS unmapped_headers,
             $build_fingerprint AS build_fingerprint""",
        {**key, "title": source.title, "publisher": source.publisher,
         "list_kind": source.list_kind, "city_code": source.city, "year": source.year,
         "published": source.published, "format": source.resolved_format, "is_sample": source.sample,
         "rows_read": normalized.rows_read, "projects": verdict.projects, "quarantined": verdict.quarantined,
         "non_project_rows": verdict.non_projects,
         "column_map": json.dumps(normalized.column_map, ensure_ascii=False),
         "unmapped_headers": json.dumps(normalized.unmapped_headers, ensure_ascii=False),
         "build_fingerprint": fingerprint},
    )  # fmt: skip


@contextlib.contextmanager
def load_settings(con: duckdb.DuckDBPyConnection, memory_limit: str) -> Iterator[None]:
    """The settings of loads over `con`, for as long as the block, then the connection's own `memory_limit`
    (GDMP_DUCKDB_MEMORY_LIMIT) again: set once for a writer's whole pass rather than per publication
    (setting the memory limit back cost ~4 ms a list)."""
    con.execute(f"SET disabled_optimizers = '{BIG_SIDE_PROBES}'")  # the staged views' joins, as written
    con.execute("SET memory_limit = '256MB'")  # the load streams rows; what it needs above this spills
    try:
        yield
    finally:
        con.execute("RESET disabled_optimizers")
        con.execute(f"SET memory_limit = '{memory_limit}'")


@contextlib.contextmanager
def _attached(con: duckdb.DuckDBPyConnection, files: list[Normalized]) -> Iterator[list[str]]:
    """Staging files attached read-only as staged, staged_1, … (their names yielded), for the time of a
    load. ATTACH and DETACH stay outside the load's transaction."""
    names = []
    try:
        for i, normalized in enumerate(files):
            name = "staged" if i == 0 else f"staged_{i}"
            con.execute(f"ATTACH {sql_text(normalized.path)} AS {name} (READ_ONLY)")
            names.append(name)
        yield names
    finally:
        for name in names:
            con.execute(f"DETACH {name}")


@contextlib.contextmanager
def _staged(
    con: duckdb.DuckDBPyConnection, normalized: Normalized, memory_limit: str | None
) -> Iterator[None]:
    """The staging file attached as `staged` (read-only), for the time of a load, with the load's settings
    (then `memory_limit` again) — none when the caller set them for its whole pass (load_settings)."""
    with contextlib.ExitStack() as stack:
        if memory_limit is not None:
            stack.enter_context(load_settings(con, memory_limit))
        stack.enter_context(_attached(con, [normalized]))
        yield


def _write_version(con: duckdb.DuckDBPyConnection, run_id: str | None, source: Source, fetched: Fetched,
                   normalized: Normalized, verdict: Verdict, settings: Settings,
                   staged: str = "staged") -> int:  # fmt: skip
    """Inside the caller's transaction, with the staging file attached: claim the source, take the
    version's slot and insert its rows and its publications row; returns the version number."""
    claim_source(con, source.id, run_id)
    version, valid_from = version_slot(con, source, fetched)
    # The same bytes again rebuild the version in force in place; a new version has no rows yet, and
    # looking for them would scan tables that grow with the warehouse.
    if con.execute("SELECT count(*) FROM publications WHERE source_id = ? AND version = ?",
                   [source.id, version]).fetchone()[0]:  # fmt: skip
        for table in (*DATA_TABLES, "publications"):
            con.execute(f"DELETE FROM {table} WHERE source_id = ? AND version = ?", [source.id, version])
    key = {"source_id": source.id, "version": version, "sha256": fetched.sha256, "location": source.location,
           "fetched_at": fetched.fetched_at, "flow_run_id": run_id}  # fmt: skip
    _insert_staged_rows(con, key, verdict, staged)
    crash_point("mid-load", settings.crash_point)
    # an error here: the transaction rolls back, rows and all
    crash_point(f"load:{source.id}", settings.crash_point)
    _insert_publication(con, {**key, "valid_from": valid_from}, source, normalized, verdict,
                        build_fingerprint(source, settings))  # fmt: skip
    return version


def load_version(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    fetched: Fetched,
    normalized: Normalized,
    verdict: Verdict,
    settings: Settings,
) -> int:
    """Load one version of a publication in one transaction and return its number, with the run's
    `settings` (commit attempts, memory limit, what goes into the build fingerprint).

    The rows come straight from the staging file, DuckDB to DuckDB. A failure half-way leaves the
    warehouse as it was; a re-run of the same bytes never duplicates; a commit that conflicts with
    another writer's (DuckLake) is done again (etl/warehouse/commits.py).
    """
    ensure_claim_row(con, source.id, settings.lake_commit_attempts)

    def write() -> int:
        return _write_version(con, run_id, source, fetched, normalized, verdict, settings)

    with _staged(con, normalized, settings.duckdb_memory_limit):
        return in_transaction(con, f"loading {source.id}", write, settings.lake_commit_attempts)


def record_prepared(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    prepared: Prepared,
    settings: Settings,
    staged: str = "staged",
) -> Outcome:
    """Inside the caller's transaction: write what a run learned about one publication — the fetch, the
    checks, the outcome and, if the gates passed, the new version (the staging file attached as `staged`,
    claim row made: load_prepared)."""
    if settled := record_fetch_and_settle(con, run_id, source, prepared):
        return settled
    fetched, normalized, verdict = prepared.fetched, prepared.normalized, prepared.verdict
    record_checks(con, run_id, source.id, fetched.sha256, prepared.outcomes, verdict.checks)
    if verdict.status == Status.LOADED:
        _write_version(con, run_id, source, fetched, normalized, verdict, settings, staged)
    counts = (
        normalized.rows_read,
        verdict.projects,
        verdict.quarantined,
        verdict.non_projects,
    )
    record_outcome(
        con, run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message, prepared.drift
    )
    return Outcome(source.id, verdict.status, verdict.message, counts, verdict.checks, prepared.drift)


def loads_rows(prepared: Prepared) -> bool:
    """Whether loading this Prepared adds a version (it passed the gates), not only its records."""
    return (
        prepared.status == "ready"
        and prepared.verdict is not None
        and prepared.verdict.status == Status.LOADED
    )


def load_prepared(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    source: Source,
    prepared: Prepared,
    settings: Settings,
    claimed: bool = False,
    set_for_pass: bool = False,
) -> Outcome:
    """Write what a run learned about one publication (record_prepared) in one transaction: one commit per
    publication, where the fetch log, the checks, the version and the outcome were one each (every commit
    syncs the WAL: ~10 ms apiece on a busy disk, most of a small list's load, docs/benchmarks.md). A
    failure rolls all of it back; the run then records the failure alone (tasks/load.py). `claimed`: its
    claim row was made already (ensure_claim_rows for the run); `set_for_pass`: the caller set the load's
    settings for its whole pass (load_settings). `settings`: the run's."""
    attempts = settings.lake_commit_attempts

    def record() -> Outcome:
        return record_prepared(con, run_id, source, prepared, settings)

    if not loads_rows(prepared):
        return in_transaction(con, f"recording {source.id}", record, attempts)
    if not claimed:
        ensure_claim_row(con, source.id, attempts)  # a commit of its own the first time only (commits.py)
    with _staged(con, prepared.normalized, None if set_for_pass else settings.duckdb_memory_limit):
        return in_transaction(con, f"loading {source.id}", record, attempts)


def load_prepared_together(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None,
    items: list[tuple[Source, Prepared]],
    settings: Settings,
) -> list[Outcome]:
    """Several publications' load_prepared in one transaction, their staging files attached side by side:
    one commit for them all (a commit cost ~10–20 ms, a quarter to half of a small list's load). Their claim
    rows must be made and the load's settings set (load_settings). If anything fails, all of it is rolled
    back and the error raised: the caller loads them again one by one (tasks/load.py), so a failure still
    fails only its own publication. In the file backend's work copy nobody sees a commit before the run
    publishes; in a lake the group is one snapshot, seen whole or not at all, and a commit conflict with
    another writer does the group again (etl.warehouse.commits.in_transaction), as it does one publication."""
    loading = [p.normalized for _, p in items if loads_rows(p)]
    with _attached(con, loading) as names:
        staged = iter(names)

        def write() -> list[Outcome]:
            return [record_prepared(con, run_id, source, prepared, settings,
                                    next(staged) if loads_rows(prepared) else "")
                    for source, prepared in items]  # fmt: skip

        return in_transaction(con, f"loading {items[0][0].id} and {len(items) - 1} more", write,
                              settings.lake_commit_attempts)  # fmt: skip
