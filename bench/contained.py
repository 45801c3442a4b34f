"""What reading a publication in a reader worker (etl/contain/) costs, against reading it in the process.

    .venv/bin/python bench/contained.py [--rounds 20]

For small bundled lists (a 103-row CSV, a 40-row HTML page, a 190-row PDF), the median time of
etl.readers.parse.parse_publication (read, normalize, write the staging file) in this process and through a warm
worker; and what starting a worker takes (it imports the readers once). The difference is the
per-publication cost of containment: pickling the source and path there, the small Normalized back.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LISTS = ("foshan-2023-q1", "zhongshan-2023-q1", "zhuhai-2023-q1")


def _median_ms(call, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call().discard()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds

    import yaml

    from etl.contain import WorkerCaps, contained
    from etl.core.settings import get_settings
    from etl.fetching.catalog import parse_catalog
    from etl.readers.limits import ReaderLimits
    from etl.readers.parse import parse_publication
    from etl.readers.staging import Staging

    settings = get_settings()  # read once, passed down as a run passes them
    caps, staging, limits = (
        WorkerCaps.from_settings(settings),
        Staging.in_staging_dir(settings),
        ReaderLimits.from_settings(settings),
    )
    catalog = parse_catalog(yaml.safe_load((REPO / "catalog" / "sources.yaml").read_text(encoding="utf-8")))
    started = time.perf_counter()
    contained(caps, abs, -1)
    print(
        f"starting a worker (once per worker, not per publication): {time.perf_counter() - started:.2f} s\n"
    )
    print("| list | rows | in process, ms | warm worker, ms | cost, ms |")
    print("|---|---|---|---|---|")
    for source in (s for s in catalog if s.id in LISTS):
        path = REPO / source.location
        rows = parse_publication(source, path, staging, limits)
        rows.discard()  # warms this process's imports and caches
        contained(caps, parse_publication, source, path, staging, limits).discard()  # and the worker's
        inside = _median_ms(lambda s=source, p=path: parse_publication(s, p, staging, limits), rounds)
        worker = _median_ms(
            lambda s=source, p=path: contained(caps, parse_publication, s, p, staging, limits), rounds
        )
        print(f"| {source.id} ({source.resolved_format}) | {rows.rows_read} | {inside:.0f} | {worker:.0f} | "
              f"{worker - inside:+.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()
