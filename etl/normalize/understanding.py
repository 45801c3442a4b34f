"""Refuse a table whose columns we do not understand, and say exactly how to make it understood.

A list loads only when its project-name column and its total-investment column are mapped (a list that
publishes no amounts says `amounts: none` in its catalog entry). Otherwise the publication is
rejected — its previous version stays — with a message naming the headers seen, the canonical columns
not found, and the `columns:` line to add to the catalog entry, guessing the column from its values.
"""

from __future__ import annotations

import json

import duckdb

from etl.core.errors import NotUnderstood
from etl.fetching.catalog import Source

REQUIRED = {"project_name": "项目名称", "total_investment": "总投资"}
# What an amount cell looks like before it is read: a number, maybe approximate, maybe with its unit.
_AMOUNT_LIKE = r"^\s*[约超近]?\s*-?[0-9０-９][0-9０-９,，.．]*\s*(万亿元|亿元|万元|元|亿|万)?\s*$"


def missing_columns(mapping: dict[int, str], source: Source) -> list[str]:
    mapped = set(mapping.values())
    return [
        c for c in REQUIRED if c not in mapped and not (c == "total_investment" and source.amounts == "none")
    ]


def _guess(con: duckdb.DuckDBPyConnection, header: list[str], unmapped: list[int], column: str) -> int | None:
    """The unmapped column most likely to hold `column`: the most amount-like values for an amount,
    the most distinct texts that are not numbers for a name."""
    best, best_score = None, 0.0
    for index in unmapped:
        c = f"c{index + 1}"
        filled, amounts, distinct = con.execute(
            f"SELECT count({c}), count(*) FILTER (regexp_matches({c}, ?)), count(DISTINCT {c}) FROM raw",
            [_AMOUNT_LIKE],
        ).fetchone()
        if not filled:
            continue
        score = amounts / filled if column == "total_investment" else (distinct - amounts) / filled
        if score > max(best_score, 0.5):
            best, best_score = index, score
    return best


def check_understood(
    con: duckdb.DuckDBPyConnection, header: list[str], mapping: dict[int, str], width: int, source: Source
) -> None:
    """Raise NotUnderstood unless the name and total-investment columns are mapped (see the module)."""
    missing = missing_columns(mapping, source)
    if not missing:
        return
    unmapped = [i for i in range(min(width, len(header))) if i not in mapping and header[i]]
    columns = dict(source.columns or {})
    for column in missing:
        guess = _guess(con, header, [i for i in unmapped if header[i] not in columns], column)
        columns[header[guess] if guess is not None else f"<the header of the {column} column>"] = column
    line = (
        "columns: {"
        + ", ".join(f"{json.dumps(h, ensure_ascii=False)}: {c}" for h, c in columns.items())
        + "}"
    )
    seen = [h for h in header if h]
    what = ", ".join(f"{c} ({REQUIRED[c]})" for c in missing)
    raise NotUnderstood(
        f"not loaded: no column for {what} among the headers {seen}. Add to this list's catalog entry: "
        f"`{line}`"
        + (
            " (and `unit:` if the header does not say 万元 or 亿元), or `amounts: none` if the"
            " list publishes no amounts"
            if "total_investment" in missing
            else ""
        )
    )
