"""Where the data path stands against DuckDB alone and against dlt, and what a no-change daily run costs.

One command, one table (docs/benchmarks.md explains every column and holds the measured figures):

    .venv/bin/python bench/run.py [--sizes 10000 100000 1000000] [--repeats 3] [--smoke]

1. Ingest of one synthetic publication (bench/generate.py: realistic header, 万元 and 亿元, subtotal and
   bad rows; deterministic) at each size, each engine in its own subprocess (imports outside the
   timings, peak RSS = the process's VmHWM):
     ours           etl.readers.parse.parse_publication → etl.validate.quality.validate_normalized → judge →
                    etl.warehouse.connect (+ apply_schema) / record_* / load_version → views
                    (connect re-applies sql/, then etl.present.totals_table.totals_report), on a temp warehouse;
     duckdb-native  the same in DuckDB SQL over read_csv into the same schema (bench/duckdb_native.py);
     duckdb-read+checks  the floor: read_csv into a table + the suite's 10 rules as SQL, nothing else;
     dlt            dlt → duckdb of the raw rows read with pyarrow (no normalization, no checks);
     dlt+sql        that dlt load, then the duckdb-native SQL from dlt's table.
   Every engine is checked against what the generator knows: rows read, projects loaded, the exact
   set of quarantined row numbers, non-project rows, total investment loaded (dlt: rows loaded; the
   floor is not checked: it does not classify rows). Without the bench group the dlt rows are skipped.
2. Prefect: one temporary server (prefect_test_harness), GDMP_DATA_DIR in a temp dir; the daily flow
   runs once to load the bundled catalog, then N no-change runs of flows.daily_refresh are timed
   against N runs of a no-op flow (interleaved). Then flows.backfill in reprocess mode over unchanged
   archived content (every publication must come back unchanged): one run over the one date of one
   source, one run over the range of all bundled sources, and one run per date; then the range again
   with force=True, which re-parses and reloads everything (what the skip saves).

--smoke: 2,000 rows, 1 repeat, 1 Prefect repeat, only the one-date backfill; for CI (< 60 s).
Exit code 1 if any engine disagrees with the generator or a flow run does not complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path[:0] = [str(REPO_ROOT), str(BENCH_DIR)]

import generate  # noqa: E402
from validation_engines import _status_mb, installed_version  # noqa: E402
from validation_engines import machine as _machine  # noqa: E402

ENGINES = ("ours", "duckdb-native", "duckdb-read+checks", "dlt", "dlt+sql")
BASELINE = "duckdb-native"
FLOOR = "duckdb-read+checks"  # read_csv into a table + the suite's rules as SQL, nothing else
ENGINE_IMPORTS = {  # paid once per process, outside the timings
    "ours": (
        "duckdb",
        "pandas",
        "great_expectations",
        "etl.readers.parse",
        "etl.validate.gates",
        "etl.validate.quality",
        "etl.warehouse",
    ),
    "duckdb-native": ("duckdb", "etl.warehouse", "etl.present.totals_table", "duckdb_native"),
    "duckdb-read+checks": ("duckdb", "duckdb_native"),
    "dlt": ("duckdb", "dlt", "pyarrow.csv"),
    "dlt+sql": ("duckdb", "dlt", "pyarrow.csv", "etl.warehouse", "etl.present.totals_table", "duckdb_native"),
}
SOURCE_ID = "bench-synthetic-2023"
FETCHED_AT = dt.datetime(2023, 3, 1, 8, 0, tzinfo=dt.UTC)
SMOKE_SIZE = 2_000
SETTLE_SECONDS = 2  # before each timed Prefect call (child_prefect.timed says why)


# --- ingest engines: each returns ({phase: seconds}, outcome) ------------------------------------


def _meta(path: Path, expected: generate.Expected) -> dict:
    return {
        "source_id": SOURCE_ID,
        "sha256": expected.sha256,
        "location": str(path),
        "fetched_at": FETCHED_AT.isoformat(),
        "title": generate.TITLE.format(year=generate.YEAR, n=expected.rows),
    }


def engine_ours(path: Path, expected: generate.Expected, workdir: Path) -> tuple[dict, dict]:
    from etl import warehouse
    from etl.core.settings import get_settings
    from etl.fetching.archive import Fetched
    from etl.fetching.catalog import Headline, Source
    from etl.present.totals_table import totals_report
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_publication
    from etl.readers.staging import Staging
    from etl.run.outcomes import Prepared
    from etl.validate.gates import judge
    from etl.validate.quality import validate_normalized

    source = Source(
        id=SOURCE_ID,
        title=generate.TITLE.format(year=generate.YEAR, n=expected.rows),
        publisher="基准",
        list_kind="provincial_plan",
        city="广东省",
        published=dt.date(2023, 3, 1),
        location=str(path),
        format="csv",
        sample=True,
        headline=Headline(
            projects=expected.projects,
            total_yi=Decimal(expected.total_investment_wan) / 10000,
            source="bench/generate.py",
        ),
    )
    fetched = Fetched(SOURCE_ID, str(path), FETCHED_AT, 200, expected.sha256, expected.bytes, str(path))
    db = workdir / f"ours-{time.monotonic_ns()}.duckdb"
    settings = get_settings()  # read once, passed down as a run passes them
    config = warehouse.WarehouseConfig.from_settings(settings)
    phases = {}
    t0 = time.perf_counter()
    # the archived file, as tasks/prepare.read_list passes it
    normalized = parse_publication(
        source, path, Staging.in_staging_dir(settings), ReaderLimits.from_settings(settings)
    )
    t1 = time.perf_counter()
    report = validate_normalized(normalized)
    t2 = time.perf_counter()
    verdict = judge(source, normalized, report.outcomes)
    t3 = time.perf_counter()
    with warehouse.connect(db, config) as con:  # as tasks/load.load_publication
        prepared = Prepared(
            source.id, "ready", verdict.message, fetched, normalized, verdict, report.outcomes
        )
        warehouse.load_prepared(con, None, source, prepared, settings)
    t4 = time.perf_counter()
    with warehouse.connect(db, config) as con:  # as tasks/report.report_totals
        totals_report(con)
    t5 = time.perf_counter()
    phases = {"parse": t1 - t0, "validate": t3 - t1, "load": t4 - t3, "views": t5 - t4, "total": t5 - t0}
    phases["gx"], phases["judge"] = t2 - t1, t3 - t2
    if verdict.status != "loaded":
        raise RuntimeError(f"ours: the publication was {verdict.status}: {verdict.message}")
    normalized.discard()
    from duckdb_native import loaded_outcome

    outcome = loaded_outcome(db)  # what was loaded
    del normalized, report, verdict
    db.unlink()
    return phases, outcome


def engine_native(path: Path, expected: generate.Expected, workdir: Path) -> tuple[dict, dict]:
    import duckdb_native

    db = workdir / f"native-{time.monotonic_ns()}.duckdb"
    phases, outcome = duckdb_native.ingest(db, duckdb_native.read_csv_sql(path), _meta(path, expected))
    db.unlink()
    return phases, outcome


def engine_read_checks(path: Path, expected: generate.Expected, workdir: Path) -> tuple[dict, dict]:
    import duckdb_native

    db = workdir / f"floor-{time.monotonic_ns()}.duckdb"
    phases, outcome = duckdb_native.read_and_check(db, path)
    db.unlink()
    return phases, outcome


def _dlt_load(path: Path, workdir: Path) -> tuple[Path, int, int]:
    """pyarrow reads the CSV (all text), dlt loads it into a DuckDB file. Returns (file, rows, skipped)."""
    import dlt
    import pyarrow as pa
    import pyarrow.csv as pacsv
    from duckdb_native import COLUMNS, HEADER_LINE

    skipped = []

    def skip(row) -> str:  # the one-cell 备注 row at the end: pyarrow cannot keep a short row
        skipped.append(row.number)
        return "skip"

    table = pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(skip_rows=HEADER_LINE, column_names=list(COLUMNS)),
        parse_options=pacsv.ParseOptions(invalid_row_handler=skip),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(COLUMNS, pa.string()), strings_can_be_null=True
        ),
    )
    # Line numbers (valid because the only skipped row is the last one).
    table = table.append_column(
        "row_number", pa.array(range(HEADER_LINE + 1, HEADER_LINE + 1 + table.num_rows), pa.int32())
    )
    name = f"bench_{time.monotonic_ns()}"
    db = workdir / f"{name}.duckdb"
    pipeline = dlt.pipeline(
        pipeline_name=name,
        destination=dlt.destinations.duckdb(str(db)),
        dataset_name="bench",
        pipelines_dir=str(workdir / "dlt-pipelines"),
    )
    info = pipeline.run(table, table_name="raw_rows", write_disposition="replace")
    info.raise_on_failed_jobs()
    return db, table.num_rows, len(skipped)


def engine_dlt(path: Path, expected: generate.Expected, workdir: Path) -> tuple[dict, dict]:
    import duckdb

    started = time.perf_counter()
    db, rows, skipped = _dlt_load(path, workdir)
    seconds = time.perf_counter() - started
    con = duckdb.connect(str(db), read_only=True)
    loaded = con.execute("SELECT count(*) FROM bench.raw_rows").fetchone()[0]
    con.close()
    db.unlink()
    return {"load": seconds, "total": seconds}, {
        "rows_loaded": loaded,
        "rows_skipped": skipped,
        "rows_read": rows,
    }


def engine_dlt_sql(path: Path, expected: generate.Expected, workdir: Path) -> tuple[dict, dict]:
    import duckdb_native

    started = time.perf_counter()
    dlt_db, _, skipped = _dlt_load(path, workdir)
    loaded = time.perf_counter() - started
    db = workdir / f"dltsql-{time.monotonic_ns()}.duckdb"
    relation = (
        f"SELECT row_number, {', '.join(duckdb_native.COLUMNS)} FROM dltdb.bench.raw_rows ORDER BY row_number"
    )
    phases, outcome = duckdb_native.ingest(
        db, relation, _meta(path, expected), setup=f"ATTACH '{dlt_db}' AS dltdb (READ_ONLY)"
    )
    phases["parse"] += loaded
    phases["total"] += loaded
    outcome["rows_skipped"] = skipped
    db.unlink()
    dlt_db.unlink()
    return phases, outcome


ENGINE_FUNCTIONS = {
    "ours": engine_ours,
    "duckdb-native": engine_native,
    "duckdb-read+checks": engine_read_checks,
    "dlt": engine_dlt,
    "dlt+sql": engine_dlt_sql,
}


def check(engine: str, outcome: dict, expected: generate.Expected) -> list[str]:
    """What the engine reports vs what the generator wrote."""
    if engine == "duckdb-read+checks":  # no row classification: it flags what it flags
        return []
    if engine == "dlt":
        want = expected.rows_read - outcome["rows_skipped"]
        return (
            []
            if outcome["rows_loaded"] == want
            else [f"dlt loaded {outcome['rows_loaded']} rows, not {want}"]
        )
    skipped = outcome.get("rows_skipped", 0)  # dlt+sql: pyarrow dropped the 备注 row
    want = {
        "rows_read": expected.rows_read - skipped,
        "projects": expected.projects,
        "non_projects": expected.non_projects - skipped,
        "total_investment_wan": Decimal(expected.total_investment_wan),
        "quarantined_rows": expected.quarantined_rows,
    }
    problems = []
    for key, value in want.items():
        got = Decimal(outcome[key]) if key == "total_investment_wan" else outcome[key]
        if got != value:
            detail = (
                f"only {engine}: {sorted(set(got) - set(value))[:10]}, only expected: {sorted(set(value) - set(got))[:10]}"
                if isinstance(value, list)
                else f"{got} != expected {value}"
            )
            problems.append(f"{engine} at {expected.rows:,} rows: {key}: {detail}")
    return problems


# --- child processes ------------------------------------------------------------------------------


def production_pandas() -> None:
    """pandas 3 stores strings in pyarrow when pyarrow is installed, which only the bench group brings
    (for dlt); `make` syncs without it. Use production's storage (python) for our code paths."""
    import pandas as pd

    pd.set_option("mode.string_storage", "python")


def dlt_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("dlt", "pyarrow"))


def child_ingest(engine: str, path: Path, repeats: int, workdir: Path) -> dict:
    if engine.startswith("dlt"):
        os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    started = time.perf_counter()
    for module in ENGINE_IMPORTS[engine]:
        __import__(module)
    if engine == "ours":
        production_pandas()
    import_s = time.perf_counter() - started
    expected = generate.read_expected(path)
    gc.collect()
    rss_before = _status_mb("VmRSS")
    runs, problems = [], []
    for _ in range(repeats):
        phases, outcome = ENGINE_FUNCTIONS[engine](path, expected, workdir)
        problems += check(engine, outcome, expected)
        runs.append(phases)
        del outcome
        gc.collect()
    return {
        "engine": engine,
        "size": expected.rows,
        "import_s": import_s,
        "rss_before_mb": rss_before,
        "peak_mb": _status_mb("VmHWM"),
        "runs": runs,
        "problems": sorted(set(problems)),
    }


def child_prefect(repeats: int, backfills: str) -> dict:
    """Inside one temporary Prefect server: daily no-change runs vs a no-op flow; backfills."""
    production_pandas()
    from prefect import flow
    from prefect.testing.utilities import prefect_test_harness

    @flow(name="bench-noop")
    def noop() -> None:
        return None

    def timed(call) -> tuple[float, object]:
        # The temporary server stores the previous run's events in SQLite for a moment after a flow call
        # returns; a flow started meanwhile meets "database is locked" and the client's retries (1-3 s
        # lost, by either flow). Every timed call starts on a quiet server.
        time.sleep(SETTLE_SECONDS)
        started = time.perf_counter()
        state = call()
        return time.perf_counter() - started, state

    problems: list[str] = []

    def completed(state, what: str) -> None:
        if not state.is_completed():
            problems.append(f"{what}: {state.type.value}: {state.message}")

    started = time.perf_counter()
    with prefect_test_harness(server_startup_timeout=90):
        server_s = time.perf_counter() - started
        from etl.core.settings import get_settings
        from etl.fetching.catalog import load_catalog
        from flows.backfill import backfill
        from flows.daily_refresh import daily_refresh

        sources = load_catalog(get_settings().catalog.resolve())
        first_s, state = timed(lambda: daily_refresh(return_state=True))
        completed(state, "first daily run")
        noop()  # the first call of a flow in a process registers it: not part of the comparison
        noop_s, daily_s = [], []
        for _ in range(repeats):
            seconds, state = timed(lambda: noop(return_state=True))
            noop_s.append(seconds)
            seconds, state = timed(lambda: daily_refresh(return_state=True))
            daily_s.append(seconds)
            completed(state, "no-change daily run")
            unchanged = (state.result() or {}).get("unchanged", []) if state.is_completed() else []
            if len(unchanged) != len(sources):
                problems.append(f"no-change daily run: {len(unchanged)} of {len(sources)} unchanged")

        def all_unchanged(state, what: str, expected: int) -> None:
            completed(state, what)
            unchanged = (state.result() or {}).get("unchanged", []) if state.is_completed() else []
            if len(unchanged) != expected:
                problems.append(f"{what}: {len(unchanged)} of {expected} unchanged")

        dates = sorted({s.published for s in sources})
        one = next(s for s in sources if s.id == "shenzhen-2023-batch1").published
        one_s, all_s, loop_s, forced_s = [], [], [], []
        for _ in range(repeats):
            seconds, state = timed(lambda d=one: backfill(d, d, return_state=True))
            one_s.append(seconds)
            all_unchanged(state, "backfill of one date", sum(s.published == one for s in sources))
            if backfills == "one":  # --smoke
                continue
            seconds, state = timed(lambda: backfill(dates[0], dates[-1], return_state=True))
            all_s.append(seconds)
            all_unchanged(state, "backfill of all dates", len(sources))
            if backfills == "all+loop":
                loop_started = time.perf_counter()
                for d in dates:
                    state = backfill(d, d, return_state=True)
                    completed(state, f"backfill of {d}")
                loop_s.append(time.perf_counter() - loop_started)
            seconds, state = timed(lambda: backfill(dates[0], dates[-1], force=True, return_state=True))
            forced_s.append(seconds)  # what skipping saves: every publication re-parsed and reloaded
            completed(state, "forced backfill of all dates")
    return {
        "server_start_s": server_s,
        "first_daily_s": first_s,
        "sources": len(sources),
        "dates": len(dates),
        "noop_s": noop_s,
        "daily_s": daily_s,
        "backfill_one_s": one_s,
        "backfill_all_s": all_s,
        "backfill_loop_s": loop_s,
        "backfill_forced_s": forced_s,
        "peak_mb": _status_mb("VmHWM"),
        "problems": problems,
    }


def run_child(args: list[str], workdir: Path, env: dict | None = None) -> dict:
    out = workdir / f"result-{time.monotonic_ns()}.json"
    log = workdir / f"child-{time.monotonic_ns()}.log"
    command = [sys.executable, __file__, "--child", *args, "--workdir", str(workdir), "--out", str(out)]
    with log.open("w") as output:
        done = subprocess.run(command, stdout=output, stderr=subprocess.STDOUT, timeout=3600, env=env)
    if done.returncode != 0 or not out.exists():
        sys.stderr.write(log.read_text(errors="replace")[-8000:])
        raise SystemExit(f"child {' '.join(args)} failed with exit code {done.returncode}")
    return json.loads(out.read_text(encoding="utf-8"))


def prefect_env(workdir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "GDMP_"))}
    env.update(
        GDMP_DATA_DIR=str(workdir / "data"),
        PREFECT_HOME=str(workdir / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    return env


# --- report ---------------------------------------------------------------------------------------


def machine() -> str:
    extra = ", ".join(f"{name} {installed_version(name)}" for name in ("prefect", "dlt", "pyarrow"))
    return f"{_machine()}, {extra}"


def med(values) -> float:
    return statistics.median(values)


def ingest_rows(results: list[dict]) -> list[list[str]]:
    baselines = {r["size"]: med(p["total"] for p in r["runs"]) for r in results if r["engine"] == BASELINE}
    floors = {r["size"]: med(p["total"] for p in r["runs"]) for r in results if r["engine"] == FLOOR}
    rows = []
    for r in results:
        totals = [p["total"] for p in r["runs"]]
        total = med(totals)
        base = baselines.get(r["size"])
        rows.append([
            f"ingest: {r['engine']}", f"{r['size']:,}", f"{total:.2f}", f"{r['size'] / total:,.0f}",
            f"{r['peak_mb']:,.0f}", f"{total / base:.2f} × duckdb-native" if base else "–",
            f"{total / floors[r['size']]:.1f}" if r["size"] in floors else "–",
            " / ".join(f"{t:.2f}" for t in totals),
        ])  # fmt: skip
    return rows


def prefect_rows(p: dict) -> list[list[str]]:
    noop, daily = med(p["noop_s"]), med(p["daily_s"])
    one = med(p["backfill_one_s"])
    rows = [
        ["no-op Prefect flow", "–", f"{noop:.2f}", "–", "–", "1.00 × no-op flow", "–", _runs(p["noop_s"])],
        [f"daily run, no change ({p['sources']} sources)", "–", f"{daily:.2f}", "–", "–",
         f"{daily / noop:.2f} × no-op flow", "–", _runs(p["daily_s"])],
        ["backfill reprocess, 1 date (1 source)", "–", f"{one:.2f}", "–", "–", "1.00 × 1 date", "–",
         _runs(p["backfill_one_s"])],
    ]  # fmt: skip
    if p["backfill_all_s"]:
        every = med(p["backfill_all_s"])
        rows.append([f"backfill reprocess, {p['dates']} dates in 1 run", "–", f"{every:.2f}", "–", "–",
                     f"{every / one:.2f} × 1 date", "–", _runs(p["backfill_all_s"])])  # fmt: skip
    if p["backfill_loop_s"]:
        loop = med(p["backfill_loop_s"])
        rows.append([f"backfill reprocess, {p['dates']} dates as {p['dates']} runs", "–", f"{loop:.2f}", "–", "–",
                     f"{loop / one:.2f} × 1 date", "–", _runs(p["backfill_loop_s"])])  # fmt: skip
    if p.get("backfill_forced_s"):
        forced = med(p["backfill_forced_s"])
        rows.append([f"backfill reprocess forced, {p['dates']} dates in 1 run", "–", f"{forced:.2f}", "–", "–",
                     f"{forced / one:.2f} × 1 date", "–", _runs(p["backfill_forced_s"])])  # fmt: skip
    return rows


def _runs(values: list[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def phase_table(results: list[dict]) -> str:
    header = ["rows", "engine", "parse s", "normalize s", "validate s", "load s", "views s", "total s",
              "RSS before MB", "peak RSS MB", "import s"]  # fmt: skip
    rows = []
    for r in results:
        cell = {}
        for phase in ("parse", "normalize", "validate", "load", "views", "total"):
            values = [p[phase] for p in r["runs"] if phase in p]
            cell[phase] = f"{med(values):.2f}" if values else "–"
        rows.append([f"{r['size']:,}", r["engine"], *cell.values(), f"{r['rss_before_mb']:,.0f}",
                     f"{r['peak_mb']:,.0f}", f"{r['import_s']:.1f}"])  # fmt: skip
    return markdown(header, rows)


def targets(results: list[dict], p: dict | None) -> list[str]:
    lines = []
    biggest = max((r["size"] for r in results), default=None)
    by = {(r["engine"], r["size"]): r for r in results}
    ours, base = by.get(("ours", biggest)), by.get((BASELINE, biggest))
    if ours and base:
        ratio = med(x["total"] for x in ours["runs"]) / med(x["total"] for x in base["runs"])
        lines.append(
            f"ours ≤ 3× duckdb-native at {biggest:,} rows: {ratio:.2f}× → {'met' if ratio <= 3 else 'MISSED'}"
        )
        peak = ours["peak_mb"] / 1024
        lines.append(
            f"ours peak RSS ≤ 1 GiB at {biggest:,} rows: {peak:.2f} GiB → {'met' if peak <= 1 else 'MISSED'}"
        )
    if p:
        ratio = med(p["daily_s"]) / med(p["noop_s"])
        lines.append(
            f"no-change daily run ≤ 1.5× a no-op flow: {ratio:.2f}× → {'met' if ratio <= 1.5 else 'MISSED'}"
        )
    if p and p["backfill_all_s"]:
        ratio = med(p["backfill_all_s"]) / med(p["backfill_one_s"])
        lines.append(
            f"backfill of {p['dates']} dates ≈ 1 date, not {p['dates']}: {ratio:.2f}× one date "
            f"({'close to one' if ratio < 1.5 else 'closer to N' if ratio > p['dates'] / 2 else 'in between'})"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--prefect-repeats", type=int, default=None, help="default: --repeats")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--no-prefect", action="store_true", help="skip the daily-run and backfill part")
    parser.add_argument(
        "--smoke", action="store_true", help=f"{SMOKE_SIZE:,} rows, 1 repeat: a fast check for CI"
    )
    parser.add_argument("--keep", type=Path, help="write the generated files and JSON results here")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child[0] == "prefect":
            result = child_prefect(int(args.child[1]), args.child[2])
        else:
            engine, path, repeats = args.child
            result = child_ingest(engine, Path(path), int(repeats), args.workdir)
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return 0

    if args.smoke:
        args.sizes, args.repeats = [SMOKE_SIZE], 1
    prefect_repeats = args.prefect_repeats or args.repeats
    if BASELINE not in args.engines:
        args.engines.insert(0, BASELINE)
    if not dlt_available():
        print(
            "dlt or pyarrow not installed: skipping the dlt rows (UV_COMPILE_BYTECODE=1 .tools/bin/uv sync "
            "--frozen --all-groups installs the bench group)"
        )
        args.engines = [e for e in args.engines if not e.startswith("dlt")]
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="gdmp-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results, problems = [], []
        for size in args.sizes:
            path = workdir / f"publication-{size}.csv"
            started = time.perf_counter()
            expected = generate.write(size, path)
            print(
                f"generated {path.name}: {expected.bytes / 1e6:.1f} MB, {expected.projects:,} projects load, "
                f"{expected.quarantined:,} quarantined, {expected.non_projects} non-project rows "
                f"({time.perf_counter() - started:.1f} s)",
                flush=True,
            )
            for engine in args.engines:
                print(f"  {engine} × {args.repeats} ...", flush=True)
                result = run_child([engine, str(path), str(args.repeats)], workdir)
                problems += result["problems"]
                results.append(result)
        prefect = None
        if not args.no_prefect:
            loop = "one" if args.smoke else "all+loop"
            print(
                f"Prefect: temporary server, daily no-change × {prefect_repeats}, backfills ...", flush=True
            )
            prefect = run_child(["prefect", str(prefect_repeats), loop], workdir, prefect_env(workdir))
            problems += prefect["problems"]
            print(
                f"  server start {prefect['server_start_s']:.1f} s (excluded), first daily run (loads "
                f"{prefect['sources']} sources) {prefect['first_daily_s']:.1f} s (excluded)",
                flush=True,
            )
        if args.keep:
            (workdir / "results.json").write_text(
                json.dumps({"machine": machine(), "ingest": results, "prefect": prefect}, ensure_ascii=False),
                encoding="utf-8",
            )
    print()
    print(f"machine: {machine()}; medians of {args.repeats} runs (ingest), {prefect_repeats} (Prefect)")
    header = [
        "measurement",
        "rows",
        "wall s",
        "rows/s",
        "peak RSS MB",
        "ratio",
        "× read+checks",
        "runs (wall s)",
    ]
    print(markdown(header, ingest_rows(results) + (prefect_rows(prefect) if prefect else [])))
    print()
    print(phase_table(results))
    print()
    print(*targets(results, prefect), sep="\n")
    if problems:
        print("\nPROBLEMS:", *problems, sep="\n  ")
        return 1
    print("\nEvery engine agreed with the generator (rows read, projects, quarantined rows, totals).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
