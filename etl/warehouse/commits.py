"""One load, one transaction, tried again when another writer's commit conflicts with it.

With the file backend a run is the only writer (it holds the lock), so a commit never conflicts. With
DuckLake several writers commit to one lake: DuckLake merges commits that only append, and refuses one
that changes rows another writer changed since it began ("Transaction conflict …"). The whole load is
then rolled back and done again on the new state — it may find that the other writer loaded the same
bytes, and rebuild that version in place instead of adding one.

DuckLake has no primary keys, so two first loads of one source would both add version 1. Every load
therefore claims its source: it updates the source's row of `load_claims`, and two loads that update one
row cannot both commit.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

import duckdb

from etl.core.errors import WarehouseError
from etl.warehouse.lake import conflicting_table

logger = logging.getLogger(__name__)
T = TypeVar("T")


def claim_source(con: duckdb.DuckDBPyConnection, source_id: str, run_id: str | None) -> None:
    """Inside a load's transaction: mark the source as being loaded by this run (its row is made first by
    ensure_claim_row; two rows made at once are harmless: both are updated)."""
    claim_sources(con, [source_id], run_id)


def claim_sources(con: duckdb.DuckDBPyConnection, source_ids: list[str], run_id: str | None) -> None:
    """claim_source for several sources loading in one transaction, in one UPDATE: in a lake on PostgreSQL an
    UPDATE cost ~10–20 ms inside a load's transaction, one a publication when each claimed its own."""
    con.execute(
        f"UPDATE load_claims SET claimed_at = now(), flow_run_id = ? "
        f"WHERE source_id IN ({', '.join('?' * len(source_ids))})",
        [run_id, *source_ids],
    )


def ensure_claim_row(con: duckdb.DuckDBPyConnection, source_id: str, attempts: int) -> None:
    """The source's row of load_claims, made in a commit of its own the first time the source loads."""
    ensure_claim_rows(con, [source_id], attempts)


def ensure_claim_rows(con: duckdb.DuckDBPyConnection, source_ids: list[str], attempts: int) -> None:
    """The load_claims rows of these sources that are missing, made in one commit: a run's writer makes
    those of every publication it is about to load at once, rather than one commit each (a first run of
    200 lists: 200 commits). A source whose row exists costs nothing more when it loads."""
    if not source_ids:
        return
    in_transaction(con, f"claiming {', '.join(source_ids[:3])}{' …' if len(source_ids) > 3 else ''}", lambda: con.execute(
        """INSERT INTO load_claims SELECT DISTINCT s.source_id, now(), NULL FROM unnest(?::VARCHAR[]) AS s(source_id)
           WHERE s.source_id NOT IN (SELECT source_id FROM load_claims)""",
        [source_ids],
    ), attempts)  # fmt: skip


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.TransactionException):  # a failed COMMIT has ended it already
        con.execute("ROLLBACK")


def in_transaction(con: duckdb.DuckDBPyConnection, what: str, work: Callable[[], T], attempts: int) -> T:
    """Run `work` in one transaction and commit it; on a commit conflict roll back and run it again, up to
    `attempts` times (the run's GDMP_LAKE_COMMIT_ATTEMPTS: WarehouseConfig.lake_commit_attempts). `what`
    names the load in the error when it gives up."""
    attempt = 0
    while True:
        attempt += 1
        con.execute("BEGIN TRANSACTION")
        try:
            result = work()
            con.execute("COMMIT")
            return result
        except duckdb.TransactionException as exc:
            _rollback(con)
            table = conflicting_table(con, str(exc))
            on = f" on table {table}" if table else ""
            if attempt == attempts:
                raise WarehouseError(
                    f"{what}: the commit conflicted{on} with another writer's {attempts} times; gave up "
                    f"(DuckDB: {str(exc).splitlines()[-1]})",
                    transient=True,
                ) from None
            logger.info("%s: commit conflicted%s with another writer's; trying again (%d/%d)", what, on,
                        attempt + 1, attempts)  # fmt: skip
            time.sleep(random.uniform(0.05, 0.25) * 2**attempt)
        except BaseException:
            _rollback(con)
            raise
