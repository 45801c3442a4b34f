-- province_totals_by_city_as_of(at): the view province_totals_by_city as it stood at `at`.
--
-- One line per (publication, place). Multi-city projects ("广州、佛山") and 不分市 projects keep their own
-- line: they are never split or forced into one city. A city's figures from different lists are never
-- summed here; compare publications of the same city side by side.
CREATE OR REPLACE MACRO province_totals_by_city_as_of(at_ts) AS TABLE
    WITH placed AS (
        SELECT
            list_kind, year, source_id, title, place_kind, city_code,
            coalesce(city_name, '未识别') AS city_name,
            city_pinyin, total_investment_wan, annual_plan_wan
        FROM projects_as_of(at_ts)
    )
    SELECT
        list_kind, year, source_id, title, place_kind, city_code, city_name, city_pinyin,
        count(*)                      AS projects,
        yi(sum(total_investment_wan)) AS total_investment_yi,
        yi(sum(annual_plan_wan))      AS annual_plan_yi
    FROM placed
    GROUP BY ALL
    ORDER BY year, list_kind, source_id, city_code NULLS LAST, city_name;
