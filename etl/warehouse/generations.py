"""The previous published generation, kept beside the current one: the way back from a damaged file.

Each publish first gives the file now published a second name, `warehouse.duckdb.previous` (a hard link:
no bytes are copied, whatever the size), then renames the new file over `warehouse.duckdb`. The old file
lives on as `.previous`; the generation before it is dropped, so the warehouse takes twice its size on
disk. The second name appears by an atomic rename too, so a crash at any moment leaves a `.previous`
that is whole: the one before, or the one now. A filesystem that refuses hard links gets a copy,
fsynced, instead (one extra copy of the file per run).

`gdmp restore` (etl/warehouse/restore.py) puts `.previous` back. A run refuses to start on a damaged file
(etl/warehouse/published_check.py), so a damaged file never becomes the previous generation.
"""

from __future__ import annotations

import os
from pathlib import Path

from etl.core.durable import link_or_copy


def previous_path(published: Path) -> Path:
    """Where the generation before the published one is kept."""
    return published.with_name(published.name + ".previous")


def keep_previous(published: Path) -> Path | None:
    """Make the file published now the previous generation (call just before publishing a new one);
    return its new name, or None when nothing is published yet. The caller fsyncs the folder."""
    if not published.exists():
        return None
    previous = previous_path(published)
    staged = previous.with_name(f".{previous.name}.keeping")
    link_or_copy(published, staged)
    os.replace(staged, previous)
    return previous
