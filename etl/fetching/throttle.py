"""Good citizenship: at most N requests in flight per publisher host, and a minimum delay between the
starts of two requests to it (GDMP_HOST_CONCURRENCY, GDMP_HOST_DELAY_SECONDS)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class HostThrottle:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def __call__(self, host: str, concurrency: int, delay: float) -> Iterator[None]:
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(concurrency))
        with slot:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + delay
            time.sleep(max(0.0, start - now))
            yield


THROTTLE = HostThrottle()
