-- Step 5, small lists only (etl.staging.SMALL_LIST_ROWS): the project rows computed once, into a table.
-- GX, the gates and the writer each read them again, and the view `candidates` would re-run the whole
-- normalization every time. What they were computed from is then dropped in the same transaction, so it
-- never reaches the file: the staging file's checkpoint writes only what is read later (candidates,
-- non_projects), ~half the time of a small list's reading (docs/benchmarks.md). A big list keeps its
-- views: they stream instead of holding the rows (the 1M-row bound).
CREATE TABLE candidates__rows AS SELECT * FROM candidates;
DROP VIEW candidates;
ALTER TABLE candidates__rows RENAME TO candidates;
DROP TABLE normalized_rows;
DROP TABLE duplicates;
DROP VIEW project_cells;
DROP TABLE cells;
DROP TABLE segments;
DROP TABLE place_map;
DROP TABLE period_map;
DROP TABLE stage_map;
DROP TABLE date_map;
DROP TABLE total_investment_map;
DROP TABLE annual_plan_map;
DROP TABLE column_units;
DROP TABLE IF EXISTS fold_map;
