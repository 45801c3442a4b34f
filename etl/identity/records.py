"""One project row as the identity step sees it (read from the warehouse, or built by the corpus)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property


@dataclass(frozen=True)
class IdentityRow:
    """A project row of one list version. `row_key` is stable across versions of a list while the row
    keeps its name and place (source id + project_key): judgements are keyed by it."""

    source_id: str
    version: int
    row_number: int
    project_key: str
    project_name: str
    place_kind: str  # city | multi_city | unassigned | province
    city_name: str | None  # 广州 / 广州、佛山 / 不分市
    category: str | None
    start_year: int | None
    end_year: int | None
    total_investment_wan: Decimal | None
    list_kind: str
    published: str  # ISO date of the list

    @property
    def row_key(self) -> str:
        return f"{self.source_id}:{self.project_key}"

    @property
    def list_version(self) -> tuple[str, int]:
        return self.source_id, self.version

    @cached_property
    def cities(self) -> tuple[str, ...]:
        """The row's cities without 市 (several for a multi-city row); empty for 不分市 / the province. Worked
        out once per row: blocking, names and clusters ask for it again and again."""
        if self.place_kind not in ("city", "multi_city") or not self.city_name:
            return ()
        return tuple(part.strip().removesuffix("市") for part in self.city_name.split("、") if part.strip())
