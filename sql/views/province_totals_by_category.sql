-- province_totals_by_category: how much each list in force puts into 基础设施 / 产业 / 民生 / 城市更新 …
-- One line per (list, category as published), with the family it belongs to (macro category_group).
-- As it stood on another date: SELECT * FROM province_totals_by_category_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 按项目类别合计
CREATE OR REPLACE VIEW province_totals_by_category AS
SELECT * FROM province_totals_by_category_as_of(now());

COMMENT ON VIEW province_totals_by_category IS 'Per list in force now and per category: projects, total and annual investment (亿元), share of the list''s total. category_group folds 基础设施工程 / 民生保障 / 现代产业 … into 基础设施 / 民生 / 产业 / 城市更新. Lines of different lists are never added: group by list_kind, year, category_group — never across list_kind. As of a date: province_totals_by_category_as_of(ts).';
COMMENT ON COLUMN province_totals_by_category.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN province_totals_by_category.year IS 'Year of the list (the plan year; for batches the year published)';
COMMENT ON COLUMN province_totals_by_category.source_id IS 'Catalog id of the list';
COMMENT ON COLUMN province_totals_by_category.title IS 'Title of the list';
COMMENT ON COLUMN province_totals_by_category.category_group IS '基础设施 | 产业 | 民生 | 城市更新 by literal containment of the category text; 未分类 when none; other text kept as published';
COMMENT ON COLUMN province_totals_by_category.category IS 'Category as published (category column, else the category heading the row sits under); 未分类 when none';
COMMENT ON COLUMN province_totals_by_category.projects IS 'Project rows of the list in this category';
COMMENT ON COLUMN province_totals_by_category.total_investment_yi IS 'Sum of total investment, 亿元 (exact to 0.0001亿)';
COMMENT ON COLUMN province_totals_by_category.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元 (NULL when the list gives none)';
COMMENT ON COLUMN province_totals_by_category.share_of_list_total_pct IS 'This category''s share of the list''s total investment, percent';
