"""Tell project rows from the other rows printed lists carry: totals, headings, city groups, notes.

A row that is not a project is never loaded as one; it is kept with its kind so that
rows read = projects + quarantined + non-project rows holds for every publication.

Headings come in numbering styles that nest, as in Chinese official documents: 一、 › （一） › 1. › (1) › ①,
plus the "-1" sub-category rows of provincial plans and 第一类/第一部分. Which style sits above which is
read from the file (etl/normalize/classify.py: the first style seen is the top level), so a list that
uses only 一、 and -1 has two levels and one that uses 一、（一）-1 has three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.rules.places import resolve_place
from etl.rules.text import fold_text

# The patterns are public: etl/normalize/sql_rules.py hands the same ones to DuckDB, so SQL and Python
# share each rule from one definition. They match text folded by fold_text with spaces removed.
# '合计', '总计（266个）', '南山区小计', '全区' — but not a project named '全省农村公路改造'.
TOTAL_RE = re.compile(
    r"^(合计|总计|小计|共计|总合计|累计)|^(全区|全市|全省|全县)(合计|总计|小计)?([(].*[)])?$|^.+(合计|总计|小计)([(].*[)])?$"
)
_CN = "一二三四五六七八九十百零〇"
CATEGORY_RE = re.compile(rf"^([{_CN}]+[、.,]|[(][{_CN}]+[)]|第[{_CN}]+(?:类|部分|章|节|篇))")
# A heading's numeral alone in the 序号 column, its label in the name column: '一' | '（二）' + '能源工程'.
CATEGORY_SEQ_RE = re.compile(rf"^([{_CN}]+|[(][{_CN}]+[)])[、.,]?$")
COUNT_RE = re.compile(r"[(]\s*(?:共)?\s*(\d+)\s*(?:个|项)(?:项目)?\s*[)]")
SUBCATEGORY_SEQ_RE = re.compile(r"^[-−–—－]\s*\d+$")
SUBCATEGORY_NAME_RE = re.compile(r"^[-−–—－]\d+[^0-9]")
NOTE_RE = re.compile(r"^(备注|注|说明|资料来源|数据来源|来源)\s*[:：\d]")
# Arabic numbering ('1.', '1、', '(1)') is also how projects are numbered, so a row numbered so is a
# heading only when it carries no project detail (place, owner, content, stage, period …).
ARABIC_SEQ_RE = re.compile(r"^(\d{1,2}[、.]|[(]\d{1,2}[)])$")
ARABIC_NAME_RE = re.compile(r"^(\d{1,2}[、.]([^0-9]|$)|[(]\d{1,2}[)])")
# ① … ⑳ fold to digits under NFKC, so they are looked for in the text as published.
CIRCLED_RE = re.compile(r"^\s*[\u2460-\u2473]")

_STYLES = (  # (style, pattern on the compact folded text)
    ("一、", re.compile(rf"^[{_CN}]+[、.,]")),
    ("（一）", re.compile(rf"^[(][{_CN}]+[)]")),
    ("第一", re.compile(rf"^第[{_CN}]+(?:类|部分|章|节|篇)")),
    ("1.", re.compile(r"^\d{1,2}[、.](?!\d)")),
    ("(1)", re.compile(r"^[(]\d{1,2}[)]")),
    ("-1", re.compile(r"^[-−–—－]\s*\d+")),
)


@dataclass(frozen=True)
class RowKind:
    kind: str  # project | heading | total | city_group | note | blank
    label: str | None = None  # heading / group label without its numbering and count, e.g. '基础设施工程'
    declared_count: int | None = None  # '（17个）' on a heading or total
    style: str | None = None  # a heading's numbering style: 一、 / （一） / 第一 / 1. / (1) / ① / -1
    number: int | None = None  # a heading's number: 一 / (二) / 3. / ④ / -5 → 1, 2, 3, 4, 5

    @property
    def is_project(self) -> bool:
        return self.kind == "project"


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 一百 → 100; None for anything else."""
    if not text or any(c not in _DIGITS and c not in "十百" for c in text):
        return None
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return (_DIGITS.get(hundreds, 1) if hundreds else 1) * 100 + (chinese_number(rest.lstrip("零")) or 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return _DIGITS[text] if len(text) == 1 else None


def heading_number(text: str, raw: str | None = None) -> int | None:
    """The number a heading's numbering states, from its compact folded text (raw for ①)."""
    if raw and CIRCLED_RE.match(raw):
        return ord(raw.strip()[0]) - 0x2460 + 1
    m = re.match(rf"^[-−–—－(第]?\s*([{_CN}]+|\d+)", text)
    if not m:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))


def declared_count(text: str) -> int | None:
    m = COUNT_RE.search(text)
    return int(m.group(1)) if m else None


def heading_label(text: str) -> str:
    """'一、基础设施工程（17个）' → '基础设施工程'; '(1)国铁项目:' → '国铁项目'."""
    for _, pattern in _STYLES:
        text = pattern.sub("", text, count=1)
    label = COUNT_RE.sub("", text)
    return label.strip(" :：、.")


# Chinese numbering always makes a heading; arabic and circled numbering only on a row without detail.
# The '-1' of a sub-category is a heading alone in the 序号 column (where it may sit beside subtotals);
# written at the start of a name ('-2+3号线…') it is one only on a row with neither detail nor amounts,
# so that a project whose name begins with a minus sign keeps its amount and the rows after it.
ALWAYS_HEADINGS = frozenset({"一、", "（一）", "第一"})


def numbering_style(text: str, raw: str | None = None) -> str | None:
    """The heading style a cell's text starts with (compact folded text; raw for circled numbers)."""
    if raw and CIRCLED_RE.match(raw):
        return "①"
    return next((style for style, pattern in _STYLES if pattern.match(text)), None)


def _bare_number(seq: str, raw_seq: str | None) -> str | None:
    """The style of a 序号 cell that holds only a heading's numbering: '一', '（二）', '-1', '1.', '①'."""
    if CATEGORY_SEQ_RE.match(seq):
        return "（一）" if seq.startswith("(") else "一、"
    if SUBCATEGORY_SEQ_RE.match(seq):
        return "-1"
    if ARABIC_SEQ_RE.match(seq):
        return numbering_style(seq)
    if raw_seq and CIRCLED_RE.match(raw_seq) and not fold_text(CIRCLED_RE.sub("", raw_seq)):
        return "①"
    return None


def _is_heading(style: str | None, has_detail: bool) -> bool:
    return style is not None and (style in ALWAYS_HEADINGS or not has_detail)


def _heading(
    seq: str, name: str, raw_seq: str | None, raw_name: str | None, has_detail: bool, has_amount: bool
) -> RowKind | None:
    """A heading row, or None. seq/name: compact folded text; raw_*: as published (for ①)."""
    style = _bare_number(seq, raw_seq)
    if name and (style == "-1" or _is_heading(style, has_detail)):  # '一' | '能源工程（3个）'
        return RowKind(
            "heading", heading_label(name), declared_count(name), style, heading_number(seq, raw_seq)
        )
    for text, raw in ((name, raw_name), (seq, raw_seq)):  # '一、基础设施工程（17个）' in one cell
        style = numbering_style(text, raw)
        if not _is_heading(style, has_detail or (style == "-1" and has_amount)):
            continue
        number = heading_number(text, raw)
        if style == "①":
            text = fold_text(CIRCLED_RE.sub("", raw)).replace(" ", "")
        if raw is raw_seq and name:
            text += name  # '第一部分' | '产业项目'
        return RowKind("heading", heading_label(text), declared_count(text), style, number)
    if not name and seq and COUNT_RE.search(seq):  # '（共3个）' alone
        return RowKind("heading", heading_label(seq), declared_count(seq), "一、")
    return None


def classify_row(
    seq: str | None,
    name: str | None,
    other_cells: list[str | None],
    has_detail: bool | None = None,
    has_amount: bool | None = None,
) -> RowKind:
    """Classify one row from its 序号 cell, its name cell and the rest of its cells.

    has_detail: whether the row fills a column only projects fill (place, owner, content, stage,
    period …); None → any other non-empty cell counts as detail. has_amount: whether it prints an
    amount (not a placeholder); None → as has_detail."""
    seq_t, name_t = fold_text(seq), fold_text(name)
    name_compact, seq_compact = name_t.replace(" ", ""), seq_t.replace(" ", "")
    # A heading merged across the row (XLSX merge, HTML colspan) repeats its text in every cell: the
    # copies are not other content.
    others = [fold_text(c) for c in other_cells]
    others = [c for c in others if c and c.replace(" ", "") not in {name_compact, seq_compact}]
    if not seq_t and not name_t and not others:
        return RowKind("blank")
    first = name_compact or seq_compact
    if NOTE_RE.match(seq_compact) or NOTE_RE.match(name_compact):
        return RowKind("note", label=name_t or seq_t)
    if TOTAL_RE.match(seq_compact) or TOTAL_RE.match(name_compact):
        # "总计（266个）" states the number of projects it sums, like a heading does.
        return RowKind(
            "total", label=name_t or seq_t, declared_count=declared_count(name_compact or seq_compact)
        )
    detail = bool(others) if has_detail is None else has_detail
    amount = detail if has_amount is None else has_amount
    heading = _heading(seq_compact, name_compact, seq, name, detail, amount)
    if heading:
        return heading
    # "南 宁 市" / "深圳市" alone on a row: a group heading for the rows below it.
    if first and not others and resolve_place(first).kind == "city":
        return RowKind("city_group", label=first)
    return RowKind("project")
