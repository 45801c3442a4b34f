-- province_totals_by_stage_as_of(at): per list in force at `at` and per stage (新开工 / 续建 / 预备 /
-- 签约 / 竣工, as the list states it; 未标明 where it states none) — projects, total and annual
-- investment (亿元), share of the list's total. Never add across list_kind.
CREATE OR REPLACE MACRO province_totals_by_stage_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            list_kind, year, source_id, title,
            coalesce(stage, '未标明') AS stage,
            total_investment_wan, annual_plan_wan
        FROM projects_as_of(at_ts)
    ),
    by_stage AS (
        SELECT
            list_kind, year, source_id, title, stage,
            count(*)                  AS projects,
            sum(total_investment_wan) AS total_wan,
            sum(annual_plan_wan)      AS annual_wan
        FROM in_force
        GROUP BY ALL
    )
    SELECT
        list_kind, year, source_id, title, stage, projects,
        yi(total_wan)  AS total_investment_yi,
        yi(annual_wan) AS annual_plan_yi,
        CAST(100 * total_wan / nullif(sum(total_wan) OVER (PARTITION BY source_id), 0) AS DECIMAL(7, 2))
                       AS share_of_list_total_pct
    FROM by_stage
    ORDER BY year, list_kind, source_id,
        CASE stage WHEN '预备' THEN 1 WHEN '签约' THEN 2 WHEN '新开工' THEN 3 WHEN '续建' THEN 4
                   WHEN '竣工' THEN 5 ELSE 6 END,
        stage;

COMMENT ON MACRO TABLE province_totals_by_stage_as_of IS 'The view province_totals_by_stage as it stood at a timestamp: per list version in force then and per stage.';
