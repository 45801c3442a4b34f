-- column_comments(name) and view_comments(): DESCRIBE with the descriptions. DuckDB's DESCRIBE shows
-- names and types only; the COMMENT ON texts of sql/ live in duckdb_views() / duckdb_columns(). Usage:
--   SELECT * FROM view_comments();                      -- every view and what it answers
--   SELECT * FROM column_comments('project_overlaps');  -- its columns, types and descriptions
CREATE OR REPLACE MACRO column_comments(object_name) AS TABLE
    SELECT column_name, data_type, comment
    FROM duckdb_columns()
    WHERE database_name = current_database() AND schema_name = 'main' AND table_name = object_name
    ORDER BY column_index;

CREATE OR REPLACE MACRO view_comments() AS TABLE
    SELECT view_name, comment
    FROM duckdb_views()
    WHERE NOT internal AND database_name = current_database() AND schema_name = 'main'
    ORDER BY view_name;

COMMENT ON MACRO TABLE column_comments IS 'DESCRIBE with descriptions: SELECT * FROM column_comments(''project_overlaps'') gives column_name, data_type, comment of a view or table.';
COMMENT ON MACRO TABLE view_comments IS 'Every view of the warehouse with what it answers: SELECT * FROM view_comments().';
