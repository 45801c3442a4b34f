"""Progress of long loads: for a list of more than 100,000 rows, each phase (read+normalize, validate,
load) logs its row count, time and rate, so an operator watching a 1M-row list sees where it is and
how fast it goes. Smaller lists log nothing here: the run's one line per publication says enough.

Plain Python: the tasks pass their Prefect run logger (etl/ stays free of Prefect).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LONG_LOAD_ROWS = 100_000

Logger = logging.Logger | logging.LoggerAdapter


def log_phase(logger: Logger, phase: str, source_id: str, rows: int | None, seconds: float) -> bool:
    """Log one finished phase if the list is long; return whether it logged."""
    if rows is None or rows <= LONG_LOAD_ROWS:
        return False
    rate = rows / seconds if seconds > 0 else float("inf")
    logger.info(
        "%s: %s %s rows in %.1f s (%s rows/s)", source_id, phase, f"{rows:,}", seconds, f"{rate:,.0f}"
    )
    return True


@contextmanager
def timed_phase(logger: Logger, phase: str, source_id: str) -> Iterator[Callable[[int | None], None]]:
    """Time the block; call the yielded function with the row count once it is known."""
    started, counted = time.perf_counter(), []
    yield counted.append
    if counted:
        log_phase(logger, phase, source_id, counted[-1], time.perf_counter() - started)
