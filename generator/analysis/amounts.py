"""Amounts inside free text: "268万 全额", "900000 with a 3-year support contract"."""

from __future__ import annotations

import re
from decimal import Decimal

from generator.models.values import parse_money

# A number that reads as money: optional currency sign or code, digits (grouped by
# thousands or not), decimals, a Chinese unit and 元. Not part of a word ("Q3"), and
# not a count of something else: "3 年", "3-year", "10 人天", "15%", "2 倍".
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9.])(?<!\d[,，])"
    r"(?P<token>(?:[¥￥$€£]\s*|(?:RMB|CNY|USD|EUR)\s*)?"
    r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s*(?:百万|万|亿|千))?(?:\s*(?:元|圆))?)"
    r"(?P<scale>\s*(?:million|thousand|mn|m|k)\b)?"
    r"(?!\s*(?:[%％年月天日周人套台次倍个项]|[-‐]?\s*(?:years?|months?|weeks?|days?|hours?|people|persons?|units?|sites?|x)\b))"
    r"(?![A-Za-z0-9])(?!\.\d)(?![,，]\d)",
    re.IGNORECASE,
)
_SCALES = {
    "million": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "thousand": Decimal(1_000),
    "k": Decimal(1_000),
}


def leading_amount(text: str | None) -> Decimal | None:
    """Return the first amount of money in `text` as an exact Decimal, or None when it names none.

    "268万 全额" → 2680000; "900000 with a 3-year support contract" → 900000;
    "3 年维保 + 255万" → 2550000 (a count of years is not money); "$1.2M" → 1200000.
    """
    if not text:
        return None
    for match in _TOKEN.finditer(text):
        try:
            amount = parse_money(match["token"])
        except ValueError:
            continue
        scale = (match["scale"] or "").strip().lower()
        if scale:
            amount = amount * _SCALES[scale]
            amount = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
        return amount
    return None
