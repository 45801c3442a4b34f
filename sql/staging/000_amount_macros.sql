-- How an amount cell becomes 万元, for the normalizing steps (sql/staging/030_candidates.sql).
-- The rule is etl/rules/units.py's parse_amount, the one definition. Its first branch, a plain number (re_plain_number:
-- ASCII digits, at most 8 before the point and 8 after) in a column whose unit is known (its header, a note
-- above the table, or the catalog), is the same cast as here: Decimal(text) × the unit's factor, which for
-- any unit stays below 10^16 万元 and within 12 decimals. Any other text was read by parse_amount once per
-- distinct text, into a lookup whose row the caller passes as mapped_wan / mapped_unit / mapped_raw. Without a unit even
-- a plain number goes to parse_amount, which refuses it: a guessed unit is a 10^4 error.
-- tests/test_amount_cells.py holds this cast to parse_amount over generated cells.
CREATE OR REPLACE MACRO amount_is_plain(t, unit) AS
    unit IS NOT NULL AND t IS NOT NULL AND regexp_matches(t, re_plain_number());
-- The amount as published: a plain number as it is, any other text as the lookup shows it (trimmed).
CREATE OR REPLACE MACRO amount_raw(t, unit, mapped_raw) AS
    CASE WHEN amount_is_plain(t, unit) THEN t ELSE mapped_raw END;
CREATE OR REPLACE MACRO amount_wan(t, unit, wan_per_unit, mapped_wan) AS CAST(
    -- text → DECIMAL(18, 8) (DuckDB 1.5 casts text to a wider DECIMAL ~200x slower: docs/benchmarks.md), then
    -- widened as a number, so that the product with the factor has room (up to 10^16 万元)
    CASE WHEN amount_is_plain(t, unit) THEN CAST(CAST(t AS DECIMAL(18, 8)) AS DECIMAL(26, 8)) * wan_per_unit
         ELSE CAST(mapped_wan AS DECIMAL(38, 12)) END AS DECIMAL(38, 12));
CREATE OR REPLACE MACRO amount_unit(t, unit, mapped_unit) AS
    CASE WHEN amount_is_plain(t, unit) THEN unit WHEN t IS NULL THEN unit ELSE mapped_unit END;
