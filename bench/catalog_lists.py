"""Many small lists for bench/catalog_scale.py: N CSV lists of ~266 rows and a catalog of them.

Deterministic (seeded by the list's number). The lists differ as real city lists do:
  0 flat        序号, 项目名称, 建设地点, 总投资（万元）, 年度计划投资（万元）, 建设起止年限; one row's amount
                unreadable (待定): quarantined, within the 5 % gate;
  1 sections    a title line and 单位：亿元, headings 一、基础设施（N个）…, 类别, 建设性质, a 合计 row; a typed
                headline (projects and total) the run reconciles;
  2 reordered   no serial, 项目名称 first, 项目业主 and 建设内容, 所在地市 last, amounts in 亿元;
  3 bare        序号, 项目名称, 地点, 总投资, 年度投资: the unit (万元) is the catalog entry's.
Cities rotate over the 21 of Guangdong; kinds over groundbreaking, signing and city plans; dates over
2019–2025, so a backfill over the archive spans them.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import yaml

CITIES = (("guangzhou", "广州"), ("shaoguan", "韶关"), ("shenzhen", "深圳"), ("zhuhai", "珠海"), ("shantou", "汕头"),
          ("foshan", "佛山"), ("jiangmen", "江门"), ("zhanjiang", "湛江"), ("maoming", "茂名"), ("zhaoqing", "肇庆"),
          ("huizhou", "惠州"), ("meizhou", "梅州"), ("shanwei", "汕尾"), ("heyuan", "河源"), ("yangjiang", "阳江"),
          ("qingyuan", "清远"), ("dongguan", "东莞"), ("zhongshan", "中山"), ("chaozhou", "潮州"), ("jieyang", "揭阳"),
          ("yunfu", "云浮"))  # fmt: skip
KINDS = ("groundbreaking", "signing", "city_plan")
SECTIONS = (("基础设施", "基础设施"), ("产业", "产业"), ("民生", "民生"), ("城市更新", "城市更新"))
WORDS = ("智能制造产业园", "综合交通枢纽", "保障性租赁住房", "污水处理厂扩建", "新能源汽车零部件", "人民医院新院区",
         "数据中心", "城市更新片区", "高新技术产业基地", "学校新建工程")  # fmt: skip
PROJECTS = 266
SHAPES = 4


def _amount_wan(rng: random.Random) -> int:
    return int(10 ** rng.uniform(3, 6.5))  # 1,000 万元 … ~300 万万元, skewed as real lists are


def _period(rng: random.Random) -> str:
    start = rng.randint(2019, 2025)
    return f"{start}-{start + rng.randint(0, 4)}"


def _projects(i: int, city: str) -> list[dict]:
    rng = random.Random(i)
    rows = []
    for k in range(PROJECTS):
        total = _amount_wan(rng)
        rows.append({"name": f"{city}{rng.choice(WORDS)}（{i}-{k + 1}）", "place": f"{city}市", "total": total,
                     "annual": int(total * rng.uniform(0.05, 0.5)), "period": _period(rng),
                     "section": SECTIONS[k * len(SECTIONS) // PROJECTS][0], "stage": rng.choice(("新开工", "续建")),
                     "owner": f"{city}{rng.choice(('城投集团', '交通集团', '产业投资有限公司'))}"})  # fmt: skip
    return rows


def _yi(wan: int | Decimal) -> str:
    return f"{(Decimal(wan) / 10000).quantize(Decimal('0.0001'))}"


def _flat(rows: list[dict]) -> list[list[str]]:
    lines = [["序号", "项目名称", "建设地点", "总投资（万元）", "年度计划投资（万元）", "建设起止年限"]]
    for k, r in enumerate(rows, 1):
        amount = "待定" if k == 7 else str(r["total"])  # one unreadable amount: quarantined
        lines.append([str(k), r["name"], r["place"], amount, str(r["annual"]), r["period"]])
    return lines


def _sections(rows: list[dict], title: str) -> list[list[str]]:
    lines = [[title], ["单位：亿元"],
             ["序号", "项目名称", "所在地", "类别", "建设性质", "总投资（亿元）", "年度计划投资（亿元）", "建设起止年限"]]  # fmt: skip
    for s, (section, _) in enumerate(SECTIONS):
        members = [r for r in rows if r["section"] == section]
        lines.append(["一二三四"[s] + "、" + f"{section}（{len(members)}个）"])
        lines += [[str(k), r["name"], r["place"], section, r["stage"], _yi(r["total"]), _yi(r["annual"]),
                   r["period"]] for k, r in enumerate(members, 1)]  # fmt: skip
    lines.append(["", f"合计（{len(rows)}个）", "", "", "", _yi(sum(r["total"] for r in rows)), "", ""])
    return lines


def _reordered(rows: list[dict]) -> list[list[str]]:
    lines = [["项目名称", "项目业主", "总投资（亿元）", "建设内容", "年度投资（亿元）", "所在地市"]]
    lines += [[r["name"], r["owner"], _yi(r["total"]), f"建设{r['section']}设施", _yi(r["annual"]), r["place"]]
              for r in rows]  # fmt: skip
    return lines


def _bare(rows: list[dict]) -> list[list[str]]:
    lines = [["序号", "项目名称", "地点", "总投资", "年度投资"]]
    lines += [
        [str(k), r["name"], r["place"], str(r["total"]), str(r["annual"])] for k, r in enumerate(rows, 1)
    ]
    return lines


def list_name(i: int) -> str:
    return f"list-{i:04d}-{CITIES[i % len(CITIES)][0]}.csv"


def write_lists(n: int, folder: Path) -> list[str]:
    """Write lists 0 … n-1 into folder; their file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        city = CITIES[i % len(CITIES)][1]
        rows = _projects(i, city)
        shape = i % SHAPES
        lines = (_flat(rows) if shape == 0 else _sections(rows, f"{city}市重大项目清单（基准测试合成数据）")
                 if shape == 1 else _reordered(rows) if shape == 2 else _bare(rows))  # fmt: skip
        names.append(list_name(i))
        with (folder / names[-1]).open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, lineterminator="\n").writerows(lines)
    return names


def entry(i: int, name: str, base_url: str) -> dict:
    slug, city = CITIES[i % len(CITIES)]
    published = dt.date(2019, 1, 1) + dt.timedelta(days=(i * 37) % 2550)
    item = {"id": f"scale-{i:04d}-{slug}", "title": f"{city}市重大项目清单 {i}（基准测试合成数据）",
            "publisher": f"{city}市发展和改革局", "list_kind": KINDS[i % len(KINDS)], "city": city,
            "published": published.isoformat(), "location": f"{base_url}/{name}", "format": "csv",
            "allow_http": True, "allow_networks": ["127.0.0.1/32"], "sample": True}  # fmt: skip
    if i % SHAPES == 3:
        item["unit"] = "万元"
    if i % SHAPES == 1:
        total = sum(r["total"] for r in _projects(i, city))
        item["headline"] = {"projects": PROJECTS, "total_yi": float(_yi(total)), "tolerance_yi": 0.01,
                            "source": "bench/catalog_lists.py"}  # fmt: skip
    return item


def write_catalog(names: list[str], base_url: str, path: Path) -> None:
    entries = [entry(i, name, base_url) for i, name in enumerate(names)]
    path.write_text(
        yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
