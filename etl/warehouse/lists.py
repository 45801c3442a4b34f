"""Loading one version of a list: its rows straight from the staging file, in one transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator

import duckdb

from etl.core.duck import insert_rows, sql_text
from etl.core.settings import Settings
from etl.fetching.archive import Fetched
from etl.fetching.catalog import Source
from etl.normalize import Normalized
from etl.readers.staging import BIG_SIDE_PROBES
from etl.run.outcomes import Outcome, Prepared, Status, Verdict
from etl.validate.gates import passed_rows, quarantined_rows, stage_rule_failures
from etl.warehouse.commits import claim_sources, ensure_claim_row, in_transaction
from etl.warehouse.fingerprint import build_fingerprint
from etl.warehouse.records import Log, crash_point, settle
from etl.warehouse.versions import close_versions, version_slots

DATA_TABLES = ("projects", "quarantine", "non_project_rows")


def _insert_staged_rows(con: duckdb.DuckDBPyConnection, parts: list[tuple[dict, str]]) -> None:
    """The staged rows of each part — (its version's key, the staging file attached as) — in one INSERT per
    table for them all: those that passed and those quarantined (etl.validate.gates.passed_rows,
    quarantined_rows: the verdicts' rule failures staged as a temporary table of the writer's connection,
    part by part) and the non-project rows. In a lake each INSERT writes files and catalog rows of its own:
    one per table for a group of lists, not one per list (docs/benchmarks.md, issue 25)."""
    projects, quarantine, non_projects = [], [], []
    for i, (_, staged) in enumerate(parts):
        stamp = f"$source_id_{i} AS source_id, $version_{i} AS version, $sha256_{i} AS sha256"
        projects.append(f"""SELECT *, {stamp}, $location_{i} AS location, $fetched_at_{i} AS fetched_at,
                                   $flow_run_id_{i} AS flow_run_id FROM ({passed_rows(staged, i)})""")
        quarantine.append(
            f"SELECT *, {stamp}, $flow_run_id_{i} AS flow_run_id FROM ({quarantined_rows(staged, i)})"
        )
        non_projects.append(f"""SELECT * EXCLUDE (declared_total_investment_precision_wan,
                                                   declared_annual_plan_precision_wan),
                                       {stamp} FROM {staged}.non_projects""")
    stamped = ("source_id", "version", "sha256")
    for table, selects, names in (
        ("projects", projects, (*stamped, "location", "fetched_at", "flow_run_id")),
        ("quarantine", quarantine, (*stamped, "flow_run_id")),
        ("non_project_rows", non_projects, stamped),
    ):
        params = {f"{name}_{i}": key[name] for i, (key, _) in enumerate(parts) for name in names}
        con.execute(f"INSERT INTO {table} BY NAME {' UNION ALL BY NAME '.join(selects)}", params)


def _publication_row(key: dict, source: Source, normalized: Normalized, verdict: Verdict,
                     fingerprint: str) -> dict:  # fmt: skip
    """The version's row in publications: what it is, where from, and its row accounting."""
    return {
        "source_id": key["source_id"], "version": key["version"], "valid_from": key["valid_from"],
        "valid_to": None, "title": source.title, "publisher": source.publisher, "list_kind": source.list_kind,
        "city_code": source.city, "year": source.year, "published": source.published,
        "location": key["location"], "format": source.resolved_format, "is_sample": source.sample,
        "sha256": key["sha256"], "fetched_at": key["fetched_at"], "loaded_at": dt.datetime.now(dt.UTC),
        "flow_run_id": key["flow_run_id"], "rows_read": normalized.rows_read, "projects": verdict.projects,
        "quarantined": verdict.quarantined, "non_project_rows": verdict.non_projects,
        "column_map": json.dumps(normalized.column_map, ensure_ascii=False),
        "unmapped_headers": json.dumps(normalized.unmapped_headers, ensure_ascii=False),
        "build_fingerprint": fingerprint,
    }  # fmt: skip


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


def _write_versions(con: duckdb.DuckDBPyConnection, run_id: str | None,
                    loads: list[tuple[Source, Prepared, str]], settings: Settings) -> dict[str, int]:  # fmt: skip
    """Inside the caller's transaction, each load's staging file attached (as the name given with it): claim
    the sources, take the versions' slots and insert their rows and publications rows; returns each
    source's version number. One statement per step for all the loads, not one per load: in a lake on
    PostgreSQL a statement inside a load's transaction cost ~10–20 ms (the claim, three look-ups), most of
    a small list's load when each publication made its own (docs/benchmarks.md, issue 25)."""
    claim_sources(con, [source.id for source, _, _ in loads], run_id)
    slots = version_slots(con, [(source, prepared.fetched) for source, prepared, _ in loads])
    close_versions(con, slots)
    # The same bytes again rebuild the version in force in place; a new version has no rows yet.
    if held := [(source_id, slot.version) for source_id, slot in slots.items() if slot.held]:
        keys = ", ".join(["(?, ?)"] * len(held))
        for table in (*DATA_TABLES, "publications"):
            con.execute(f"DELETE FROM {table} WHERE (source_id, version) IN (SELECT * FROM (VALUES {keys}))",
                        [value for key in held for value in key])  # fmt: skip
    keys = [{"source_id": source.id, "version": slots[source.id].version, "sha256": prepared.fetched.sha256,
             "location": source.location, "fetched_at": prepared.fetched.fetched_at, "flow_run_id": run_id}
            for source, prepared, _ in loads]  # fmt: skip
    stage_rule_failures(con, *[prepared.verdict.rule_failures for _, prepared, _ in loads])
    _insert_staged_rows(con, [(key, staged) for key, (_, _, staged) in zip(keys, loads, strict=True)])
    crash_point("mid-load", settings.crash_point)
    # an error here: the transaction rolls back, rows and all
    for source, _, _ in loads:
        crash_point(f"load:{source.id}", settings.crash_point)
    insert_rows(con, "publications", [
        _publication_row({**key, "valid_from": slots[source.id].valid_from}, source, prepared.normalized,
                         prepared.verdict, build_fingerprint(source, settings))
        for key, (source, prepared, _) in zip(keys, loads, strict=True)])  # fmt: skip
    return {source_id: slot.version for source_id, slot in slots.items()}


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

    prepared = Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict)

    def write() -> int:
        return _write_versions(con, run_id, [(source, prepared, "staged")], settings)[source.id]

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
    names = [staged] if loads_rows(prepared) else []
    return _record_all(con, run_id, [(source, prepared)], names, settings)[0]


def _record_all(con: duckdb.DuckDBPyConnection, run_id: str | None, items: list[tuple[Source, Prepared]],
                staged: list[str], settings: Settings) -> list[Outcome]:  # fmt: skip
    """record_prepared of several publications of different sources in the caller's transaction: the
    versions of those that passed the gates together (_write_versions; `staged`: their staging files'
    names, in order), and every one's fetch, checks and outcome in one INSERT per log table (records.Log)."""
    log = Log()
    settled = [settle(log, run_id, source, prepared) for source, prepared in items]
    for (source, prepared), done in zip(items, settled, strict=True):
        if done is None:
            log.checks(run_id, source.id, prepared.fetched.sha256, prepared.outcomes, prepared.verdict.checks)
    loads = [
        (s, p, name) for (s, p), name in zip([i for i in items if loads_rows(i[1])], staged, strict=True)
    ]
    if loads:
        _write_versions(con, run_id, loads, settings)
    outcomes = [done or _gated_outcome(log, run_id, source, prepared)
                for (source, prepared), done in zip(items, settled, strict=True)]  # fmt: skip
    log.write(con)
    return outcomes


def _gated_outcome(log: Log, run_id: str | None, source: Source, prepared: Prepared) -> Outcome:
    """A gated publication's publication_runs row (its verdict and row accounting) into `log`, and its
    Outcome."""
    fetched, normalized, verdict = prepared.fetched, prepared.normalized, prepared.verdict
    counts = (normalized.rows_read, verdict.projects, verdict.quarantined, verdict.non_projects)
    log.outcome(run_id, source.id, verdict.status, fetched.sha256, counts, verdict.message, prepared.drift)
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
    one commit for them all (a commit cost ~10–20 ms, a quarter to half of a small list's load), and one
    statement per table and step for their versions (_write_versions: in a lake on PostgreSQL, groups of 16
    small lists: 80–87 → 12–16 ms a list, bench/load_cost.py). Their claim rows must be made and the load's
    settings set (load_settings). If anything fails, all of it is rolled back and the error raised: the caller loads them again one by one (tasks/load.py), so a failure still
    fails only its own publication. In the file backend's work copy nobody sees a commit before the run
    publishes; in a lake the group is one snapshot, seen whole or not at all, and a commit conflict with
    another writer does the group again (etl.warehouse.commits.in_transaction), as it does one publication."""
    if len({source.id for source, _ in items}) < len(items):
        raise ValueError("publications loaded together must be of different sources")
    loading = [p.normalized for _, p in items if loads_rows(p)]
    with _attached(con, loading) as names:

        def write() -> list[Outcome]:
            return _record_all(con, run_id, items, names, settings)

        return in_transaction(con, f"loading {items[0][0].id} and {len(items) - 1} more", write,
                              settings.lake_commit_attempts)  # fmt: skip
