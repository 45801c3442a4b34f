-- province_totals_by_cluster: how much each list in force puts into each of the 20 strategic industrial
-- clusters — only where the list states the cluster (its cluster column, or category text containing a
-- cluster name; never a guess from project names). The rest stays on a 未标明集群 line.
-- As it stood on another date: SELECT * FROM province_totals_by_cluster_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08').
-- title (zh): 按产业集群合计
CREATE OR REPLACE VIEW province_totals_by_cluster AS
SELECT * FROM province_totals_by_cluster_as_of(now());

COMMENT ON VIEW province_totals_by_cluster IS 'Per list in force now and per strategic industrial cluster (industrial_clusters): projects, total and annual investment (亿元). A project counts for a cluster only where its list states it; the rest is on the line 未标明集群 (cluster_basis not stated / ambiguous), so a list''s lines add up to the list. Never add across list_kind. As of a date: province_totals_by_cluster_as_of(ts).';
COMMENT ON COLUMN province_totals_by_cluster.list_kind IS 'provincial_plan | city_plan | groundbreaking | signing: never add across kinds';
COMMENT ON COLUMN province_totals_by_cluster.year IS 'Year of the list';
COMMENT ON COLUMN province_totals_by_cluster.source_id IS 'Catalog id of the list';
COMMENT ON COLUMN province_totals_by_cluster.title IS 'Title of the list';
COMMENT ON COLUMN province_totals_by_cluster.cluster_no IS 'industrial_clusters.cluster_no (1-10 pillar, 11-20 emerging); NULL when the list states no cluster';
COMMENT ON COLUMN province_totals_by_cluster.cluster_zh IS 'Cluster name, or 未标明集群 when the list states none (or names several)';
COMMENT ON COLUMN province_totals_by_cluster.cluster_en IS 'Cluster name in English';
COMMENT ON COLUMN province_totals_by_cluster.cluster_group IS 'pillar | emerging';
COMMENT ON COLUMN province_totals_by_cluster.cluster_basis IS 'cluster column | category text (where the list states it) | ambiguous (text names several clusters) | not stated';
COMMENT ON COLUMN province_totals_by_cluster.projects IS 'Project rows of the list on this line';
COMMENT ON COLUMN province_totals_by_cluster.total_investment_yi IS 'Sum of total investment, 亿元';
COMMENT ON COLUMN province_totals_by_cluster.annual_plan_yi IS 'Sum of the amounts planned for the year, 亿元';
COMMENT ON COLUMN province_totals_by_cluster.share_of_list_total_pct IS 'This line''s share of the list''s total investment, percent';
