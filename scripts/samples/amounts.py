"""Amounts as integers in the smallest unit a file prints, split so rows add up to a headline exactly.

Floats never reach a file: weights are drawn as floats and turned into integers at once, every split is
integer arithmetic, and printing goes through Decimal. That is what lets each family assert its
published totals to the last unit before writing.
"""

from __future__ import annotations

import random
from decimal import Decimal

CENT_YI = 2  # decimals printed for 亿元 amounts: the generating unit is 0.01亿元 (= 100万元)
WAN_PER_CENT_YI = 100


def lognormal_weights(n: int, rng: random.Random, sigma: float) -> list[int]:
    """Skewed integer weights (the split itself stays in integers)."""
    return [int(rng.lognormvariate(0, sigma) * 1_000_000) + 1 for _ in range(n)]


def split_exact(total: int, n: int, rng: random.Random, floor: int, sigma: float = 1.1) -> list[int]:
    """n positive ints, each ≥ floor, summing to total exactly, with a lognormal (skewed) spread.

    Each part gets floor plus its weighted share of the rest (rounded down); the rounding
    remainder goes to the largest part.
    """
    assert n > 0 and floor > 0 and total >= n * floor, (total, n, floor)
    weights = lognormal_weights(n, rng, sigma)
    spare = total - n * floor
    weight_sum = sum(weights)
    parts = [floor + spare * w // weight_sum for w in weights]
    parts[parts.index(max(parts))] += total - sum(parts)
    assert sum(parts) == total and min(parts) >= floor
    return parts


def split_capped(total: int, caps: list[int], floor: int, weights: list[int]) -> list[int]:
    """Ints with floor ≤ part ≤ cap summing to total exactly, proportional to weights (water-filling).

    Used for annual amounts, which must not exceed the project's own total investment.
    """
    n = len(caps)
    assert all(c >= floor for c in caps) and n * floor <= total <= sum(caps), (total, n, floor)
    parts = [floor] * n
    remaining = total - n * floor
    open_rows = [i for i in range(n) if parts[i] < caps[i]]
    while remaining > 0:
        weight_sum = sum(weights[i] for i in open_rows)
        given = 0
        for i in open_rows:
            add = min(caps[i] - parts[i], remaining * weights[i] // weight_sum)
            parts[i] += add
            given += add
        if given == 0:  # only rounding is left: it goes to the largest rows that have room
            for i in sorted(open_rows, key=lambda i: (-parts[i], i)):
                add = min(caps[i] - parts[i], remaining - given)
                parts[i] += add
                given += add
                if given == remaining:
                    break
        remaining -= given
        open_rows = [i for i in open_rows if parts[i] < caps[i]]
    assert sum(parts) == total and all(floor <= p <= c for p, c in zip(parts, caps, strict=True))
    return parts


def fmt_units(amount: int, decimals: int) -> str:
    """An integer count of 10^-decimals units as a plain decimal string: (329530, 2) → '3295.3'."""
    value = Decimal(amount).scaleb(-decimals).normalize()
    return format(value, "f")


def yi(amount_cents: int) -> str:
    """0.01亿元 units → '亿元' text with up to two decimals."""
    return fmt_units(amount_cents, CENT_YI)


def wan_as_yi(amount_wan: int) -> str:
    """万元 → 亿元 text, for the one-line summaries of the provincial files (which print 万元)."""
    return fmt_units(amount_wan, 4)
