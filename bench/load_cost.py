"""The single writer's cost of loading small lists (issue 25), without Prefect: a file and a DuckLake.

    .venv/bin/python bench/load_cost.py [N] [--backends file,lake-pg,lake-file] [--rounds 2] [--profile]

Makes N bench lists (bench/catalog_lists.py, 266 projects each, the four shapes), reads, validates and
judges them once as a first run does (in this process), then loads them, as tasks/load.py does, into a
fresh warehouse per backend and round: the claim rows in one commit for the pass (timed apart), then
LOAD_TOGETHER publications at a time (etl.warehouse.lists.load_prepared_together). Rounds alternate the
backends, so each is measured in the same minutes as the others.

- file: a new DuckDB file (the file backend's work copy);
- lake-pg: a DuckLake with its catalog in a new database of a throwaway PostgreSQL on 127.0.0.1
  (tests/postgres_server.py, started and stopped by the bench);
- lake-file: a DuckLake with its catalog in a local file.

Prints wall and CPU milliseconds a list per backend and round, with the load average. --profile also
prints, for the last round of each backend, the statements the load ran over the writer's connection
grouped by their first words (calls and ms a list) and the functions with the most inclusive time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import os
import pstats
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(BENCH_DIR)]

import catalog_lists  # noqa: E402


def prepare(n: int, folder: Path) -> list:
    """[(source, Prepared)] of n bench lists read, validated and judged, ready for the writer."""
    from etl.core.settings import Settings
    from etl.fetching.archive import Fetched
    from etl.fetching.catalog import load_catalog
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_with_frame
    from etl.readers.staging import Staging, run_folder
    from etl.run.outcomes import Prepared
    from etl.validate.gates import GatePolicy, judge
    from etl.validate.quality import validate_frames

    names = catalog_lists.write_lists(n, folder / "lists")
    catalog_lists.write_catalog(names, "http://127.0.0.1:9", folder / "catalog.yaml")
    settings = Settings(data_dir=folder / "data", staging_dir=folder / "staging")
    staging = Staging(run_folder("bench", settings.staging_root), settings.duckdb_memory_limit)
    limits, policy = ReaderLimits.from_settings(settings), GatePolicy.from_settings(settings)
    read = []
    for source, name in zip(load_catalog(folder / "catalog.yaml"), names, strict=True):
        path = folder / "lists" / name
        payload = path.read_bytes()
        fetched = Fetched(source.id, source.location, dt.datetime.now(dt.UTC), 200,
                          hashlib.sha256(payload).hexdigest(), len(payload), str(path))  # fmt: skip
        read.append((source, fetched, *parse_with_frame(source, path, staging, limits)))
    reports = validate_frames([small.frame for *_, small in read])
    items = []
    for (source, fetched, normalized, small), report in zip(read, reports, strict=True):
        verdict = judge(source, normalized, report.outcomes, policy, as_staged=small.tally)
        items.append((source, Prepared(source.id, "ready", verdict.message, fetched, normalized, verdict,
                                       report.outcomes)))  # fmt: skip
    loaded = sum(p.verdict.status == "loaded" for _, p in items)
    print(f"{n} lists prepared ({loaded} pass the gates)", flush=True)
    return items


class Statements:
    """The writer's connection, its statements timed by their first words (the rest forwarded)."""

    def __init__(self, con) -> None:
        self._con = con
        self.spent: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])

    def execute(self, sql: str, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self._con.execute(sql, *args, **kwargs)
        finally:
            words = " ".join(re.sub(r"\s+", " ", sql).strip().split(" ")[:3])[:48]
            self.spent[words][0] += 1
            self.spent[words][1] += time.perf_counter() - started

    def __getattr__(self, name: str):
        return getattr(self._con, name)


def target_of(backend: str, folder: Path, server, round_: int) -> tuple[str, Path]:
    """A fresh warehouse of `backend`: its target and the lake's Parquet folder."""
    files = folder / f"{backend}-{round_}" / "files"
    files.parent.mkdir(parents=True)
    if backend == "file":
        return str(files.parent / "warehouse.duckdb"), files
    if backend == "lake-pg":
        return "ducklake:postgres:" + server.create_database(f"bench_{round_}"), files
    return "ducklake:" + str(files.parent / "catalog.ducklake"), files


def load_into(target: str, files: Path, items: list, profile: bool) -> dict:
    """Load every item into `target` as the writer's pass does; the pass's wall and CPU seconds."""
    from etl import warehouse
    from etl.core.settings import Settings
    from etl.warehouse.commits import ensure_claim_rows
    from etl.warehouse.lists import load_prepared_together, load_settings
    from tasks.load import LOAD_TOGETHER

    settings = Settings(data_dir=files.parent / "data", lake_data_path=files)
    config = warehouse.WarehouseConfig.from_settings(settings)
    with warehouse.connect(target, config):  # the schema, as the run's update_schema task makes it
        pass
    with warehouse.connect(target, config, schema=False) as con, load_settings(con, config.memory_limit):
        writer = Statements(con) if profile else con
        started, cpu = time.perf_counter(), time.process_time()
        ensure_claim_rows(writer, [s.id for s, _ in items], config.lake_commit_attempts)
        claimed = time.perf_counter() - started
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        for at in range(0, len(items), LOAD_TOGETHER):
            load_prepared_together(writer, "bench", items[at : at + LOAD_TOGETHER], settings)
        if profiler:
            profiler.disable()
        wall, cpu = time.perf_counter() - started - claimed, time.process_time() - cpu
        held = con.execute("SELECT count(*), sum(projects) FROM publications").fetchone()
    return {"wall": wall, "cpu": cpu, "claims": claimed, "held": held, "profiler": profiler,
            "statements": writer.spent if profile else None}  # fmt: skip


def show_profile(result: dict, n: int, top: int) -> None:
    """The statements by their first words, then the functions with the most inclusive time."""
    print("  statements over the writer's connection (calls a list, ms a list):")
    for words, (calls, spent) in sorted(result["statements"].items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"    {calls / n:6.2f} {spent / n * 1000:8.2f}  {words}")
    print("  functions (inclusive ms a list, own ms a list):")
    rows = sorted(pstats.Stats(result["profiler"]).stats.items(), key=lambda kv: -kv[1][3])
    for (file, line, name), (_, calls, own, inclusive, _) in rows[:top]:
        where = file.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        print(
            f"    {inclusive / n * 1000:8.2f} {own / n * 1000:8.2f} {calls / n:7.1f}  {name} ({where}:{line})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=48, help="lists (default 48: three groups of 16)")
    parser.add_argument("--backends", default="file,lake-pg")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gdmp-load-cost-"))
    items = prepare(args.n, folder)
    backends = args.backends.split(",")
    server = None
    if "lake-pg" in backends:
        sys.path.insert(0, str(ROOT / "tests"))
        from postgres_server import start_server

        server = start_server()
    try:
        for round_ in range(args.rounds):
            for backend in backends:
                target, files = target_of(backend, folder, server, round_)
                load = os.getloadavg()[0]
                result = load_into(target, files, items, args.profile and round_ == args.rounds - 1)
                print(f"{backend:9} round {round_ + 1}: {result['wall'] / args.n * 1000:6.1f} ms a list wall, "
                      f"{result['cpu'] / args.n * 1000:5.1f} CPU (claim rows {result['claims'] * 1000:.0f} ms "
                      f"for all); held {result['held']}; load average {load:.1f}", flush=True)  # fmt: skip
                if result["profiler"]:
                    show_profile(result, args.n, args.top)
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
