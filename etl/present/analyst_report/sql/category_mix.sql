-- category_mix: how does each list's total investment split over the category families
-- (基础设施 / 产业 / 民生 / 城市更新 / 未分类)? One line per (list, family), largest first.
SELECT year, list_kind, source_id, title, category_group, sum(total_investment_yi) AS total
FROM province_totals_by_category GROUP BY ALL ORDER BY year DESC, list_kind DESC, source_id, total DESC
