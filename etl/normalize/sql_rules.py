"""The rules SQL shares with Python, defined once in Python and handed to DuckDB as macros and a table.

The static steps in sql/staging/ call these macros instead of repeating a pattern: the row patterns of
etl/rows.py, and text folding where DuckDB can fold exactly as
`fold_text` does (tests/test_normalize_sql.py holds `fold_in_sql` to that over the whole Basic
Multilingual Plane, and `maybe_not_project` to never passing a row classify_row would not call a project).
"""

from __future__ import annotations

import re

import duckdb

from etl import rows
from etl.duck import sql_text
from etl.units import PLAIN_NUMBER  # cast exactly in SQL, as parse_amount's first branch does

# Characters NFKC maps to themselves and str.split() does not split on (tested over the whole BMP).
SAFE_PUNCTUATION = "、。〈〉《》「」『』【】〔〕〖〗·—–‘’“”"
_FULL_WIDTH = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
_HALF_WIDTH = "".join(chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)) + " "
_SAFE = r"!-~\x{4E00}-\x{9FFF}" + "".join(re.escape(c) for c in SAFE_PUNCTUATION)
# Line breaks are left to Python: fold_text joins a break between Chinese characters without a space.
_ASCII_SPACE = r" \t\x{0B}\x{0C}"
# Python's str.strip() whitespace, for the amount text kept as published.
_PY_SPACE = r"\t\n\x{0B}\x{0C}\r\x{1C}-\x{1F} \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"

FOLD_MACROS = f"""
CREATE OR REPLACE MACRO fold_common_wide(c) AS
    replace(replace(replace(replace(replace(replace(c, '（', '('), '）', ')'), '：', ':'), '，', ','), '；', ';'), '\u3000', ' ');
CREATE OR REPLACE MACRO fold_other_wide(t) AS CASE
    WHEN regexp_matches(t, '[\\x{{FF01}}-\\x{{FF5E}}]') THEN translate(t, {sql_text(_FULL_WIDTH)}, {sql_text(_HALF_WIDTH)}) ELSE t END;
CREATE OR REPLACE MACRO fold_spaces(t) AS CASE
    WHEN regexp_full_match(t, '[{_SAFE}]*') THEN t
    WHEN regexp_full_match(t, '[{_ASCII_SPACE}{_SAFE}]*') THEN trim(regexp_replace(t, '[{_ASCII_SPACE}]+', ' ', 'g'))
END;
-- fold_text in SQL, or NULL where only Python's NFKC can say. Full-width forms map to ASCII; the common
-- ones by replace, the rest by translate (slow: only when present).
CREATE OR REPLACE MACRO fold_in_sql(c) AS CASE
    WHEN c IS NULL THEN ''
    WHEN regexp_full_match(c, '[{_SAFE}]*') THEN c
    ELSE fold_spaces(fold_other_wide(fold_common_wide(c)))
END;
-- str.strip() or NULL, for an amount's text as published.
CREATE OR REPLACE MACRO py_strip(c) AS nullif(regexp_replace(c, '^[{_PY_SPACE}]+|[{_PY_SPACE}]+$', '', 'g'), '');
"""

# Patterns as macros that return their text: DuckDB folds a macro to a constant, so each compiles once.
_PATTERNS = {
    "re_note": rows.NOTE_RE.pattern,
    "re_total": rows.TOTAL_RE.pattern,
    "re_category": rows.CATEGORY_RE.pattern,
    "re_category_seq": rows.CATEGORY_SEQ_RE.pattern,
    "re_subcategory_seq": rows.SUBCATEGORY_SEQ_RE.pattern,
    "re_count": rows.COUNT_RE.pattern,
    "re_subcategory_name": rows.SUBCATEGORY_NAME_RE.pattern,
    "re_arabic_seq": rows.ARABIC_SEQ_RE.pattern,
    "re_arabic_name": rows.ARABIC_NAME_RE.pattern,
    "re_plain_number": PLAIN_NUMBER,
}

MAYBE_NOT_PROJECT = """
-- True for every row classify_row might call something other than a project; seq/name/others are
-- folded text, NULL where SQL could not fold. "Other content" is a non-empty cell that is not a copy of
-- the 序号 or name cell (a heading merged across the row repeats its text in every cell).
CREATE OR REPLACE MACRO maybe_not_project(seq, name, others) AS
    seq IS NULL OR name IS NULL
    OR NOT coalesce(len(list_filter(others, o -> o IS NOT NULL AND o <> ''
                        AND replace(o, ' ', '') NOT IN (replace(seq, ' ', ''), replace(name, ' ', '')))) > 0, false)
    OR regexp_matches(replace(seq, ' ', ''), re_note()) OR regexp_matches(replace(name, ' ', ''), re_note())
    OR regexp_matches(replace(seq, ' ', ''), re_total()) OR regexp_matches(replace(name, ' ', ''), re_total())
    OR regexp_matches(replace(seq, ' ', ''), re_subcategory_seq())
    OR regexp_matches(replace(seq, ' ', ''), re_category_seq())
    OR regexp_matches(replace(seq, ' ', ''), re_category()) OR regexp_matches(replace(name, ' ', ''), re_category())
    OR regexp_matches(replace(seq, ' ', ''), re_count())
    OR regexp_matches(replace(name, ' ', ''), re_subcategory_name())
    OR regexp_matches(replace(seq, ' ', ''), re_arabic_seq()) OR regexp_matches(replace(name, ' ', ''), re_arabic_name());
"""


def define_rule_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Macros the static steps of sql/staging/ call. They are stored in the staging file, because its
    views use them whenever they are read (by GX, by the gates, by the writer that ATTACHes the file)."""
    con.execute(FOLD_MACROS)
    con.execute(
        "\n".join(f"CREATE OR REPLACE MACRO {name}() AS {sql_text(p)};" for name, p in _PATTERNS.items())
    )
    con.execute(MAYBE_NOT_PROJECT)
