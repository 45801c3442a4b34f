"""Where the identity step spends its time: wall and CPU seconds and peak memory per phase.

A run passes no timer (`untimed`: nothing is measured). bench/identity_scale.py passes a `Phases`, so that
what the step costs at catalog scale is measured phase by phase inside the step itself, not re-enacted
beside it.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

Timer = Callable[[str], AbstractContextManager[None]]

_CLEAR_REFS = Path("/proc/self/clear_refs")


def untimed(_phase: str) -> AbstractContextManager[None]:
    """The timer of a run: measures nothing."""
    return nullcontext()


def _reset_peak() -> bool:
    """Reset the process's peak RSS (Linux: writing 5 to clear_refs), so a phase's peak is its own."""
    try:
        _CLEAR_REFS.write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    """The process's peak RSS since the last reset (VmHWM), else since it started (ru_maxrss), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Phase:
    wall: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0


@dataclass
class Phases:
    """Wall and CPU seconds and peak RSS (MB) per phase name, summed over the phase's calls."""

    figures: dict[str, Phase] = field(default_factory=dict)

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        _reset_peak()
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            phase = self.figures.setdefault(name, Phase())
            phase.wall += time.perf_counter() - wall
            phase.cpu += time.process_time() - cpu
            phase.peak_mb = max(phase.peak_mb, _peak_mb())
