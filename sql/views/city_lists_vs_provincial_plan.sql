-- city_lists_vs_provincial_plan: per year and city, the city's line of the provincial plan next to each
-- list the city published itself, and how many of the city list's projects are in the provincial plan —
-- so the overlap is visible instead of silently summed.
-- As it stood on another date: SELECT * FROM city_lists_vs_provincial_plan_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 市清单与省计划对照
CREATE OR REPLACE VIEW city_lists_vs_provincial_plan AS
SELECT * FROM city_lists_vs_provincial_plan_as_of(now());

COMMENT ON VIEW city_lists_vs_provincial_plan IS 'Per year and city (lists in force now): the provincial plan''s projects in that city next to each list the city published (city plan, batch, signing), with the projects both hold (same project identity, same year). Side by side: never add the two. As of a date: city_lists_vs_provincial_plan_as_of(ts).';
COMMENT ON COLUMN city_lists_vs_provincial_plan.year IS 'Plan year of the provincial plan = year of the city list';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_code IS 'City code 4401…4453';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_name IS 'City in Chinese';
COMMENT ON COLUMN city_lists_vs_provincial_plan.provincial_source_id IS 'The provincial plan of that year (NULL: none loaded)';
COMMENT ON COLUMN city_lists_vs_provincial_plan.provincial_projects IS 'Projects of the provincial plan placed in this one city (multi-city and 不分市 projects not included)';
COMMENT ON COLUMN city_lists_vs_provincial_plan.provincial_total_yi IS 'Their total investment, 亿元';
COMMENT ON COLUMN city_lists_vs_provincial_plan.provincial_annual_yi IS 'Their amounts planned for the year, 亿元';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_source_id IS 'A list published by the city itself (NULL: the city has none loaded for that year)';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_kind IS 'city_plan | groundbreaking | signing';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_projects IS 'Projects in the city''s list';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_total_yi IS 'Their total investment, 亿元';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_annual_yi IS 'Their amounts planned for the year, 亿元';
COMMENT ON COLUMN city_lists_vs_provincial_plan.shared_projects IS 'Projects of the city list also in the provincial plan of the same year (same identity_key)';
COMMENT ON COLUMN city_lists_vs_provincial_plan.shared_total_yi IS 'Total investment of those shared projects as the city list gives it, 亿元';
COMMENT ON COLUMN city_lists_vs_provincial_plan.only_in_city_list_projects IS 'Projects of the city list not in the provincial plan';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_title IS 'Title of the city''s list';
COMMENT ON COLUMN city_lists_vs_provincial_plan.city_list_published IS 'Publication date of the city''s list';
