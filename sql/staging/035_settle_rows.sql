-- Step 3b, small lists only (etl.staging.SMALL_LIST_ROWS): the normalized rows computed once, into a
-- table. The duplicates step reads them three times over and the candidates once more, and the view
-- re-runs the whole normalization each time (~30 % of a small list's reading, docs/benchmarks.md). A
-- big list keeps the view: it streams instead of holding the rows (the 1M-row bound).
CREATE TABLE normalized_rows__rows AS SELECT * FROM normalized_rows;
DROP VIEW normalized_rows;
ALTER TABLE normalized_rows__rows RENAME TO normalized_rows;
