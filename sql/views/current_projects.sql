-- current_projects: every project row of the lists in force now, with its list's kind, year and title.
CREATE OR REPLACE VIEW current_projects AS
SELECT * FROM projects_as_of(now());

COMMENT ON VIEW current_projects IS 'Project rows of every list version in force now. Amounts are exact DECIMAL in 万元 (use yi() for 亿元) with the published text (*_raw) and unit (*_unit) beside them. The same project appears in several lists: never sum across list_kind.';
COMMENT ON COLUMN current_projects.project_name IS 'Name as published, NFKC-folded (traditional characters kept)';
COMMENT ON COLUMN current_projects.place_kind IS 'city | multi_city (e.g. 广州、佛山, never split) | unassigned (不分市) | province';
COMMENT ON COLUMN current_projects.city_code IS 'City code 4401…4453 for place_kind = city (districts and zones count for the city that administers them: 深汕 → 深圳)';
COMMENT ON COLUMN current_projects.total_investment_wan IS 'Total investment, exact, in 万元 (10^4 yuan); NULL where the list printed a placeholder';
COMMENT ON COLUMN current_projects.annual_plan_wan IS 'Amount planned for the list''s year, exact, in 万元';
COMMENT ON COLUMN current_projects.section IS 'Category heading the row sits under in the list (e.g. 基础设施工程), if any';
COMMENT ON COLUMN current_projects.stage IS '新开工 | 续建 | 预备 | 签约 | 竣工, or the text as published';
