"""The names read by the identity step, kept between runs (etl/identity/name_cache.py): the links are the
same with the kept readings as without, a file the rules no longer match or cannot be read counts for
nothing, a run that reads few new names leaves the file as it is, and many new names are read alike in the run's
idle reader workers."""

from __future__ import annotations

import dataclasses
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from etl import warehouse
from etl.contain import WorkerCaps, contained
from etl.contain.pool import reader_pool
from etl.identity import step
from etl.identity.linking import link_rows
from etl.identity.name_cache import load_readings, save_readings
from etl.identity.names import name_key
from etl.identity.step import IdentityPolicy, link_warehouse
from scripts.corpus.identity import LabelledRow, build, load_into
from tests.entry import identity_policy, warehouse_config


def _rows():
    return [labelled.row for labelled in build()[:1500]]


def test_kept_readings_give_the_same_links_and_are_read_back_whole(tmp_path: Path) -> None:
    rows = _rows()
    readings: dict = {}
    first = link_rows(rows, 86, 70, readings=readings)
    assert len(readings) == len({(r.project_name, r.cities) for r in rows})
    save_readings(tmp_path / "keys.json", readings)
    kept = load_readings(tmp_path / "keys.json")
    assert kept == readings  # every field, sets and tuples included
    again = link_rows(rows, 86, 70, readings=kept)
    assert again.project_of == first.project_of and again.review == first.review
    assert again.auto_pairs == first.auto_pairs


def test_readings_of_other_rules_or_a_damaged_file_count_for_nothing(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    save_readings(path, {("某某大桥", ("广州",)): name_key("某某大桥", ("广州",))})
    assert len(load_readings(path)) == 1
    kept = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(kept | {"reading": "rules of another version"}), encoding="utf-8")
    assert load_readings(path) == {}
    short = json.dumps(
        {"reading": kept["reading"], "keys": {"某某大桥\x1f广州": ["某某"]}}
    )  # a reading cut short
    for damaged in ("{not json", '{"reading": 1}', "[]", "", short):
        path.write_text(damaged, encoding="utf-8")
        assert load_readings(path) == {}
    assert load_readings(tmp_path / "absent.json") == {} and load_readings(None) == {}


def test_the_step_keeps_its_readings_and_leaves_them_for_a_few_new_names(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GDMP_REVIEWS_DIR", str(tmp_path / "reviews"))
    corpus = build()
    sources = list(dict.fromkeys(r.row.source_id for r in corpus))
    first_lists = [LabelledRow(r.row, "", "") for r in corpus if r.row.source_id in sources[:2]]
    a_few = [LabelledRow(r.row, "", "") for r in corpus if r.row.source_id == sources[2]][:20]
    policy: IdentityPolicy = identity_policy()
    with warehouse.connect(tmp_path / "w.duckdb", warehouse_config()) as con:
        load_into(con, first_lists)
        first = link_warehouse(con, policy)
        written = policy.readings_file.stat().st_mtime_ns
        assert len(load_readings(policy.readings_file)) >= 0.9 * first.rows
        load_into(con, a_few)  # a list of 20 rows: under 5 % of the names are new, the file stays as it is
        second = link_warehouse(con, policy)
        assert policy.readings_file.stat().st_mtime_ns == written
        links = con.execute("SELECT * FROM identity_links ORDER BY ALL").fetchall()
        policy.readings_file.unlink()  # the same links without any kept reading
        assert link_warehouse(con, policy, force=True).projects == second.projects
        assert con.execute("SELECT * FROM identity_links ORDER BY ALL").fetchall() == links
    assert first.ran and second.ran and second.rows == first.rows + 20


def _warm_two_workers(caps: WorkerCaps) -> None:
    with ThreadPoolExecutor(2) as pool:  # two jobs at once: two workers started, then idle
        list(pool.map(lambda n: contained(caps, sorted, [n, 1]), range(2)))
    assert reader_pool().warm() >= 2


def test_many_new_names_are_read_in_the_warm_reader_workers_alike(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    caps = identity_policy().workers
    rows = _rows()
    _warm_two_workers(caps)
    readings: dict = {}
    monkeypatch.setattr(step, "IN_WORKERS_FROM", 100)
    names = {(r.project_name, r.cities) for r in rows}
    step._read_in_workers(names, readings, caps)
    assert readings.keys() == names
    assert all(readings[at] == name_key(*at) for at in sorted(names)[:300])
    assert link_rows(rows, 86, 70, readings=readings).project_of == link_rows(rows, 86, 70).project_of


def test_readings_that_cannot_be_kept_cost_the_next_run_time_not_the_links(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("GDMP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GDMP_REVIEWS_DIR", str(tmp_path / "reviews"))
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    policy = dataclasses.replace(identity_policy(), readings_file=tmp_path / "a-file" / "keys.json")
    corpus = build()
    first = [LabelledRow(r.row, "", "") for r in corpus if r.row.source_id == corpus[0].row.source_id]
    with warehouse.connect(tmp_path / "w.duckdb", warehouse_config()) as con:
        load_into(con, first)
        result = link_warehouse(con, policy)
        assert result.ran and result.rows == len(first)
        assert con.execute("SELECT count(*) FROM identity_links").fetchone()[0] == len(first)
