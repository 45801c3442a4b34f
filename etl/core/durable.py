"""Writing a file so that a crash leaves the old version or the new one, never half of either.

The new bytes go to a file of their own, are fsynced, and take the final name by `os.replace` (atomic on
one filesystem); the folder is fsynced after, so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def fsync(path: Path) -> None:
    """Flush a file's (or a folder's: its entries') data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_copy(source: Path, target: Path) -> None:
    """Copy `source` to `target` (a name of its own, renamed later), read-only and on the disk."""
    target.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    os.chmod(target, READ_ONLY)
    fsync(target)


def link_or_copy(source: Path, target: Path) -> None:
    """A second name for `source`'s bytes: a hard link (no copy, whatever the size), or a durable copy where
    the filesystem refuses links."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        durable_copy(source, target)
