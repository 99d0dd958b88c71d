"""Customer value (DOMAIN §1): total benefits against total costs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from generator.models.brief import CustomerValue


@dataclass(frozen=True)
class ValueSummary:
    """Benefits and costs summed, their difference and ratio (None when there are no costs)."""

    total_benefits: Decimal
    total_costs: Decimal
    net: Decimal
    ratio: Decimal | None


def summarise_value(value: CustomerValue) -> ValueSummary:
    """Return the sums of benefits and costs, net value and benefit/cost ratio (2 places)."""
    benefits = sum((line.amount or Decimal(0) for line in value.benefits), Decimal(0))
    costs = sum((line.amount or Decimal(0) for line in value.costs), Decimal(0))
    ratio = (benefits / costs).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if costs else None
    return ValueSummary(benefits, costs, benefits - costs, ratio)
