-- publication_totals: each loaded list with its row accounting, totals (亿元) and whether they agree
-- with the figures its publisher announced (latest reconciliation of the loaded version), and how many of
-- the list's own statements about itself (headings with counts, 合计 rows) disagree with its rows, and
-- how many known conflicts between sources (catalog `conflicts`) concern its headline.
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
latest_checks AS (
    SELECT
        r.source_id,
        count(*) FILTER (r.check_kind = 'headline')              AS headline_checks,
        bool_and(r.ok) FILTER (r.check_kind = 'headline')        AS headline_ok,
        count(*) FILTER (r.check_kind = 'in_file')               AS in_file_checks,
        count(*) FILTER (r.check_kind = 'in_file' AND NOT r.ok)  AS in_file_disagreeing,
        count(*) FILTER (r.check_kind = 'conflict')              AS source_conflicts
    FROM reconciliation AS r
    JOIN current_publications AS pub ON pub.source_id = r.source_id AND pub.sha256 = r.sha256
    WHERE r.checked_at = (
        SELECT max(r2.checked_at) FROM reconciliation AS r2
        WHERE r2.source_id = r.source_id AND r2.sha256 = r.sha256
    )
    GROUP BY r.source_id
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
