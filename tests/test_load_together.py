"""Small lists loaded together (etl.warehouse.lists.load_prepared_together: one statement per table and
step for a group) hold exactly what loading them one by one holds: new versions, versions replaced and
closed, the same bytes rebuilt in place, quarantined rows by their own rule failures, a rejected list
among them. Real DuckDB files and a DuckLake with its catalog in a file; no Prefect."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from etl import warehouse
from etl.fetching.archive import Fetched, archive_payload
from etl.fetching.catalog import Source, load_catalog
from etl.readers.parse import parse_publication
from etl.run.outcomes import Prepared
from etl.validate.gates import judge
from etl.validate.quality import validate_normalized
from etl.warehouse.commits import ensure_claim_rows
from etl.warehouse.lists import load_prepared, load_prepared_together
from tests.entry import limits, settings, staging, warehouse_config
from tests.warehouse_fixture import table_digests

WHEN = frozenset({"fetched_at", "loaded_at", "flow_run_id", "build_fingerprint"})
LOGS = {"fetch_log": "fetched_at", "publication_runs": "recorded_at", "validation_results": "validated_at",
        "reconciliation": "checked_at"}  # fmt: skip  # the run's logs, and their column that says when
DAY_1 = dt.datetime(2024, 3, 1, 8, tzinfo=dt.UTC)
DAY_2 = dt.datetime(2024, 4, 1, 8, tzinfo=dt.UTC)


def csv_list(n: int, amounts: dict[int, str] | None = None) -> bytes:
    """n projects; `amounts` replaces some rows' total investment (亿元): '20000' breaks a rule (over 1e8 万元),
    '12亿x' is unreadable."""
    lines = ["序号,项目名称,所在地,总投资（亿元）,年度计划投资（亿元）"]
    lines += [f"{i},测试项目{i:03d},南海区,{(amounts or {}).get(i, f'{i}.5')},1" for i in range(1, n + 1)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def sources(tmp_path: Path) -> dict[str, Source]:
    base = {"title": "测试清单", "publisher": "测试", "list_kind": "groundbreaking", "city": "佛山",
            "published": "2023-03-01", "format": "csv", "allow_http": True}  # fmt: skip
    entries = [{**base, "id": i, "location": f"http://127.0.0.1:9/{i}.csv"} for i in "abcd"]
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), "utf-8")
    return {s.id: s for s in load_catalog(path)}


def prepared(source: Source, payload: bytes, fetched_at: dt.datetime) -> Prepared:
    """The payload fetched at `fetched_at`, read, validated and judged, as a run's writer gets it."""
    sha, path = archive_payload(payload, ".csv", settings().archive_dir)
    fetched = Fetched(source.id, source.location, fetched_at, 200, sha, len(payload), str(path))
    normalized = parse_publication(source, fetched.read(), staging(), limits())
    report = validate_normalized(normalized)
    verdict = judge(source, normalized, report.outcomes)
    return Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict, report.outcomes)


def logs(target: str) -> dict[str, list[str]]:
    """Every row of the run's logs but its time, sorted."""
    with warehouse.connect(target, warehouse_config(), read_only=True) as con:
        return {table: sorted(map(repr, con.execute(f"SELECT * EXCLUDE ({when}) FROM {table}").fetchall()))
                for table, when in LOGS.items()}  # fmt: skip


def load(target: str, files: Path, items: list[tuple[Source, Prepared]], together: bool) -> list[str]:
    """The items loaded into `target` together or one by one; each one's status."""
    config = dataclasses.replace(warehouse_config(), lake_files=files)
    with warehouse.connect(target, config) as con:
        ensure_claim_rows(con, [s.id for s, _ in items], config.lake_commit_attempts)
        if together:
            outcomes = load_prepared_together(con, "run", items, settings())
        else:
            outcomes = [load_prepared(con, "run", s, p, settings(), claimed=True) for s, p in items]
    return [o.status.value for o in outcomes]


@pytest.mark.slow  # reads and validates 8 lists through the staging path and GX (~7 s a backend)
@pytest.mark.parametrize("backend", ["file", "lake"])
def test_lists_loaded_together_hold_what_one_by_one_holds(
    tmp_path: Path, data_dir: Path, backend: str
) -> None:
    by_id = sources(tmp_path)
    days = [
        (DAY_1, {"a": csv_list(5), "b": csv_list(30, {3: "20000"}), "c": csv_list(30, {2: "12亿x"}),
                 "d": csv_list(4, {1: "20000", 2: "20000"})}),
        (DAY_2, {"a": csv_list(5), "b": csv_list(31), "c": csv_list(30, {2: "12亿x"}), "d": csv_list(6)}),
    ]  # fmt: skip
    targets = {}
    for way in ("together", "alone"):
        name = tmp_path / way
        name.mkdir()
        file = str(name / "warehouse.duckdb")
        targets[way] = (
            file if backend == "file" else f"ducklake:{name / 'catalog.ducklake'}",
            name / "files",
        )
    seen = []
    for fetched_at, payloads in days:
        items = [(by_id[i], prepared(by_id[i], payload, fetched_at)) for i, payload in payloads.items()]
        statuses = {way: load(*targets[way], items, way == "together") for way in targets}
        assert statuses["together"] == statuses["alone"]
        seen.append(statuses["together"])
        for _, p in items:
            p.normalized.discard()
    assert seen == [["loaded", "loaded", "loaded", "rejected"], ["loaded"] * 4]
    together, alone = (table_digests(targets[w][0], exclude=WHEN) for w in ("together", "alone"))
    assert together == alone
    assert logs(targets["together"][0]) == logs(targets["alone"][0])
    assert {table: len(rows) for table, rows in logs(targets["together"][0]).items()} == {
        "fetch_log": 8, "publication_runs": 8, "validation_results": 80, "reconciliation": 0}  # fmt: skip
    with warehouse.connect(targets["together"][0], warehouse_config(), read_only=True) as con:
        held = con.execute(
            """SELECT source_id, version, valid_to IS NULL, projects, quarantined,
                      (SELECT count(*) FROM projects p WHERE p.source_id = v.source_id AND p.version = v.version)
               FROM publications v ORDER BY 1, 2"""
        ).fetchall()
        closed = con.execute(
            """SELECT count(*) FROM publications o JOIN publications n USING (source_id)
               WHERE n.version = o.version + 1 AND o.valid_to = n.valid_from"""
        ).fetchone()
    assert held == [
        ("a", 1, True, 5, 0, 5),  # the same bytes twice: rebuilt in place, not duplicated
        ("b", 1, False, 29, 1, 29),  # a rule failure quarantined; closed by version 2
        ("b", 2, True, 31, 0, 31),
        ("c", 1, True, 29, 1, 29),  # an unreadable amount quarantined
        ("d", 1, True, 6, 0, 6),  # rejected on day 1 (too many quarantined), loaded on day 2
    ]
    assert closed == (1,)


def test_a_fetch_logged_failed_or_not_modified_fills_its_columns_by_name(tmp_path: Path) -> None:
    """fetch_log's rows are built by position (etl.warehouse.records.Log.fetch): read back by column name, a
    failure says its error and nothing fetched, a 304 its validators and attempts and no error."""
    from etl.warehouse.records import record_fetch

    by_id = sources(tmp_path)
    not_modified = Fetched("b", by_id["b"].location, DAY_2, 304, "ab" * 32, 0, "/archive/b.csv",
                           etag='"v2"', last_modified="Mon, 01 Apr 2024 08:00:00 GMT", not_modified=True,
                           attempts=2)  # fmt: skip
    with warehouse.connect(tmp_path / "w.duckdb", warehouse_config()) as con:
        record_fetch(con, "run-1", by_id["a"], None, "connection refused after 3 attempts")
        record_fetch(con, "run-1", by_id["b"], not_modified)
        got = {row[0]: row[1:] for row in con.execute(
            """SELECT source_id, status, http_status, bytes, sha256, archive_path, error, attempts, etag,
                      last_modified, flow_run_id, location FROM fetch_log ORDER BY source_id""").fetchall()}  # fmt: skip
    assert got["a"] == ("failed", None, None, None, None, "connection refused after 3 attempts", None, None, None,
                        "run-1", by_id["a"].location)  # fmt: skip
    assert got["b"] == ("not_modified", 304, 0, "ab" * 32, "/archive/b.csv", None, 2, '"v2"',
                        "Mon, 01 Apr 2024 08:00:00 GMT", "run-1", by_id["b"].location)  # fmt: skip
