"""The names of the lists a run is about to load, read in its reader workers while the single writer loads them.

A first run or a backfill brings tens of thousands of names no run has read (~120 µs each: ~6 s of CPU at 200
small lists). The identity step read them after loading, in the run's reader workers; but the writer is one
thread, and while it loads the workers sit idle (docs/benchmarks.md, issue 25). So the flow hands the names the
reader workers took from each small list (etl.readers.parse.SmallList.names) to a NamesReadAhead as soon as
preparing ends, and the step takes its readings instead of reading them afterwards.

Nothing here decides a link: a reading depends only on the name, the row's cities and the rules (name_cache.py),
so a name read ahead is the one the step would read, and whatever is not read ahead (a list that was not small,
a name the writer changed, a worker lost) the step reads itself, as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from etl.identity.name_cache import Name, Readings, load_readings
from etl.identity.step import IdentityPolicy, read_in_workers

logger = logging.getLogger(__name__)


class NamesReadAhead:
    """The reading of `names` in the run's warm reader workers, on a thread of its own, started at once."""

    def __init__(self, names: Iterable[Name], policy: IdentityPolicy) -> None:
        self._names, self._policy = set(names), policy
        self._kept: Readings = {}
        self._read: Readings = {}
        self.seconds = 0.0  # how long the reading took, from the start of loading
        self._thread = threading.Thread(target=self._run, name="names-read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            self._kept = load_readings(self._policy.readings_file)  # what needs no reading
            found = dict(self._kept)
            read_in_workers(self._names, found, self._policy.workers)
            self._read = {at: key for at, key in found.items() if at not in self._kept}
        except Exception as exc:  # noqa: BLE001 - the step reads what is missing: time lost, never a link
            logger.warning("Distinct projects: names not read ahead: %r", exc)
        self.seconds = time.perf_counter() - started

    @property
    def read(self) -> int:
        """How many names were read ahead (0 until the reading is done)."""
        return len(self._read)

    def readings(self) -> tuple[Readings, int]:
        """Waits for the reading: (the kept readings and the names read ahead, how many of them were kept)."""
        self._thread.join()
        return self._kept | self._read, len(self._kept)
