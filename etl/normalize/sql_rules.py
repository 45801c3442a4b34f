"""What SQL applies of the Python rules, derived from them, handed to DuckDB as macros.

Nothing here is a rule of its own:

- folding (`fold_in_sql`): the character map is computed from `fold_text` itself (etl/rules/text.py), one
  character at a time, over the blocks list text is made of (ASCII, general and CJK punctuation, CJK
  ideographs, full-width forms). A text made only of characters `fold_text` leaves alone passes as is;
  one that also holds characters it maps to one other character (full-width forms) is translated;
  words one space apart stay so. Anything else (spaces at the ends or in runs, a tab, a line break, a
  character NFKC might compose or expand) is NULL, and
  `fold_text` folds it once per distinct value (etl/normalize/lookups.py). A 1M-row list has about as
  many distinct names as rows: calling `fold_text` for each would take far longer than the bench allows
  (docs/benchmarks.md), hence the map;
- the row patterns (`maybe_not_project`): the regular expressions of etl/rules/rows.py, as they are, to flag the
  rows classify_row must see (etl/normalize/classify.py); a row flagged needlessly only costs a call.

tests/test_normalize_sql.py holds `fold_in_sql` to `fold_text` over the whole Basic Multilingual Plane
(the map assumes characters fold one by one in these blocks) and the flag to never passing a row
classify_row would not call a project.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import duckdb

from etl.core.duck import sql_text
from etl.rules import rows
from etl.rules.text import fold_text
from etl.rules.units import PLAIN_NUMBER  # cast exactly in SQL, as parse_amount's first branch does

# Where list text lives; a choice of speed, not a rule: a character outside goes to fold_text.
FOLD_BLOCKS = ((0x21, 0x7E), (0x2010, 0x205E), (0x3001, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF5E))
# Full-width forms so common in lists that replace() beats translate() for them (their targets: the map).
COMMON_WIDE = "（）：，；"


@cache
def fold_map() -> tuple[str, dict[str, str]]:
    """(characters fold_text leaves alone, {character: the one character fold_text makes of it}) over
    FOLD_BLOCKS. Combining marks and spaces are left out: they do not fold one by one."""
    chars = [chr(c) for a, b in FOLD_BLOCKS for c in range(a, b + 1)]
    chars = [c for c in chars if _alone(c)]
    folded = [fold_text(c) for c in chars]
    same = "".join(c for c, f in zip(chars, folded, strict=True) if f == c)
    mapped = {c: f for c, f in zip(chars, folded, strict=True) if f != c and len(f) == 1 and _alone(f)}
    return same, mapped


def _alone(char: str) -> bool:
    """Not a mark, space or control: a character whose folding its neighbours cannot change."""
    return not unicodedata.combining(char) and unicodedata.category(char)[0] not in "MZC"


def _char_class(chars: str) -> str:
    """A regular-expression character class body for these characters, as ranges of code points."""
    points = sorted(ord(c) for c in set(chars))
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return "".join(f"\\x{{{a:X}}}" + (f"-\\x{{{b:X}}}" if b > a else "") for a, b in ranges)


@cache
def fold_macros() -> str:
    same, mapped = fold_map()
    common = "c"
    for wide in COMMON_WIDE:
        common = f"replace({common}, {sql_text(wide)}, {sql_text(mapped[wide])})"
    rest = {c: f for c, f in mapped.items() if c not in COMMON_WIDE}
    return f"""
-- fold_text, where the map derived from it answers (etl/normalize/sql_rules.py); else NULL.
CREATE OR REPLACE MACRO fold_common_wide(c) AS {common};
CREATE OR REPLACE MACRO fold_other_wide(t) AS CASE WHEN regexp_matches(t, '[{_char_class("".join(rest))}]')
    THEN translate(t, {sql_text("".join(rest))}, {sql_text("".join(rest.values()))}) ELSE t END;
CREATE OR REPLACE MACRO fold_in_sql(c) AS CASE
    WHEN c IS NULL THEN ''
    WHEN regexp_full_match(c, '{_spaced(same)}') THEN c
    WHEN regexp_full_match(c, '{_spaced(same + "".join(mapped))}') THEN fold_other_wide(fold_common_wide(c))
END;
"""


def _spaced(chars: str) -> str:
    """Text of these characters, words of them one space apart: fold_text keeps such spaces as they are."""
    word = f"[{_char_class(chars)}]+"
    return f"({word}( {word})*)?"


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
    con.execute(fold_macros())
    con.execute(
        "\n".join(f"CREATE OR REPLACE MACRO {name}() AS {sql_text(p)};" for name, p in _PATTERNS.items())
    )
    con.execute(MAYBE_NOT_PROJECT)
