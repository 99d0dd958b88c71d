"""A batch of customers seen as a pyramid (DOMAIN §4): customers and value per tier, and the ranking."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from generator.analysis.grading import Grade
from generator.models.enums import Tier

ZERO = Decimal(0)
TIERS = (Tier("key"), Tier("ordinary"), Tier("small"))


@dataclass(frozen=True)
class TierSummary:
    """One layer of the pyramid: how many customers, their value, and both as shares of the whole."""

    tier: Tier
    customers: int
    value: Decimal
    customer_share: Decimal
    value_share: Decimal


@dataclass(frozen=True)
class PyramidSummary:
    """The three layers (key, ordinary, small) and the totals they come from."""

    tiers: tuple[TierSummary, ...]
    customers: int
    total_value: Decimal
    by_hand: int
    no_value: int

    def tier(self, tier: Tier) -> TierSummary:
        """Return the layer of `tier`."""
        return next(t for t in self.tiers if t.tier == tier)


def summarise_pyramid(values: Sequence[Decimal | None], grades: Sequence[Grade]) -> PyramidSummary:
    """Return customers and annual value per tier for customers with these values and grades (same order)."""
    total = sum((v for v in values if v is not None), ZERO)
    count = len(grades)
    layers = []
    for tier in TIERS:
        members = [i for i, g in enumerate(grades) if g.tier == tier]
        value = sum((v for v in (values[i] for i in members) if v is not None), ZERO)
        layers.append(
            TierSummary(
                tier=tier,
                customers=len(members),
                value=value,
                customer_share=Decimal(len(members)) / count if count else ZERO,
                value_share=value / total if total else ZERO,
            )
        )
    return PyramidSummary(
        tiers=tuple(layers),
        customers=count,
        total_value=total,
        by_hand=sum(1 for g in grades if g.by_hand),
        no_value=sum(1 for g in grades if g.no_value),
    )


def ranking(grades: Sequence[Grade]) -> list[int]:
    """Return the customers' indices ordered by rank (largest annual value first, no value last)."""
    return sorted(range(len(grades)), key=lambda i: (grades[i].rank, i))
