-- publication_totals: each loaded list with its row accounting, totals (亿元) and whether they agree
-- with the figures its publisher announced (latest reconciliation of the loaded version), and how many of
-- the list's own statements about itself (headings with counts, 合计 rows) disagree with its rows, and
-- how many known conflicts between sources (catalog `conflicts`) concern its headline.
-- title (zh): 各清单合计与核对
CREATE OR REPLACE VIEW publication_totals AS
WITH sums AS (
    SELECT
        source_id,
        count(*)                                    AS projects,
        yi(sum(total_investment_wan)) AS total_investment_yi,
        yi(sum(annual_plan_wan))      AS annual_plan_yi
    FROM current_projects
    GROUP BY source_id
),
latest_checks AS (  -- the latest checks of each version in force: view headline_reconciliation
    SELECT
        source_id,
        count(*) FILTER (check_kind = 'headline')            AS headline_checks,
        bool_and(ok) FILTER (check_kind = 'headline')        AS headline_ok,
        count(*) FILTER (check_kind = 'in_file')             AS in_file_checks,
        count(*) FILTER (check_kind = 'in_file' AND NOT ok)  AS in_file_disagreeing,
        count(*) FILTER (check_kind = 'conflict')            AS source_conflicts
    FROM headline_reconciliation
    GROUP BY source_id
)
SELECT
    pub.source_id,
    pub.version,
    pub.title,
    pub.list_kind,
    pub.year,
    pub.city_code,
    pub.published,
    pub.is_sample,
    pub.rows_read,
    coalesce(s.projects, 0) AS projects,
    pub.quarantined,
    pub.non_project_rows,
    s.total_investment_yi,
    s.annual_plan_yi,
    c.headline_checks,
    c.headline_ok,
    c.in_file_checks,
    c.in_file_disagreeing,
    c.source_conflicts,
    pub.sha256,
    pub.loaded_at
FROM current_publications AS pub
LEFT JOIN sums AS s USING (source_id)
LEFT JOIN latest_checks AS c USING (source_id)
ORDER BY pub.year, pub.list_kind, pub.source_id;

COMMENT ON VIEW publication_totals IS 'Each list in force now: row accounting, totals (亿元), and whether they agree with the headline its publisher announced (headline_ok), with the list''s own headings and 合计 rows (in_file_disagreeing), and how many known conflicts between sources concern it.';
COMMENT ON COLUMN publication_totals.headline_ok IS 'true: count and totals agree with the announced headline (catalog); NULL: no headline declared';
COMMENT ON COLUMN publication_totals.in_file_disagreeing IS 'How many of the list''s own statements (（17个）, 合计 rows) disagree with its rows: recorded, not a gate';
COMMENT ON COLUMN publication_totals.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN publication_totals.version IS 'Version of the list in force';
COMMENT ON COLUMN publication_totals.title IS 'Title of the list';
COMMENT ON COLUMN publication_totals.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN publication_totals.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN publication_totals.city_code IS 'Publisher: 44 = the province, else the city code';
COMMENT ON COLUMN publication_totals.published IS 'Publication date of the list';
COMMENT ON COLUMN publication_totals.is_sample IS 'true for the bundled synthetic samples (not real lists)';
COMMENT ON COLUMN publication_totals.rows_read IS 'Rows read from the file = projects + quarantined + non_project_rows';
COMMENT ON COLUMN publication_totals.projects IS 'Project rows loaded';
COMMENT ON COLUMN publication_totals.quarantined IS 'Rows held back (table quarantine)';
COMMENT ON COLUMN publication_totals.non_project_rows IS 'Totals, headings, notes, blanks (table non_project_rows)';
COMMENT ON COLUMN publication_totals.total_investment_yi IS 'Sum of total investment of the loaded rows, 亿元';
COMMENT ON COLUMN publication_totals.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元';
COMMENT ON COLUMN publication_totals.headline_checks IS 'How many announced figures were checked (view headline_reconciliation has them one by one)';
COMMENT ON COLUMN publication_totals.in_file_checks IS 'How many of the list''s own statements (headings with counts, 合计 rows) were checked';
COMMENT ON COLUMN publication_totals.source_conflicts IS 'How many figures of other sources differ from or agree with the headline (catalog conflicts; never a gate)';
COMMENT ON COLUMN publication_totals.sha256 IS 'sha256 of the published bytes';
COMMENT ON COLUMN publication_totals.loaded_at IS 'When this version was loaded';
