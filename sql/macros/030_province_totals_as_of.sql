-- province_totals_as_of(at): the view province_totals as it stood at `at` (see sql/views/province_totals.sql).
--
-- Lists of different kinds are never added together: the same project sits in the provincial plan, in
-- its city's plan and often in a groundbreaking batch, so summing across kinds would count it two or
-- three times. Within the city_plan kind, different cities' plans are added (they do not overlap).
CREATE OR REPLACE MACRO province_totals_as_of(at_ts) AS TABLE
    WITH loaded AS (
        SELECT list_kind, year, source_id, total_investment_wan, annual_plan_wan
        FROM projects_as_of(at_ts)
    )
    SELECT
        list_kind,
        year,
        count(DISTINCT source_id)                      AS publications,
        count(*)                                       AS projects,
        yi(sum(total_investment_wan))                  AS total_investment_yi,
        yi(sum(annual_plan_wan))                       AS annual_plan_yi,
        count(*) FILTER (total_investment_wan IS NULL) AS projects_without_total
    FROM loaded
    GROUP BY list_kind, year
    ORDER BY year, list_kind;
