"""Check loaded rows against the headline a publisher announced (count, total, amount for the year).

A headline qualifier turns an equality into a bound: 超6800亿 ('over') is satisfied by any total above
6800亿, 约 ('about') by any total within the tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from etl.catalog import Headline
from etl.units import wan_to_yi


@dataclass(frozen=True)
class HeadlineCheck:
    figure: str  # projects | total_yi | annual_yi
    declared: Decimal
    actual: Decimal
    tolerance: Decimal
    qualifier: str
    ok: bool
    figure_source: str
    message: str


def _within(actual: Decimal, declared: Decimal, tolerance: Decimal, qualifier: str) -> bool:
    if qualifier == "over":
        return actual >= declared - tolerance
    if qualifier == "nearly":
        return declared - tolerance <= actual <= declared
    return abs(actual - declared) <= tolerance


_WORDS = {"exact": "", "about": "about ", "over": "over ", "nearly": "nearly "}


def reconcile(headline: Headline | None, projects: list[dict]) -> list[HeadlineCheck]:
    """One check per figure the headline declares. Counts are exact unless the qualifier says otherwise."""
    if headline is None:
        return []
    checks = []
    figures: list[tuple[str, Decimal | int | None, Decimal, Decimal]] = [
        ("projects", headline.projects, Decimal(len(projects)), Decimal(0)),
        (
            "total_yi",
            headline.total_yi,
            wan_to_yi(sum((p["total_investment_wan"] or 0 for p in projects), Decimal(0))),
            headline.tolerance_yi,
        ),
        (
            "annual_yi",
            headline.annual_yi,
            wan_to_yi(sum((p["annual_plan_wan"] or 0 for p in projects), Decimal(0))),
            headline.tolerance_yi,
        ),
    ]
    for figure, declared, actual, tolerance in figures:
        if declared is None:
            continue
        declared = Decimal(declared)
        ok = _within(actual, declared, tolerance, headline.qualifier)
        unit = "" if figure == "projects" else "亿元"
        bound = f" ± {tolerance.normalize():f}" if tolerance else ""
        message = (
            f"{figure}: loaded {actual.normalize():f}{unit}, announced {_WORDS[headline.qualifier]}"
            f"{declared.normalize():f}{unit}{bound} ({headline.source}) → {'agrees' if ok else 'MISMATCH'}"
        )
        checks.append(
            HeadlineCheck(
                figure, declared, actual, tolerance, headline.qualifier, ok, headline.source, message
            )
        )
    return checks
