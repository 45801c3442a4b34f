"""The province's 20 strategic industrial clusters (粤府函〔2020〕82号: ten pillar, ten emerging), by the names
releases and lists give them, in their order there.

The warehouse's mapping table (sql/macros/520_industrial_cluster_list.sql, with each cluster's English name and
group, which analysts query) is the definition; tests/test_industrial_clusters.py holds this tuple to it. The
release reader reads them as fields (etl/announcements/scopes.py); the SAMPLE generator names projects after
them (scripts/samples/names.py)."""

INDUSTRIAL_CLUSTERS = (
    "新一代电子信息", "绿色石化", "智能家电", "汽车", "先进材料", "现代轻工纺织", "软件与信息服务", "超高清视频显示",
    "生物医药与健康", "现代农业与食品", "半导体与集成电路", "高端装备制造", "智能机器人", "区块链与量子信息",
    "前沿新材料", "新能源", "激光与增材制造", "数字创意", "安全应急与环保", "精密仪器设备",
)  # fmt: skip
