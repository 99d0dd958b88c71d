"""Value types of the brief: money (exact Decimal) and rates, with their parsers."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema

_CHINESE_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百万": Decimal(1_000_000)}
_MONEY_RE = re.compile(r"^(?P<sign>[-+]?)(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>百万|万|亿|千)?\s*(?:元|圆)?$")
_STRIP = str.maketrans("", "", ",，_ \u00a0\u3000")
_CURRENCY_SIGNS = ("¥", "￥", "$", "€", "£", "RMB", "CNY", "USD", "EUR")


def parse_money(value: Any) -> Decimal:
    """Return `value` (number, "1,280,000", "128万", "1.2亿", "¥3,000") as an exact Decimal."""
    if isinstance(value, bool):
        raise ValueError("must be an amount of money, not true/false")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr() of a float is the shortest string that reads back the same: 0.1 stays 0.1.
        return Decimal(repr(value))
    if not isinstance(value, str):
        raise ValueError("must be an amount of money such as 1280000, \"1,280,000\" or \"128万\"")
    text = value.strip().translate(_STRIP)
    for sign in _CURRENCY_SIGNS:
        if text.upper().startswith(sign):
            text = text[len(sign):]
            break
    match = _MONEY_RE.match(text)
    if not match:
        raise ValueError(f"{value!r} is not an amount of money (write 1280000, \"1,280,000\" or \"128万\")")
    try:
        amount = Decimal(match["number"])
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        raise ValueError(f"{value!r} is not an amount of money") from None
    if match["unit"]:
        amount *= _CHINESE_UNITS[match["unit"]]
    if match["sign"] == "-":
        amount = -amount
    # 1.2亿 → 120000000.0 would print oddly; drop exponent/trailing zeros introduced by the unit.
    try:
        return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
    except InvalidOperation:  # more digits than a Decimal context holds (found by benchmarks/fuzz_loaders.py)
        raise ValueError("is too large to be an amount of money") from None


def parse_rate(value: Any) -> Decimal:
    """Return a rate (0.13 or "13%") as a Decimal fraction between 0 and 1."""
    if isinstance(value, bool):
        raise ValueError("must be a rate such as 0.13 or \"13%\", not true/false")
    if isinstance(value, str):
        text = value.strip().replace("％", "%")
        percent = text.endswith("%")
        try:
            number = Decimal(text.rstrip("%").strip())
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a rate (write 0.13 or \"13%\")") from None
        return number / 100 if percent else _fraction(number, value)
    if isinstance(value, (int, float, Decimal)):
        return _fraction(parse_money(value), value)
    raise ValueError("must be a rate such as 0.13 or \"13%\"")


def _fraction(number: Decimal, original: Any) -> Decimal:
    if number > 1:
        raise ValueError(f"{original!r} is more than 100%; write a fraction (0.13) or a percentage (\"13%\")")
    return number


_MONEY_SCHEMA = {
    "anyOf": [
        {"type": "number"},
        {"type": "string", "pattern": r"^\s*[-+]?[¥￥$€£]?\s*[\d,，]+(\.\d+)?\s*(百万|万|亿|千)?\s*元?\s*$"},
    ],
    "description": "An amount: 1280000, \"1,280,000\", \"128万\" or \"1.2亿\"",
}
_RATE_SCHEMA = {
    "anyOf": [
        {"type": "number", "minimum": 0, "maximum": 1},
        {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*[%％]\s*$"},
    ],
    "description": "A rate: 0.13 or \"13%\"",
}

Money = Annotated[Decimal, BeforeValidator(parse_money), WithJsonSchema(_MONEY_SCHEMA)]
"""An amount of money in the brief's currency, exact."""

NonNegativeMoney = Annotated[Decimal, BeforeValidator(parse_money), Field(ge=0), WithJsonSchema(_MONEY_SCHEMA)]
"""An amount of money that can't be below zero (prices, budgets)."""

Rate = Annotated[Decimal, BeforeValidator(parse_rate), Field(ge=0, le=1), WithJsonSchema(_RATE_SCHEMA)]
"""A fraction between 0 and 1 (0.13 = 13 %)."""

Discount = Annotated[Decimal, BeforeValidator(parse_rate), Field(ge=0, lt=1), WithJsonSchema(_RATE_SCHEMA)]
"""A discount: at least 0, less than 100 %."""

Quantity = Annotated[Decimal, BeforeValidator(parse_money), Field(ge=0), WithJsonSchema({"type": "number", "minimum": 0})]
"""A quantity of units, exact, ≥ 0."""
