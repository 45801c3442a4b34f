"""Map the headers publishers write onto our canonical columns, without a per-source mapping.

Headers are folded first (NFKC, no spaces, unit in brackets removed), so '项 目 名 称', '项目名称' and
'项目名称（全称）' are the same label. A header that maps nowhere is kept in the raw row and reported.
"""

from __future__ import annotations

import re
import unicodedata

from etl.units import unit_in_header

# canonical column → exact folded aliases
ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "项目序号", "序", "no", "no."),
    "project_name": ("项目名称", "名称", "项目", "项目全称", "project", "projectname", "name"),
    "place": (
        "地市",
        "所在地市",
        "所在市",
        "所属地市",
        "城市",
        "市",
        "所在地",
        "建设地点",
        "项目所在地",
        "地区",
        "属地",
        "实施地点",
        "city",
    ),
    "district": (
        "所在区",
        "区",
        "所属区",
        "辖区",
        "区县",
        "所在区县",
        "县区",
        "镇街",
        "所在镇街",
        "镇",
        "镇区",
        "district",
    ),
    "category": (
        "类别",
        "项目类别",
        "分类",
        "项目分类",
        "领域",
        "行业",
        "行业类别",
        "项目类型",
        "类型",
        "category",
    ),
    "cluster": ("产业集群", "战略性产业集群", "所属产业集群", "所属集群", "cluster"),
    "stage": ("建设性质", "项目性质", "性质", "阶段", "项目阶段", "建设阶段", "stage"),
    "funding": ("投资主体", "投资类型", "资金来源", "投资性质", "投资主体类型", "funding"),
    "owner": ("建设单位", "项目单位", "业主单位", "项目业主", "责任单位", "owner"),
    "content": ("建设内容", "主要建设内容", "建设规模及内容", "建设规模和内容", "建设规模", "content"),
    "period": ("建设起止年限", "起止年限", "建设年限", "建设期限", "建设起止年份", "period"),
    "start_year": ("开工年份", "开工时间", "开工年度", "start_year"),
    "end_year": ("竣工年份", "完工年份", "竣工时间", "完工时间", "end_year"),
    "total_investment": (
        "总投资",
        "项目总投资",
        "计划总投资",
        "投资总额",
        "总投资额",
        "估算总投资",
        "total_investment",
    ),
    "annual_plan": (
        "年度计划投资",
        "年度投资计划",
        "本年计划投资",
        "本年度计划投资",
        "计划投资",
        "年度计划",
        "annual_plan",
    ),
    "remark": ("备注", "remark"),
}
_BY_ALIAS = {alias: column for column, aliases in ALIASES.items() for alias in aliases}
# Year-stamped headers: '2023年计划投资', '2023年度投资计划', '2023年投资计划'.
_ANNUAL_RE = re.compile(r"^(\d{4})年度?(计划)?投资(计划|额)?(小计)?$")
_BRACKETED = re.compile(r"[(\[][^)\]]*[)\]]")

AMOUNT_COLUMNS = ("total_investment", "annual_plan")


def fold_header(label: str | None) -> str:
    text = unicodedata.normalize("NFKC", label or "")
    text = _BRACKETED.sub("", text)
    return re.sub(r"\s+", "", text).lower()


def canonical_column(label: str | None) -> str | None:
    """The canonical column a header label stands for, or None."""
    folded = fold_header(label)
    if not folded:
        return None
    if folded in _BY_ALIAS:
        return _BY_ALIAS[folded]
    if _ANNUAL_RE.match(folded):
        return "annual_plan"
    # Two-row headers are joined as 'parent/child': the child names the column, the parent its family.
    if "/" in folded:
        parent, _, child = folded.rpartition("/")
        if child in {"小计", "合计", "计划投资", "投资"} and ("投资" in parent or "计划" in parent):
            return "total_investment" if "总投资" in parent else "annual_plan"
        return canonical_column(child) or canonical_column(parent)
    return None


def map_headers(header: list[str], overrides: dict[str, str] | None = None) -> dict[int, str]:
    """Column index → canonical column. The first header claiming a column wins; overrides win over all.

    overrides maps a header label as published (or its folded form) to a canonical column.
    """
    folded_overrides = {fold_header(k): v for k, v in (overrides or {}).items()}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    # Overrides first, so that an alias earlier in the row ('项目') cannot take their column.
    for lookup in (lambda label: folded_overrides.get(fold_header(label)), canonical_column):
        for index, label in enumerate(header):
            column = lookup(label)
            if index not in mapping and column and column not in taken:
                mapping[index] = column
                taken.add(column)
    return dict(sorted(mapping.items()))


def header_units(header: list[str]) -> dict[int, str]:
    """Column index → unit written in that header, e.g. '总投资（亿元）'."""
    units = {}
    for index, label in enumerate(header):
        unit = unit_in_header(label or "")
        if unit:
            units[index] = unit
    return units


def header_score(cells: list[str | None]) -> int:
    """How many cells of a row look like known headers: the header row is the first that scores ≥ 2."""
    columns = {canonical_column(c) for c in cells if c}
    columns.discard(None)
    return len(columns) + (2 if "project_name" in columns else 0)
