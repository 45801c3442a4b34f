-- project_overlaps_as_of(at): projects found in more than one list in force at `at` — one line per
-- (project, list), so the lists holding the same project sit next to each other.
--
-- "The same project" is the documented identity (macro project_identity: folded name + city code or
-- place label). This is why province-wide totals come from one list family at a time: the same project
-- sits in the provincial plan, its city's plan and often a groundbreaking batch.
CREATE OR REPLACE MACRO project_overlaps_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            project_identity(project_name, city_code, city_name) AS identity_key,
            source_id, version, list_kind, year, title, published, row_number,
            project_name, place_kind, city_code, coalesce(city_name, '未识别') AS city_name,
            stage, category, total_investment_wan, annual_plan_wan
        FROM projects_as_of(at_ts)
    ),
    shared AS (
        SELECT
            identity_key,
            count(DISTINCT source_id)                                    AS list_count,
            string_agg(DISTINCT source_id, ', ' ORDER BY source_id)      AS lists,
            string_agg(DISTINCT list_kind, ', ' ORDER BY list_kind)      AS list_kinds,
            count(DISTINCT coalesce(CAST(total_investment_wan AS VARCHAR), '-')) = 1 AS same_total_everywhere,
            count(DISTINCT coalesce(CAST(annual_plan_wan AS VARCHAR), '-')) = 1      AS same_annual_everywhere
        FROM in_force
        GROUP BY identity_key
        HAVING count(DISTINCT source_id) > 1
    )
    SELECT
        s.identity_key,
        i.project_name,
        i.place_kind,
        i.city_code,
        i.city_name,
        s.list_count,
        s.lists,
        s.list_kinds,
        i.source_id,
        i.version,
        i.list_kind,
        i.year,
        i.published,
        i.title,
        i.row_number,
        i.stage,
        i.category,
        yi(i.total_investment_wan) AS total_investment_yi,
        yi(i.annual_plan_wan)      AS annual_plan_yi,
        s.same_total_everywhere,
        s.same_annual_everywhere
    FROM shared AS s
    JOIN in_force AS i USING (identity_key)
    ORDER BY i.city_code NULLS LAST, s.identity_key, i.published, i.source_id;

COMMENT ON MACRO TABLE project_overlaps_as_of IS 'The view project_overlaps as it stood at a timestamp: projects found in more than one list version in force then, one line per (project, list).';
