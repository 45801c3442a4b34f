"""Helpers for the attachment SAMPLE generators: amounts split exactly, and zips made byte-identical.

Amounts are integers in the smallest unit the file prints (e.g. 0.01亿元), split so that the rows add
up to the published headline exactly. Office files are zips whose entry times are the moment of
writing: `fixed_zip` rewrites them with one fixed time, so two runs give the same bytes.
"""

from __future__ import annotations

import io
import random
import zipfile
from decimal import Decimal

SAMPLE_TITLE = "（样例 SAMPLE：按公开报道的总数生成，非官方清单）"
FIXED_TIME = (2023, 1, 1, 0, 0, 0)


def split(total: int, parts: int, rng: random.Random, minimum: int = 1) -> list[int]:
    """`total` as `parts` random integers ≥ minimum that add up to it exactly."""
    weights = [rng.random() ** 2 + 0.05 for _ in range(parts)]
    spare = total - minimum * parts
    shares = [minimum + int(spare * w / sum(weights)) for w in weights]
    for i in range(total - sum(shares)):
        shares[i % parts] += 1
    assert sum(shares) == total and min(shares) >= minimum
    return shares


def split_under(total: int, caps: list[int]) -> list[int]:
    """`total` in parts proportional to caps, each at most its cap (a year's plan under each total)."""
    whole = sum(caps)
    shares = [total * c // whole for c in caps]
    order = sorted(range(len(caps)), key=lambda i: -caps[i])
    i = 0
    while sum(shares) < total:
        j = order[i % len(order)]
        if shares[j] < caps[j]:
            shares[j] += 1
        i += 1
    assert sum(shares) == total and all(s <= c for s, c in zip(shares, caps, strict=True))
    return shares


def in_unit(units: int, decimals: int) -> Decimal:
    """An integer count of the smallest printed unit as the Decimal printed: 12345, 2 → 123.45."""
    return Decimal(units).scaleb(-decimals)


def fixed_zip(payload: bytes, replace: dict[str, bytes] | None = None) -> bytes:
    """The zip rewritten with fixed entry times (and some members replaced), order and compression kept."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(payload)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, (replace or {}).get(info.filename, source.read(info)))
    return out.getvalue()


STEMS = ("智能制造产业园", "新能源汽车零部件基地", "集成电路封装测试基地", "生物医药产业园", "数据中心",
         "综合医院新院区", "中小学校扩建", "人才公寓", "污水处理厂提标改造", "城市快速路改造", "港口物流园",
         "轨道交通站点综合开发", "新型储能电站", "高端装备制造基地", "文化体育中心", "城市更新单元")  # fmt: skip


def sample_spec(title: str, unit: str, decimals: int, sections: list[tuple[str, int]], total: int,
                annual: int | None, places: tuple[str, ...], seed: int, tag: str, long_names: bool = False,
                run: int = 1):  # fmt: skip
    """A SAMPLE list whose rows add up to the headline exactly: `total`/`annual` in units of 10^-decimals
    of `unit`, split over the projects; sections are (category heading, declared project count). `tag`
    goes into every name ('（二季度第012号）'), so that no two sample files share a project by accident."""
    from scripts.corpus.listspec import Heading, ListSpec, Project

    rng = random.Random(seed)
    count = sum(n for _, n in sections)
    totals = split(total, count, rng, minimum=10**decimals)
    annuals = split_under(annual, totals) if annual is not None else [None] * count
    spec = ListSpec(title, unit, with_annual=annual is not None)
    seq = 0
    for number, (label, n) in enumerate(sections, 1):
        spec.items.append(Heading(1, label, number, n))
        for _ in range(n):
            place = places[(seq // run) % len(places)]
            stem = STEMS[rng.randrange(len(STEMS))]
            name = f"{place}{stem}及配套道路、管网、绿化工程" if long_names else f"{place}{stem}"
            amount = None if annuals[seq] is None else in_unit(annuals[seq], decimals)
            spec.items.append(
                Project(
                    seq + 1,
                    f"{name}（{tag}第{seq + 1:03d}号）",
                    place,
                    in_unit(totals[seq], decimals),
                    amount,
                )
            )
            seq += 1
    assert len(spec.projects) == count and spec.total() == in_unit(total, decimals)
    return spec
