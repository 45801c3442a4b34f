"""SAMPLE: Shenzhen's 2023 Q4 groundbreaking batch (271 projects, 3149.1亿, 335.4亿 for the year) as an
OpenDocument spreadsheet (.ods).

A title and SAMPLE line spanning the table, the unit in a note row (单位：亿元), category headings with
declared counts spanning the row, the district spanning runs of rows (covered cells below), a 合计 row
spanning the first cells; amounts in 亿元 to 0.1.
"""

from __future__ import annotations

from pathlib import Path

from scripts.corpus.office_lists import layout, ods_bytes
from scripts.samples.exact_split import SAMPLE_TITLE, fixed_zip, sample_spec
from scripts.samples.shenzhen_q2_xls import DISTRICTS

FILE = "shenzhen_2023_q4_sample.ods"


def write(out_dir: Path) -> list[Path]:
    title = "深圳市2023年第四季度重大项目集中开工项目表"
    sections = [("产业项目", 112), ("基础设施", 71), ("民生项目", 88)]
    spec = sample_spec(title, "亿元", 1, sections, 31491, 3354, DISTRICTS, seed=2023_04, tag="四季度", run=3)
    header = ["序号", "项目名称", "所在区", "总投资", "年度计划投资", "建设内容"]
    payload = fixed_zip(ods_bytes(layout(spec, header), 6, [title, SAMPLE_TITLE, "单位：亿元"], [], sheet="项目表",
                                  merge_places=True))  # fmt: skip
    path = out_dir / FILE
    path.write_bytes(payload)
    print(
        f"{path}: {len(spec.projects)} projects, {spec.total()}亿元, {spec.annual()}亿元 for the year, {len(payload):,} bytes"
    )
    return [path]


FAMILY = "shenzhen_q4_ods"


def generate(run, out_dir: Path) -> list[Path]:
    """The registry's entry point (scripts/samples/__init__.py): this family draws no shared names."""
    return write(out_dir)
