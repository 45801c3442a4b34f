-- project_changes: what each new version of a list changed — projects added, removed or changed between
-- consecutive versions. For changes between two dates: SELECT * FROM project_changes_between(from, to).
-- title (zh): 版本间项目变化
CREATE OR REPLACE VIEW project_changes AS
WITH versions AS (
    SELECT
        source_id, version AS to_version, valid_from AS changed_at, list_kind, year, title,
        lag(version) OVER (PARTITION BY source_id ORDER BY version) AS from_version
    FROM publications
),
pairs AS (
    SELECT * FROM versions WHERE from_version IS NOT NULL
),
rows AS (
    SELECT
        project_identity(project_name, city_code, city_name) AS identity_key,
        source_id, version, project_name, city_code, city_name, stage, category,
        total_investment_wan, annual_plan_wan
    FROM projects
),
before AS (
    SELECT r.*, p.to_version FROM rows AS r JOIN pairs AS p ON p.source_id = r.source_id AND p.from_version = r.version
),
after AS (
    SELECT r.*, r.version AS to_version FROM rows AS r JOIN pairs AS p ON p.source_id = r.source_id AND p.to_version = r.version
),
compared AS (
    SELECT
        coalesce(a.source_id, b.source_id)       AS source_id,
        coalesce(a.to_version, b.to_version)     AS to_version,
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
    FULL OUTER JOIN after AS a
        ON a.source_id = b.source_id AND a.to_version = b.to_version AND a.identity_key = b.identity_key
)
SELECT
    c.source_id,
    p.list_kind,
    p.year,
    p.title,
    p.from_version,
    c.to_version,
    p.changed_at,
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
JOIN pairs AS p ON p.source_id = c.source_id AND p.to_version = c.to_version
WHERE c.change <> 'unchanged'
ORDER BY p.changed_at, c.source_id, c.change, c.identity_key;

COMMENT ON VIEW project_changes IS 'What each new version of a list changed: projects added, removed or changed (total, annual amount, stage, category) from the previous version, by project identity. Between any two dates: project_changes_between(from_ts, to_ts).';
COMMENT ON COLUMN project_changes.from_version IS 'The previous version of the list';
COMMENT ON COLUMN project_changes.to_version IS 'The version that made the change';
COMMENT ON COLUMN project_changes.changed_at IS 'When to_version came into force (valid_from)';
COMMENT ON COLUMN project_changes.change IS 'added | removed | changed';
COMMENT ON COLUMN project_changes.total_before_yi IS 'Total investment in from_version, 亿元 (NULL: added)';
COMMENT ON COLUMN project_changes.total_after_yi IS 'Total investment in to_version, 亿元 (NULL: removed)';
COMMENT ON COLUMN project_changes.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN project_changes.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN project_changes.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN project_changes.title IS 'Title of the list';
COMMENT ON COLUMN project_changes.identity_key IS 'project_identity(project_name, city_code, city_name): name key | city code or place label';
COMMENT ON COLUMN project_changes.project_name IS 'Name as published, NFKC-folded';
COMMENT ON COLUMN project_changes.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_changes.city_name IS 'City in Chinese; the cities of a multi-city project (广州、佛山); 不分市';
COMMENT ON COLUMN project_changes.annual_before_yi IS 'Annual amount in from_version, 亿元';
COMMENT ON COLUMN project_changes.annual_after_yi IS 'Annual amount in to_version, 亿元';
COMMENT ON COLUMN project_changes.stage_before IS 'Stage in from_version';
COMMENT ON COLUMN project_changes.stage_after IS 'Stage in to_version';
