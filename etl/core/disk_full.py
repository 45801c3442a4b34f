"""A full disk, said as such: the one place that recognizes it, whichever library noticed it first.

Writing the warehouse can run out of room in three guises, none of which says "disk full" plainly:

- Python's OSError with errno ENOSPC (copying the published file to the work copy, fsync);
- DuckDB's IO Error "Could not write file …: No space left on device" (or "File too large" past a
  file-size limit, `ulimit -f`: errno EFBIG);
- DuckDB's "Out of Memory Error: failed to offload data block …": past its memory limit DuckDB spills to
  a temp folder, whose size limit is by default the free space of its disk, so a full disk reads as
  running out of memory.

`disk_full_named(path)` turns each into `DiskFull`, naming the path and the free space of its disk; any
other error passes through unchanged.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from etl.core.errors import DiskFull

NO_SPACE = ("No space left on device", "failed to offload data block")  # errno, DuckDB's IO and spill
TOO_LARGE = "File too large"


def free_space(path: Path) -> str:
    """The free space of the disk `path` is on (its nearest existing folder), e.g. '1.2 MiB free'."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    for power, unit in ((3, "GiB"), (2, "MiB"), (1, "KiB")):
        if free >= 1024**power:
            return f"{free / 1024**power:.1f} {unit} free"
    return f"{free} bytes free"


def _kind(exc: BaseException) -> str | None:
    """'full' for a full disk, 'limit' for a file-size limit, None for anything else."""
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code == errno.ENOSPC or any(marker in text for marker in NO_SPACE):
        return "full"
    if code == errno.EFBIG or TOO_LARGE in text:
        return "limit"
    return None


def as_disk_full(exc: BaseException, path: Path, doing: str) -> DiskFull | None:
    """The DiskFull `exc` stands for (`doing`: what was being written, e.g. 'loading'), or None."""
    kind = _kind(exc)
    if kind is None:
        return None
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    spill = "DuckDB could not spill past its memory limit to its temp folder"
    detail = spill if "failed to offload" in text else text  # never "Out of Memory": memory was not short
    if kind == "full":
        return DiskFull(f"disk full while {doing} {path} ({free_space(path)} now on its disk); free some space and "
                        f"run again ({detail})")  # fmt: skip
    return DiskFull(f"file-size limit reached while {doing} {path} (`ulimit -f`; {free_space(path)} on its "
                    f"disk); raise the limit and run again ({detail})")  # fmt: skip


@contextmanager
def disk_full_named(path: Path, doing: str) -> Iterator[None]:
    """Inside: a full disk (or file-size limit) raises DiskFull naming `path`; other errors pass."""
    try:
        yield
    except DiskFull:
        raise  # already said, by an inner block
    except Exception as exc:
        full = as_disk_full(exc, path, doing)
        if full is None:
            raise
        raise full from exc
