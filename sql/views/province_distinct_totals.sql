-- province_distinct_totals: distinct projects and their investment by year, city and category — each
-- project counted once, with the amounts of the list with precedence (latest provincial plan › city plan ›
-- batch). As it stood on another date: SELECT * FROM province_distinct_totals_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 去重后全省项目合计（按年度、地市、类别）
CREATE OR REPLACE VIEW province_distinct_totals AS
SELECT * FROM province_distinct_totals_as_of(now());

COMMENT ON VIEW province_distinct_totals IS 'Distinct projects of the lists in force now, each counted once (identity step), by year, city and category, with their investment: each project''s amounts come from the latest provincial plan naming it, else its city plan, else its batch or signing; the amounts_from_* columns and amount_sources say which. Adding its lines is allowed. As of a date: province_distinct_totals_as_of(ts).';
COMMENT ON COLUMN province_distinct_totals.year IS 'Year of the list that gave the projects'' amounts';
COMMENT ON COLUMN province_distinct_totals.place_kind IS 'city | multi_city | unassigned (不分市) | province';
COMMENT ON COLUMN province_distinct_totals.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN province_distinct_totals.city_name IS 'City in Chinese, the cities of a multi-city project, or 不分市';
COMMENT ON COLUMN province_distinct_totals.category IS 'Category family (macro category_group)';
COMMENT ON COLUMN province_distinct_totals.projects IS 'Distinct projects';
COMMENT ON COLUMN province_distinct_totals.in_several_lists IS 'Of those, projects named by more than one list in force';
COMMENT ON COLUMN province_distinct_totals.total_investment_yi IS 'Sum of their total investment, 亿元, each from the list with precedence';
COMMENT ON COLUMN province_distinct_totals.annual_plan_yi IS 'Sum of their annual amounts, 亿元, each from the list with precedence';
COMMENT ON COLUMN province_distinct_totals.amounts_from_provincial_plan IS 'Projects whose amounts come from a provincial plan';
COMMENT ON COLUMN province_distinct_totals.amounts_from_city_plan IS 'Projects whose amounts come from a city plan';
COMMENT ON COLUMN province_distinct_totals.amounts_from_batches IS 'Projects whose amounts come from a groundbreaking batch or a signing list';
COMMENT ON COLUMN province_distinct_totals.amount_sources IS 'The lists that gave the amounts, comma-separated';
