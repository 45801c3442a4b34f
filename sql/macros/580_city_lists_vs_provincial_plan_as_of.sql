-- city_lists_vs_provincial_plan_as_of(at): per year and city, the city's line of the provincial plan
-- next to each list the city published itself (city plan, groundbreaking batch, signing event), with how
-- many of the city list's projects are also in that year's provincial plan — side by side, never added.
--
-- One line per (year, city, city list); a city without a list of its own has one line with the city-list
-- columns NULL, and a city list without a provincial plan for its year has the provincial columns NULL.
-- The provincial side counts the plan's projects placed in that one city (multi-city and 不分市 projects
-- are in province_totals_by_city, not here). A city list's project is "in the provincial plan" when the
-- same identity (macro project_identity) is in the provincial plan of the same year.
CREATE OR REPLACE MACRO city_lists_vs_provincial_plan_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            p.*,
            pub.city_code                                            AS publisher_city_code,
            project_identity(p.project_name, p.city_code, p.city_name) AS identity_key
        FROM projects_as_of(at_ts) AS p
        JOIN publications_as_of(at_ts) AS pub USING (source_id, version)
    ),
    provincial AS (
        SELECT * FROM in_force WHERE list_kind = 'provincial_plan' AND place_kind = 'city'
    ),
    provincial_by_city AS (
        SELECT
            year,
            city_code,
            any_value(city_name)                                  AS city_name,
            string_agg(DISTINCT source_id, ', ' ORDER BY source_id) AS provincial_source_id,
            count(*)                                              AS provincial_projects,
            sum(total_investment_wan)                             AS provincial_total_wan,
            sum(annual_plan_wan)                                  AS provincial_annual_wan
        FROM provincial
        GROUP BY year, city_code
    ),
    city_rows AS (
        SELECT
            c.*,
            EXISTS (
                SELECT 1 FROM provincial AS pp WHERE pp.year = c.year AND pp.identity_key = c.identity_key
            ) AS in_provincial_plan
        FROM in_force AS c
        WHERE c.list_kind <> 'provincial_plan' AND c.publisher_city_code <> '44'
    ),
    city_lists AS (
        SELECT
            year,
            publisher_city_code                                           AS city_code,
            any_value(city_name) FILTER (city_code = publisher_city_code) AS city_name,
            source_id                                                     AS city_list_source_id,
            list_kind                                                     AS city_list_kind,
            title                                                         AS city_list_title,
            published                                                     AS city_list_published,
            count(*)                                                      AS city_list_projects,
            sum(total_investment_wan)                                     AS city_list_total_wan,
            sum(annual_plan_wan)                                          AS city_list_annual_wan,
            count(*) FILTER (in_provincial_plan)                          AS shared_projects,
            sum(total_investment_wan) FILTER (in_provincial_plan)         AS shared_total_wan
        FROM city_rows
        GROUP BY year, publisher_city_code, source_id, list_kind, title, published
    )
    SELECT
        year,
        city_code,
        coalesce(p.city_name, c.city_name)            AS city_name,
        p.provincial_source_id,
        p.provincial_projects,
        yi(p.provincial_total_wan)                    AS provincial_total_yi,
        yi(p.provincial_annual_wan)                   AS provincial_annual_yi,
        c.city_list_source_id,
        c.city_list_kind,
        c.city_list_title,
        c.city_list_published,
        c.city_list_projects,
        yi(c.city_list_total_wan)                     AS city_list_total_yi,
        yi(c.city_list_annual_wan)                    AS city_list_annual_yi,
        c.shared_projects,
        yi(coalesce(c.shared_total_wan, CASE WHEN c.city_list_source_id IS NOT NULL THEN 0 END))
                                                      AS shared_total_yi,
        c.city_list_projects - c.shared_projects      AS only_in_city_list_projects
    FROM provincial_by_city AS p
    FULL OUTER JOIN city_lists AS c USING (year, city_code)
    ORDER BY year, city_code, c.city_list_published NULLS FIRST, c.city_list_source_id;

COMMENT ON MACRO TABLE city_lists_vs_provincial_plan_as_of IS 'The view city_lists_vs_provincial_plan as it stood at a timestamp: per year and city, the provincial plan''s line next to each city-published list, with the projects they share.';
