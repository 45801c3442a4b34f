"""The per-publication cost of preparing a small list (issue 25), step by step, without Prefect.

    .venv/bin/python bench/prepare_cost.py [N] [--profile [--top 40]]

Makes N bench lists (bench/catalog_lists.py, 266 projects each, the four shapes) and prepares them as a
first run does after fetching, one after another, printing CPU milliseconds a list per step:

- read: etl.readers.parse.parse_with_frame in a reader worker (etl/contain/, one worker, warm): the
  worker's CPU (its DuckDB threads included), the run's process's CPU (sending the job, unpickling the
  Normalized and its GX frame) and wall time;
- validate: the GX suite over all N frames (etl.validate.quality.validate_frames, one call per batch),
  after a warm-up call;
- judge: etl.validate.gates.judge of each (the staging file attached read-only), and keeping GX's result
  (tasks.validate.keep_result).

--profile reads the N lists in this process instead, under cProfile with a CPU clock (DuckDB's threads
included), and prints the functions with the most inclusive CPU: where a list's reading goes.
The fetch, the Prefect task run and the server's share are not here: bench/catalog_scale.py prints
the prepare phase's CPU split between the flow's process, its reader workers and the Prefect server.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(BENCH_DIR)]

import catalog_lists  # noqa: E402

WARM_UP = 3  # lists read (and validated) before the clock, not counted


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system, all threads) of a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def make_lists(n: int, folder: Path) -> list[tuple[object, Path]]:
    """(source, file) of n + WARM_UP bench lists, their catalog entries as the scale bench writes them."""
    from etl.fetching.catalog import load_catalog

    names = catalog_lists.write_lists(n + WARM_UP, folder / "lists")
    catalog = folder / "catalog.yaml"
    catalog_lists.write_catalog(names, "http://127.0.0.1:9", catalog)
    sources = load_catalog(catalog)
    return [(s, folder / "lists" / name) for s, name in zip(sources, names, strict=True)]


def settings_for(folder: Path):
    from etl.core.settings import Settings

    return Settings(data_dir=folder / "data", staging_dir=folder / "staging", reader_workers=1)


def read_all(lists: list, settings) -> tuple[list, dict]:
    """Each list read in the (one) reader worker: [(source, Normalized, SmallList)], and the CPU per list."""
    from etl.contain import WorkerCaps, contained
    from etl.contain.pool import reader_pool
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_with_frame
    from etl.readers.staging import Staging, run_folder

    caps, limits = WorkerCaps.from_settings(settings), ReaderLimits.from_settings(settings)
    staging = Staging(run_folder("bench", settings.staging_root), settings.duckdb_memory_limit)
    read = [(s, *contained(caps, parse_with_frame, s, path, staging, limits)) for s, path in lists[:WARM_UP]]
    worker = reader_pool()._idle[0].process.pid
    worker_before, own_before, wall_before = cpu_s(worker), time.process_time(), time.perf_counter()
    read += [(s, *contained(caps, parse_with_frame, s, path, staging, limits)) for s, path in lists[WARM_UP:]]
    n = len(lists) - WARM_UP
    costs = {"read: reader worker CPU": (cpu_s(worker) - worker_before) / n,
             "read: run's process CPU": (time.process_time() - own_before) / n,
             "read: wall": (time.perf_counter() - wall_before) / n}  # fmt: skip
    return read, costs


def validate_and_judge(read: list, settings) -> dict:
    """GX over the frames (one call per batch, as tasks/validate.py), then each judged and its result kept."""
    from etl.validate.gates import GatePolicy, judge
    from etl.validate.quality import validate_frames
    from tasks.validate import keep_result

    validate_frames([small.frame for _, _, small in read[:WARM_UP]])  # GX imported, its first call paid
    rest = read[WARM_UP:]
    started = time.process_time()
    reports = validate_frames([small.frame for _, _, small in rest])
    validated = time.process_time()
    policy, results = GatePolicy.from_settings(settings), settings.validations_dir
    verdicts = []
    for (source, normalized, small), report in zip(rest, reports, strict=True):
        verdicts.append(judge(source, normalized, report.outcomes, policy, as_staged=small.tally))
    judged = time.process_time()
    for (source, normalized, *_), report in zip(rest, reports, strict=True):
        fetched = type("Fetched", (), {"sha256": normalized.path.stem})()
        keep_result(source, fetched, report, results)
    kept = time.process_time()
    statuses = sorted({v.status.value for v in verdicts})
    print(f"verdicts: {statuses}; projects {sum(v.projects for v in verdicts)}, quarantined "
          f"{sum(v.quarantined for v in verdicts)}")  # fmt: skip
    n = len(rest)
    return {"validate: GX, together": (validated - started) / n, "judge": (judged - validated) / n,
            "keep GX's result": (kept - judged) / n}  # fmt: skip


def profile_reading(lists: list, settings, top: int) -> None:
    """The lists read in this process under cProfile, timed by CPU (process_time: DuckDB's threads too)."""
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_with_frame
    from etl.readers.staging import Staging, run_folder

    limits = ReaderLimits.from_settings(settings)
    staging = Staging(run_folder("bench", settings.staging_root), settings.duckdb_memory_limit)
    for source, path in lists[:WARM_UP]:
        parse_with_frame(source, path, staging, limits)
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    profiler.enable()
    for source, path in lists[WARM_UP:]:
        parse_with_frame(source, path, staging, limits)
    profiler.disable()
    n = len(lists) - WARM_UP
    print(f"reading in this process: {(time.process_time() - started) / n * 1000:.1f} ms of CPU a list "
          f"(under cProfile); inclusive CPU ms a list, by function:")  # fmt: skip
    stats = pstats.Stats(profiler)
    rows = sorted(
        stats.stats.items(), key=lambda kv: -kv[1][3]
    )  # (file, line, name) → (cc, nc, tt, ct, callers)
    shown = 0
    for (file, line, name), (_, calls, own, inclusive, _) in rows:
        if "prepare_cost" in file or name in {"<built-in method builtins.exec>"}:
            continue
        where = file.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        print(
            f"  {inclusive / n * 1000:8.2f} {own / n * 1000:8.2f} self {calls / n:6.1f} calls  {name} ({where}:{line})"
        )
        shown += 1
        if shown >= top:
            break


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=40, help="lists measured (default 40)")
    parser.add_argument("--profile", action="store_true", help="cProfile the reading, in this process")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gdmp-prepare-cost-"))
    settings = settings_for(folder)
    lists = make_lists(args.n, folder)
    load = os.getloadavg()[0]
    if args.profile:
        profile_reading(lists, settings, args.top)
        return 0
    read, costs = read_all(lists, settings)
    costs |= validate_and_judge(read, settings)
    print(f"{args.n} bench lists, {time.strftime('%H:%M', time.gmtime())} UTC, load average {load:.1f} → "
          f"{os.getloadavg()[0]:.1f}; ms a list:")  # fmt: skip
    for step, seconds in costs.items():
        print(f"  {step:28} {seconds * 1000:7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
