-- Step 8, small lists only (etl.readers.staging.SMALL_LIST_ROWS), once `candidates` is a table
-- (etl.readers.staging.materialize): what it was computed from is dropped in the normalizing transaction, so it
-- never reaches the file, and the staging file's checkpoint writes only what is read later (candidates,
-- non_projects): ~half the time of a small list's reading went to writing the intermediate tables
-- (docs/benchmarks.md). A big list keeps them: its views stream from them (the 1M-row bound).
DROP TABLE normalized_rows;
DROP TABLE duplicates;
DROP TABLE project_cells;
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
