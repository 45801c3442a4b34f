-- project_links: every project row of the lists in force now → its distinct project, and why (identity step).
-- As it stood on another date: SELECT * FROM project_links_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 清单行与去重后项目对应
CREATE OR REPLACE VIEW project_links AS
SELECT * FROM project_links_as_of(now());

COMMENT ON VIEW project_links IS 'Every project row of the lists in force now with its distinct project (project_id) and the basis of the link: exact key, reviewed judgement, score with its value, or alone. Built by the identity step after loading (etl/identity/). As of a date: project_links_as_of(ts).';
COMMENT ON COLUMN project_links.project_id IS 'Distinct project (see project_registry)';
COMMENT ON COLUMN project_links.source_id IS 'Catalog id of the list of this row';
COMMENT ON COLUMN project_links.version IS 'Version of that list in force';
COMMENT ON COLUMN project_links.row_number IS 'Row of the project in the list''s file';
COMMENT ON COLUMN project_links.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing';
COMMENT ON COLUMN project_links.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN project_links.published IS 'Publication date of the list';
COMMENT ON COLUMN project_links.project_name IS 'Name as published in this list';
COMMENT ON COLUMN project_links.place_kind IS 'city | multi_city | unassigned (不分市) | province';
COMMENT ON COLUMN project_links.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_links.city_name IS 'City in Chinese, the cities of a multi-city project, or 不分市';
COMMENT ON COLUMN project_links.category IS 'Category in this list';
COMMENT ON COLUMN project_links.stage IS 'Stage in this list';
COMMENT ON COLUMN project_links.total_investment_wan IS 'Total investment in this list, exact, 万元';
COMMENT ON COLUMN project_links.annual_plan_wan IS 'Annual amount in this list, exact, 万元';
COMMENT ON COLUMN project_links.basis IS 'exact (same name without spaces/punctuation, same place) | reviewed (a judgement in catalog/reviews/identity.yaml) | score (automatic link at or above GDMP_IDENTITY_LINK_SCORE) | alone (no other row)';
COMMENT ON COLUMN project_links.score IS 'Score 0–100 of the automatic link (basis score)';
COMMENT ON COLUMN project_links.linked_source_id IS 'The list of the row this one was linked to';
COMMENT ON COLUMN project_links.linked_row_number IS 'The row this one was linked to, in that list';
COMMENT ON COLUMN project_links.row_key IS 'source_id:project_key: how catalog/reviews/identity.yaml names this row';
COMMENT ON COLUMN project_links.list_rank IS 'Amount precedence of the row''s list: 1 provincial plan, 2 city plan, 3 batch or signing';
