-- How an amount cell becomes 万元, for the normalizing steps (sql/staging/030_candidates.sql).
-- A plain number in a column whose unit is known (its header, a note above the table, or the catalog)
-- is cast exactly here; any other text was read by etl/units.py: parse_amount once per distinct text,
-- into a lookup whose row the caller passes as mapped_wan / mapped_unit. Without a unit even a plain
-- number goes to parse_amount, which refuses it: a guessed unit is a 10^4 error.
-- The cast goes through DECIMAL(18, 8) first: the same value, but DuckDB 1.5 casts text to a DECIMAL wider
-- than 18 digits ~200x slower (docs/benchmarks.md); only amounts of 10^10 万元 or more take that path.
CREATE OR REPLACE MACRO amount_is_plain(t, unit) AS
    unit IS NOT NULL AND t IS NOT NULL AND regexp_matches(t, re_plain_number());
-- The amount as published: the cell itself, or trimmed as Python's str.strip() trims.
CREATE OR REPLACE MACRO amount_raw(t, unit) AS
    CASE WHEN amount_is_plain(t, unit) THEN t ELSE py_strip(t) END;
CREATE OR REPLACE MACRO amount_wan(t, unit, wan_per_unit, mapped_wan) AS CAST(
    CASE WHEN amount_is_plain(t, unit) THEN coalesce(TRY_CAST(t AS DECIMAL(18, 8)), CAST(t AS DECIMAL(26, 8))) * wan_per_unit
         ELSE CAST(mapped_wan AS DECIMAL(38, 12)) END AS DECIMAL(38, 12));
CREATE OR REPLACE MACRO amount_unit(t, unit, mapped_unit) AS
    CASE WHEN amount_is_plain(t, unit) THEN unit WHEN t IS NULL THEN unit ELSE mapped_unit END;
