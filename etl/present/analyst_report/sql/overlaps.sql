-- overlaps: which projects appear in more than one list in force, in which lists (with the total
-- investment each states) and do they all state the same total? One line per project.
SELECT identity_key, any_value(project_name) AS project_name, any_value(city_name) AS city_name,
       string_agg(source_id || ' (' || total_investment_yi || ')', ', ' ORDER BY published) AS lists,
       bool_and(same_total_everywhere) AS same_total
FROM project_overlaps GROUP BY identity_key ORDER BY any_value(city_code), identity_key
