"""Width of a text in Latin character cells, for sizing table columns to their longest text."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> float:
    """Return the width of `text` in Latin character cells (a CJK character counts two)."""
    return float(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))
