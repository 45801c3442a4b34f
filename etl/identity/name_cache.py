"""Each distinct name's reading (names.name_key), kept between runs in the data folder.

Reading a name is most of the identity step's cost (~90 µs a name: 5 s of CPU for the 53,200 rows of 200
small lists, docs/benchmarks.md, issue 25), and a run that loads one list links every loaded row again.
A reading depends only on the name, the row's cities and the rules (this package's code, the vocabulary,
the tables it reads with: vocabulary.rules_digest), so the readings of the last run are kept in one JSON
file stamped with that digest: a run reads again only the names it has not seen, and any change to the
rules makes the file count for nothing. It is a cache, not a record: deleting it costs time, never a link,
and an unreadable file or a stamp that differs is ignored (and written anew at the end of the step).
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from pathlib import Path

from etl.identity.names import NameKey
from etl.identity.vocabulary import rules_digest

CACHE_FILE = "identity_name_keys.json"  # in the data folder (GDMP_DATA_DIR)
Name = tuple[str, tuple[str, ...]]  # a project's name and its row's cities, as name_key reads them
Readings = dict[Name, NameKey]  # (name, cities) → its reading

_FIELDS = dataclasses.fields(NameKey)
_SEP = "\x1f"  # between a name and its cities in a file's key: never in a project name (control character)


def _encoded(key: NameKey) -> list:
    return [sorted(v) if isinstance(v, frozenset) else list(v) if isinstance(v, tuple) else v
            for v in (getattr(key, f.name) for f in _FIELDS)]  # fmt: skip


_KIND = [str(f.type).split("[")[0] for f in _FIELDS]  # str, frozenset or tuple (the annotations are text)
_SETS = [i for i, kind in enumerate(_KIND) if kind == "frozenset"]
_TUPLES = [i for i, kind in enumerate(_KIND) if kind == "tuple"]
_NO_SET: frozenset[str] = frozenset()


def _decoded(values: list) -> NameKey:
    for i in _SETS:  # most are empty: one shared empty set, not one per name
        values[i] = frozenset(values[i]) if values[i] else _NO_SET
    for i in _TUPLES:
        values[i] = tuple(values[i])
    return NameKey(*values)


def load_readings(path: Path | None) -> Readings:
    """The readings kept at `path` if they were made by this code and vocabulary; else none."""
    if path is None:
        return {}
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if kept.get("reading") != rules_digest():
            return {}
        readings = {}
        for at, values in kept["keys"].items():
            name, _, cities = at.partition(_SEP)
            readings[name, tuple(cities.split("、")) if cities else ()] = _decoded(values)
        return readings
    except (OSError, ValueError, TypeError, LookupError, AttributeError):  # absent, damaged, another shape
        return {}


def save_readings(path: Path | None, readings: Readings) -> None:
    """Keep `readings` at `path`, whole or not at all (written beside it, then renamed over it)."""
    if path is None:
        return
    keys = {f"{name}{_SEP}{'、'.join(cities)}": _encoded(key) for (name, cities), key in readings.items()}
    text = json.dumps({"reading": rules_digest(), "keys": keys}, ensure_ascii=False, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
