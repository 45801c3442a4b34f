"""Map the headers publishers write onto our canonical columns, without a per-source mapping.

Three vocabularies, each compared in its own folded form:

- Chinese headers, folded by `fold_header` (NFKC, no spaces, bracketed parts such as units removed,
  a trailing unit such as 万元 removed): '项 目 名 称', '项目名称（全称）' and '项目名称' are one label;
- English keys of data portals in any case style (`projectName`, `project_name`, `Project Name`,
  `PROJECT-NAME`), with or without a unit (`totalInvestmentWan`, `investment_100m_yuan`,
  `Amount (10k yuan)`), folded by `english_key` to lower-case letters and digits;
- pinyin initials of Chinese government systems (`xmmc` 项目名称, `ztz` 总投资, `jsdd` 建设地点),
  folded the same way.

A header that maps nowhere is kept in the raw row and reported; docs/catalog.md lists every alias.
"""

from __future__ import annotations

import re

from etl.rules.text import fold_text
from etl.rules.units import english_unit_tokens, key_tokens, unit_in_header

# canonical column → Chinese aliases, as fold_header leaves them.
ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "项目序号", "序", "项次", "no", "no."),
    "project_name": ("项目名称", "名称", "项目", "项目全称", "工程名称", "项目工程名称", "签约项目", "签约项目名称",
                     "开工项目", "开工项目名称", "建设项目名称"),
    "place": ("地市", "所在地市", "所在市", "所属地市", "城市", "市", "所在地", "建设地点", "项目所在地", "地区",
              "属地", "实施地点", "落户地", "落户地点", "项目地点", "所在城市", "所属城市", "地级市", "项目建设地点",
              "所在地区", "所属地区", "建设地址", "项目地址"),
    "district": ("所在区", "区", "所属区", "辖区", "区县", "所在区县", "所属区县", "县区", "县", "镇街", "所在镇街",
                 "所属镇街", "落户镇街", "镇", "镇区", "街道", "所属街道", "所在街道", "区域", "所属区域", "所在区域",
                 "所在镇", "所属镇"),
    "category": ("类别", "项目类别", "分类", "项目分类", "领域", "行业", "行业类别", "项目类型", "类型", "所属领域",
                 "所属行业", "行业领域", "产业类别"),
    "cluster": ("产业集群", "战略性产业集群", "所属产业集群", "所属集群"),
    "stage": ("建设性质", "项目性质", "性质", "阶段", "项目阶段", "建设阶段"),
    "funding": ("投资主体", "投资类型", "资金来源", "投资性质", "投资主体类型", "资金性质", "投资来源"),
    "owner": ("建设单位", "项目单位", "业主单位", "项目业主", "责任单位", "实施单位", "项目法人", "签约企业",
              "签约单位", "签约主体", "投资方", "投资企业", "企业名称", "投资单位"),
    "content": ("建设内容", "主要建设内容", "建设规模及内容", "建设规模和内容", "建设规模", "建设内容及规模",
                "主要建设内容及规模", "项目内容", "项目简介", "项目概况", "建设规模及主要内容"),
    "period": ("建设起止年限", "起止年限", "建设年限", "建设期限", "建设起止年份", "建设周期", "起止时间",
               "建设起止时间", "开竣工时间"),
    "start_year": ("开工年份", "开工时间", "开工年度", "计划开工时间"),
    "end_year": ("竣工年份", "完工年份", "竣工时间", "完工时间", "计划竣工时间"),
    "event_date": ("签约时间", "签约日期", "开工日期", "发布日期"),
    "total_investment": ("总投资", "项目总投资", "计划总投资", "投资总额", "总投资额", "估算总投资", "签约金额",
                         "协议投资额", "合同金额", "投资金额", "投资额", "项目投资额", "项目投资", "总投资规模",
                         "投资规模", "计划投资总额", "协议金额", "签约投资额", "签约额", "意向投资额", "拟投资额",
                         "拟投资总额", "预计总投资", "估算投资", "概算总投资", "批复总投资", "合同投资额", "协议总投资"),
    "annual_plan": ("年度计划投资", "年度投资计划", "本年计划投资", "本年度计划投资", "计划投资", "年度计划",
                    "年计划投资", "当年计划投资", "今年计划投资", "年度计划完成投资", "本年计划完成投资",
                    "年度投资", "年度投资额", "本年度投资计划", "本年投资计划"),
    "remark": ("备注", "附注", "说明"),
}  # fmt: skip

# canonical column → English keys and pinyin initials, as english_key leaves them.
ASCII_KEYS: dict[str, tuple[str, ...]] = {
    "seq": ("no", "number", "seq", "seqno", "sequence", "serial", "serialno", "sn", "index", "xh", "bh"),
    "project_name": ("name", "project", "projectname", "title", "projecttitle", "itemname", "xmmc", "mc", "gcmc"),
    "place": ("city", "location", "site", "place", "address", "projectlocation", "prefecture", "jsdd", "szd",
              "xmszd", "ds", "szs", "ssds", "lhd"),
    "district": ("district", "county", "town", "township", "street", "subdistrict", "zone", "region",
                 "ssqx", "szqx", "qx", "zj", "szzj", "sszj"),
    "category": ("category", "type", "projecttype", "sector", "industry", "field", "lb", "xmlb", "xmlx", "fl",
                 "hy"),
    "cluster": ("cluster", "industrycluster", "industrialcluster", "cyjq"),
    "stage": ("stage", "phase", "status", "constructiontype", "jsxz", "xz"),
    "funding": ("funding", "fundingsource", "fundsource", "investortype", "investmenttype", "tzzt", "zjly"),
    "owner": ("owner", "developer", "company", "enterprise", "investor", "builder", "sponsor", "jsdw", "xmdw",
              "yzdw", "zrdw"),
    "content": ("content", "description", "scope", "summary", "details", "constructioncontent", "jsnr", "jsgm",
                "nr"),
    "period": ("period", "duration", "constructionperiod", "timeline", "jsqx", "jsnx", "qznx", "qzsj"),
    "start_year": ("startyear", "start", "startdate", "beginyear", "commencement", "kgsj", "kgnf"),
    "end_year": ("endyear", "end", "enddate", "completionyear", "completion", "finishyear", "jgsj", "wgsj"),
    "event_date": ("date", "signedon", "signeddate", "signingdate", "signdate", "eventdate", "qysj", "qyrq"),
    "total_investment": ("investment", "totalinvestment", "amount", "totalamount", "investmentamount", "invest",
                         "total", "investmenttotal", "contractamount", "signedamount", "agreementamount",
                         "contractvalue", "dealvalue", "plannedinvestment", "ztz", "tzze", "jhztz", "xmztz",
                         "qyje", "xyje", "htje", "xytze", "tzje"),
    "annual_plan": ("annualplan", "annualinvestment", "annualplaninvestment", "yearplan", "plannedthisyear",
                    "investmentthisyear", "annual", "ndjh", "ndjhtz", "bnjh", "bnjhtz", "ndtz"),
    "remark": ("remark", "remarks", "note", "notes", "comment", "comments", "bz"),
}  # fmt: skip

AMOUNT_COLUMNS = ("total_investment", "annual_plan")
_BY_ALIAS = {alias: column for column, aliases in ALIASES.items() for alias in aliases}
_BY_ASCII_KEY = {key: column for column, keys in ASCII_KEYS.items() for key in keys}
# Year-stamped headers: '2023年计划投资', '2023年度投资计划', '2023年投资计划'.
_ANNUAL_RE = re.compile(r"^(\d{4})年度?(计划)?投资(计划|额)?(小计)?$")
_BRACKETED = re.compile(r"[(\[][^)\]]*[)\]]")
_TRAILING_UNIT = re.compile(r"(万亿元|千万元|百万元|亿元|万元|千元|元|亿|万)$")


def fold_header(label: str | None) -> str:
    """A Chinese header as the aliases spell it: NFKC, no spaces, no bracketed part, lower case."""
    text = _BRACKETED.sub("", fold_text(label))
    return re.sub(r"\s+", "", text).lower()


def english_key(label: str | None) -> str:
    """An ASCII key as ASCII_KEYS spells it: 'totalInvestmentWan' / 'Total Investment (10k yuan)' →
    'totalinvestment' (a trailing unit is dropped: units_of_header reads it)."""
    tokens = key_tokens(_BRACKETED.sub(" ", fold_text(label)))
    tokens = tokens[: len(tokens) - len(english_unit_tokens(tokens))]
    return "".join(tokens)


def canonical_column(label: str | None) -> str | None:
    """The canonical column a header label stands for, or None."""
    folded = fold_header(label)
    if not folded:
        return None
    if folded.isascii():
        return _BY_ASCII_KEY.get(english_key(label)) or _BY_ALIAS.get(folded)
    bare = _TRAILING_UNIT.sub("", folded)  # '总投资万元'
    if folded in _BY_ALIAS or bare in _BY_ALIAS:
        return _BY_ALIAS.get(folded) or _BY_ALIAS[bare]
    if _ANNUAL_RE.match(folded) or _ANNUAL_RE.match(bare):
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
    """Column index → unit written in that header: '总投资（亿元）', '总投资万元', 'investment_wan'."""
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
