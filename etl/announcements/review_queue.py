"""What asks for review in the warehouse: per release in force, its ambiguous sentences and the figures
that disagree with the lists it announces (read-only; `gdmp review`)."""

from __future__ import annotations

from decimal import Decimal

import duckdb

from etl.announcements.figure import AnnouncedFigure

OVERVIEW = """
    SELECT a.source_id, a.version, a.figures, a.ambiguous,
           (SELECT count(*) FROM announcements_vs_lists AS v
            WHERE v.announcement = a.source_id AND NOT v.agrees) AS disagreeing,
           (SELECT count(*) FROM announced_figures AS f
            WHERE f.source_id = a.source_id AND f.version = a.version AND f.provenance = 'reviewed') AS reviewed
    FROM announcements AS a WHERE a.valid_to IS NULL ORDER BY a.source_id"""

DISAGREEING = """
    SELECT list_id, scope_kind, scope_label, figure, announced, qualifier, loaded
    FROM announcements_vs_lists WHERE announcement = ? AND NOT agrees
    ORDER BY list_id, scope_kind, scope_label, figure"""

FIGURES = """
    SELECT f.scope_kind, f.scope_label, f.figure, f.value, f.share_of, f.qualifier, f.event, f.text,
           f.start_offset, f.end_offset, f.sentence, f.sentence_start, f.sentence_end, f.status, f.reason,
           coalesce(f.provenance, 'rules')
    FROM announced_figures AS f JOIN announcements AS a USING (source_id, version)
    WHERE a.source_id = ? AND a.valid_to IS NULL ORDER BY f.figure_no"""


def overview(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(source id, version, figures, ambiguous sentences, figures disagreeing with lists, reviewed figures)."""
    return con.execute(OVERVIEW).fetchall()


def figures_in_force(con: duckdb.DuckDBPyConnection, source_id: str) -> list[AnnouncedFigure]:
    return [AnnouncedFigure(*row) for row in con.execute(FIGURES, [source_id]).fetchall()]


def disagreements(con: duckdb.DuckDBPyConnection, source_id: str) -> list[tuple]:
    return con.execute(DISAGREEING, [source_id]).fetchall()


def asked_sentences(figures: list[AnnouncedFigure], disagreeing: list[tuple]) -> set[str]:
    """The sentences a reviewer is asked about: the ambiguous ones, and those whose figures disagree with a
    list (same scope and figure as a disagreeing comparison, and not reviewed already)."""
    asked = {f.sentence for f in figures if f.status == "ambiguous"}
    wrong = {(kind, label, figure, Decimal(value) if figure == "projects" else None)
             for _, kind, label, figure, value, _, _ in disagreeing}  # fmt: skip
    for f in figures:
        if f.status == "ok" and f.provenance == "rules":
            count = f.value if f.figure == "projects" else None
            if (f.scope_kind, f.scope_label, f.figure, count) in wrong or (
                f.figure != "projects" and (f.scope_kind, f.scope_label, f.figure, None) in wrong
            ):
                asked.add(f.sentence)
    return asked
