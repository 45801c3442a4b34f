"""How fast, and in how much memory, the readers read big attachments (issue: PDF tables, legacy .xls …).

    .venv/bin/python bench/readers.py                       # 5,000-row PDF, 100k-row XLSX and XLS
    .venv/bin/python bench/readers.py --pdf-rows 500 --sheet-rows 10000   # a quick look

Targets: a 5,000-row PDF list (~100 pages) in ≤ 60 s; a 100k-row XLSX or XLS in ≤ 10 s; each under
1 GiB peak. Every reading runs in its own child process (imports done before the clock starts); peak
is the child's VmHWM, imports included. openpyxl is read on the same XLSX for comparison: read_only (its
fastest) and a full load with merged cells (the reader this project used before calamine). BIFF holds
at most 65,536 rows a sheet, so the 100k-row XLS is two sheets of 50k; the reader takes one sheet, the
project table (a list split over sheets is not joined: publishers' project lists are far shorter).
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

HEADER = ["序号", "项目名称", "地市", "项目类别", "建设性质", "总投资（万元）", "2023年计划投资（万元）",
          "建设起止年限", "建设单位", "主要建设内容", "备注"]  # fmt: skip


def _row(i: int) -> list:
    return [i, f"项目{i}号产业园建设工程", "广州", "产业", "新开工", 1000 + (i * 7919) % 900000 + 0.3,
            10 + (i * 104729) % 9000 / 10, "2023-2026", f"某某建设有限公司{i % 500}",
            "建设厂房及配套设施，总建筑面积约5万平方米", None]  # fmt: skip


def make_xlsx(rows: int, path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Table")
    sheet.append(["广东省重点建设项目计划（基准数据，非官方清单）"])
    sheet.append(HEADER)
    for i in range(1, rows + 1):
        sheet.append(_row(i))
    book.save(path)


def make_xls(rows: int, path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    per_sheet = 50_000
    for number, start in enumerate(range(0, rows, per_sheet), 1):
        sheet = book.add_sheet(f"Table{number}")
        for c, label in enumerate(HEADER):
            sheet.write(0, c, label)
        for r, i in enumerate(range(start + 1, min(rows, start + per_sheet) + 1), 1):
            for c, value in enumerate(_row(i)):
                if value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))


def make_pdf(rows: int, path: Path) -> None:
    from scripts.corpus.listspec import build
    from scripts.corpus.pdf_lists import pdf_bytes

    per_section = rows // 4
    layout = [
        (1, label, per_section, per_section) for label in ("产业项目", "基础设施", "民生项目", "城市更新")
    ]
    spec = build("某市重大项目清单（基准数据）", "万元", layout, seed=1)
    header = ["序号", "项目名称", "建设地点", "总投资（万元）", "2023年计划投资（万元）", "建设内容"]
    path.write_bytes(pdf_bytes(spec, header, "单位：万元", None, odd_every=0, odd_header=False))


def _peak_mb() -> int:
    return int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) // 1024


def child(engine: str, path: Path) -> dict:
    """One reading, in this (child) process."""
    import openpyxl  # noqa: F401  (imported before the clock, like every engine's modules)

    from etl.readers import read_table

    payload = path.read_bytes()
    started = time.perf_counter()
    if engine in {"ours-xlsx", "ours-xls", "ours-pdf"}:
        rows = len(read_table(payload, engine.removeprefix("ours-")).rows)
    elif engine == "openpyxl-read-only":
        book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True, data_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    elif engine == "openpyxl-full":  # the previous reader: full load, merged ranges filled
        book = openpyxl.load_workbook(io.BytesIO(payload), data_only=True)
        sheet = book.worksheets[0]
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    grid[r - 1][c - 1] = grid[merged.min_row - 1][merged.min_col - 1]
        rows = len(grid)
    else:
        raise SystemExit(f"unknown engine {engine}")
    return {
        "engine": engine,
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 2),
        "peak_mb": _peak_mb(),
    }


def run(engine: str, path: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", engine, str(path)], capture_output=True, text=True,
                          cwd=REPO, timeout=900)  # fmt: skip
    if done.returncode:
        return {
            "engine": engine,
            "rows": 0,
            "seconds": float("nan"),
            "peak_mb": 0,
            "error": done.stderr[-300:],
        }
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-rows", type=int, default=5000)
    parser.add_argument("--sheet-rows", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "PATH"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-readers-") as folder:
        folder = Path(folder)
        files = {"xlsx": folder / "list.xlsx", "xls": folder / "list.xls", "pdf": folder / "list.pdf"}
        for kind, make, rows in (("xlsx", make_xlsx, args.sheet_rows), ("xls", make_xls, args.sheet_rows),
                                 ("pdf", make_pdf, args.pdf_rows)):  # fmt: skip
            started = time.perf_counter()
            make(rows, files[kind])
            print(f"made {files[kind].name}: {rows:,} rows, {files[kind].stat().st_size / 1e6:.1f} MB, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
        runs = [("PDF, ours (pdfplumber)", "ours-pdf", "pdf", 60), ("XLSX, ours (calamine)", "ours-xlsx", "xlsx", 10),
                ("XLSX, openpyxl read_only", "openpyxl-read-only", "xlsx", 10),
                ("XLSX, openpyxl full load + merges (previous reader)", "openpyxl-full", "xlsx", 10),
                ("XLS, ours (calamine)", "ours-xls", "xls", 10)]  # fmt: skip
        print("\n| reading | rows | seconds | peak RSS (MB) | target |\n|---|---|---|---|---|")
        for label, engine, kind, target in runs:
            result = run(engine, files[kind])
            met = "met" if result["seconds"] <= target and result["peak_mb"] < 1024 else "MISSED"
            print(f"| {label} | {result['rows']:,} | {result['seconds']} | {result['peak_mb']} | ≤ {target} s, < 1 GiB: "
                  f"{met} |{' ' + result['error'] if 'error' in result else ''}", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
