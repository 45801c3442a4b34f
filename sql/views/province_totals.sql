-- province_totals: how many projects, and how much investment (亿元), each *kind* of list holds per year.
-- One line per (list_kind, year); kinds are never added together (see sql/macros/030_province_totals_as_of.sql).
-- As it stood on another date: SELECT * FROM province_totals_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 全省合计（按清单类型、年度）
CREATE OR REPLACE VIEW province_totals AS
SELECT * FROM province_totals_as_of(now());

COMMENT ON VIEW province_totals IS 'Projects and investment (亿元) per kind of list and year, from the list versions in force now. Kinds are never added together: the same project sits in the provincial plan, its city plan and often a batch. As of a date: province_totals_as_of(ts).';
COMMENT ON COLUMN province_totals.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing';
COMMENT ON COLUMN province_totals.publications IS 'How many lists of this kind and year are added here';
COMMENT ON COLUMN province_totals.total_investment_yi IS 'Sum of total investment, 亿元 (exact to 0.0001亿)';
COMMENT ON COLUMN province_totals.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元';
COMMENT ON COLUMN province_totals.projects_without_total IS 'Projects whose total investment was not published (placeholder)';
COMMENT ON COLUMN province_totals.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN province_totals.projects IS 'Project rows of all lists of this kind and year (lists of one kind do not overlap)';
