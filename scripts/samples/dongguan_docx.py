"""SAMPLE: Dongguan's 2023-03-17 groundbreaking batch (60 projects, 420亿) as a Word attachment.

Paragraphs (title, SAMPLE line, unit line) before the table; category headings merged across the table
with declared counts, the town merged down over runs of projects, a 合计 row whose first cells are
merged, notes after the table. Amounts in 亿元 to 0.01.
"""

from __future__ import annotations

from pathlib import Path

from scripts.corpus.office_lists import docx_bytes, layout
from scripts.samples.exact_split import SAMPLE_TITLE, fixed_zip, sample_spec

FILE = "dongguan_2023_0317_sample.docx"
TOWNS = (
    "松山湖",
    "滨海湾新区",
    "长安镇",
    "虎门镇",
    "塘厦镇",
    "南城街道",
    "东城街道",
    "常平镇",
    "凤岗镇",
    "石龙镇",
)


def write(out_dir: Path) -> list[Path]:
    title = "东莞市2023年3月17日重大项目集中开工项目表"
    spec = sample_spec(title, "亿元", 2, [("产业项目", 34), ("基础设施项目", 14), ("城市更新项目", 12)], 42000, None,
                       TOWNS, seed=2023_0317, tag="3月17日", run=2)  # fmt: skip
    header = ["序号", "项目名称", "镇街", "总投资（亿元）", "建设内容"]
    rows = layout(spec, header)
    notes = [
        "备注：本表为样例数据，项目名称与金额均为合成，仅总数与公开报道一致。",
        "来源：按公开报道的总数生成",
    ]
    payload = fixed_zip(docx_bytes(rows, 5, [title, SAMPLE_TITLE, "单位：亿元"], notes, merge_places=True))
    path = out_dir / FILE
    path.write_bytes(payload)
    print(f"{path}: {len(spec.projects)} projects, {spec.total()}亿元, {len(payload):,} bytes")
    return [path]


FAMILY = "dongguan_docx"


def generate(run, out_dir: Path) -> list[Path]:
    """The registry's entry point (scripts/samples/__init__.py): this family draws no shared names."""
    return write(out_dir)
