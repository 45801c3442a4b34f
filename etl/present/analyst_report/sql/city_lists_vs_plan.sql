-- city_lists_vs_plan: for each city list in force, its city's line of the provincial plan of the same
-- year and the projects the two share (view city_lists_vs_provincial_plan).
SELECT * FROM city_lists_vs_provincial_plan WHERE city_list_source_id IS NOT NULL
ORDER BY year DESC, city_code, city_list_published
