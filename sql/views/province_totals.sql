-- province_totals: how many projects, and how much investment (亿元), each *kind* of list holds per year.
--
-- One line per (list_kind, year). Lists of different kinds are never added together: the same project
-- sits in the provincial plan and in its city's plan (and often in a groundbreaking batch), so summing
-- across kinds would count it twice or three times. Compare kinds side by side; add within one kind.
-- Within the city_plan kind, each city's plan is added to the others' (different cities, no overlap).
CREATE OR REPLACE VIEW province_totals AS
WITH loaded AS (
    SELECT pub.list_kind, pub.year, pub.source_id, p.total_investment_wan, p.annual_plan_wan
    FROM projects AS p
    JOIN publications AS pub USING (source_id)
)
SELECT
    list_kind,
    year,
    count(DISTINCT source_id)                          AS publications,
    count(*)                                           AS projects,
    yi(sum(total_investment_wan))        AS total_investment_yi,
    yi(sum(annual_plan_wan))             AS annual_plan_yi,
    count(*) FILTER (total_investment_wan IS NULL)     AS projects_without_total
FROM loaded
GROUP BY list_kind, year
ORDER BY year, list_kind;
