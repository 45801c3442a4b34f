-- project_history: a project's record across every loaded version of every list, with the period each
-- version was in force (valid_from / valid_to) and what changed from the list's previous version.
-- title (zh): 项目历次版本
CREATE OR REPLACE VIEW project_history AS
WITH versions AS (
    SELECT
        source_id, version, valid_from, valid_to, list_kind, year, title, published, sha256,
        max(version) OVER (PARTITION BY source_id) AS latest_version
    FROM publications
),
rows AS (
    SELECT
        project_identity(project_name, city_code, city_name) AS identity_key,
        source_id, version, row_number, project_name, place_kind, city_code, city_name,
        stage, category, total_investment_wan, annual_plan_wan
    FROM projects
),
sequenced AS (
    SELECT
        r.*,
        v.valid_from, v.valid_to, v.list_kind, v.year, v.title, v.published, v.latest_version,
        lag(r.version) OVER w              AS previous_version,
        lag(r.total_investment_wan) OVER w AS previous_total_wan,
        lag(r.annual_plan_wan) OVER w      AS previous_annual_wan,
        lag(r.stage) OVER w                AS previous_stage,
        lag(r.category) OVER w             AS previous_category,
        lead(r.version) OVER w             AS next_version
    FROM rows AS r
    JOIN versions AS v USING (source_id, version)
    WINDOW w AS (PARTITION BY r.source_id, r.identity_key ORDER BY r.version)
)
SELECT
    identity_key,
    project_name,
    place_kind,
    city_code,
    city_name,
    source_id,
    list_kind,
    year,
    title,
    version,
    valid_from,
    valid_to,
    valid_to IS NULL                 AS in_force_now,
    row_number,
    stage,
    category,
    yi(total_investment_wan)         AS total_investment_yi,
    yi(annual_plan_wan)              AS annual_plan_yi,
    CASE
        WHEN previous_version IS NULL AND version = 1 THEN 'first version'
        WHEN previous_version IS NULL OR previous_version <> version - 1 THEN 'added'
        WHEN total_investment_wan IS DISTINCT FROM previous_total_wan
          OR annual_plan_wan IS DISTINCT FROM previous_annual_wan
          OR stage IS DISTINCT FROM previous_stage
          OR category IS DISTINCT FROM previous_category THEN 'changed'
        ELSE 'unchanged'
    END                              AS change_from_previous_version,
    version < latest_version AND next_version IS DISTINCT FROM version + 1
                                     AS dropped_in_next_version
FROM sequenced
ORDER BY identity_key, source_id, version;

COMMENT ON VIEW project_history IS 'Every loaded version of every list, one line per (project, list, version), with the period the version was in force (valid_from / valid_to) and what changed from the list''s previous version. Same project = same identity_key (macro project_identity). Nothing is ever deleted from the history.';
COMMENT ON COLUMN project_history.identity_key IS 'project_identity(project_name, city_code, city_name): name key | city code or place label';
COMMENT ON COLUMN project_history.version IS 'Version of the list this line comes from';
COMMENT ON COLUMN project_history.valid_from IS 'When that version came into force (first version: its publication date, Asia/Shanghai; later ones: when fetched)';
COMMENT ON COLUMN project_history.valid_to IS 'When the next version replaced it; NULL while in force';
COMMENT ON COLUMN project_history.in_force_now IS 'true for the version in force now';
COMMENT ON COLUMN project_history.total_investment_yi IS 'Total investment in that version, 亿元';
COMMENT ON COLUMN project_history.annual_plan_yi IS 'Annual amount in that version, 亿元';
COMMENT ON COLUMN project_history.change_from_previous_version IS 'first version | added (not in the previous version) | changed (total, annual, stage or category) | unchanged';
COMMENT ON COLUMN project_history.dropped_in_next_version IS 'true when the next version of the list no longer holds this project';
COMMENT ON COLUMN project_history.project_name IS 'Name as published in that version';
COMMENT ON COLUMN project_history.place_kind IS 'city | multi_city | unassigned (不分市) | province';
COMMENT ON COLUMN project_history.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_history.city_name IS 'City in Chinese; the cities of a multi-city project (广州、佛山); 不分市';
COMMENT ON COLUMN project_history.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN project_history.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN project_history.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN project_history.title IS 'Title of the list';
COMMENT ON COLUMN project_history.row_number IS 'Row of the project in the list''s file';
COMMENT ON COLUMN project_history.stage IS 'Stage in that version';
COMMENT ON COLUMN project_history.category IS 'Category in that version';
