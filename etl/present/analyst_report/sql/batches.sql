-- batches: every groundbreaking batch (集中开工) and signing event (签约) in force, by date published,
-- with its city's name (or its city code when no project of the list names the city).
SELECT t.published, t.source_id, t.list_kind, t.projects, t.total_investment_yi, t.annual_plan_yi,
       coalesce(c.city_name, t.city_code) AS city_name
FROM publication_totals AS t
LEFT JOIN (SELECT DISTINCT city_code, city_name FROM current_projects WHERE place_kind = 'city') AS c
       USING (city_code)
WHERE t.list_kind IN ('groundbreaking', 'signing')
ORDER BY t.published, t.source_id
