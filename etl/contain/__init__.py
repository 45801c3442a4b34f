"""Reading a publication in a worker process, under a memory cap and a wall-clock cap.

A reader meets bytes written by anyone: a PDF of nested forms that draws 10⁷ glyphs, a 3 GiB stream in
a 3 MB file, a pattern that backtracks. The readers' own limits (etl/readers/limits.py) refuse the bombs
we know with a precise message; `contained` is what makes the ones we do not know harmless. Every list
(etl.readers.parse.parse_publication, which also writes the staging file) and every release
(etl.announcements.reading.read_announcement) is read in a worker of etl/contain/pool.py:

- memory: GDMP_READER_MEMORY_MB (in the `WorkerCaps` the run passes with each job), both as RLIMIT_AS
  above what the warm worker maps (the kernel refuses the allocation) and as resident memory watched
  from the parent (the worker is killed). The address space bound is the stricter: a staging file's
  DuckDB threads reserve ~250 MB they barely touch, so a reader gets ~3/4 of the cap in real memory (the
  1M-row benchmark list peaks at ~620 MB: it fits);
- time: GDMP_READER_SECONDS of wall clock, after which the worker is killed.

Either way the publication fails with a LimitExceeded (a ReadError) naming the limit and its setting; the
caller adds the source. The result comes back pickled: a Normalized is only the staging file's path and
a few counts, so once the workers are warm this costs nothing measurable for a small list
(docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from etl.contain.pool import WorkerCaps, reader_pool

T = TypeVar("T")

__all__ = ["WorkerCaps", "contained"]


def contained(caps: WorkerCaps, function: Callable[..., T], *args) -> T:
    """function(*args) in a reader worker, within the run's `caps`: its result or its exception. What the
    function needs of the settings travels in `args` (picklable records): the worker reads none."""
    return reader_pool().run(caps, function, *args)
