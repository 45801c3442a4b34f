"""SAMPLE: Shenzhen's 2023 Q2 groundbreaking batch (263 projects: 58 先进制造业, 65 基础设施, 98 民生,
42 其他; 3491.8亿, 508.4亿 for the year) as a legacy Excel 97 .xls.

A title and SAMPLE line merged over the table, category headings with declared counts merged across,
amounts in 亿元 to 0.1 stored as binary floats (as Excel stores them), a 合计 row merged over the first
cells. Each row's year plan is at most its total.
"""

from __future__ import annotations

from pathlib import Path

from scripts.corpus.office_lists import layout, xls_bytes
from scripts.samples.exact_split import SAMPLE_TITLE, sample_spec

FILE = "shenzhen_2023_q2_sample.xls"
DISTRICTS = ("福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区",
             "前海合作区", "深汕特别合作区")  # fmt: skip


def write(out_dir: Path) -> list[Path]:
    title = "深圳市2023年第二季度重大项目集中开工项目表"
    sections = [("先进制造业", 58), ("基础设施", 65), ("民生", 98), ("其他", 42)]
    spec = sample_spec(title, "亿元", 1, sections, 34918, 5084, DISTRICTS, seed=2023_02, tag="二季度")
    header = ["序号", "项目名称", "所在区", "总投资（亿元）", "2023年计划投资（亿元）", "建设内容"]
    payload = xls_bytes(layout(spec, header), 6, [title, SAMPLE_TITLE], [], sheet="项目表")
    path = out_dir / FILE
    path.write_bytes(payload)
    print(
        f"{path}: {len(spec.projects)} projects, {spec.total()}亿元, {spec.annual()}亿元 for the year, {len(payload):,} bytes"
    )
    return [path]


FAMILY = "shenzhen_q2_xls"


def generate(run, out_dir: Path) -> list[Path]:
    """The registry's entry point (scripts/samples/__init__.py): this family draws no shared names."""
    return write(out_dir)
