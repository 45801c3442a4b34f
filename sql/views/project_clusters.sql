-- project_clusters: every project of the lists in force now with the industrial cluster its list states,
-- and on what basis — to see which projects were mapped, and why the others were not.
-- As it stood on another date: SELECT * FROM project_clusters_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 项目所属产业集群
CREATE OR REPLACE VIEW project_clusters AS
SELECT
    source_id, version, list_kind, year, title, row_number, project_name, city_code, city_name,
    category, cluster AS cluster_as_published, cluster_no, cluster_zh, cluster_en, cluster_group, cluster_basis,
    total_investment_wan, annual_plan_wan
FROM project_clusters_as_of(now());

COMMENT ON VIEW project_clusters IS 'Each project of the lists in force now with the strategic industrial cluster its list states (cluster column, else category text naming exactly one of the 20), and cluster_basis. Project names are never used to guess a cluster.';
COMMENT ON COLUMN project_clusters.cluster_as_published IS 'The list''s own cluster column (产业集群 / 所属集群 …), NULL when the list has none';
COMMENT ON COLUMN project_clusters.category IS 'Category as published (category column, else the heading the row sits under)';
COMMENT ON COLUMN project_clusters.cluster_no IS 'industrial_clusters.cluster_no, NULL when no cluster is stated';
COMMENT ON COLUMN project_clusters.cluster_basis IS 'cluster column | category text | ambiguous (names several clusters) | not stated';
COMMENT ON COLUMN project_clusters.total_investment_wan IS 'Total investment, exact, 万元';
COMMENT ON COLUMN project_clusters.annual_plan_wan IS 'Amount planned for the list''s year, exact, 万元';
COMMENT ON COLUMN project_clusters.source_id IS 'Catalog id of the list (catalog/sources.yaml)';
COMMENT ON COLUMN project_clusters.version IS 'Version of the list in force';
COMMENT ON COLUMN project_clusters.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN project_clusters.year IS 'Year of the list (the plan year; for batches and signings the year published)';
COMMENT ON COLUMN project_clusters.title IS 'Title of the list';
COMMENT ON COLUMN project_clusters.row_number IS 'Row of the project in the list''s file';
COMMENT ON COLUMN project_clusters.project_name IS 'Name as published, NFKC-folded';
COMMENT ON COLUMN project_clusters.city_code IS 'City code 4401…4453 (NULL for multi-city and 不分市)';
COMMENT ON COLUMN project_clusters.city_name IS 'City in Chinese; the cities of a multi-city project (广州、佛山); 不分市';
COMMENT ON COLUMN project_clusters.cluster_zh IS 'Cluster name (industrial_clusters), NULL when none is stated';
COMMENT ON COLUMN project_clusters.cluster_en IS 'Cluster name in English';
COMMENT ON COLUMN project_clusters.cluster_group IS 'pillar | emerging';
