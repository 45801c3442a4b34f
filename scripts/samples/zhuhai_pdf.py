"""SAMPLE: Zhuhai's 2023 Q1 groundbreaking batch (186 projects, 916亿) as the PDF a notice attaches.

A multi-page ruled table (the header repeated on each page, long names wrapping in their cell, the
总投资 label broken over two lines), category headings with declared counts spanning the table, a 合计
row, the title, SAMPLE line and unit line above the table and a note under it. Amounts in 亿元 to 0.01.
"""

from __future__ import annotations

from pathlib import Path

from scripts.corpus.pdf_lists import pdf_bytes
from scripts.samples.exact_split import SAMPLE_TITLE, sample_spec

FILE = "zhuhai_2023_q1_sample.pdf"
DISTRICTS = (
    "香洲区",
    "金湾区",
    "斗门区",
    "横琴粤澳深度合作区",
    "高新区",
    "高栏港经济区",
    "万山海洋开发试验区",
)


def write(out_dir: Path) -> list[Path]:
    spec = sample_spec(f"珠海市2023年第一季度重大项目集中开工项目表{SAMPLE_TITLE}", "亿元", 2,
                       [("产业项目", 96), ("基础设施项目", 52), ("民生及社会事业项目", 38)], 91600, None,
                       DISTRICTS, seed=2023_01, tag="一季度", long_names=True)  # fmt: skip
    header = ["序号", "项目名称", "所在区", "总投资<br/>（亿元）", "建设内容"]
    payload = pdf_bytes(spec, header, "单位：亿元", "备注：本表为样例数据，项目名称与金额均为合成。", odd_every=0,
                        odd_header=False)  # fmt: skip
    path = out_dir / FILE
    path.write_bytes(payload)
    print(f"{path}: {len(spec.projects)} projects, {spec.total()}亿元, {len(payload):,} bytes")
    return [path]


FAMILY = "zhuhai_pdf"


def generate(run, out_dir: Path) -> list[Path]:
    """The registry's entry point (scripts/samples/__init__.py): this family draws no shared names."""
    return write(out_dir)
