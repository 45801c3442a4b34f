-- cluster_coverage: how many projects (and 亿元) of each list state one of the 20 strategic
-- industrial clusters, out of all the list holds?
SELECT source_id, sum(projects) AS projects,
       coalesce(sum(projects) FILTER (cluster_no IS NOT NULL), 0) AS mapped,
       coalesce(sum(total_investment_yi) FILTER (cluster_no IS NOT NULL), 0) AS mapped_total,
       sum(total_investment_yi) AS total
FROM province_totals_by_cluster GROUP BY source_id ORDER BY source_id
