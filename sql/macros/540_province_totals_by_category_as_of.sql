-- province_totals_by_category_as_of(at): per list in force at `at` and per category — projects, total
-- investment and amount planned for the year (亿元), and the category's share of the list's total.
--
-- One line per (list, category as published); category_group folds the lists' wordings into 基础设施 /
-- 产业 / 民生 / 城市更新 (macro category_group). Lines of different lists are never added here: to
-- compare families, group by list_kind, year, category_group — never across list_kind.
CREATE OR REPLACE MACRO province_totals_by_category_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            list_kind, year, source_id, title,
            category_group(category)     AS category_group,
            coalesce(category, '未分类') AS category,
            total_investment_wan, annual_plan_wan
        FROM projects_as_of(at_ts)
    ),
    by_category AS (
        SELECT
            list_kind, year, source_id, title, category_group, category,
            count(*)                  AS projects,
            sum(total_investment_wan) AS total_wan,
            sum(annual_plan_wan)      AS annual_wan
        FROM in_force
        GROUP BY ALL
    )
    SELECT
        list_kind, year, source_id, title, category_group, category, projects,
        yi(total_wan)  AS total_investment_yi,
        yi(annual_wan) AS annual_plan_yi,
        CAST(100 * total_wan / nullif(sum(total_wan) OVER (PARTITION BY source_id), 0) AS DECIMAL(7, 2))
                       AS share_of_list_total_pct
    FROM by_category
    ORDER BY year, list_kind, source_id, total_wan DESC NULLS LAST, category;

COMMENT ON MACRO TABLE province_totals_by_category_as_of IS 'The view province_totals_by_category as it stood at a timestamp: per list version in force then and per category.';
