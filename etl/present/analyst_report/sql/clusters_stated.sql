-- clusters_stated: for the lists that state industrial clusters, the projects and 亿元 of each cluster,
-- largest first within a list.
SELECT source_id, cluster_no, cluster_zh, cluster_group, sum(projects) AS projects,
       sum(total_investment_yi) AS total
FROM province_totals_by_cluster WHERE cluster_no IS NOT NULL
GROUP BY ALL ORDER BY source_id, total DESC
