"""The identity step over the warehouse: read every loaded project row, link, write the tables.

Skipped, at the cost of one small query, when nothing it depends on changed since it last ran: the
publications loaded (their count, versions and load times), the vocabulary, the judgements, the thresholds
and this package's code (`identity_runs.fingerprint`). A run where no list changed therefore adds no
per-publication cost.
"""

from __future__ import annotations

import hashlib
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from etl.contain import WorkerCaps, contained
from etl.contain.pool import reader_pool
from etl.core.settings import Settings
from etl.identity.judgements import decided, judgements_digest, load_judgements
from etl.identity.linking import Identity, collector_paused, link_rows
from etl.identity.name_cache import CACHE_FILE, Name, Readings, load_readings, save_readings
from etl.identity.names import read_names
from etl.identity.records import IdentityRow
from etl.identity.timing import Timer, untimed
from etl.identity.vocabulary import rules_digest

logger = logging.getLogger(__name__)

ROWS = """
    SELECT p.source_id, p.version, p.row_number, p.project_key, p.project_name, p.place_kind,
           coalesce(p.city_name, CASE WHEN p.place_kind = 'unassigned' THEN '不分市' END),
           p.category, p.start_year, p.end_year, p.total_investment_wan, pub.list_kind,
           CAST(pub.published AS VARCHAR)
    FROM projects AS p JOIN publications AS pub USING (source_id, version)
    ORDER BY pub.published, p.source_id, p.version, p.row_number"""

LOADED = "SELECT count(*), max(loaded_at), max(valid_to), sum(version) FROM publications"


@dataclass(frozen=True)
class IdentityPolicy:
    """The identity step's settings of one run: a pair scoring at least link_score is linked
    (GDMP_IDENTITY_LINK_SCORE), from review_floor up it is queued for review (GDMP_IDENTITY_REVIEW_FLOOR);
    the judgements are read from reviews_dir (GDMP_REVIEWS_DIR)."""

    link_score: float
    review_floor: float
    reviews_dir: Path
    readings_file: Path | None = None  # the names read by the last run (name_cache.py); None: none kept
    workers: WorkerCaps | None = None  # the reader workers that read many new names side by side; None: here

    @classmethod
    def from_settings(cls, settings: Settings) -> IdentityPolicy:
        return cls(settings.identity_link_score, settings.identity_review_floor, settings.reviews_dir,
                   settings.data_dir.resolve() / CACHE_FILE, WorkerCaps.from_settings(settings))  # fmt: skip


@dataclass(frozen=True)
class StepResult:
    ran: bool
    rows: int = 0
    projects: int = 0
    auto_links: int = 0
    reviewed: int = 0
    queued: int = 0
    stale: int = 0
    seconds: float = 0.0


def fingerprint(con: duckdb.DuckDBPyConnection, policy: IdentityPolicy) -> str:
    """What the links depend on, in one digest: the loaded lists, the rules (code, vocabulary and the tables
    names are read with: vocabulary.rules_digest), the judgements and the thresholds."""
    parts = [str(con.execute(LOADED).fetchone()), rules_digest(), judgements_digest(policy.reviews_dir),
             f"{policy.link_score}/{policy.review_floor}"]  # fmt: skip
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _unchanged(con: duckdb.DuckDBPyConnection, digest: str) -> bool:
    last = con.execute("SELECT fingerprint FROM identity_runs ORDER BY linked_at DESC LIMIT 1").fetchone()
    return bool(last) and last[0] == digest


def read_rows(con: duckdb.DuckDBPyConnection) -> list[IdentityRow]:
    return [IdentityRow(*row) for row in con.execute(ROWS).fetchall()]


def _pairs(rows: list[IdentityRow], keyed: list[tuple[str, str]]) -> list[tuple[int, int]]:
    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        first.setdefault(row.row_key, i)
    return [(first[a], first[b]) for a, b in keyed]


def _links_frame(rows: list[IdentityRow], identity: Identity) -> pd.DataFrame:
    """identity_links' rows as columns: the linked row's fields taken by index from the rows' columns, its
    absence a mask (Int64 built from Python lists of None was half of writing 212,800 links)."""
    n = len(rows)
    sources = np.array([r.source_id for r in rows], dtype=object)
    versions = np.fromiter((r.version for r in rows), dtype=np.int64, count=n)
    numbers = np.fromiter((r.row_number for r in rows), dtype=np.int64, count=n)
    other = np.fromiter((-1 if x.other is None else x.other for x in identity.links), dtype=np.int64, count=n)
    alone = other < 0
    at = np.where(alone, 0, other)
    linked_sources = sources[at]
    linked_sources[alone] = None
    return pd.DataFrame({
        "source_id": sources, "version": versions, "row_number": numbers, "row_key": [r.row_key for r in rows],
        "project_id": identity.project_of, "basis": [x.basis for x in identity.links],
        "score": [x.score for x in identity.links], "linked_source_id": linked_sources,
        "linked_version": pd.arrays.IntegerArray(versions[at], alone),
        "linked_row_number": pd.arrays.IntegerArray(numbers[at], alone),
    })  # fmt: skip


def _write(con: duckdb.DuckDBPyConnection, rows: list[IdentityRow], identity: Identity) -> None:
    links = _links_frame(rows, identity)
    queue = pd.DataFrame(
        [(rows[c.a].row_key, rows[c.b].row_key, rows[c.a].source_id, rows[c.a].version, rows[c.a].row_number,
          rows[c.b].source_id, rows[c.b].version, rows[c.b].row_number, c.score) for c in identity.review],
        columns=["a", "b", "sa", "va", "ra", "sb", "vb", "rb", "score"],
    )  # fmt: skip
    con.execute("DELETE FROM identity_links")
    con.execute("DELETE FROM identity_candidates")
    con.register("identity_links_new", links)
    con.register("identity_candidates_new", queue)
    con.execute("INSERT INTO identity_links SELECT * FROM identity_links_new")
    con.execute("INSERT INTO identity_candidates SELECT * FROM identity_candidates_new")
    con.unregister("identity_links_new")
    con.unregister("identity_candidates_new")


IN_WORKERS_FROM = 5_000  # names not read yet from which the reader workers read them, side by side
NAMES_PER_JOB = 4_000  # names a reader worker reads in one job


def _read_in_workers(names: set[Name], readings: Readings, caps: WorkerCaps | None) -> None:
    """Many names never read (a first run: 53,200 at 200 small lists, ~5 s of one core) read in the run's
    reader workers, NAMES_PER_JOB at a time: they sit idle once the lists are read, and the step is otherwise
    one thread. Only workers already started: one started for this would spend ~2 s on its imports. Jobs of a
    few thousand names keep what a worker holds and sends back small (with one share a worker, a first run of
    800 lists peaked at 1.41 GB; with jobs of 4,000 names, 1.16 GB). Whatever goes wrong there leaves the
    names to be read here (link_rows reads what is missing)."""
    unread = sorted(names - readings.keys())
    workers = min(caps.workers, reader_pool().warm()) if caps else 0
    if workers < 2 or len(unread) < IN_WORKERS_FROM:
        return
    jobs = [unread[at : at + NAMES_PER_JOB] for at in range(0, len(unread), NAMES_PER_JOB)]
    with ThreadPoolExecutor(workers, thread_name_prefix="names") as pool:
        futures = [pool.submit(contained, caps, read_names, job) for job in jobs]
        for job, future in zip(jobs, futures, strict=True):
            try:
                readings.update(zip(job, future.result(), strict=True))
            except Exception as exc:  # a worker killed or a bug: read here instead, the links are the same
                logger.warning(
                    "Distinct projects: %d names left to read in the run's process: %r", len(job), exc
                )


# The names read afresh, as a share of the rows', from which the kept readings are renewed.
READ_AGAIN_SHARE = 0.05


def _keep_readings(path: Path | None, names: set[Name], readings: Readings, new: int) -> None:
    """Keep the readings of the rows' `names` for the next run once `new` names read this time are 5 % of
    them: rewriting the file costs ~0.7 s at 53,200 names, reading the few names of one new list again
    next time ~25 ms, so a run that loads one list leaves the file as it is."""
    if new and new >= READ_AGAIN_SHARE * len(names):
        try:
            save_readings(path, {at: readings[at] for at in names})
        except OSError as exc:  # a cache: a full disk or a read-only data folder costs the next run time only
            logger.warning("Distinct projects: the names read were not kept (%s): %r", path, exc)


def link_warehouse(
    con: duckdb.DuckDBPyConnection, policy: IdentityPolicy, force: bool = False, timer: Timer = untimed
) -> StepResult:
    """Link every loaded row and rewrite identity_links and identity_candidates, in one transaction, as the
    run's `policy` says — unless nothing changed since the last time (then nothing is read). `timer`: the
    bench's per-phase measure (timing.py)."""
    with timer("skip check"):
        digest = fingerprint(con, policy)
        if not force and _unchanged(con, digest):
            return StepResult(ran=False)
    started = time.perf_counter()
    with timer("read rows"), collector_paused():
        rows = read_rows(con)
        same, different, stale = decided(load_judgements(policy.reviews_dir), {r.row_key for r in rows})
        same, different = _pairs(rows, same), _pairs(rows, different)
    with timer("name cache"):
        readings = load_readings(policy.readings_file)
    kept, names = len(readings), {(r.project_name, r.cities) for r in rows}  # the rows' distinct names
    with timer("normalize names"):
        _read_in_workers(names, readings, policy.workers)
    identity = link_rows(rows, policy.link_score, policy.review_floor, same, different, timer, readings)
    with timer("name cache"):
        _keep_readings(policy.readings_file, names, readings, len(readings) - kept)
    with timer("write tables"):
        con.execute("BEGIN TRANSACTION")
        try:
            _write(con, rows, identity)
            seconds = time.perf_counter() - started
            result = StepResult(True, len(rows), len(set(identity.project_of)), len(identity.auto_pairs),
                                sum(1 for x in identity.links if x.basis == "reviewed"), len(identity.review),
                                len(stale), seconds)  # fmt: skip
            con.execute("INSERT INTO identity_runs VALUES (?, now(), ?, ?, ?, ?, ?, ?, ?)",
                        [digest, result.rows, result.projects, result.auto_links, result.reviewed,
                         result.queued, result.stale, result.seconds])  # fmt: skip
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return result
