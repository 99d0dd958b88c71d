"""The customer pyramid (DOMAIN §4): grade customers key / ordinary / small by the value they bring."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from generator.i18n.messages import msg
from generator.models.enums import Tier

ZERO = Decimal(0)


@dataclass(frozen=True)
class GradingRule:
    """How to cut the pyramid.

    `by` is "value" (cumulative share of total annual value, the default 70/90), "profit"
    (cumulative share of total gross profit after the cost to serve: annual value × margin −
    cost to serve; a customer that makes a loss is small) or "count" (share of customers,
    e.g. top 20 % key, the next up to 50 % ordinary).
    Limits are fractions: key up to `key`, ordinary up to `ordinary`, small the rest.
    """

    by: str = "value"
    key: Decimal = Decimal("0.70")
    ordinary: Decimal = Decimal("0.90")

    @classmethod
    def parse(cls, text: str) -> GradingRule:
        """Return the rule written as `value:70,90`, `profit:70,90` or `top:20,50` (percentages); raise ValueError if malformed."""
        match = re.fullmatch(
            r"\s*(value|profit|top)\s*:\s*(\d+(?:\.\d+)?)\s*%?\s*,\s*(\d+(?:\.\d+)?)\s*%?\s*", text or ""
        )
        if not match:
            raise ValueError(msg("cli.grading_syntax", text=repr(text)))
        key, ordinary = Decimal(match[2]) / 100, Decimal(match[3]) / 100
        if not (0 < key <= ordinary <= 1):
            raise ValueError(msg("cli.grading_limits", text=repr(text)))
        return cls({"value": "value", "profit": "profit", "top": "count"}[match[1]], key, ordinary)

    def __str__(self) -> str:
        name = {"value": "value", "profit": "profit", "count": "top"}[self.by]
        return f"{name}:{_pct(self.key)},{_pct(self.ordinary)}"


@dataclass(frozen=True)
class Customer:
    """What grading needs of a customer: its annual value, its gross profit (when known) and any tier set by hand."""

    name: str
    annual_value: Decimal | None
    tier: Tier | None = None
    profit: Decimal | None = None


@dataclass(frozen=True)
class Grade:
    """A customer's place in the pyramid."""

    tier: Tier
    rank: int  # 1 = largest annual value (profit); customers without one rank last
    share: Decimal  # of total annual value or profit (0 when unknown, negative or the total is 0)
    cumulative_share: Decimal  # this customer and all ranked above it
    by_hand: bool  # the tier came from the data, not the rule
    no_value: bool  # graded small because the annual value (profit) is missing
    computed_tier: Tier  # what the rule alone gives


def grade_customers(customers: Sequence[Customer], rule: GradingRule = GradingRule()) -> list[Grade]:
    """Return one Grade per customer, in the input order.

    Largest value first; customers with equal values always share a tier (the tier of
    the first of them). The customer that crosses a limit still falls inside it, so the
    largest customer is key even when it alone holds more than the key share.
    """
    measured = [c.profit if rule.by == "profit" else c.annual_value for c in customers]
    metric: dict[int, Decimal] = {i: m for i, m in enumerate(measured) if m is not None}
    valued = list(metric)
    order = sorted(valued, key=lambda i: (-metric[i], i))
    # A loss takes no share of the total: the pyramid is cut across what customers earn us.
    total = sum((max(metric[i], ZERO) for i in valued), ZERO)
    grades: dict[int, Grade] = {}
    cumulative = ZERO
    previous_value: Decimal | None = None
    previous_tier = Tier("small")
    for position, index in enumerate(order):
        value = metric[index]
        share = max(value, ZERO) / total if total else ZERO
        if value == previous_value:
            tier = previous_tier
        elif value <= 0 and rule.by == "profit":
            tier = Tier("small")
        elif rule.by in ("value", "profit"):
            tier = _tier_by_value(cumulative, total, rule)
        else:
            tier = _tier_by_count(position, len(order), rule)
        cumulative += share
        grades[index] = _grade(customers[index], tier, position + 1, share, cumulative, no_value=False)
        previous_value, previous_tier = value, tier
    rank = len(order)
    for index, customer in enumerate(customers):
        if index not in grades:
            rank += 1
            grades[index] = _grade(customer, Tier("small"), rank, ZERO, cumulative, no_value=True)
    return [grades[i] for i in range(len(customers))]


def _tier_by_value(cumulative_before: Decimal, total: Decimal, rule: GradingRule) -> Tier:
    if not total:
        return Tier("small")
    if cumulative_before < rule.key:
        return Tier("key")
    if cumulative_before < rule.ordinary:
        return Tier("ordinary")
    return Tier("small")


def _tier_by_count(position: int, count: int, rule: GradingRule) -> Tier:
    key_count = max(1, math.ceil(count * rule.key))
    ordinary_count = max(key_count, math.ceil(count * rule.ordinary))
    if position < key_count:
        return Tier("key")
    if position < ordinary_count:
        return Tier("ordinary")
    return Tier("small")


def _grade(
    customer: Customer, computed: Tier, rank: int, share: Decimal, cumulative: Decimal, *, no_value: bool
) -> Grade:
    by_hand = customer.tier is not None
    return Grade(
        tier=customer.tier or computed,
        rank=rank,
        share=share,
        cumulative_share=min(cumulative, Decimal(1)),
        by_hand=by_hand,
        no_value=no_value,
        computed_tier=computed,
    )


def _pct(value: Decimal) -> str:
    return format((value * 100).normalize(), "f")
