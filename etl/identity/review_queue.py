"""What the identity step asks an analyst about (read-only; `gdmp review identity`): the pairs scoring
between the review floor and the link score, between rows of lists in force, best first."""

from __future__ import annotations

import duckdb

from etl.identity.judgements import Judgement

QUEUE = """
    SELECT c.score, c.row_key_a, c.row_key_b, a.project_name, b.project_name, c.source_id_a, c.source_id_b,
           coalesce(a.city_name, '不分市'), coalesce(b.city_name, '不分市'),
           yi(a.total_investment_wan), yi(b.total_investment_wan)
    FROM identity_candidates AS c
    JOIN current_projects AS a ON a.source_id = c.source_id_a AND a.version = c.version_a AND a.row_number = c.row_number_a
    JOIN current_projects AS b ON b.source_id = c.source_id_b AND b.version = c.version_b AND b.row_number = c.row_number_b
    ORDER BY c.score DESC, c.row_key_a, c.row_key_b"""


def queued_pairs(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(score, row key a, row key b, name a, name b, list a, list b, place a, place b, total a 亿, total b 亿)."""
    return con.execute(QUEUE).fetchall()


def asked(pairs: list[tuple]) -> list[Judgement]:
    """A pending judgement per queued pair, with the names and score for the reader."""
    return [Judgement(rows=(a, b), names=[na, nb], score=score) for score, a, b, na, nb, *_ in pairs]
