-- industrial_cluster_list(): the 20 strategic industrial clusters of 粤府函〔2020〕82号 — the explicit
-- mapping table every cluster figure is matched against (view: industrial_clusters).
--
-- Ten pillar clusters (战略性支柱产业集群) and ten emerging clusters (战略性新兴产业集群). A project is
-- put in a cluster only when its list says so (see project_clusters_as_of); names are matched
-- literally, so a list's own wording must contain the full cluster name.
CREATE OR REPLACE MACRO industrial_cluster_list() AS TABLE
    SELECT cluster_no, cluster_zh, cluster_en, cluster_group
    FROM (VALUES
        (1,  '新一代电子信息',   'new-generation electronic information',              'pillar'),
        (2,  '绿色石化',         'green petrochemicals',                               'pillar'),
        (3,  '智能家电',         'smart home appliances',                              'pillar'),
        (4,  '汽车',             'automobiles',                                        'pillar'),
        (5,  '先进材料',         'advanced materials',                                 'pillar'),
        (6,  '现代轻工纺织',     'modern light industry and textiles',                 'pillar'),
        (7,  '软件与信息服务',   'software and information services',                  'pillar'),
        (8,  '超高清视频显示',   'ultra-HD video display',                             'pillar'),
        (9,  '生物医药与健康',   'biomedicine and health',                             'pillar'),
        (10, '现代农业与食品',   'modern agriculture and food',                        'pillar'),
        (11, '半导体与集成电路', 'semiconductors and integrated circuits',             'emerging'),
        (12, '高端装备制造',     'high-end equipment manufacturing',                   'emerging'),
        (13, '智能机器人',       'smart robots',                                       'emerging'),
        (14, '区块链与量子信息', 'blockchain and quantum information',                 'emerging'),
        (15, '前沿新材料',       'cutting-edge new materials',                         'emerging'),
        (16, '新能源',           'new energy',                                         'emerging'),
        (17, '激光与增材制造',   'lasers and additive manufacturing',                  'emerging'),
        (18, '数字创意',         'digital creativity',                                 'emerging'),
        (19, '安全应急与环保',   'safety, emergency response and environmental protection', 'emerging'),
        (20, '精密仪器设备',     'precision instruments and equipment',                'emerging')
    ) AS clusters (cluster_no, cluster_zh, cluster_en, cluster_group);

COMMENT ON MACRO TABLE industrial_cluster_list IS 'The 20 strategic industrial clusters of 粤府函〔2020〕82号 (10 pillar, 10 emerging): cluster_no, cluster_zh, cluster_en, cluster_group.';
