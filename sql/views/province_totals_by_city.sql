-- province_totals_by_city: per published list and per city — projects, total investment, amount planned
-- for the year (亿元). Multi-city and 不分市 projects keep their own lines.
-- As it stood on another date: SELECT * FROM province_totals_by_city_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 按地市合计
CREATE OR REPLACE VIEW province_totals_by_city AS
SELECT * FROM province_totals_by_city_as_of(now());

COMMENT ON VIEW province_totals_by_city IS 'Per list in force now and per place: projects, total and annual investment (亿元). Multi-city (广州、佛山) and 不分市 projects have their own lines; a city''s lines from different lists are never summed. As of a date: province_totals_by_city_as_of(ts).';
COMMENT ON COLUMN province_totals_by_city.place_kind IS 'city | multi_city | unassigned (不分市) | province';
COMMENT ON COLUMN province_totals_by_city.city_name IS 'City in Chinese, or the cities of a multi-city project, or 不分市';
COMMENT ON COLUMN province_totals_by_city.total_investment_yi IS 'Sum of total investment, 亿元';
COMMENT ON COLUMN province_totals_by_city.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元';
COMMENT ON COLUMN province_totals_by_city.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN province_totals_by_city.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN province_totals_by_city.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN province_totals_by_city.title IS 'Title of the list';
COMMENT ON COLUMN province_totals_by_city.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN province_totals_by_city.city_pinyin IS 'City in pinyin (NULL for multi-city and 不分市)';
COMMENT ON COLUMN province_totals_by_city.projects IS 'Project rows of the list on this line';
