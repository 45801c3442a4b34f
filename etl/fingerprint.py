"""What a loaded version was built from, so that re-processing the same bytes with the same code can be
skipped: a backfill over N dates of unchanged archived content then costs what one no-change run costs.

The fingerprint covers the payload's sha256 (kept beside it in `publications`), the code that turns bytes
into rows (etl/), the warehouse SQL (sql/), the rules (expectations/) and the source's catalog entry. Any
change to one of them, a comment included, makes a reprocess redo the publication.
"""

from __future__ import annotations

import hashlib
from functools import cache

from etl.catalog import Source
from etl.settings import EXPECTATIONS_DIR, REPO_ROOT, SQL_DIR


@cache
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    files = [*sorted((REPO_ROOT / "etl").glob("*.py")), *sorted(SQL_DIR.rglob("*.sql")),
             *sorted(EXPECTATIONS_DIR.glob("*.json"))]  # fmt: skip
    for path in files:
        digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_fingerprint(source: Source) -> str:
    """sha256 of the code fingerprint and the catalog entry (payload bytes are compared on their own)."""
    entry = source.model_dump_json().encode()
    return hashlib.sha256(code_fingerprint().encode() + b"\0" + entry).hexdigest()
