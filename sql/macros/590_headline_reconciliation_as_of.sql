-- headline_reconciliation_as_of(at): for every list version in force at `at`, the latest checks of its
-- loaded rows against what was announced — one line per figure.
--
-- check_kind: headline (the publisher's count / total / annual amount typed in the catalog, or a release's
-- figure confirmed by review; a failing headline check rejects a version, so a loaded version agrees),
-- announced (a release's figure read by rules: a disagreement is reported, never rejects), in_file (the list's own
-- 合计 rows and headings with counts: recorded, not a gate), conflict (another source's figure for the
-- same headline, e.g. 8.4万亿 in press reports vs 8.5万亿 in the DRC notice: recorded, never a gate).
-- "Latest" = the most recent run that checked these exact bytes (same sha256), whenever it ran: checks
-- are made when a version is loaded, which can be long after the date it is in force from.
CREATE OR REPLACE MACRO headline_reconciliation_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT source_id, version, sha256, title, list_kind, year, city_code, published
        FROM publications_as_of(at_ts)
    ),
    latest_checks AS (
        SELECT r.*
        FROM reconciliation AS r
        JOIN in_force AS pub USING (source_id, sha256)
        QUALIFY r.checked_at = max(r.checked_at) OVER (PARTITION BY r.source_id, r.sha256)
    )
    SELECT
        pub.source_id,
        pub.version,
        pub.title,
        pub.list_kind,
        pub.year,
        pub.city_code,
        pub.published,
        c.check_kind,
        c.figure,
        c.qualifier,
        c.declared,
        c.actual,
        c.actual - c.declared AS difference,
        c.tolerance,
        c.ok,
        CASE
            WHEN c.check_kind = 'conflict' AND c.ok THEN 'sources agree'
            WHEN c.check_kind = 'conflict' THEN 'sources differ'
            WHEN c.ok THEN 'agrees'
            ELSE 'disagrees'
        END                   AS verdict,
        c.figure_source,
        c.message,
        c.checked_at
    FROM in_force AS pub
    JOIN latest_checks AS c USING (source_id, sha256)
    ORDER BY pub.year, pub.list_kind, pub.source_id,
        CASE c.check_kind WHEN 'headline' THEN 1 WHEN 'announced' THEN 2 WHEN 'conflict' THEN 3 ELSE 4 END,
        CASE c.figure WHEN 'projects' THEN 1 WHEN 'total_yi' THEN 2 WHEN 'annual_yi' THEN 3 ELSE 4 END,
        c.figure;

COMMENT ON MACRO TABLE headline_reconciliation_as_of IS 'The view headline_reconciliation as it stood at a timestamp: the latest checks of each list version in force then against its announced figures.';
