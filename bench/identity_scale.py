"""The identity step alone at catalog scale (issues 25 and 26): its cost per phase, and how it grows.

    .venv/bin/python bench/identity_scale.py --lists 50 200 800 [--check 8] [--max-rss-mb 3072]

For each N, in a child process of its own (bounded: killed past --max-rss-mb or --timeout):
1. The rows of bench/catalog_scale.py's N lists (bench/catalog_lists.py: 266 rows each, 21 cities, four
   shapes) are made in memory as a run loads them — the folded name, its project_key, the row's line in
   the file, the amount in 万元, the years and category its shape gives — and inserted into a fresh
   warehouse (`projects`, `publications`). Building it is not timed. `--check K` first loads the first K
   lists through the pipeline itself (read, GX, judge, load) and fails unless the step reads the same rows
   from both.
2. The step's own entry, `link_warehouse(force=True)`, runs with a timer (etl/identity/timing.py) that
   measures each phase inside it: read rows, normalize names, blocking, scoring, union/decide, write
   tables — wall s, CPU s, peak RSS.
3. Then the step again with nothing changed (skipped), and again after one more list is loaded: what a
   run that loaded one list pays.
Prints per N the phases, the results (rows, projects, links by basis, queue, and a digest of the two
tables written, to compare two versions of the code), and the ratio of the largest N to the one a
quarter of it (800/200). The load average beside the figures: on two shared cores read the wall seconds
against it, the CPU seconds less so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(BENCH_DIR)]

import catalog_lists  # noqa: E402

PHASES = ("read rows", "normalize names", "blocking", "scoring", "union/decide", "write tables")
LINKS = """SELECT source_id, version, row_number, project_id, basis, score, linked_source_id, linked_version,
                  linked_row_number FROM identity_links ORDER BY ALL"""
CANDIDATES = "SELECT * FROM identity_candidates ORDER BY ALL"


def _lines(i: int, rows: list[dict]) -> list[list[str]]:
    """The file's lines as bench/catalog_lists.py writes list i."""
    shape = i % catalog_lists.SHAPES
    if shape == 0:
        return catalog_lists._flat(rows)
    if shape == 1:
        return catalog_lists._sections(rows, "")
    return catalog_lists._reordered(rows) if shape == 2 else catalog_lists._bare(rows)


def _total_wan(i: int, line_number: int, record: dict) -> Decimal | None:
    """The amount a run loads: 万元 as written (flat, bare; the flat list's 待定 row none), or 亿元 to four
    places (sections, reordered) times 10,000."""
    shape = i % catalog_lists.SHAPES
    if shape == 0 and line_number == 8:  # the flat list's seventh project: 待定
        return None
    if shape in (1, 2):
        return Decimal(catalog_lists._yi(record["total"])) * 10000
    return Decimal(record["total"])


def list_rows(i: int) -> tuple[dict, list[tuple]]:
    """(publication, project rows) of list i as a run loads them: the columns the identity step reads."""
    from etl.rules.text import fold_text

    slug, city = catalog_lists.CITIES[i % len(catalog_lists.CITIES)]
    item = catalog_lists.entry(i, catalog_lists.list_name(i), "")
    records = catalog_lists._projects(i, city)
    by_name = {r["name"]: r for r in records}
    shape = i % catalog_lists.SHAPES
    rows = []
    for line_number, line in enumerate(_lines(i, records), 1):
        record = next((by_name[cell] for cell in line if cell in by_name), None)
        if record is None:
            continue
        name = fold_text(record["name"])
        start, end = map(int, record["period"].split("-")) if shape in (0, 1) else (None, None)
        rows.append((item["id"], line_number, name, f"{name}|{city}", "city", "44", city,
                     record["section"] if shape == 1 else None, start, end, _total_wan(i, line_number, record)))  # fmt: skip
    return {"id": item["id"], "kind": item["list_kind"], "published": item["published"]}, rows


def insert_lists(con, lists: range) -> None:
    """Insert lists into a warehouse whose schema is applied, one version each, as loaded."""
    from scripts.corpus.identity import insert_loaded

    pubs, rows = [], []
    for i in lists:
        pub, its_rows = list_rows(i)
        pubs.append((pub["id"], pub["kind"], pub["published"]))
        rows += its_rows
    insert_loaded(con, pubs, rows, "bench")


def _settings(folder: Path):
    from etl.core.settings import get_settings

    os.environ["GDMP_DATA_DIR"] = str(folder)
    return get_settings()


def check(k: int) -> None:
    """Load the first k lists through the pipeline (read, GX, judge, load) and fail unless the identity
    step reads from that warehouse exactly what it reads from the rows made in memory."""
    from etl import warehouse
    from etl.fetching.archive import Fetched
    from etl.fetching.catalog import parse_catalog
    from etl.identity.step import ROWS
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_publication
    from etl.readers.staging import Staging
    from etl.run.outcomes import Prepared
    from etl.validate.gates import judge
    from etl.validate.quality import validate_normalized

    with tempfile.TemporaryDirectory(prefix="identity-scale-check-") as folder:
        work = Path(folder)
        settings = _settings(work)
        config = warehouse.WarehouseConfig.from_settings(settings)
        names = catalog_lists.write_lists(k, work / "lists")
        sources = parse_catalog(
            {"sources": [catalog_lists.entry(i, n, "http://127.0.0.1:1") for i, n in enumerate(names)]}
        )
        with warehouse.connect(work / "real.duckdb", config) as con:
            for source, name in zip(sources, names, strict=True):
                path = work / "lists" / name
                data = path.read_bytes()
                fetched = Fetched(source.id, str(path), dt.datetime(2026, 1, 1, tzinfo=dt.UTC), 200,
                                  hashlib.sha256(data).hexdigest(), len(data), str(path))  # fmt: skip
                normalized = parse_publication(source, path, Staging.in_staging_dir(settings),
                                               ReaderLimits.from_settings(settings))  # fmt: skip
                report = validate_normalized(normalized)
                verdict = judge(source, normalized, report.outcomes)
                prepared = Prepared(
                    source.id, "ready", verdict.message, fetched, normalized, verdict, report.outcomes
                )
                warehouse.load_prepared(con, None, source, prepared, settings)
            real = con.execute(ROWS).fetchall()
        with warehouse.connect(work / "made.duckdb", config) as con:
            insert_lists(con, range(k))
            made = con.execute(ROWS).fetchall()
    if real != made:
        differ = [(a, b) for a, b in zip(real, made, strict=False) if a != b][:3]
        raise SystemExit(
            f"check: the rows made in memory differ from the pipeline's ({len(real)} / {len(made)}): {differ}"
        )
    print(f"check: the first {k} lists, loaded by the pipeline and made in memory, give the step the same "
          f"{len(real)} rows")  # fmt: skip


def _digest(con, query: str) -> str:
    return hashlib.sha256(repr(con.execute(query).fetchall()).encode()).hexdigest()[:16]


def _timed(call) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def child(n: int) -> dict:
    """Build the warehouse of n lists, run the step on it, timed phase by phase; then nothing changed, then
    one list more."""
    from etl import warehouse
    from etl.identity.step import IdentityPolicy, link_warehouse
    from etl.identity.timing import Phases

    with tempfile.TemporaryDirectory(prefix="identity-scale-") as folder:
        settings = _settings(Path(folder))
        policy = IdentityPolicy.from_settings(settings)
        with warehouse.connect(
            Path(folder) / "w.duckdb", warehouse.WarehouseConfig.from_settings(settings)
        ) as con:
            _, build_s, _ = _timed(lambda: insert_lists(con, range(n)))
            phases = Phases()
            result, wall, cpu = _timed(lambda: link_warehouse(con, policy, force=True, timer=phases))
            by_basis = dict(con.execute("SELECT basis, count(*) FROM identity_links GROUP BY 1").fetchall())
            digests = {"links": _digest(con, LINKS), "candidates": _digest(con, CANDIDATES)}
            skipped, skip_wall, skip_cpu = _timed(lambda: link_warehouse(con, policy))
            insert_lists(con, range(n, n + 1))
            added = Phases()
            _, added_wall, added_cpu = _timed(lambda: link_warehouse(con, policy, timer=added))
    return {
        "lists": n, "rows": result.rows, "build_s": build_s, "wall": wall, "cpu": cpu,
        "phases": {name: vars(p) for name, p in phases.figures.items()},
        "projects": result.projects, "auto_links": result.auto_links, "queued": result.queued, "by_basis": by_basis,
        "digests": digests, "skipped": not skipped.ran, "skip_wall": skip_wall, "skip_cpu": skip_cpu,
        "one_more_wall": added_wall, "one_more_cpu": added_cpu, "load": os.getloadavg(),
        "one_more_phases": {name: vars(p) for name, p in added.figures.items()},
    }  # fmt: skip


def _show(figures: dict) -> None:
    f = figures
    print(f"\n{f['lists']} lists, {f['rows']:,} rows (warehouse built in {f['build_s']:.1f} s, not counted); "
          f"load average {' '.join(f'{x:.2f}' for x in f['load'])} at the end")  # fmt: skip
    print("| phase | wall s | CPU s | peak RSS MB |\n|---|---|---|---|")
    for name in ("skip check", *PHASES):
        p = f["phases"].get(name)
        if p:
            print(f"| {name} | {p['wall']:.2f} | {p['cpu']:.2f} | {p['peak_mb']:,.0f} |")
    print(f"| **step** | **{f['wall']:.2f}** | **{f['cpu']:.2f}** | {f['peak_rss_mb']:,.0f} (child) |")
    print(f"projects {f['projects']:,}, links by basis {f['by_basis']}, automatic links {f['auto_links']}, "
          f"queued {f['queued']}; digests {f['digests']}")  # fmt: skip
    print(f"nothing changed: skipped={f['skipped']} {f['skip_wall']:.3f} s wall / {f['skip_cpu']:.3f} s CPU; "
          f"one list more: {f['one_more_wall']:.2f} s wall / {f['one_more_cpu']:.2f} s CPU ("
          + ", ".join(f"{k} {p['cpu']:.2f}" for k, p in f["one_more_phases"].items()) + " s CPU)")  # fmt: skip


def _ratios(results: list[dict]) -> None:
    by = {r["lists"]: r for r in results}
    for n in sorted(by):
        small = by.get(n // 4)
        if small:
            big = by[n]
            print(f"\n{n}/{n // 4} lists: step wall ×{big['wall'] / small['wall']:.2f}, CPU "
                  f"×{big['cpu'] / small['cpu']:.2f} (linear: ×4.00); per phase CPU: "
                  + ", ".join(f"{k} ×{big['phases'][k]['cpu'] / max(small['phases'][k]['cpu'], 1e-9):.2f}"
                              for k in PHASES if k in big["phases"] and k in small["phases"]))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=int, nargs="+", default=[50, 200, 800])
    parser.add_argument("--check", type=int, default=0, help="first check K lists against the pipeline")
    parser.add_argument("--max-rss-mb", type=float, default=3072)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print("RESULT " + json.dumps(child(args.child)))
        return 0
    if args.check:
        check(args.check)
    from scripts.corpus.hostile_run import run_bounded

    results = []
    for n in args.lists:
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(n)]
        code, _, peak, killed, output = run_bounded(command, dict(os.environ), args.timeout, args.max_rss_mb)
        line = next((x for x in output.splitlines() if x.startswith("RESULT ")), None)
        if code != 0 or killed or line is None:
            print(f"\n{n} lists: failed ({killed or f'exit {code}'}, peak {peak:,.0f} MB)\n{output[-2000:]}")
            return 1
        results.append(json.loads(line.removeprefix("RESULT ")) | {"peak_rss_mb": peak})
        _show(results[-1])
    _ratios(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
