-- plan_by_city: how much of one list's total investment is in each city, with several-city and
-- 不分市 projects on lines of their own (never split)? Parameter: the list's source_id.
SELECT place_kind, city_name, projects, total_investment_yi, annual_plan_yi
FROM province_totals_by_city WHERE source_id = ? ORDER BY total_investment_yi DESC NULLS LAST
