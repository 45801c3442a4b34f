"""How long the release reader takes on 1 MB of hostile or run-on text (issue: releases in linear time).

    .venv/bin/python bench/releases_linear.py            # every shape at 1 MB
    .venv/bin/python bench/releases_linear.py --mb 0.1

Target: every shape read in ≤ 5 s. The shapes are those that were quadratic or worse: a comma list of
digits ("1,1,1…"), one long run of digits, a page with no sentence end, dense figures, spaces between
digits. Each runs in its own child process (imports done before the clock starts) so one slow shape
cannot hide another; the child's peak memory (VmHWM) is printed too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROSE = ("本次集中开工项目共128个，总投资约1520.6亿元，年度计划投资约230.4亿元；其中产业项目56个，总投资约"
         "830.2亿元，占全部项目总投资的54.6%")  # this project's own sentence, without a 。  # fmt: skip
SHAPES = {
    "comma list 1,1,1": "1,",
    "digits only": "9",
    "digits and spaces": "1 ",
    "prose without 。": PROSE,
    "prose with 。": PROSE + "。",
    "英文 run-on": "the 56 projects have a total investment of 83.02 billion yuan and ",
    "figures only 1亿": "1亿",
    "该区 repeated (a place said again)": "该区",
}

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from etl.announcements.article import main_text
from etl.announcements.figures import extract_figures
text = ({unit!r} * ({size} // len({unit!r}) + 1))[:{size}]
started = time.perf_counter()
article = main_text(text.encode("utf-8"), "utf-8", "text")
figures = extract_figures(article.text, 2023, False, True)
seconds = time.perf_counter() - started
peak = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) // 1024
print(json.dumps({{"seconds": seconds, "figures": len(figures), "peak_mb": peak}}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="characters per shape, in millions (default 1)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    print("| shape | characters | seconds | figures | peak MB | ≤ 5 s |\n|---|---|---|---|---|---|")
    for name, unit in SHAPES.items():
        code = CHILD.format(repo=str(REPO), unit=unit, size=size)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {name} | {size:,} | {r['seconds']:.2f} | {r['figures']} | {r['peak_mb']} | "
              f"{'yes' if r['seconds'] <= 5 else 'NO'} |")  # fmt: skip


if __name__ == "__main__":
    main()
