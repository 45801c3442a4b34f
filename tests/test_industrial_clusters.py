"""The province's 20 strategic industrial clusters are defined once, by the warehouse's mapping table
(sql/macros/520_industrial_cluster_list.sql, which analysts query); the list the release reader and the SAMPLE
generator use (etl.rules.clusters.INDUSTRIAL_CLUSTERS) must name the same clusters in the same order."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.rules.clusters import INDUSTRIAL_CLUSTERS

MACRO = Path(__file__).resolve().parent.parent / "sql" / "macros" / "520_industrial_cluster_list.sql"


def test_the_readers_clusters_are_the_warehouses():
    with duckdb.connect() as con:
        con.execute(MACRO.read_text(encoding="utf-8"))
        defined = [
            name
            for (name,) in con.sql(
                "SELECT cluster_zh FROM industrial_cluster_list() ORDER BY cluster_no"
            ).fetchall()
        ]
    assert len(defined) == 20
    assert list(INDUSTRIAL_CLUSTERS) == defined
