-- province_totals_by_cluster_as_of(at): per list in force at `at` and per strategic industrial cluster —
-- projects, total and annual investment (亿元), share of the list's total.
--
-- A project counts for a cluster only where its list states it (project_clusters_as_of: the list's
-- cluster column, or category text containing a cluster name). Everything else stays on the list's
-- line with cluster_zh '未标明集群' and cluster_basis 'not stated' (or 'ambiguous' when the text names
-- several clusters), so each list's lines still add up to the list. Never add across list_kind.
CREATE OR REPLACE MACRO province_totals_by_cluster_as_of(at_ts) AS TABLE
    WITH in_force AS (
        SELECT
            list_kind, year, source_id, title, cluster_no,
            coalesce(cluster_zh, '未标明集群') AS cluster_zh,
            cluster_en, cluster_group, cluster_basis,
            total_investment_wan, annual_plan_wan
        FROM project_clusters_as_of(at_ts)
    ),
    by_cluster AS (
        SELECT
            list_kind, year, source_id, title, cluster_no, cluster_zh, cluster_en, cluster_group, cluster_basis,
            count(*)                  AS projects,
            sum(total_investment_wan) AS total_wan,
            sum(annual_plan_wan)      AS annual_wan
        FROM in_force
        GROUP BY ALL
    )
    SELECT
        list_kind, year, source_id, title, cluster_no, cluster_zh, cluster_en, cluster_group, cluster_basis,
        projects,
        yi(total_wan)  AS total_investment_yi,
        yi(annual_wan) AS annual_plan_yi,
        CAST(100 * total_wan / nullif(sum(total_wan) OVER (PARTITION BY source_id), 0) AS DECIMAL(7, 2))
                       AS share_of_list_total_pct
    FROM by_cluster
    ORDER BY year, list_kind, source_id, cluster_no NULLS LAST, cluster_basis;

COMMENT ON MACRO TABLE province_totals_by_cluster_as_of IS 'The view province_totals_by_cluster as it stood at a timestamp: per list version in force then and per industrial cluster stated by the list.';
