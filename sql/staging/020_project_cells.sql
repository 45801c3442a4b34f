-- Step 2: the rows that are projects, each with the headings it sits under.
-- non_projects (headings, totals, notes, blanks) and segments (the rows each heading covers, from its next
-- row to the next heading, with the heading path there) were written by etl/normalize/classify.py; rows
-- before the first heading are segment 0. A row's segment is the number of headings above it, counted
-- in the short list of where segments start: a range join or an ASOF join would sort every row first
-- (seconds at 1M rows). section is the top heading (the category family), subsection the deepest one.
-- The segment is computed per row before the join (placed): joining on the expression itself makes
-- DuckDB 1.5 evaluate it for every pair of row and segment (10x slower; docs/benchmarks.md).
CREATE OR REPLACE VIEW project_cells AS
WITH starts AS (SELECT list(from_row ORDER BY segment) AS from_rows FROM segments),
placed AS (
    SELECT c.*, len(list_filter(starts.from_rows, r -> r <= c.row_number)) - 1 AS segment
    FROM cells AS c
    ANTI JOIN non_projects AS n USING (row_number)
    CROSS JOIN starts
)
SELECT p.* EXCLUDE (segment), s.heading_path, s.heading_path[1] AS section,
    CASE WHEN len(s.heading_path) > 1 THEN s.heading_path[-1] END AS subsection, s.group_label
FROM placed AS p
JOIN segments AS s USING (segment);
