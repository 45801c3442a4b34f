-- province_totals_by_city: per published list, per city: projects, total investment and the amount
-- planned for the year, in 亿元.
--
-- One line per (publication, place). Multi-city projects ("广州、佛山") and 不分市 projects keep their own
-- line: they are never split or forced into one city. As in province_totals, a city's figures from
-- different lists are never summed here; compare publications of the same city side by side.
CREATE OR REPLACE VIEW province_totals_by_city AS
WITH placed AS (
    SELECT
        pub.list_kind, pub.year, p.source_id, pub.title,
        p.place_kind,
        p.city_code,
        coalesce(p.city_name, '未识别') AS city_name,
        p.city_pinyin,
        p.total_investment_wan,
        p.annual_plan_wan
    FROM projects AS p
    JOIN publications AS pub USING (source_id)
)
SELECT
    list_kind,
    year,
    source_id,
    title,
    place_kind,
    city_code,
    city_name,
    city_pinyin,
    count(*)                                    AS projects,
    yi(sum(total_investment_wan)) AS total_investment_yi,
    yi(sum(annual_plan_wan))      AS annual_plan_yi
FROM placed
GROUP BY ALL
ORDER BY year, list_kind, source_id, city_code NULLS LAST, city_name;
