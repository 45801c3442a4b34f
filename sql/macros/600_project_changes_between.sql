-- project_changes_between(from, to): what changed in the lists between two moments — "what changed since
-- last month" is project_changes_between(now() - INTERVAL 1 MONTH, now()).
--
-- Compares the project rows in force at `from` with those in force at `to`, list by list, by project
-- identity (macro project_identity). change: added | removed | changed, as macro project_change says.
-- list_change says why: 'new list' (not in force at `from`), 'list withdrawn' (not in force at `to`), 'new
-- version' (the list was re-published with other content). Unchanged rows are left out.
CREATE OR REPLACE MACRO project_changes_between(from_ts, to_ts) AS TABLE
    WITH before AS (
        SELECT
            source_id, version, list_kind, year, title, project_name, city_code, city_name, stage, category,
            total_investment_wan, annual_plan_wan,
            project_identity(project_name, city_code, city_name) AS identity_key
        FROM projects_as_of(from_ts)
    ),
    after AS (
        SELECT
            source_id, version, list_kind, year, title, project_name, city_code, city_name, stage, category,
            total_investment_wan, annual_plan_wan,
            project_identity(project_name, city_code, city_name) AS identity_key
        FROM projects_as_of(to_ts)
    ),
    lists_before AS (SELECT source_id, version FROM publications_as_of(from_ts)),
    lists_after AS (SELECT source_id, version FROM publications_as_of(to_ts)),
    compared AS (
        SELECT
            coalesce(a.source_id, b.source_id)       AS source_id,
            coalesce(a.list_kind, b.list_kind)       AS list_kind,
            coalesce(a.year, b.year)                 AS year,
            coalesce(a.title, b.title)               AS title,
            coalesce(a.identity_key, b.identity_key) AS identity_key,
            coalesce(a.project_name, b.project_name) AS project_name,
            coalesce(a.city_code, b.city_code)       AS city_code,
            coalesce(a.city_name, b.city_name)       AS city_name,
            project_change(b, a)                     AS change,  -- sql/macros/505_project_change.sql
            yi(b.total_investment_wan)               AS total_before_yi,
            yi(a.total_investment_wan)               AS total_after_yi,
            yi(b.annual_plan_wan)                    AS annual_before_yi,
            yi(a.annual_plan_wan)                    AS annual_after_yi,
            b.stage                                  AS stage_before,
            a.stage                                  AS stage_after
        FROM before AS b
        FULL OUTER JOIN after AS a ON a.source_id = b.source_id AND a.identity_key = b.identity_key
    )
    SELECT
        c.source_id,
        c.list_kind,
        c.year,
        c.title,
        lb.version AS version_before,
        la.version AS version_after,
        CASE
            WHEN lb.version IS NULL THEN 'new list'
            WHEN la.version IS NULL THEN 'list withdrawn'
            WHEN la.version <> lb.version THEN 'new version'
            ELSE 'same version'
        END        AS list_change,
        c.change,
        c.identity_key,
        c.project_name,
        c.city_code,
        c.city_name,
        c.total_before_yi,
        c.total_after_yi,
        c.annual_before_yi,
        c.annual_after_yi,
        c.stage_before,
        c.stage_after
    FROM compared AS c
    LEFT JOIN lists_before AS lb USING (source_id)
    LEFT JOIN lists_after AS la USING (source_id)
    WHERE c.change <> 'unchanged'
    ORDER BY c.year, c.list_kind, c.source_id, c.change, c.identity_key;

COMMENT ON MACRO TABLE project_changes_between IS 'Projects added, removed or changed (total, annual, stage, category) between two timestamps, list by list, by project identity; list_change: new list | list withdrawn | new version.';
