"""A reader worker process: runs one publication's reading after another, each under a memory cap.

Started by etl/contain/pool.py as `python -m etl.contain.worker IN OUT` (two pipe descriptors). It imports
every reader once, says it is ready, then serves jobs: (memory cap in MB, function, arguments) →
("ok", result) or ("error", exception, traceback text). A job reads no setting: what it needs of the run's
settings is in its arguments (a Staging, ReaderLimits, the reviews folder), so the worker's environment
does not matter. It runs with RLIMIT_AS at the address space the warm worker has plus the cap: the reader
can never take more, and a MemoryError is reported as the limit.
The parent watches resident memory and time and kills a worker that passes either.

A worker that met its memory limit is not reused (what failed mid-allocation may be left half-built); it
exits after answering. It also exits when its parent is gone, so a killed run leaves no reader behind.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import sys
import threading
import time
import traceback
from multiprocessing.connection import Connection

# Imported before the first job, so that no publication pays for them (the readers import lazily).
WARM = (
    "etl.readers.parse",
    "pandas",  # a small list's GX frame is built in the worker (etl.readers.parse.parse_with_frame)
    "etl.announcements.reading",
    "pdfplumber",
    "pdfminer.high_level",
    "python_calamine",
    "lxml.html",
)


def address_space_kb() -> int:
    """VmSize of this process (Linux /proc), 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
    except (OSError, StopIteration):
        return 0


def cap_address_space(baseline_kb: int, cap_mb: int) -> None:
    """The soft RLIMIT_AS: what the warm worker maps (shared libraries, thread stacks) plus the cap."""
    try:
        import resource
    except ImportError:  # not a Unix: the parent's watch on resident memory is the only bound
        return
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    soft = (baseline_kb * 1024 + cap_mb * 1024 * 1024) if baseline_kb else resource.RLIM_INFINITY
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def watch_parent() -> None:
    """Exit as soon as the process that started this one is gone (a killed run)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def warm_up() -> int:
    """Import the readers and start DuckDB once; the address space then mapped (KB) is the baseline."""
    for name in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    import duckdb

    with duckdb.connect() as con:  # its threads, their stacks and malloc arenas are part of the baseline
        con.execute("SELECT sum(range) FROM range(100000)").fetchall()
        during = address_space_kb()
    return max(during, address_space_kb())


def answer(job: tuple, baseline_kb: int) -> tuple[tuple, bool]:
    """Run one job; (the reply, whether this worker may serve another)."""
    cap_mb, function, args = job
    cap_address_space(baseline_kb, cap_mb)
    try:
        return ("ok", function(*args)), True
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent, named
        if out_of_memory(exc):
            return ("memory", None, traceback.format_exc()), False
        return ("error", exc, traceback.format_exc()), True


def out_of_memory(exc: BaseException | None) -> bool:
    """Whether a MemoryError is behind this exception: libraries catch Exception (MemoryError is one)
    and raise their own, and readers turn what they catch into a ReadError."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, MemoryError):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def reply_bytes(reply: tuple) -> bytes:
    """The reply pickled; an exception that does not pickle travels as its type name and message."""
    try:
        return pickle.dumps(reply)
    except Exception:  # noqa: BLE001
        kind, exc, text = reply
        return pickle.dumps((kind, RuntimeError(f"{type(exc).__name__}: {exc}"), text))


def serve(incoming: Connection, outgoing: Connection) -> None:
    baseline_kb = warm_up()
    outgoing.send(("ready", os.getpid(), baseline_kb))
    while True:
        try:
            job = incoming.recv()
        except EOFError:  # the pool closed: nothing more to do
            return
        reply, reusable = answer(job, baseline_kb)
        outgoing.send_bytes(reply_bytes(reply))
        if not reusable:
            return


def main() -> None:
    incoming, outgoing = (
        Connection(int(sys.argv[1]), writable=False),
        Connection(int(sys.argv[2]), readable=False),
    )
    watch_parent()
    serve(incoming, outgoing)


if __name__ == "__main__":
    main()
