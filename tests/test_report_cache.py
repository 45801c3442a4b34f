"""The run report is read again only when something it reads changed (etl/warehouse/report_cache.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from etl import warehouse
from etl.core.settings import SQL_DIR
from etl.fetching.catalog import load_catalog
from etl.identity.step import link_warehouse
from etl.present.totals_table import RunReport, province_totals_rows, totals_report
from etl.warehouse.report_cache import STAMPED_TABLES, cached_report, report_stamp
from etl.warehouse.schema import base_tables
from tests.entry import identity_policy, warehouse_config
from tests.warehouse_fixture import CATALOG, load_payload

# The objects the report reads (etl/present/totals_table.py): its queries name these views.
REPORT_READS = ("publication_totals", "province_totals", "province_totals_by_city", "listed_vs_distinct",
                "announced_totals", "announcements_vs_lists")  # fmt: skip


def _definitions() -> dict[str, str]:
    """Every view and macro of the warehouse's sql/ by name, with the statement that defines it."""
    folders = ("ddl", "macros", "views")
    text = "\n".join(
        p.read_text(encoding="utf-8") for f in folders for p in sorted((SQL_DIR / f).glob("*.sql"))
    )
    text = re.sub(r"--[^\n]*", "", text)
    parts = re.split(r"CREATE OR REPLACE (?:VIEW|MACRO) (\w+)", text)
    return {name: body.split(";")[0] for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_the_report_reads_only_stamped_tables():
    """What the report's views read, followed through views and macros: each base table among it is one
    the stamp covers. A view that starts reading another table fails here, not silently stale."""
    definitions, tables = _definitions(), base_tables() | {"schema_applied"}
    seen, todo, read = set(), list(REPORT_READS), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        assert name in definitions, name
        words = set(re.findall(r"\b\w+\b", definitions[name]))
        read |= words & tables
        todo += [w for w in words & definitions.keys() if w not in seen]
    assert read, "nothing found: the parsing above is wrong"
    assert read <= STAMPED_TABLES.keys(), read - STAMPED_TABLES.keys()
    assert {"publications", "projects", "identity_links", "reconciliation"} <= read


def _report(con) -> RunReport:
    return RunReport(totals_report(con), province_totals_rows(con))


@pytest.mark.slow  # the DuckDB staging path, for two small lists
def test_report_is_read_again_only_when_what_it_reads_changed(tmp_path: Path, data_dir: Path):
    sources = {s.id: s for s in load_catalog(CATALOG) if not s.is_announcement and s.resolved_format == "csv"}
    first, second = sorted(sources)[:2]
    cache, computed = data_dir / "run_report_cache.json", []

    def report(con) -> RunReport:
        def compute() -> RunReport:
            computed.append(1)
            return _report(con)

        return cached_report(con, cache, compute, dataclasses.asdict, lambda kept: RunReport(**kept))

    db = tmp_path / "warehouse.duckdb"
    with warehouse.connect(db, warehouse_config()) as con:
        load_payload(con, sources[first], Path(sources[first].location).read_bytes())
        link_warehouse(con, identity_policy())
        kept = report(con)
        assert len(computed) == 1 and kept == _report(con)
        # What a no-change run writes (its fetches and outcomes) is not read by the report: kept.
        con.execute("INSERT INTO publication_runs BY NAME SELECT 'r' AS flow_run_id, ? AS source_id, "
                    "'unchanged' AS status, now() AS recorded_at", [first])  # fmt: skip
        assert report(con) == kept and len(computed) == 1
        stamp = report_stamp(con)

        # A version loaded: read again, and the new list is in it.
        load_payload(con, sources[second], Path(sources[second].location).read_bytes())
        assert report_stamp(con) != stamp
        again = report(con)
        assert len(computed) == 2 and again == _report(con) and again.text != kept.text
        # The identity step ran (its links are read): read again.
        stamp = report_stamp(con)
        link_warehouse(con, identity_policy(), force=True)
        assert report_stamp(con) != stamp
        report(con)
        assert len(computed) == 3
        # A version in force from a date still to come is not in force now; when the date comes, it is.
        stamp = report_stamp(con)
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        con.execute("UPDATE publications SET valid_from = ? WHERE source_id = ?", [later, second])
        future = report_stamp(con)
        con.execute("UPDATE publications SET valid_from = ? WHERE source_id = ?",
                    [dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1), second])  # fmt: skip
        assert len({stamp, future, report_stamp(con)}) == 3
        # A check recorded again for the bytes in force (a forced re-check): read again.
        stamp = report_stamp(con)
        sha = con.execute("SELECT sha256 FROM publications WHERE source_id = ?", [second]).fetchone()[0]
        con.execute(
            "INSERT INTO reconciliation (source_id, sha256, checked_at, check_kind, figure, qualifier, ok, "
            "message) VALUES (?, ?, now(), 'in_file', 'projects', 'exact', true, 'again')",
            [second, sha],
        )
        assert report_stamp(con) != stamp
        # The views changed (another sql/): read again.
        stamp = report_stamp(con)
        con.execute("INSERT INTO schema_applied VALUES ('another', now())")
        assert report_stamp(con) != stamp

    # A cache that cannot be read is only a cost.
    cache.write_text("{not json", encoding="utf-8")
    with warehouse.connect(db, warehouse_config(), read_only=True) as con:
        assert report(con) == _report(con)
