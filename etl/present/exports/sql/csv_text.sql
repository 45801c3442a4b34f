-- csv_text: a text field of a CSV export, neutralized against formula injection (OWASP "CSV injection"):
-- a text whose first character starts a formula (formula_start, from etl/present/exports/injection.py, folded
-- forms such as ＝ included) gets a leading single quote, unless it is a plain number (plain_number),
-- which a spreadsheet must still read as a number. NULL stays NULL (an empty field).
CREATE OR REPLACE TEMP MACRO csv_text(value, formula_start, plain_number) AS
    CASE WHEN regexp_matches(value, formula_start) AND NOT regexp_full_match(value, plain_number)
         THEN '''' || value
         ELSE value END;
