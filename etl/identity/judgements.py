"""Analysts' judgements on pairs of rows: "same project" or "not the same" (a judgement beats any score).

The reviewed file is of the same kind as a release's (etl/announcements/review.py), one more file in
`catalog/reviews/` (`GDMP_REVIEWS_DIR`): `identity.yaml`, written by `gdmp review identity --write` and
decided by hand. Each judgement is keyed by the two rows' stable keys (`source_id:project_key`, the key a
list keeps for a row while its name and place stay), so it holds across new versions of both lists and is
applied while both rows are loaded; when one is gone it is stale: reported, and it changes nothing.

    source: identity
    judgements:
      - rows: ["gd-plan-2023:白云区金沙小学改扩建工程|广州", "gz-batch-2023-1:金沙小学改扩建（白云区）|广州"]
        judgement: same          # pending | same | different
        names: [白云区金沙小学改扩建工程, 金沙小学改扩建（白云区）]   # for the reader; not a key
        score: 81.5              # what the step scored (written by --write)
        reviewer: 张三
        note: same school, the batch names the district in brackets
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from etl.core.errors import CatalogError

SOURCE = "identity"


class Judgement(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rows: tuple[str, str]
    judgement: Literal["pending", "same", "different"] = "pending"
    names: list[str] = Field(default_factory=list)
    score: float | None = None
    reviewer: str | None = None
    note: str | None = None

    @property
    def pair(self) -> frozenset[str]:
        return frozenset(self.rows)


class Judgements(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: Literal["identity"] = SOURCE
    judgements: list[Judgement] = Field(default_factory=list)


def judgements_path(reviews_dir: Path) -> Path:
    return reviews_dir / f"{SOURCE}.yaml"


def load_judgements(reviews_dir: Path) -> Judgements:
    """The judgements (none without a file); a malformed file is a CatalogError naming the file and field."""
    path = judgements_path(reviews_dir)
    if not path.exists():
        return Judgements()
    try:
        judged = Judgements.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (yaml.YAMLError, ValidationError) as exc:
        raise CatalogError(f"{path}: not a valid identity review file: {exc}") from None
    for number, j in enumerate(judged.judgements, 1):
        if j.rows[0] == j.rows[1]:
            raise CatalogError(f"{path}: judgement {number} names the row {j.rows[0]!r} twice")
    return judged


def judgements_digest(reviews_dir: Path) -> str:
    """sha256 of the file ('' without one): links are worked out again when it changes."""
    path = judgements_path(reviews_dir)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def decided(
    judged: Judgements, present: set[str]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[Judgement]]:
    """(same pairs, different pairs, stale judgements): the decided judgements whose two rows are both
    loaded, and those naming a row no longer loaded. The last judgement of a pair wins."""
    last: dict[frozenset[str], Judgement] = {}
    for j in judged.judgements:
        if j.judgement != "pending":
            last[j.pair] = j
    same, different, stale = [], [], []
    for j in last.values():
        if not set(j.rows) <= present:
            stale.append(j)
        elif j.judgement == "same":
            same.append(j.rows)
        else:
            different.append(j.rows)
    return same, different, stale


def with_pending(judged: Judgements, asked: list[Judgement]) -> Judgements:
    """The file plus a pending judgement for each pair it does not hold yet."""
    known = {j.pair for j in judged.judgements}
    new = [j for j in asked if j.pair not in known]
    return judged.model_copy(update={"judgements": judged.judgements + new})


def dump_judgements(judged: Judgements) -> str:
    data = judged.model_dump(mode="json", exclude_none=True)
    for j in data["judgements"]:
        j["rows"] = list(j["rows"])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
