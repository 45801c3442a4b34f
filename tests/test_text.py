"""etl/rules/text.py: the class of invisible characters, built from the planes that hold them."""

from __future__ import annotations

import sys

from etl.rules.text import _invisible


def test_the_planes_scanned_hold_every_invisible_character():
    """Scanning the planes with controls finds the class a scan of every code point finds."""
    assert _invisible().pattern == _invisible((range(sys.maxunicode + 1),)).pattern
