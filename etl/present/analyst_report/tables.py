"""The plain shapes a section hands its template: a table, a coloured verdict, the section itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]]  # cells: str, or Verdict for a coloured word
    numeric: set[int] = field(default_factory=set)  # columns aligned right


@dataclass(frozen=True)
class Verdict:
    text: str
    css_class: str  # ok | bad | warn


@dataclass
class Section:
    key: str  # anchor and template name
    title: str
    data: dict[str, Any]
