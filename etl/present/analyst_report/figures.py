"""How figures and labels read in the report: thousands separators, fixed decimals, – for NULL."""

from __future__ import annotations

from decimal import Decimal

PLACE_LABELS = {
    "city": "one city",
    "multi_city": "several cities",
    "unassigned": "不分市 (no city)",
    "province": "province",
}
KIND_LABELS = {
    "provincial_plan": "provincial plan",
    "city_plan": "city plan",
    "groundbreaking": "groundbreaking batch",
    "signing": "signing event",
}


def num(value: object, digits: int = 1) -> str:
    """A figure for people: thousands separators, fixed decimals; – for NULL."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{Decimal(value):,.{digits}f}"


def projects(count: int) -> str:
    return f"{count:,} project" + ("" if count == 1 else "s")
