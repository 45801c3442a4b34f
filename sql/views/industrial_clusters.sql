-- industrial_clusters: the 20 strategic industrial clusters of 粤府函〔2020〕82号 — the explicit mapping
-- table behind province_totals_by_cluster (defined once, in sql/macros/520_industrial_cluster_list.sql).
-- title (zh): 二十个战略性产业集群
CREATE OR REPLACE VIEW industrial_clusters AS
SELECT * FROM industrial_cluster_list();

COMMENT ON VIEW industrial_clusters IS 'The 20 strategic industrial clusters of Guangdong (粤府函〔2020〕82号): 10 pillar and 10 emerging. A project is put in one only where its list states it (cluster column, or category text containing the full name).';
COMMENT ON COLUMN industrial_clusters.cluster_no IS '1-10 pillar clusters, 11-20 emerging clusters, in the order of 粤府函〔2020〕82号';
COMMENT ON COLUMN industrial_clusters.cluster_zh IS 'Cluster name in Chinese, as matched (literally) against the lists'' cluster column and category text';
COMMENT ON COLUMN industrial_clusters.cluster_en IS 'Cluster name in English';
COMMENT ON COLUMN industrial_clusters.cluster_group IS 'pillar (战略性支柱产业集群) | emerging (战略性新兴产业集群)';
