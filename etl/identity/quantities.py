"""A quantity written in two units read in one (200MW / 二十万千瓦 / 20万千瓦 → 200000千瓦), before a name's numbers are read.

Why: a capacity is kept among a name's numbers, and two names giving different numbers are never one project
(scoring.py). One list writes a solar farm's 200MW, another its 二十万千瓦 (numerals.py reads that 20万千瓦): the
same capacity, but 200 and 20 were two numbers, so the two rows were never even compared. Written in the base
unit of its kind (vocabulary.yaml `unit_scales`: 万千瓦 and MW in 千瓦, 万吨 in 吨 …), a capacity is one number
however it was written, and two capacities (100MW / 十五万千瓦) stay two numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from etl.identity.vocabulary import Vocabulary


def scaled(text: str, quantity: re.Pattern, vocabulary: Vocabulary) -> str:
    """`text` with each number and unit of `quantity` (names.py: group 1 the number, group 2 the unit as written)
    whose unit has a scale written in the base unit (20万千瓦 → 200000千瓦, 1.5MW → 1500千瓦); other quantities
    (220千伏, 2024年) as they were."""

    def one(m: re.Match) -> str:
        scale = vocabulary.unit_scales.get(vocabulary.units.get(m.group(2), ""))
        if scale is None:
            return m.group(0)
        factor, base = scale
        try:
            value = Decimal(m.group(1)) * factor
        except InvalidOperation:
            return m.group(0)
        written = format(value.normalize(), "f")
        start = m.start(1) - m.start(0)
        return m.group(0)[:start] + written + base + m.group(0)[m.end(2) - m.start(0) :]

    return quantity.sub(one, text)
