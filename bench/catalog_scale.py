"""Many small lists (issue 25): the fixed cost of a publication, beside what DuckDB alone pays for it.

    .venv/bin/python bench/catalog_scale.py N [--runs first,nochange,reprocess] [--workdir DIR] [--backend ducklake]

1. Makes N CSV lists of ~266 rows (bench/catalog_lists.py: 21 cities, 万元 and 亿元, four shapes, some
   with a typed headline to reconcile) and a catalog of them, served by a real HTTP server on 127.0.0.1.
2. Starts a real Prefect server (`prefect server start` on a free loopback port, PREFECT_HOME in the work
   folder, analytics off) and waits for it: its start is not counted.
3. Each run is a child process (imports before the clock; the process tree's RSS sampled every 0.1 s):
     first      the daily flow on an empty data folder: every list fetched, read, validated, loaded;
     nochange   a no-op flow, then the daily flow again (every list answers 304: unchanged);
     reprocess  the backfill flow over every date, mode reprocess, force (re-read from the archive).
   The flow's own log lines split a run: preparing (fetch, read, validate) until the first "[1/N]"
   line, loading until the "[N/N]" line, then the report, publish and Data Docs.
4. The floor, in the same run: httpx fetching the N files one after another and DuckDB `read_csv` of
   each into one table.

Prints one table: seconds, ms per list and the ratio to the floor, and each run's peak RSS and CPU seconds
(its own processes; the Prefect server's meanwhile).
Exit code 1 when a run does not end as it must (N loaded; N unchanged; N loaded again).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import logging
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(BENCH_DIR)]

import catalog_lists  # noqa: E402

RUN_LIMIT_S = 1800  # a run is killed past this (and past MAX_RSS_MB): the bench stays bounded
MAX_RSS_MB = 4096
SETTLE_SECONDS = 2  # the server stores the previous run's events for a moment (bench/run.py says why)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """The lists on 127.0.0.1 (Last-Modified / If-Modified-Since: a second run meets 304s)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def prefect_server(workdir: Path) -> tuple[subprocess.Popen, dict, float]:
    """A real Prefect server on a free loopback port; (process, env for its clients, seconds to start)."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "GDMP_"))}
    env.update(PREFECT_HOME=str(workdir / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PREFECT_API_URL=api, PREFECT_UI_API_URL=api)  # fmt: skip
    started = time.perf_counter()
    log = (workdir / "prefect-server.log").open("wb")
    server = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host",
                               "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)  # fmt: skip
    while time.perf_counter() - started < 180:
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
                if response.status == 200:
                    return server, env, time.perf_counter() - started
        except OSError:
            time.sleep(0.5)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit(f"the Prefect server did not start: see {workdir / 'prefect-server.log'}")


# --- the floor: httpx + read_csv, one file after another ---------------------------------------


def floor(base_url: str, names: list[str], workdir: Path) -> dict:
    import duckdb
    import httpx

    files = workdir / "floor"
    files.mkdir(exist_ok=True)
    db = workdir / "floor.duckdb"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    con = duckdb.connect(str(db))
    con.execute(f"CREATE TABLE rows ({', '.join(f'column{i} VARCHAR' for i in range(16))})")
    with httpx.Client() as client:
        for name in names:
            response = client.get(f"{base_url}/{name}")
            response.raise_for_status()
            path = files / name
            path.write_bytes(response.content)
            con.execute(
                f"INSERT INTO rows BY NAME SELECT * FROM read_csv('{path}', all_varchar = true, "
                "header = false, null_padding = true)"
            )
    rows = con.execute("SELECT count(*) FROM rows").fetchone()[0]
    con.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


# --- a run, in its own process --------------------------------------------------------------------


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live descendants (the flow's reader workers)."""
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        child = int(stat.parent.name)
        parents[child], used[child] = int(fields[1]), int(fields[11]) + int(fields[12])
    total, stack = 0, [pid]
    while stack:
        at = stack.pop()
        total += used.get(at, 0)
        stack += [c for c, parent in parents.items() if parent == at]
    return total / os.sysconf("SC_CLK_TCK")


class Lines(logging.Handler):
    """The flow's log lines with their times: where preparing ends and loading ends; at the first "[1/N]"
    line, the CPU seconds used so far by this process, its reader workers and the Prefect server (its
    session: BENCH_SERVER_SESSION), which split the prepare phase's CPU."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.seen: list[tuple[float, str]] = []
        self.first = f"[1/{n}] "
        self.at_start: dict[str, float] = {}
        self.at_first: dict[str, float] = {}

    def cpu_now(self) -> dict[str, float]:
        flow = time.process_time()
        server = os.environ.get("BENCH_SERVER_SESSION")
        return {"flow": flow, "workers": tree_cpu_s(os.getpid()) - flow,
                "server": session_cpu_s(int(server)) if server else 0.0}  # fmt: skip

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(self.first) and not self.at_first:
            self.at_first = self.cpu_now()
        self.seen.append((time.perf_counter(), message))


def phases(lines: list[tuple[float, str]], started: float, ended: float, n: int) -> dict:
    first = next((t for t, m in lines if m.startswith(f"[1/{n}] ")), None)
    last = next((t for t, m in lines if m.startswith(f"[{n}/{n}] ")), None)
    if first is None or last is None:
        return {}
    return {"prepare_s": first - started, "load_s": last - first, "after_s": ended - last}


def child(kind: str, catalog: str, n: int) -> dict:
    from prefect import flow

    from etl.fetching.catalog import load_catalog
    from flows.backfill import backfill
    from flows.daily_refresh import daily_refresh

    lines = Lines(n)
    for name in ("prefect.flow_runs", "prefect.task_runs"):  # the [i/N] lines: the flow's, or its load task's
        logging.getLogger(name).addHandler(lines)

    @flow(name="bench-noop")
    def noop() -> None:
        return None

    def timed(call) -> tuple[float, object, float]:
        time.sleep(SETTLE_SECONDS)
        lines.seen.clear()
        lines.at_first, lines.at_start = {}, lines.cpu_now()
        started = time.perf_counter()
        state = call()
        return time.perf_counter() - started, state, started

    result: dict = {"kind": kind}
    if kind == "nochange":
        noop()  # the first call of a flow in a process registers it
        result["noop_s"] = min(timed(lambda: noop(return_state=True))[0] for _ in range(2))
    if kind == "reprocess":
        dates = sorted(s.published for s in load_catalog(catalog))
        call = functools.partial(backfill, dates[0], dates[-1], mode="reprocess", force=True, catalog=catalog)
    else:
        call = functools.partial(daily_refresh, catalog=catalog)
    seconds, state, started = timed(lambda: call(return_state=True))
    result |= {"seconds": seconds, "message": (state.message or "")[:300], "completed": state.is_completed()}
    result |= phases(lines.seen, started, started + seconds, n)
    last = next((t for t, m in lines.seen if m.startswith(f"[{n}/{n}] ")), None)
    if last is not None:  # what the after phase said, and when (seconds since the run started)
        result["after_log"] = [(round(t - started, 2), m[:110]) for t, m in lines.seen if t >= last]
    if lines.at_first:  # the prepare phase's CPU seconds: the flow's process, its reader workers, the server
        result["prepare_cpu_s"] = {k: v - lines.at_start[k] for k, v in lines.at_first.items()}
    return result


def session_cpu_s(session: int) -> float:
    """CPU seconds (user + system) used so far by the processes of a session: the Prefect server's."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[3]) == session:  # fields after the command: state, ppid, pgrp, session, …
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def run_child(kind: str, catalog: Path, n: int, env: dict, server: int) -> dict:
    """One run in a child process; also the CPU seconds of its process tree (the flow's process and its
    reader workers, imports and the no-op flow included) and of the Prefect server meanwhile: on a
    shared machine, CPU time moves less with the others' load than wall time does."""
    from scripts.corpus.hostile_run import run_bounded

    command = [sys.executable, str(Path(__file__)), "--child", kind, str(catalog), str(n)]
    env = env | {"BENCH_SERVER_SESSION": str(server)}
    before, server_before = resource.getrusage(resource.RUSAGE_CHILDREN), session_cpu_s(server)
    code, seconds, peak, killed, output = run_bounded(command, env, RUN_LIMIT_S, MAX_RSS_MB)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {"cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
           "server_cpu_s": session_cpu_s(server) - server_before}  # fmt: skip
    found = re.findall(r"^BENCH-RESULT (.*)$", output, re.M)
    if code != 0 or not found:
        tail = "\n".join(output.splitlines()[-30:])
        return {"kind": kind, "completed": False, "message": f"exit {code} {killed or ''}: {tail}",
                "seconds": seconds, "peak_mb": peak} | cpu  # fmt: skip
    return json.loads(found[-1]) | {"peak_mb": peak, "process_s": seconds} | cpu


EXPECTED = {"first": "loaded", "nochange": "unchanged", "reprocess": "loaded"}


def problems_of(result: dict, n: int) -> list[str]:
    want = f"{n} {EXPECTED[result['kind']]}"
    if not result.get("completed") or want not in result.get("message", ""):
        return [f"{result['kind']}: expected '{want}', got: {result.get('message')}"]
    return []


def table(n: int, results: list[dict], floor_s: float) -> str:
    per_floor = floor_s / n * 1000
    rows = [f"| floor (httpx + read_csv, one table) | {floor_s:.1f} | {per_floor:.0f} | 1.0× | | | | | | |"]
    for r in results:
        split = [f"{r[k]:.1f}" if k in r else "" for k in ("prepare_s", "load_s", "after_s")]
        load_ms = f" ({r['load_s'] / max(n - 1, 1) * 1000:.0f} ms/list)" if "load_s" in r else ""
        rows.append(f"| {r['kind']} | {r['seconds']:.1f} | {r['seconds'] / n * 1000:.0f} | "
                    f"{r['seconds'] / floor_s:.1f}× | {split[0]} | {split[1]}{load_ms} | {split[2]} | "
                    f"{r.get('peak_mb', 0):.0f} | {r.get('cpu_s', 0):.1f} | {r.get('server_cpu_s', 0):.1f} |")  # fmt: skip
        if "noop_s" in r:
            beyond = (r["seconds"] - r["noop_s"]) / n * 1000
            rows.append(f"| no-op flow | {r['noop_s']:.1f} | | | | | | | | |\n"
                        f"| nochange beyond the no-op flow | {r['seconds'] - r['noop_s']:.1f} | {beyond:.1f} | | | | | | | |")  # fmt: skip
    head = (
        "| run | s | ms/list | ÷ floor | prepare s | load s | after s | peak RSS MB | CPU s (run's processes) "
        "| CPU s (Prefect server) |\n|---|---|---|---|---|---|---|---|---|---|"
    )
    return head + "\n" + "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=50, help="how many lists (default 50)")
    parser.add_argument("--runs", default="first,nochange,reprocess")
    parser.add_argument("--workdir", type=Path, help="default: a new temporary folder")
    parser.add_argument("--backend", choices=("file", "ducklake"), default="file",
                        help="the warehouse: one DuckDB file (default) or a DuckLake with its catalog in a local "
                             "file (one commit per publication)")  # fmt: skip
    parser.add_argument("--lake-catalog", help="with --backend ducklake: the catalog, e.g. `postgres:dbname=… "
                                               "host=127.0.0.1 port=… user=…` (default: a file in the data folder)")  # fmt: skip
    parser.add_argument("--after-log", action="store_true",
                        help="print the log lines of each run's after phase with their times")  # fmt: skip
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, catalog, n = args.child
        print("BENCH-RESULT " + json.dumps(child(kind, catalog, int(n))), flush=True)
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="gdmp-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    lists = workdir / "lists"
    names = catalog_lists.write_lists(args.n, lists)
    http, base_url = serve(lists)
    catalog = workdir / "catalog.yaml"
    catalog_lists.write_catalog(names, base_url, catalog)
    server, env, server_s = prefect_server(workdir)
    env.update(GDMP_DATA_DIR=str(workdir / "data"), GDMP_STAGING_DIR=str(workdir / "staging"),
               GDMP_ALLOWED_NETWORKS="127.0.0.1/32", GDMP_HOST_DELAY_SECONDS="0",
               GDMP_WAREHOUSE_BACKEND=args.backend)  # fmt: skip
    if args.lake_catalog:
        env["GDMP_LAKE_CATALOG"] = args.lake_catalog
    print(
        f"{args.n} lists in {workdir}; Prefect server started in {server_s:.1f} s (not counted)", flush=True
    )
    try:
        results = []
        for kind in args.runs.split(","):
            results.append(run_child(kind, catalog, args.n, env, server.pid))
            print(
                f"  {kind}: {results[-1]['seconds']:.1f} s — {results[-1].get('message', '')[:200]}",
                flush=True,
            )
        measured = floor(base_url, names, workdir)
    finally:
        server.terminate()
        server.wait(30)
        http.shutdown()
    problems = [p for r in results for p in problems_of(r, args.n)]
    if measured["rows"] < args.n * 266:
        problems.append(f"floor: {measured['rows']} rows read")
    print(f"\n{args.n} lists, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs\n")
    print(table(args.n, results, measured["seconds"]))
    for r in results:
        if "prepare_cpu_s" in r:
            cpu = r["prepare_cpu_s"]
            print(f"{r['kind']}: the prepare phase's CPU s — the flow's process {cpu['flow']:.1f}, its reader workers "
                  f"{cpu['workers']:.1f}, the Prefect server {cpu['server']:.1f} "
                  f"({sum(cpu.values()) / args.n * 1000:.0f} ms a list in all)")  # fmt: skip
    for r in results if args.after_log else ():
        print(
            f"{r['kind']}: the after phase's log",
            *(f"  {t:7.2f} s  {m}" for t, m in r.get("after_log", [])),
            sep="\n",
        )
    print(*problems, sep="\n")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
