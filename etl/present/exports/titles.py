"""Chinese column and view titles for the exports: the data dictionary describes every column in English
(COMMENT ON COLUMN in sql/), so the Chinese half of each "中文 / English" title is kept here, one per
column name (a name means the same in every view), and a view's own title in its file of sql/views/
("-- title (zh): …"). tests/test_exports.py checks that every exported view and column has one.

The terms follow the published lists (项目名称, 总投资, 年度计划投资, 建设性质 …) where a list has the
column, and plain descriptive Chinese elsewhere. A unit is stated where the column holds an amount.
"""

from __future__ import annotations

import re
from pathlib import Path

from etl.core.settings import SQL_DIR

COLUMNS: dict[str, str] = {
    # the list
    "source_id": "清单编号",
    "version": "版本",
    "title": "清单名称",
    "publisher": "发布单位",
    "list_kind": "清单类型",
    "year": "年度",
    "published": "发布日期",
    "location": "来源地址",
    "format": "文件格式",
    "is_sample": "样例数据",
    "sha256": "文件校验值（sha256）",
    "fetched_at": "获取时间",
    "loaded_at": "入库时间",
    "valid_from": "生效时间",
    "valid_to": "失效时间",
    "in_force_now": "现行版本",
    "flow_run_id": "运行编号",
    "build_fingerprint": "构建指纹",
    "column_map": "表头对应关系（JSON）",
    "unmapped_headers": "未识别表头（JSON）",
    "publications": "清单数",
    "lists": "所在清单",
    "list_kinds": "所在清单类型",
    "list_count": "所在清单数",
    # row accounting
    "rows_read": "读取行数",
    "projects": "项目数",
    "quarantined": "隔离行数",
    "non_project_rows": "非项目行数",
    "projects_without_total": "未公布总投资的项目数",
    "row_number": "原文件行号",
    "seq": "序号",
    # the project
    "project_name": "项目名称",
    "project_key": "清单内项目标识",
    "identity_key": "跨清单项目标识",
    "place_kind": "地域类型",
    "city_code": "地市代码",
    "city_name": "地市",
    "city_pinyin": "地市（拼音）",
    "place_raw": "建设地点（原文）",
    "district": "区县／园区",
    "section": "所属大类",
    "subsection": "所属小类",
    "heading_path": "所属标题层级",
    "category": "项目类别",
    "category_group": "类别归并",
    "cluster": "产业集群（原文）",
    "stage": "建设性质",
    "funding": "资金来源",
    "owner": "建设单位",
    "content": "主要建设内容",
    "remark": "备注",
    "start_year": "开工年份",
    "end_year": "完工年份",
    "period_raw": "建设起止年限（原文）",
    "event_date": "签约／开工日期",
    "raw": "原始行（JSON）",
    # amounts
    "total_investment_yi": "总投资（亿元）",
    "annual_plan_yi": "年度计划投资（亿元）",
    "total_investment_wan": "总投资（万元）",
    "annual_plan_wan": "年度计划投资（万元）",
    "total_investment_raw": "总投资（原文）",
    "annual_plan_raw": "年度计划投资（原文）",
    "total_investment_unit": "总投资读取单位",
    "annual_plan_unit": "年度计划投资读取单位",
    "share_of_list_total_pct": "占清单总投资比例（%）",
    # clusters
    "cluster_no": "集群序号",
    "cluster_zh": "产业集群",
    "cluster_en": "产业集群（英文）",
    "cluster_group": "集群类别",
    "cluster_basis": "集群判定依据",
    "cluster_as_published": "产业集群（原文）",
    # overlaps and city lists vs the provincial plan
    "same_total_everywhere": "各清单总投资一致",
    "same_annual_everywhere": "各清单年度计划投资一致",
    "provincial_source_id": "省重点项目计划编号",
    "provincial_projects": "省计划项目数",
    "provincial_total_yi": "省计划总投资（亿元）",
    "provincial_annual_yi": "省计划年度计划投资（亿元）",
    "city_list_source_id": "市清单编号",
    "city_list_kind": "市清单类型",
    "city_list_title": "市清单名称",
    "city_list_published": "市清单发布日期",
    "city_list_projects": "市清单项目数",
    "city_list_total_yi": "市清单总投资（亿元）",
    "city_list_annual_yi": "市清单年度计划投资（亿元）",
    "shared_projects": "与省计划重合项目数",
    "shared_total_yi": "重合项目总投资（亿元）",
    "only_in_city_list_projects": "仅在市清单的项目数",
    # reconciliation
    "headline_checks": "核对公布数次数",
    "headline_ok": "与公布数一致",
    "in_file_checks": "核对文内合计次数",
    "in_file_disagreeing": "与文内合计不一致数",
    "source_conflicts": "来源口径差异数",
    "check_kind": "核对类型",
    "figure": "核对指标",
    "qualifier": "公布措辞",
    "declared": "公布数",
    "actual": "入库数",
    "difference": "差额",
    "tolerance": "允许误差",
    "ok": "是否一致",
    "verdict": "结论",
    "figure_source": "公布数来源",
    "message": "说明",
    "checked_at": "核对时间",
    # history and changes
    "change_from_previous_version": "较上一版本变化",
    "dropped_in_next_version": "下一版本已删除",
    "from_version": "原版本",
    "to_version": "新版本",
    "changed_at": "变化时间",
    "change": "变化",
    "total_before_yi": "变化前总投资（亿元）",
    "total_after_yi": "变化后总投资（亿元）",
    "annual_before_yi": "变化前年度计划投资（亿元）",
    "annual_after_yi": "变化后年度计划投资（亿元）",
    "stage_before": "变化前建设性质",
    "stage_after": "变化后建设性质",
    # announcements (news releases) and their figures
    "announcement": "公告编号",
    "list_id": "所公布清单编号",
    "scope_kind": "口径类型",
    "scope_label": "口径",
    "loaded_label": "清单中对应值",
    "projects_qualifier": "项目数措辞",
    "total_investment_qualifier": "总投资措辞",
    "annual_plan_qualifier": "年度计划投资措辞",
    "share_pct": "占比（%）",
    "share_of": "占比基数",
    "event": "事件类型",
    "kind": "类型",
    "quarter": "季度",
    "value": "数值",
    "unit": "单位",
    "sentence": "原文句子",
    "announced": "公告数",
    "loaded": "清单合计",
    "agrees": "是否一致",
    "source_kind": "来源类型",
    # distinct projects (identity step)
    "project_id": "项目编号（去重后）",
    "basis": "归并依据",
    "score": "相似度评分",
    "linked_source_id": "归并到的清单",
    "linked_row_number": "归并到的行号",
    "row_key": "行标识（复核用）",
    "list_rank": "金额优先级",
    "first_seen": "首次出现日期",
    "last_seen": "最近出现日期",
    "rows": "出现行数",
    "list_rows": "所在清单行",
    "amount_source_id": "金额来源清单",
    "amount_list_kind": "金额来源清单类型",
    "amount_year": "金额来源年度",
    "reviewed": "经人工复核",
    "lowest_score": "最低相似度评分",
    "in_several_lists": "多清单列入项目数",
    "amounts_from_provincial_plan": "金额取自省计划的项目数",
    "amounts_from_city_plan": "金额取自市计划的项目数",
    "amounts_from_batches": "金额取自集中开工或签约的项目数",
    "amount_sources": "金额来源清单",
    "listed_rows": "清单行数",
    "distinct_projects": "去重后项目数",
    "counted_twice": "重复计算行数",
    "listed_total_investment_yi": "清单相加总投资（亿元）",
    "distinct_total_investment_yi": "去重后总投资（亿元）",
    "projects_in_several_lists": "多清单列入项目数",
}

# What each view is called in Chinese (the About sheet; the view name stays the sheet's name): the line
# "-- title (zh): …" in the view's own file, beside its comments.
TITLE_LINE = re.compile(r"^-- title \(zh\): (.+)$", re.MULTILINE)


def view_titles(folder: Path = SQL_DIR / "views") -> dict[str, str]:
    """View name → its Chinese title, from each file of sql/views/ that has one."""
    found = {path.stem: TITLE_LINE.search(path.read_text(encoding="utf-8")) for path in folder.glob("*.sql")}
    return {name: match.group(1).strip() for name, match in sorted(found.items()) if match}


VIEWS: dict[str, str] = view_titles()


def column_title(name: str) -> str:
    """'总投资（亿元） / total_investment_yi'; KeyError for a column without a Chinese title (a test
    keeps the table complete, so an export never ships a half-translated header)."""
    return f"{COLUMNS[name]} / {name}"
