"""What a loaded version was built from, so that re-processing the same bytes with the same code can be
skipped: a backfill over N dates of unchanged archived content then costs what one no-change run costs.

The payload's sha256 is kept beside the fingerprint in `publications` (and checked against the archived
file). The fingerprint covers the code that decides what loads (etl/ but its presentation — reports,
Data Docs, exports, status — and tasks/), the warehouse SQL (sql/), the rules (expectations/), the
locked library versions (uv.lock: DuckDB, Great Expectations, …), the Python version, the gates'
settings and the source's catalog entry. Any change to one of them, a comment included, makes a
reprocess redo the publication. The code part is computed once per process: a worker serves one flow
run per process, so it sees the code the run imported.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache

from etl.core.settings import EXPECTATIONS_DIR, REPO_ROOT, SQL_DIR, Settings
from etl.fetching.catalog import Source

# Code that only presents what is loaded (reports, Data Docs, exports, the data dictionary, status and
# progress lines): changing it does not change a version.
PRESENTATION = ("etl/present/", "etl/run/progress.py")


@cache
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    code = [p for p in sorted((REPO_ROOT / "etl").rglob("*.py"))
            if not str(p.relative_to(REPO_ROOT)).startswith(PRESENTATION)]  # fmt: skip
    files = [*code, *sorted((REPO_ROOT / "tasks").glob("*.py")), *sorted(SQL_DIR.rglob("*.sql")),
             *sorted(EXPECTATIONS_DIR.glob("*.json")), REPO_ROOT / "uv.lock"]  # fmt: skip
    digest.update(sys.version.encode() + b"\0")
    for path in files:
        digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_fingerprint(source: Source, settings: Settings) -> str:
    """sha256 of the code fingerprint, the run's gate settings and the catalog entry (payload bytes are
    compared on their own); for an announcement, its reviewed readings in the settings' reviews folder."""
    gates = f"max_quarantine_share={settings.max_quarantine_share} min_amount_coverage={settings.min_amount_coverage}"
    parts = [code_fingerprint(), gates, source.model_dump_json()]
    if source.is_announcement:  # its reviewed readings are part of what it was built from
        from etl.announcements.review import review_digest

        parts.append(review_digest(settings.reviews_dir, source.id) or "")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()
