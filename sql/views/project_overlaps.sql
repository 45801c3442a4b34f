-- project_overlaps: which projects appear in several lists in force (provincial plan, city plans, batches)
-- — the reason province-wide totals never add lists of different kinds. One line per (project, list).
-- As it stood on another date: SELECT * FROM project_overlaps_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 多个清单重复列入的项目
CREATE OR REPLACE VIEW project_overlaps AS
SELECT * FROM project_overlaps_as_of(now());

COMMENT ON VIEW project_overlaps IS 'Projects found in more than one list in force now, one line per (project, list). Same project = same identity_key: folded name without spaces or punctuation + city code (or place label for multi-city / 不分市), see macro project_identity. As of a date: project_overlaps_as_of(ts).';
COMMENT ON COLUMN project_overlaps.identity_key IS 'project_identity(project_name, city_code, city_name): name key | city code or place label';
COMMENT ON COLUMN project_overlaps.project_name IS 'Name as published in this list';
COMMENT ON COLUMN project_overlaps.place_kind IS 'city | multi_city | unassigned (不分市) | province';
COMMENT ON COLUMN project_overlaps.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_overlaps.city_name IS 'City in Chinese, the cities of a multi-city project, or 不分市';
COMMENT ON COLUMN project_overlaps.list_count IS 'In how many lists in force this project appears';
COMMENT ON COLUMN project_overlaps.lists IS 'The catalog ids of those lists, comma-separated';
COMMENT ON COLUMN project_overlaps.list_kinds IS 'The kinds of those lists, comma-separated';
COMMENT ON COLUMN project_overlaps.source_id IS 'The list of this line';
COMMENT ON COLUMN project_overlaps.version IS 'Version of that list in force';
COMMENT ON COLUMN project_overlaps.row_number IS 'Row of the project in the list''s file';
COMMENT ON COLUMN project_overlaps.total_investment_yi IS 'Total investment in this list, 亿元';
COMMENT ON COLUMN project_overlaps.annual_plan_yi IS 'Annual amount in this list, 亿元';
COMMENT ON COLUMN project_overlaps.same_total_everywhere IS 'true when every list gives this project the same total investment';
COMMENT ON COLUMN project_overlaps.same_annual_everywhere IS 'true when every list gives the same annual amount (or none)';
COMMENT ON COLUMN project_overlaps.list_kind IS 'Kind of the list of this line';
COMMENT ON COLUMN project_overlaps.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN project_overlaps.published IS 'Publication date of the list';
COMMENT ON COLUMN project_overlaps.title IS 'Title of the list';
COMMENT ON COLUMN project_overlaps.stage IS 'Stage in this list';
COMMENT ON COLUMN project_overlaps.category IS 'Category in this list';
