-- project_clusters_as_of(at): every project row in force at `at` with the industrial cluster its list
-- gives it, if any, and on what basis. Never guessed:
--   1. the list's cluster column (产业集群 / 所属集群 …) contains exactly one of the 20 cluster names
--      → that cluster (cluster_basis 'cluster column');
--   2. otherwise, when the cluster column names none, the category text contains exactly one cluster
--      name → that cluster ('category text');
--   3. text naming two or more clusters → no cluster ('ambiguous');
--   4. anything else → no cluster ('not stated'). A project NAME that contains a cluster name
--      ("…前沿新材料生产基地项目") is not a statement of its cluster and is ignored.
CREATE OR REPLACE MACRO project_clusters_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            *,
            replace(coalesce(cluster, ''), ' ', '')  AS cluster_text,
            replace(coalesce(category, ''), ' ', '') AS category_text
        FROM projects_as_of(at_ts)
    ),
    named_in_cluster_column AS (
        SELECT p.source_id, p.version, p.row_number, list(c.cluster_no ORDER BY c.cluster_no) AS hits
        FROM in_force AS p
        JOIN industrial_cluster_list() AS c ON contains(p.cluster_text, c.cluster_zh)
        GROUP BY ALL
    ),
    named_in_category AS (
        SELECT p.source_id, p.version, p.row_number, list(c.cluster_no ORDER BY c.cluster_no) AS hits
        FROM in_force AS p
        JOIN industrial_cluster_list() AS c ON contains(p.category_text, c.cluster_zh)
        GROUP BY ALL
    ),
    decided AS (
        SELECT
            p.*,
            CASE
                WHEN len(col.hits) = 1 THEN col.hits[1]
                WHEN col.hits IS NULL AND len(cat.hits) = 1 THEN cat.hits[1]
            END AS cluster_no,
            CASE
                WHEN len(col.hits) = 1 THEN 'cluster column'
                WHEN len(col.hits) > 1 THEN 'ambiguous'
                WHEN len(cat.hits) = 1 THEN 'category text'
                WHEN len(cat.hits) > 1 THEN 'ambiguous'
                ELSE 'not stated'
            END AS cluster_basis
        FROM in_force AS p
        LEFT JOIN named_in_cluster_column AS col USING (source_id, version, row_number)
        LEFT JOIN named_in_category AS cat USING (source_id, version, row_number)
    )
    SELECT
        d.* EXCLUDE (cluster_text, category_text, cluster_no, cluster_basis),
        d.cluster_no,
        c.cluster_zh,
        c.cluster_en,
        c.cluster_group,
        d.cluster_basis
    FROM decided AS d
    LEFT JOIN industrial_cluster_list() AS c USING (cluster_no);

COMMENT ON MACRO TABLE project_clusters_as_of IS 'Project rows in force at a timestamp with their industrial cluster (cluster_no, cluster_zh, cluster_en, cluster_group) and cluster_basis: cluster column | category text | ambiguous | not stated. Only what the list states; project names are never used.';
