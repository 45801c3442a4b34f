"""Where the time goes: our ingest of one synthetic publication (bench/run.py's `ours` engine: parse →
validate → judge → load → views) under py-spy, and optionally one no-change daily run under pyinstrument.

    .venv/bin/python bench/profile_ingest.py [--rows 1000000] [--top 20] [--daily] [--raw spy.txt]

Prints the phase times, the functions with the most self time (where the CPU is), and the functions
with the most inclusive time among the project's own code and among the libraries it calls.

- Ingest: py-spy (bench group) samples the child process from outside at 200 Hz, non-blocking, so the
  profiled run costs what an unprofiled one does (pyinstrument's per-call hook doubled the parse time);
  only samples under `engine_ours` count (imports and data generation are left out). Time spent inside
  DuckDB's or pandas' C code is attributed to the Python function that called it.
- Daily: pyinstrument on the main thread, wall clock (the run mostly waits on tasks and the API).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path[:0] = [str(REPO_ROOT), str(BENCH_DIR)]

import generate  # noqa: E402
import run  # noqa: E402


def _where(frame) -> str:
    path = frame.file_path or ""
    for marker in ("/site-packages/", "/lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    else:
        path = path.replace(str(REPO_ROOT) + "/", "")
    return f"{frame.function} ({path}:{frame.line_no})"


def aggregate(root) -> tuple[dict[str, float], dict[str, float]]:
    """(self time per function, inclusive time per function counted once per stack)."""
    own: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def walk(frame, on_stack: frozenset) -> None:
        if frame.is_synthetic:  # pyinstrument's [self] / [await] leaves: already in total_self_time
            return
        key = _where(frame)
        own[key] += frame.total_self_time
        if key not in on_stack:  # recursion: count a function's time once
            inclusive[key] += frame.time
        for child in frame.children:
            walk(child, on_stack | {key})

    walk(root, frozenset())
    return own, inclusive


def report(session, total: float, top: int) -> str:
    own, inclusive = aggregate(session.root_frame())
    lines = [f"Top {top} by self time (s, share of {total:.1f} s):"]
    for key, seconds in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {seconds:7.2f}  {seconds / total:5.1%}  {key}")
    lines.append(
        f"\nTop {top} by inclusive time, functions of etl/, tasks/, flows/ and their direct callees:"
    )
    ours = {k: v for k, v in inclusive.items() if any(f"({d}/" in k for d in ("etl", "tasks", "flows"))}
    for key, seconds in sorted(ours.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {seconds:7.2f}  {seconds / total:5.1%}  {key}")
    lines.append(f"\nTop {top} by inclusive time, library functions:")
    libs = {k: v for k, v in inclusive.items() if k not in ours and "bench/" not in k and "<module>" not in k}
    for key, seconds in sorted(libs.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {seconds:7.2f}  {seconds / total:5.1%}  {key}")
    return "\n".join(lines)


def collapsed(raw: Path, under: str) -> tuple[dict[str, float], dict[str, float], int]:
    """py-spy --format raw lines ('f (file:line);g (file:line) COUNT') → (self, inclusive, samples) counts,
    only for stacks that pass through a frame whose name starts with `under`."""
    own: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)
    samples = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = [_short(f) for f in stack.split(";") if f]
        at = next((i for i, f in enumerate(frames) if f.startswith(under)), None)
        if at is None or not count.isdigit():
            continue
        n = int(count)
        samples += n
        frames = frames[at:]
        own[frames[-1]] += n
        for key in dict.fromkeys(frames):  # once per stack, whatever the recursion
            inclusive[key] += n
    return own, inclusive, samples


def _short(frame: str) -> str:
    """'normalize (/work/main/etl/normalize.py:94)' → 'normalize (etl/normalize.py)': per function."""
    frame = re.sub(r":\d+\)$", ")", frame)
    for marker in ("/site-packages/", "/lib/python3.11/", str(REPO_ROOT) + "/"):
        if marker in frame:
            head, _, tail = frame.partition(marker)
            return head.rsplit("(", 1)[0] + "(" + tail
    return frame


def spy_report(own: dict, inclusive: dict, samples: int, seconds: float, top: int) -> str:
    scale = seconds / max(samples, 1)
    lines = [f"Top {top} by self time (s; share of {seconds:.1f} s; {samples:,} samples):"]
    for key, n in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {n * scale:7.2f}  {n / samples:5.1%}  {key}")
    ours = {k: v for k, v in inclusive.items() if any(f"({d}/" in k for d in ("etl", "tasks", "flows"))}
    lines.append(f"\nTop {top} by inclusive time, functions of etl/:")
    for key, n in sorted(ours.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {n * scale:7.2f}  {n / samples:5.1%}  {key}")
    libs = {k: v for k, v in inclusive.items() if k not in ours and "(bench/" not in k}
    lines.append(f"\nTop {top} by inclusive time, library functions:")
    for key, n in sorted(libs.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {n * scale:7.2f}  {n / samples:5.1%}  {key}")
    return "\n".join(lines)


def child_ingest(path: Path, workdir: Path, out: Path) -> None:
    for module in run.ENGINE_IMPORTS["ours"]:
        __import__(module)
    run.production_pandas()
    expected = generate.read_expected(path)
    phases, outcome = run.engine_ours(path, expected, workdir)
    out.write_text(json.dumps({"phases": phases, "problems": run.check("ours", outcome, expected)}), "utf-8")


def profile_ingest(rows: int, top: int, raw_out: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="gdmp-profile-") as tmp:
        workdir = Path(tmp)
        path = workdir / f"publication-{rows}.csv"
        generate.write(rows, path)
        raw = raw_out or workdir / "py-spy.txt"
        out = workdir / "phases.json"
        spy = Path(sys.executable).with_name("py-spy")
        command = [str(spy), "record", "--format", "raw", "--rate", "200", "--nonblocking", "--full-filenames", "-o", str(raw), "--",
                   sys.executable, __file__, "--child-ingest", str(path), str(workdir), str(out)]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
        if done.returncode != 0 or not out.exists():
            raise SystemExit(
                f"py-spy run failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        result = json.loads(out.read_text(encoding="utf-8"))
        own, inclusive, samples = collapsed(raw, "engine_ours")
    phases = result["phases"]
    print(f"ours, {rows:,} rows, under py-spy: {phases['total']:.1f} s")
    print("phases: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()))
    if result["problems"]:
        print("PROBLEMS:", *result["problems"], sep="\n  ")
    print(spy_report(own, inclusive, samples, phases["total"], top))
    if raw_out:
        print(f"\npy-spy raw stacks (flamegraph input): {raw_out}")


def profile_daily(top: int, html: Path | None) -> None:
    """One no-change daily run against a running temporary server (after a first, loading run)."""
    with tempfile.TemporaryDirectory(prefix="gdmp-profile-daily-") as tmp:
        for name in [k for k in os.environ if k.startswith(("PREFECT_", "GDMP_"))]:
            del os.environ[name]
        os.environ.update(run.prefect_env(Path(tmp)))  # before Prefect reads its settings
        run.production_pandas()
        from prefect.testing.utilities import prefect_test_harness
        from pyinstrument import Profiler

        with prefect_test_harness(server_startup_timeout=90):
            from flows.daily_refresh import daily_refresh

            daily_refresh(return_state=True)  # loads the catalog
            daily_refresh(return_state=True)  # a first no-change run warms the process
            profiler = Profiler(interval=0.001)
            started = time.perf_counter()
            profiler.start()
            state = daily_refresh(return_state=True)
            session = profiler.stop()
            total = time.perf_counter() - started
    print(f"\nno-change daily run, profiled (main thread, wall clock): {total:.2f} s, {state.type.value}")
    print(report(session, total, top))
    if html:
        html.write_text(profiler.output_html(), encoding="utf-8")
        print(f"\nHTML profile: {html}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--daily", action="store_true", help="also profile a no-change daily run")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest profile")
    parser.add_argument("--raw", type=Path, help="keep py-spy's raw stacks of the ingest here")
    parser.add_argument("--html", type=Path, help="write pyinstrument's HTML of the daily run here")
    parser.add_argument("--child-ingest", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_ingest:
        child_ingest(*args.child_ingest)
        return 0
    if not args.no_ingest:
        profile_ingest(args.rows, args.top, args.raw)
    if args.daily:
        profile_daily(args.top, args.html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
