"""Tell project rows from the other rows printed lists carry: totals, categories, city groups, notes.

A row that is not a project is never loaded as one; it is kept with its kind so that
rows read = projects + quarantined + non-project rows holds for every publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.places import resolve_place
from etl.units import fold_text

# The patterns are public: etl/normalize/sql_rules.py hands the same ones to DuckDB, so SQL and Python
# share each rule from one definition. They match text folded by fold_text with spaces removed.
# '合计', '总计（266个）', '南山区小计', '全区' — but not a project named '全省农村公路改造'.
TOTAL_RE = re.compile(
    r"^(合计|总计|小计|共计|总合计|累计)|^(全区|全市|全省|全县)(合计|总计|小计)?([(].*[)])?$|^.+(合计|总计|小计)([(].*[)])?$"
)
CATEGORY_RE = re.compile(
    r"^([一二三四五六七八九十百]+[、.]|[(][一二三四五六七八九十百]+[)]|第[一二三四五六七八九十百]+[类部分])"
)
# A heading's numeral alone in the 序号 column, its label in the name column: '一' | '（二）' + '能源工程'.
CATEGORY_SEQ_RE = re.compile(r"^([一二三四五六七八九十百]+|[(][一二三四五六七八九十百]+[)])[、.]?$")
COUNT_RE = re.compile(r"[(]\s*(?:共)?\s*(\d+)\s*(?:个|项)(?:项目)?\s*[)]")
SUBCATEGORY_SEQ_RE = re.compile(r"^[-−–—－]\s*\d+$")
NOTE_RE = re.compile(r"^(备注|注|说明|资料来源|数据来源|来源)\s*[:：\d]")


@dataclass(frozen=True)
class RowKind:
    kind: str  # project | total | category | subcategory | city_group | note | blank
    label: str | None = None  # category / group label, e.g. '基础设施工程'
    declared_count: int | None = None  # '（17个）' on a category row


def declared_count(text: str) -> int | None:
    m = COUNT_RE.search(text)
    return int(m.group(1)) if m else None


def _category_label(text: str) -> str:
    label = CATEGORY_RE.sub("", text)
    label = COUNT_RE.sub("", label)
    return label.strip(" :：、.")


def classify_row(seq: str | None, name: str | None, other_cells: list[str | None]) -> RowKind:
    """Classify one row from its 序号 cell, its name cell and the rest of its cells."""
    seq_t = fold_text(seq)
    name_t = fold_text(name)
    name_compact = name_t.replace(" ", "")
    seq_compact = seq_t.replace(" ", "")
    # A heading merged across the row (XLSX merge, HTML colspan) repeats its text in every cell: the
    # copies are not other content.
    others = [
        fold_text(c)
        for c in other_cells
        if fold_text(c) and fold_text(c).replace(" ", "") not in {name_compact, seq_compact}
    ]
    if not seq_t and not name_t and not others:
        return RowKind("blank")
    first = name_compact or seq_compact
    if NOTE_RE.match(seq_compact) or NOTE_RE.match(name_compact):
        return RowKind("note", label=name_t or seq_t)
    if TOTAL_RE.match(seq_compact) or TOTAL_RE.match(name_compact):
        # "总计（266个）" states the number of projects it sums, like a category heading does.
        return RowKind(
            "total", label=name_t or seq_t, declared_count=declared_count(name_compact or seq_compact)
        )
    if SUBCATEGORY_SEQ_RE.match(seq_compact):
        return RowKind("subcategory", label=name_t, declared_count=declared_count(name_compact))
    if name_compact and CATEGORY_SEQ_RE.match(seq_compact):
        return RowKind(
            "category", label=_category_label(name_compact), declared_count=declared_count(name_compact)
        )
    for text in (seq_compact, name_compact):
        if CATEGORY_RE.match(text):
            full = text if text == name_compact or not name_compact else text + name_compact
            return RowKind("category", label=_category_label(full), declared_count=declared_count(full))
    if not name_compact and seq_compact and COUNT_RE.search(seq_compact):
        return RowKind(
            "category", label=_category_label(seq_compact), declared_count=declared_count(seq_compact)
        )
    # "南 宁 市" / "深圳市" alone on a row: a group heading for the rows below it.
    if first and not others and resolve_place(first).kind == "city":
        return RowKind("city_group", label=first)
    return RowKind("project")
