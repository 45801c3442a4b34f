"""The parent's side of the reader workers: a few warm processes, reused, replaced when one dies.

Each job goes to an idle worker (or one is started: ~2 s to import the readers, paid once per worker,
not per publication). While it runs, the thread that sent it watches the worker every WATCH_SECONDS: past
GDMP_READER_MEMORY_MB of resident memory or GDMP_READER_SECONDS of wall clock, the worker is killed
(SIGKILL) and the job fails with the limit named; a worker that dies (a crash in a C library, the kernel's
OOM killer) fails its job only. In each case the worker is dropped and the next job starts a new one.

Why not concurrent.futures.ProcessPoolExecutor: one dead worker breaks the whole executor (every pending
job fails with BrokenProcessPool), it cannot kill the one worker that overran its time, and a Dask worker
(daemonic) may not start multiprocessing children. Plain subprocesses with two pipes have none of these
problems, and start from a clean interpreter (no copy of the flow's Prefect state).
"""

from __future__ import annotations

import atexit
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from etl.core.errors import ReadError
from etl.core.settings import Settings
from etl.readers.limits import refuse

WATCH_SECONDS = 0.05  # how often a busy worker's memory and time are looked at
START_SECONDS = 120  # a worker that is not ready by then (imports on a loaded machine) is given up
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # what holds `etl`: the worker imports the same code
# Fewer malloc arenas and no BLAS thread pool: less address space reserved that the reader never uses.
WORKER_ENVIRONMENT = {"MALLOC_ARENA_MAX": "2", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class WorkerCaps:
    """The reader processes' settings of one run: the memory (GDMP_READER_MEMORY_MB) and wall-clock seconds
    (GDMP_READER_SECONDS) one publication's reading may take, and how many workers read at once
    (GDMP_READER_WORKERS)."""

    memory_mb: int
    seconds: float
    workers: int

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkerCaps:
        return cls(settings.reader_memory_mb, settings.reader_seconds, settings.reader_workers)


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as its __cause__ (as concurrent.futures does)."""

    def __str__(self) -> str:
        return self.args[0]


@dataclass
class Worker:
    process: subprocess.Popen
    send: Connection
    receive: Connection

    def resident_kb(self) -> int:
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, IndexError, ValueError):
            return 0

    def stop(self) -> None:
        """Kill the process (it may be deep in a bomb) and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.send.close()
        self.receive.close()

    def close(self) -> None:
        """Let an idle worker finish: it exits when its pipe closes."""
        self.send.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.receive.close()


def start_worker() -> Worker:
    """A new worker, ready (its readers imported)."""
    job_read, job_write = os.pipe()
    reply_read, reply_write = os.pipe()
    python_path = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))
    environment = {**os.environ, **WORKER_ENVIRONMENT, "PYTHONPATH": python_path}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "etl.contain.worker", str(job_read), str(reply_write)],
            pass_fds=(job_read, reply_write), stdin=subprocess.DEVNULL, env=environment,
        )  # fmt: skip
    finally:
        os.close(job_read)
        os.close(reply_write)
    worker = Worker(process, Connection(job_write, readable=False), Connection(reply_read, writable=False))
    if not worker.receive.poll(START_SECONDS):
        worker.stop()
        raise ReadError(f"a reader worker did not start within {START_SECONDS} s")
    try:
        worker.receive.recv()
    except EOFError:
        worker.stop()
        raise ReadError(f"a reader worker failed to start (exit code {process.returncode})") from None
    return worker


def _died(worker: Worker) -> ReadError:
    code = worker.process.wait()
    how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
    return ReadError(
        f"the reader process died while reading it ({how}; out of memory or a crash in a library)"
    )


class ReaderPool:
    """At most `caps.workers` (GDMP_READER_WORKERS) workers busy at once; idle ones wait for the next job."""

    def __init__(self) -> None:
        self._free = threading.Condition()
        self._busy = 0
        self._idle: list[Worker] = []

    def _take(self, workers: int) -> Worker:
        with self._free:
            while self._busy >= workers:
                self._free.wait()
            self._busy += 1
            worker = self._idle.pop() if self._idle else None
        try:
            if worker is not None and worker.process.poll() is None:
                return worker
            return start_worker()
        except BaseException:
            self._give_back(None)
            raise

    def _give_back(self, worker: Worker | None) -> None:
        with self._free:
            self._busy -= 1
            if worker is not None:
                self._idle.append(worker)
            self._free.notify()

    def warm(self) -> int:
        """How many workers are started and idle: a job given now does not wait for a worker's start (~2 s)."""
        with self._free:
            return sum(1 for worker in self._idle if worker.process.poll() is None)

    def run(self, caps: WorkerCaps, function: Callable, *args):
        """function(*args) in a worker, within the run's `caps`; its result, or its exception re-raised
        here. The arguments carry all the job needs of the settings (a Staging, ReaderLimits): the worker
        reads none."""
        cap_mb, seconds = caps.memory_mb, caps.seconds
        worker = self._take(caps.workers)
        keep = None
        try:
            worker.send.send((cap_mb, function, args))
            reply = self._wait(worker, cap_mb, seconds)
            if reply[0] == "ok" and worker.resident_kb() < cap_mb * 512:  # grown past half the cap: retire it
                keep = worker
        finally:
            if keep is None:
                worker.stop()
            self._give_back(keep)
        return _result(reply, cap_mb)

    def _wait(self, worker: Worker, cap_mb: int, seconds: float) -> tuple:
        deadline = time.monotonic() + seconds
        while not worker.receive.poll(WATCH_SECONDS):
            if worker.resident_kb() > cap_mb * 1024:
                raise refuse("reader_memory_mb", cap_mb, "reading it needed more memory")
            if time.monotonic() > deadline:
                raise refuse("reader_seconds", int(seconds), f"reading it took more than {seconds:g} s")
            if worker.process.poll() is not None:
                break
        try:
            return pickle.loads(worker.receive.recv_bytes())
        except EOFError:
            raise _died(worker) from None

    def close(self) -> None:
        with self._free:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()


def _result(reply: tuple, cap_mb: int):
    kind, value, *rest = reply
    if kind == "ok":
        return value
    if kind == "memory":
        raise refuse("reader_memory_mb", cap_mb, "reading it needed more memory")
    value.__cause__ = RemoteTraceback(rest[0])
    raise value


_pool = ReaderPool()
atexit.register(_pool.close)


def reader_pool() -> ReaderPool:
    return _pool
