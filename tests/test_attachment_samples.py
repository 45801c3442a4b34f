"""The bundled SAMPLE attachments (PDF, XLS, DOCX, ODS) load with exactly the headline figures their
catalog entries declare, and agree with what they say about themselves (declared counts, 合计)."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.fetching.catalog import load_catalog
from etl.readers.parse import parse_publication
from etl.validate.reconcile import reconcile, reconcile_in_file
from tests.entry import limits, staging

pytestmark = pytest.mark.slow  # every test reads through the DuckDB staging path (~0.3-1 s a publication)

REPO = Path(__file__).resolve().parent.parent
ATTACHMENTS = ("zhuhai-2023-q1", "dongguan-2023-0317", "shenzhen-2023-q2", "shenzhen-2023-q4")


@pytest.mark.parametrize("source_id", ATTACHMENTS)
def test_sample_attachment_matches_its_headline_exactly(source_id):
    (source,) = [s for s in load_catalog(REPO / "catalog" / "sources.yaml") if s.id == source_id]
    normalized = parse_publication(source, (REPO / source.location).read_bytes(), staging(), limits())
    try:
        projects = normalized.projects
        assert normalized.quarantined == [] and normalized.accounted
        checks = reconcile(source.headline, projects) + reconcile_in_file(normalized.non_projects, projects)
        assert [c.message for c in checks if not c.ok] == []
        figures = {c.figure for c in checks if c.kind == "headline"}
        assert {"projects", "total_yi"} <= figures
    finally:
        normalized.discard()
