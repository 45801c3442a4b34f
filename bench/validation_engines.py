"""Where should row-level validation run: GX on pandas, GX on DuckDB through SQL, or plain DuckDB SQL?

Measures, for synthetic normalized project records (deterministic, ~0.5% bad rows of every kind the
`projects` suite catches) at each size, the wall time (median of --repeats) and the peak RSS of:

  pandas-gx   the project's own path, `etl.validate.quality.validate_records(records)` (builds the DataFrame);
  duckdb-gx   the same suite through GX's SQL datasource on a DuckDB file (duckdb-engine), after
              loading the records into that file (load timed separately, and counted in the total).
              GX 1.24 needs a private patch on DuckDB (issue 11579, see `duckdb_persisted_connection`);
  duckdb-sql  the same rules as plain DuckDB SQL, one query per rule, no GX (same load as duckdb-gx).

Each engine x size runs in a fresh subprocess, so that imports and peak RSS (VmHWM) never mix. The
three must flag the same row numbers for every rule, else the script says so and exits 1. Before the
timings, a probe on 3,000 rows shows what breaks on the DuckDB dialect: the suite without the patch,
and the regex and LIKE expectations with it.

    .venv/bin/python bench/validation_engines.py [--sizes 10000 100000 1000000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from etl.core.settings import EXPECTATIONS_DIR  # noqa: E402
from etl.validate.quality import ROW_ID, expectation_label  # noqa: E402 (stdlib-only module: GX loads lazily)

SUITE = "projects"
TABLE = "projects"
ENGINES = ("pandas-gx", "duckdb-gx", "duckdb-sql")
BASELINE = "duckdb-sql"
COLUMNS = (
    "row_number",
    "project_name",
    "project_key",
    "place_kind",
    "city_code",
    "total_investment_wan",
    "annual_plan_wan",
    "start_year",
    "end_year",
)
SQL_TYPES = {"row_number": "INTEGER", "start_year": "INTEGER", "end_year": "INTEGER"}
SQL_TYPES |= dict.fromkeys(("total_investment_wan", "annual_plan_wan"), "DECIMAL(20, 4)")  # as the warehouse

CITIES = {
    "4401": "广州", "4402": "韶关", "4403": "深圳", "4404": "珠海", "4405": "汕头", "4406": "佛山",
    "4407": "江门", "4408": "湛江", "4409": "茂名", "4412": "肇庆", "4413": "惠州", "4414": "梅州",
    "4415": "汕尾", "4416": "河源", "4417": "阳江", "4418": "清远", "4419": "东莞", "4420": "中山",
    "4451": "潮州", "4452": "揭阳", "4453": "云浮",
}  # fmt: skip
DEFECTS = (
    "negative_amount",
    "huge_amount",
    "unknown_place",
    "unknown_city_code",
    "end_before_start",
    "year_out_of_range",
    "duplicate_key",
    "null_name",
    "short_name",
    "long_name",
)


# --- data -------------------------------------------------------------------------------------------


def make_records(n: int, seed: int = 44, bad_share: float = 0.005) -> list[dict]:
    """Normalized project records as etl.normalize makes them (validated columns only), ~bad_share bad.

    Good rows still carry what real lists have: missing plan amounts and years (rules skip nulls),
    and values on the bounds (0, 1990, 2040), so that the engines must agree on nulls and inclusivity.
    """
    rng = random.Random(seed)
    codes = list(CITIES)
    records = []
    for i in range(n):
        place = rng.random()
        if place < 0.85:
            code = rng.choice(codes)
            kind, label = "city", CITIES[code]
        elif place < 0.90:
            kind, code, label = "multi_city", None, "广州、深圳"
        elif place < 0.95:
            kind, code, label = "unassigned", None, "不分市"
        else:
            kind, code, label = "province", "44", "广东省"
        start = rng.randint(2015, 2030) if rng.random() > 0.02 else None
        end = None if start is None or rng.random() < 0.01 else min(start + rng.randint(0, 12), 2040)
        name = f"项目{i:07d}"
        record = {
            "row_number": i + 1,
            "project_name": name,
            "project_key": f"{name}|{label}",
            "place_kind": kind,
            "city_code": code,
            "total_investment_wan": Decimal(rng.randint(100, 5_000_000_000)).scaleb(-2),
            "annual_plan_wan": Decimal(rng.randint(0, 500_000_000)).scaleb(-2)
            if rng.random() > 0.03
            else None,
            "start_year": start,
            "end_year": end,
        }
        if rng.random() < bad_share:
            _spoil(record, rng.choice(DEFECTS), records, rng)
        records.append(record)
    return records


def _spoil(record: dict, defect: str, previous: list[dict], rng: random.Random) -> None:
    if defect == "negative_amount":
        record[rng.choice(("total_investment_wan", "annual_plan_wan"))] = Decimal("-0.01")
    elif defect == "huge_amount":  # a unit error: 元 read as 万元
        record["total_investment_wan"] = Decimal("100000000.01")
    elif defect == "unknown_place":
        record["place_kind"], record["city_code"] = "unknown", None
    elif defect == "unknown_city_code":
        record["city_code"] = "4410"
    elif defect == "end_before_start":
        record["start_year"], record["end_year"] = 2026, 2024
    elif defect == "year_out_of_range":  # a date serial or a typo
        if rng.random() < 0.5:
            record["start_year"] = 1899
        else:
            record["end_year"] = 2099
    elif defect == "duplicate_key" and previous:
        record["project_key"] = previous[-1]["project_key"]  # both rows fail
    elif defect == "null_name":  # the key becomes "|place": it may collide with another nameless row
        record["project_name"] = None
        record["project_key"] = "|" + record["project_key"].split("|", 1)[1]
    elif defect == "short_name":
        record["project_name"] = "项"
    elif defect == "long_name":
        record["project_name"] = "项" * 201


def load_into_duckdb(records: list[dict], path: Path) -> None:
    """Load as etl.warehouse does: an object DataFrame (Decimals as text) scanned by DuckDB, cast in SQL."""
    import duckdb
    import pandas as pd

    rows = pd.DataFrame(  # noqa: F841 (read by the SQL below)
        [[str(v) if isinstance(v, Decimal) else v for v in (r[c] for c in COLUMNS)] for r in records],
        columns=list(COLUMNS),
        dtype=object,
    )
    select = ", ".join(f"CAST({c} AS {SQL_TYPES.get(c, 'VARCHAR')}) AS {c}" for c in COLUMNS)
    con = duckdb.connect(str(path))
    try:
        con.execute(f"CREATE TABLE {TABLE} AS SELECT {select} FROM rows")
    finally:
        con.close()


def suite_expectations() -> list[dict]:
    return json.loads((EXPECTATIONS_DIR / f"{SUITE}.json").read_text(encoding="utf-8"))["expectations"]


# --- engines: each returns ({phase: seconds}, {rule label: sorted failing row numbers}) -------------


def engine_pandas_gx(records: list[dict], workdir: Path) -> tuple[dict, dict]:
    """(a) The project's own path: GX on a pandas DataFrame built from the records."""
    from etl.validate.quality import validate_records

    started = time.perf_counter()
    report = validate_records(records, SUITE)
    seconds = time.perf_counter() - started
    for outcome in report.outcomes:
        if len(outcome.row_numbers) != outcome.unexpected_count:
            raise RuntimeError(
                f"pandas-gx: {outcome.expectation}: {outcome.unexpected_count} failed, listed fewer"
            )
    return {"load": 0.0, "validate": seconds}, {o.expectation: o.row_numbers for o in report.outcomes}


@contextmanager
def duckdb_persisted_connection():
    """Workaround for GX issue 11579 (also 10738), inside this benchmark only.

    GX's SqlAlchemyExecutionEngine.get_connection() opens a connection per query in a `with` block and
    closes it before the rows are fetched; with duckdb-engine the fetch then finds nothing and nearly
    every metric fails ("list index out of range"). The private tuple `_PERSISTED_CONNECTION_DIALECTS`
    lists the dialects for which GX keeps one connection open (sqlite, mssql, ...); we add "duckdb".
    GX has no DUCKDB dialect enum, and it both compares entries with `==` and reads `.value`, hence a
    str with a `value` attribute.
    """
    from great_expectations.execution_engine import sqlalchemy_execution_engine as sa_engine

    class _DuckDBDialect(str):
        value = "duckdb"

    saved = getattr(sa_engine, "_PERSISTED_CONNECTION_DIALECTS", None)
    if saved is None:
        raise RuntimeError("GX no longer has _PERSISTED_CONNECTION_DIALECTS: revisit the DuckDB workaround")
    sa_engine._PERSISTED_CONNECTION_DIALECTS = (*saved, _DuckDBDialect("duckdb"))
    try:
        yield
    finally:
        sa_engine._PERSISTED_CONNECTION_DIALECTS = saved


def _gx_sql_run(db_path: Path, rows: int, extra_expectations: tuple = ()):
    """Run the suite (plus any extra expectations) through GX's SQL datasource on a DuckDB file.

    On SQL, GX cuts unexpected_index_list at partial_unexpected_count (default 20) even with COMPLETE
    (pandas returns them all), so we raise that count to the row count.
    """
    import great_expectations as gx

    from etl.validate.quality import _ephemeral_context, _quiet_gx, load_suite

    _quiet_gx()
    suite = load_suite(SUITE)
    for expectation in extra_expectations:
        suite.add_expectation(expectation)
    context = _ephemeral_context()
    datasource = context.data_sources.add_sql("warehouse", connection_string=f"duckdb:///{db_path}")
    batch_definition = datasource.add_table_asset(TABLE, table_name=TABLE).add_batch_definition_whole_table(
        "whole"
    )
    validation = gx.ValidationDefinition(
        name=f"{SUITE}-sql", data=batch_definition, suite=context.suites.add(suite)
    )
    try:
        return validation.run(
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": [ROW_ID],
                "partial_unexpected_count": rows,
            }
        )
    finally:
        engine = datasource.get_execution_engine()  # release the file (the patch keeps a connection)
        if engine._connection is not None:
            engine._connection.close()
        engine.close()


def _raised(item) -> str | None:
    """The error of an expectation result, if any. GX puts it at the top of exception_info, or (when a
    metric failed) under one key per metric: etl.validate.quality only looks at the top level."""
    info = item.exception_info or {}
    candidates = [info, *(v for v in info.values() if isinstance(v, dict))]
    for candidate in candidates:
        if candidate.get("raised_exception"):
            return str(candidate.get("exception_message"))
    return None


def engine_duckdb_gx(records: list[dict], workdir: Path) -> tuple[dict, dict]:
    """(b) The same suite through GX's SQL datasource on a DuckDB file (patched, see above)."""
    db_path = workdir / f"gx-{time.monotonic_ns()}.duckdb"
    started = time.perf_counter()
    load_into_duckdb(records, db_path)
    loaded = time.perf_counter()
    with duckdb_persisted_connection():
        result = _gx_sql_run(db_path, len(records))
    failures = {}
    for item in result.results:
        label = expectation_label(item.expectation_config)
        error = _raised(item)
        if error:
            raise RuntimeError(f"duckdb-gx: {label} raised {error}")
        details = item.result or {}
        index_list = details.get("unexpected_index_list") or []
        failures[label] = sorted({int(i[ROW_ID]) if isinstance(i, dict) else int(i) for i in index_list})
        if len(failures[label]) != int(details.get("unexpected_count") or 0):
            raise RuntimeError(
                f"duckdb-gx: {label}: {details.get('unexpected_count')} failed, {len(index_list)} listed"
            )
    done = time.perf_counter()
    db_path.unlink()
    return {"load": loaded - started, "validate": done - loaded}, failures


def rule_sql(kind: str, kw: dict) -> str:
    """One suite expectation as a query for its failing row numbers, with GX's semantics: column map
    rules skip nulls (except not_be_null); a duplicated value fails every row holding it."""

    def outside(expr: str) -> str:
        low, high = kw.get("min_value"), kw.get("max_value")
        checks = []
        if low is not None:
            checks.append(f"{expr} {'<=' if kw.get('strict_min') else '<'} {low!r}")
        if high is not None:
            checks.append(f"{expr} {'>=' if kw.get('strict_max') else '>'} {high!r}")
        return "(" + " OR ".join(checks) + ")"

    column = kw.get("column")
    if kind == "expect_column_values_to_not_be_null":
        where = f"{column} IS NULL"
    elif kind == "expect_column_value_lengths_to_be_between":
        where = f"{column} IS NOT NULL AND {outside(f'length({column})')}"
    elif kind == "expect_column_values_to_be_in_set":
        values = ", ".join("'" + str(v).replace("'", "''") + "'" for v in kw["value_set"])
        where = f"{column} IS NOT NULL AND {column} NOT IN ({values})"
    elif kind == "expect_column_values_to_be_between":
        where = f"{column} IS NOT NULL AND {outside(column)}"
    elif kind == "expect_column_pair_values_a_to_be_greater_than_b":
        if kw.get("ignore_row_if") != "either_value_is_missing":
            raise NotImplementedError(f"{kind} with ignore_row_if={kw.get('ignore_row_if')!r}")
        a, b = kw["column_A"], kw["column_B"]
        where = f"{a} IS NOT NULL AND {b} IS NOT NULL AND NOT ({a} {'>=' if kw.get('or_equal') else '>'} {b})"
    elif kind == "expect_column_values_to_be_unique":
        where = f"{column} IN (SELECT {column} FROM {TABLE} GROUP BY 1 HAVING count(*) > 1)"
    else:
        raise NotImplementedError(f"no SQL for {kind}: add it to rule_sql")
    return f"SELECT {ROW_ID} FROM {TABLE} WHERE {where} ORDER BY 1"


def engine_duckdb_sql(records: list[dict], workdir: Path) -> tuple[dict, dict]:
    """(c) Baseline: the same rules as plain DuckDB SQL, one query per rule, no GX."""
    import duckdb

    db_path = workdir / f"sql-{time.monotonic_ns()}.duckdb"
    started = time.perf_counter()
    load_into_duckdb(records, db_path)
    loaded = time.perf_counter()
    queries = {
        expectation_label(SimpleNamespace(type=e["type"], kwargs=e["kwargs"])): rule_sql(
            e["type"], e["kwargs"]
        )
        for e in suite_expectations()
    }
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        failures = {label: [row for (row,) in con.execute(sql).fetchall()] for label, sql in queries.items()}
    finally:
        con.close()
    done = time.perf_counter()
    db_path.unlink()
    return {"load": loaded - started, "validate": done - loaded}, failures


ENGINE_FUNCTIONS = {
    "pandas-gx": engine_pandas_gx,
    "duckdb-gx": engine_duckdb_gx,
    "duckdb-sql": engine_duckdb_sql,
}
ENGINE_IMPORTS = {  # imported before timing: one process pays these once, not per validation
    "pandas-gx": ("pandas", "great_expectations"),
    "duckdb-gx": ("duckdb", "pandas", "great_expectations", "sqlalchemy", "duckdb_engine"),
    "duckdb-sql": ("duckdb", "pandas"),
}


# --- child processes --------------------------------------------------------------------------------


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def child_measure(engine: str, size: int, repeats: int, workdir: Path) -> dict:
    started = time.perf_counter()
    for module in ENGINE_IMPORTS[engine]:
        __import__(module)
    import_seconds = time.perf_counter() - started
    records = make_records(size)
    gc.collect()
    input_mb = _status_mb("VmRSS")
    runs, failures = [], {}
    for _ in range(repeats):
        phases, failures = ENGINE_FUNCTIONS[engine](records, workdir)
        runs.append(phases)
        gc.collect()
    return {
        "engine": engine,
        "size": size,
        "import_s": import_seconds,
        "runs": runs,
        "input_mb": input_mb,
        "peak_mb": _status_mb("VmHWM"),
        "failures": failures,
    }


def child_probe(workdir: Path) -> dict:
    """What breaks on the DuckDB dialect: the suite unpatched, then regex/LIKE expectations patched."""
    import great_expectations as gx

    db_path = workdir / "probe.duckdb"
    load_into_duckdb(make_records(3000), db_path)
    unpatched = _gx_sql_run(db_path, 3000)
    broken = {expectation_label(i.expectation_config): _raised(i) for i in unpatched.results if _raised(i)}
    extra = (
        gx.expectations.ExpectColumnValuesToMatchRegex(column="city_code", regex=r"^44\d{0,2}$"),
        gx.expectations.ExpectColumnValuesToNotMatchRegex(column="project_name", regex=r"^\s"),
        gx.expectations.ExpectColumnValuesToMatchRegexList(column="city_code", regex_list=[r"^44"]),
        gx.expectations.ExpectColumnValuesToMatchLikePattern(column="city_code", like_pattern="44%"),
        gx.expectations.UnexpectedRowsExpectation(  # DuckDB's own regex in SQL; flags most rows
            unexpected_rows_query=f"SELECT {ROW_ID} FROM {{batch}} WHERE NOT regexp_matches(project_key, '[|](广州|深圳)$')"
        ),
    )
    with duckdb_persisted_connection():
        patched = _gx_sql_run(db_path, 3000, extra)
    extra_types = {e.expectation_type for e in extra}
    return {
        "unpatched_failed": len(broken),
        "unpatched_total": len(unpatched.results),
        "unpatched_example": next(iter(broken.values()), None),
        "patched_suite_failed": sum(
            1 for i in patched.results if i.expectation_config.type not in extra_types and _raised(i)
        ),
        "patched_extras": {
            expectation_label(i.expectation_config): _raised(i) or _listed(i.result)
            for i in patched.results
            if i.expectation_config.type in extra_types
        },
    }


def _listed(result: dict) -> str:
    failed = result.get("unexpected_count", result.get("observed_value"))
    rows = result.get("unexpected_index_list") or (result.get("details") or {}).get("unexpected_rows") or []
    return f"works: {failed} rows fail, {len(rows)} of them returned"


def run_child(args: list[str], workdir: Path) -> dict:
    out = workdir / f"result-{time.monotonic_ns()}.json"
    command = [sys.executable, __file__, "--child", *args, "--workdir", str(workdir), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0 or not out.exists():
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-6000:])
        raise SystemExit(f"child {' '.join(args)} failed with exit code {done.returncode}")
    return json.loads(out.read_text(encoding="utf-8"))


# --- report -----------------------------------------------------------------------------------------


def installed_version(name: str) -> str:
    """A package's version, or 'not installed' (the bench group is optional)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    versions = ", ".join(
        f"{name} {installed_version(name)}"
        for name in ("duckdb", "great-expectations", "pandas", "sqlalchemy", "duckdb-engine")
    )
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {versions}"


def compare(results: list[dict]) -> list[str]:
    """Every engine must flag the same row numbers for every rule as the baseline."""
    problems = []
    baseline = next(r for r in results if r["engine"] == BASELINE)["failures"]
    for result in results:
        failures = result["failures"]
        for label in sorted(set(baseline) | set(failures)):
            want, got = set(baseline.get(label, [])), set(failures.get(label, []))
            if label not in failures or label not in baseline or want != got:
                problems.append(
                    f"size {result['size']}: {result['engine']} vs {BASELINE} on {label}: "
                    f"only {result['engine']} {sorted(got - want)[:10]}, only {BASELINE} {sorted(want - got)[:10]}"
                    + ("" if label in failures and label in baseline else " (rule missing on one side)")
                )
    return problems


def table(results: list[dict]) -> str:
    header = (
        "| rows | engine | load s | validate s | total s | rows/s | peak RSS MB | RSS over input MB "
        "| × duckdb-sql | runs (total s) | import s |"
    )
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    baselines = {
        r["size"]: statistics.median(p["load"] + p["validate"] for p in r["runs"])
        for r in results
        if r["engine"] == BASELINE
    }
    for r in results:
        totals = [p["load"] + p["validate"] for p in r["runs"]]
        total = statistics.median(totals)
        lines.append(
            f"| {r['size']:,} | {r['engine']} | {statistics.median(p['load'] for p in r['runs']):.2f} "
            f"| {statistics.median(p['validate'] for p in r['runs']):.2f} | {total:.2f} "
            f"| {r['size'] / total:,.0f} | {r['peak_mb']:,.0f} | {r['peak_mb'] - r['input_mb']:,.0f} "
            f"| {total / baselines[r['size']]:.1f} | {' / '.join(f'{t:.2f}' for t in totals)} | {r['import_s']:.1f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--repeats-for", nargs=3, action="append", default=[], metavar=("ENGINE", "SIZE", "N"),
        help="override --repeats for one engine and size, e.g. --repeats-for duckdb-gx 1000000 1",
    )  # fmt: skip
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child[0] == "probe":
            result = child_probe(args.workdir)
        else:
            engine, size, repeats = args.child
            result = child_measure(engine, int(size), int(repeats), args.workdir)
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return 0

    if BASELINE not in args.engines:
        args.engines.append(BASELINE)
    overrides = {(e, int(s)): int(n) for e, s, n in args.repeats_for}
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="validation-bench-") as tmp:
        workdir = Path(tmp)
        probe = run_child(["probe"], workdir)
        print(
            f"DuckDB dialect, GX without the patch: {probe['unpatched_failed']} of {probe['unpatched_total']} "
            f"suite expectations raise ({probe['unpatched_example']})"
        )
        print(
            f"DuckDB dialect, GX with the patch: {probe['patched_suite_failed']} suite expectations raise; "
            "expectations outside the suite:"
        )
        for label, status in probe["patched_extras"].items():
            print(f"  {label}: {status}")
        results, problems = [], []
        for size in args.sizes:
            batch = []
            for engine in args.engines:
                repeats = overrides.get((engine, size), args.repeats)
                print(f"running {engine} at {size:,} rows x {repeats} ...", flush=True)
                batch.append(run_child([engine, str(size), str(repeats)], workdir))
            problems += compare(batch)
            results += batch
            counts = ", ".join(f"{k} {len(v)}" for k, v in batch[-1]["failures"].items())
            print(f"failing rows per rule at {size:,}: {counts}")
    print()
    print(table(results))
    if problems:
        print("\nMISMATCH: the engines disagree on failing rows:", *problems, sep="\n  ")
        return 1
    print("\nAll engines flagged the same row numbers for every rule.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
