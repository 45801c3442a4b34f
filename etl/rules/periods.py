"""Years and construction periods as lists print them, and the stage a project is in.

'2023-2026', '2023年-2026年', a single year, or an Excel date serial typed into a year column (45658 is
2025-01-01): a period that cannot be read is a reason to quarantine the row, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from etl.rules.text import fold_text

PERIOD_RE = re.compile(r"(\d{4})\s*年?\s*[-—–~～至到]+\s*(\d{4})\s*年?")
# A year, or a date whose year counts: '2023', '2023年', '2023年度', '2025-01-01' (an Excel date cell),
# '2025/3/1', '2025.03', '2025年3月'.
YEAR_RE = re.compile(r"^(\d{4})(年度?|年\d{1,2}月(\d{1,2}日)?|[-./]\d{1,2}([-./]\d{1,2})?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
# A stage word found in the cell → the stage it means (first match wins).
STAGES = (
    ("新开工", "新开工"),
    ("续建", "续建"),
    ("预备", "预备"),
    ("前期", "预备"),
    ("签约", "签约"),
    ("竣工", "竣工"),
    ("投产", "竣工"),
)


def parse_year(text: str | None) -> int | None:
    """A year cell: '2023', '2023年', or an Excel date serial typed into a year column (45658 → 2025)."""
    t = fold_text(text).replace(" ", "")
    if not t:
        return None
    m = YEAR_RE.match(t)
    if m and int(m.group(1)) < 2200:
        return int(m.group(1))
    try:
        serial = float(t)
    except ValueError:
        raise ValueError(f"{text!r} is not a year") from None
    if 20000 <= serial <= 80000:
        return (EXCEL_EPOCH + dt.timedelta(days=int(serial))).year
    raise ValueError(f"{text!r} is not a year")


def parse_period(text: str | None) -> tuple[int | None, int | None]:
    """'2023-2026', '2023—2026', '2023年-2026年' → (2023, 2026); a single year → (year, None)."""
    t = fold_text(text)
    if not t:
        return None, None
    m = PERIOD_RE.search(t)
    if m:
        return int(m.group(1)), int(m.group(2))
    return parse_year(t), None


_DATE_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")


def parse_date(text: str | None) -> dt.date | None:
    """A date cell ('2023-01-29', '2023/1/29', '2023年1月29日', '20230129', an Excel serial), or None
    when the cell holds no full date: a signing date that cannot be read is left out, not a reason to
    hold the project back."""
    t = fold_text(text)
    if not t:
        return None
    m = _DATE_RE.match(t) or re.match(r"^(\d{4})(\d{2})(\d{2})$", t)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        serial = float(t)
    except ValueError:
        return None
    return EXCEL_EPOCH + dt.timedelta(days=int(serial)) if 20000 <= serial <= 80000 else None


def normalize_stage(text: str | None) -> str | None:
    t = fold_text(text)
    for word, stage in STAGES:
        if word in t:
            return stage
    return t or None
