"""A reader's time limit, checked while it works, not only between the steps it takes.

A PDF page is drawn by pdfminer in one call: a crafted page can keep that call busy for minutes, and a
check between pages never comes. On the main thread (a reader worker, etl/contain/worker.py, runs every
reader there) a SIGALRM timer raises the refusal inside the call; it fires again every second in case
the library swallowed it. Elsewhere (a thread) only the reader's own checks between steps apply, and
the worker's wall-clock cap (GDMP_READER_SECONDS) stays the bound.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

REPEAT_SECONDS = 1.0


@contextmanager
def deadline(seconds: float, refusal: Callable[[], Exception]) -> Iterator[None]:
    """Within the block, `refusal()` is raised once `seconds` have passed (main thread, Unix only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame) -> None:
        raise refusal()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
