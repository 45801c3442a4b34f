"""Check loaded rows against the headline a publisher announced (count, total, amount for the year).

A headline qualifier turns an equality into a bound: 超6800亿 ('over') is satisfied by any total above
6800亿, 约 ('about') by any total within the tolerance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.fetching.catalog import Headline
from etl.rules.units import wan_to_yi


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
    # headline: typed or reviewed, gates | announced: read from a release by rules, reported |
    # in_file: stated by the list about itself | conflict: another source's figure
    kind: str = "headline"


def _within(actual: Decimal, declared: Decimal, tolerance: Decimal, qualifier: str) -> bool:
    if qualifier == "over":
        return actual >= declared - tolerance
    if qualifier == "nearly":
        return declared - tolerance <= actual <= declared
    return abs(actual - declared) <= tolerance


_WORDS = {"exact": "", "about": "about ", "over": "over ", "nearly": "nearly "}


def _count(projects: list[dict]) -> Decimal:
    """Project rows, or groups of them: a group says how many rows it sums in 'rows'."""
    return Decimal(sum(p.get("rows", 1) for p in projects))


@dataclass(frozen=True)
class Expected:
    """A figure a list should show: typed into the catalog's headline, or read from an announcement."""

    figure: str  # projects | total_yi | annual_yi
    declared: Decimal  # a count, or 亿元
    qualifier: str  # exact | about | over | nearly
    tolerance: Decimal  # 亿元 (0 for counts)
    source: str  # where it comes from, for the message
    # Does a disagreement reject the list? Typed headlines and reviewed figures do; a figure read from
    # prose by rules is only reported (check kind 'announced'): rules misread prose more often than
    # publishers mistype their own lists.
    gates: bool = True


def from_headline(headline: Headline | None) -> list[Expected]:
    if headline is None:
        return []
    figures = (("projects", headline.projects, Decimal(0)), ("total_yi", headline.total_yi, headline.tolerance_yi),
               ("annual_yi", headline.annual_yi, headline.tolerance_yi))  # fmt: skip
    return [Expected(figure, Decimal(declared), headline.qualifier, tolerance, headline.source)
            for figure, declared, tolerance in figures if declared is not None]  # fmt: skip


def loaded_figures(projects: list[dict]) -> dict[str, Decimal]:
    """What the loaded rows (or their sums per heading) add up to, per headline figure."""
    return {
        "projects": _count(projects),
        "total_yi": wan_to_yi(sum((p["total_investment_wan"] or 0 for p in projects), Decimal(0))),
        "annual_yi": wan_to_yi(sum((p["annual_plan_wan"] or 0 for p in projects), Decimal(0))),
    }


def check_expected(expected: Expected, actual: Decimal) -> HeadlineCheck:
    ok = _within(actual, expected.declared, expected.tolerance, expected.qualifier)
    unit = "" if expected.figure == "projects" else "亿元"
    bound = f" ± {expected.tolerance.normalize():f}" if expected.tolerance else ""
    message = (f"{expected.figure}: loaded {actual.normalize():f}{unit}, announced {_WORDS[expected.qualifier]}"
               f"{expected.declared.normalize():f}{unit}{bound} ({expected.source}) → {'agrees' if ok else 'MISMATCH'}")  # fmt: skip
    kind = "headline" if expected.gates else "announced"
    return HeadlineCheck(expected.figure, expected.declared, actual, expected.tolerance, expected.qualifier, ok,
                         expected.source, message, kind)  # fmt: skip


def reconcile(
    headline: Headline | None, projects: list[dict], announced: list[Expected] | None = None
) -> list[HeadlineCheck]:
    """One check per expected figure: the catalog's typed headline (it gates) and the figures of the
    announcements of this list (reviewed ones gate, those read by rules are reported); then the conflicts
    the headline records. Counts are exact unless the qualifier says otherwise.

    projects: project rows, or sums of them per heading (etl.validate.gates.judge)."""
    actual = loaded_figures(projects)
    expected = from_headline(headline) + list(announced or [])
    checks = [check_expected(e, actual[e.figure]) for e in expected]
    if headline is not None:
        declared = {e.figure: e.declared for e in from_headline(headline)}
        checks += _conflicts(headline, {f: (declared.get(f), actual[f]) for f in actual})
    return checks


def _conflicts(headline: Headline, figures: dict[str, tuple]) -> list[HeadlineCheck]:
    """Known disagreements between sources, reported beside the checks; they never gate."""
    checks = []
    for conflict in headline.conflicts:
        primary, actual = figures[conflict.figure]
        tolerance = Decimal(0) if conflict.figure == "projects" else headline.tolerance_yi
        ok = _within(actual, conflict.value, tolerance, headline.qualifier)
        message = (
            f"{conflict.figure}: CONFLICT between sources: {conflict.source} says {conflict.value.normalize():f}, "
            f"{headline.source} says {Decimal(primary or 0).normalize():f}; loaded {actual.normalize():f} "
            f"{'agrees with' if ok else 'differs from'} {conflict.source}"
        )
        checks.append(HeadlineCheck(conflict.figure, conflict.value, actual, tolerance, headline.qualifier, ok,
                                    conflict.source, message, "conflict"))  # fmt: skip
    return checks


_GRAND_TOTAL = ("合计", "总计", "共计", "总合计", "全区", "全市", "全省", "全县")
_SUBTOTAL = re.compile(r"(合计|总计|小计|共计)([(].*[)])?$")


def _under(groups: list[dict], path: list[str]) -> list[dict]:
    """The groups of project rows under a heading path (every heading below it included)."""
    return [g for g in groups if list(g.get("heading_path") or [])[: len(path)] == path]


def _agrees(row: dict, rows: list[dict]) -> bool:
    if row.get("declared_count") is not None and _count(rows) != row["declared_count"]:
        return False
    for column in ("total_investment", "annual_plan"):
        declared = row.get(f"declared_{column}_wan")
        if declared is not None:
            actual = sum((p[f"{column}_wan"] or 0 for p in rows), Decimal(0))
            if abs(actual - declared) > row[f"declared_{column}_precision_wan"]:
                return False
    return True


def _total_scope(row: dict, groups: list[dict]) -> tuple[str, list[dict]]:
    """What a 合计/小计 row sums. '合计' or a total above every heading: the whole list. 'XX小计' naming an
    open heading: that heading. A bare '小计' sits after the rows it sums but does not say how many
    levels it closes: the innermost open heading whose rows it agrees with, else the innermost."""
    label = (row.get("label") or "").replace(" ", "")
    path = list(row.get("heading_path") or [])
    if label.startswith(_GRAND_TOTAL) or not path:
        return "whole list", groups
    named = _SUBTOTAL.sub("", label)
    if named and named in path:
        path = path[: path.index(named) + 1]
        return f"heading {' > '.join(path)!r}", _under(groups, path)
    for depth in range(len(path), 0, -1):
        if _agrees(row, _under(groups, path[:depth])):
            return f"heading {' > '.join(path[:depth])!r}", _under(groups, path[:depth])
    return f"heading {' > '.join(path)!r}", _under(groups, path)


def _scope(row: dict, groups: list[dict]) -> tuple[str, list[dict]] | None:
    """The project rows a non-project row makes a statement about, and a name for that scope."""
    if row["kind"] in {"category", "subcategory"}:
        path = list(row.get("heading_path") or [])
        return f"heading {' > '.join(path)!r}", _under(groups, path)
    if row["kind"] == "total":
        return _total_scope(row, groups)
    return None


def reconcile_in_file(non_projects: list[dict], groups: list[dict]) -> list[HeadlineCheck]:
    """Check counts and sums that the list states about itself: '（17个）' on a heading at any level, a
    合计 or 小计 row. A heading's figures cover every project beneath it, at any depth.

    groups: project rows summed per heading path (etl.validate.gates.judge). Totals agree within one unit of the
    last digit the file printed (its own rounding); counts exactly.
    """
    checks = []
    for row in non_projects:
        scope = _scope(row, groups)
        if scope is None:
            continue
        name, rows = scope
        where = f"row {row['row_number']} of the file ({row['kind']} {row.get('label')!r})"
        if row.get("declared_count") is not None:
            declared, actual = Decimal(row["declared_count"]), _count(rows)
            checks.append(_in_file_check(f"in_file:{name}:projects", declared, actual, Decimal(0), where,
                                         f"{name}: loaded {actual} projects, the file says {declared}"))  # fmt: skip
        for column, figure in (("total_investment", "total_yi"), ("annual_plan", "annual_yi")):
            if row.get(f"declared_{column}_wan") is None:
                continue
            declared = wan_to_yi(row[f"declared_{column}_wan"])
            actual = wan_to_yi(sum((p[f"{column}_wan"] or 0 for p in rows), Decimal(0)))
            tolerance = wan_to_yi(row[f"declared_{column}_precision_wan"])
            text = (f"{name}: loaded {actual.normalize():f}亿元, the file says {declared.normalize():f}亿元 "
                    f"± {tolerance.normalize():f}")  # fmt: skip
            checks.append(
                _in_file_check(f"in_file:{name}:{figure}", declared, actual, tolerance, where, text)
            )
    return checks


def _in_file_check(figure: str, declared, actual, tolerance, where: str, text: str) -> HeadlineCheck:
    ok = abs(actual - declared) <= tolerance
    return HeadlineCheck(figure, declared, actual, tolerance, "exact", ok, where,
                         f"{text} → {'agrees' if ok else 'MISMATCH'}", "in_file")  # fmt: skip
