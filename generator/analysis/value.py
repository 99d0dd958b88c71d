"""Customer value (DOMAIN §1): total benefits against total costs, each by kind
(product, service, personnel and image value against money, time, energy and psychic cost)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from generator.models.brief import CustomerValue
from generator.models.enums import BenefitKind, CostKind


@dataclass(frozen=True)
class ValueGroup:
    """The benefit or cost lines of one kind (None: lines without a kind) and their sum."""

    kind: Any
    lines: tuple[Any, ...]
    total: Decimal


@dataclass(frozen=True)
class ValueSummary:
    """Benefits and costs summed, their difference and ratio (None when there are no costs)."""

    total_benefits: Decimal
    total_costs: Decimal
    net: Decimal
    ratio: Decimal | None
    benefit_groups: tuple[ValueGroup, ...] = ()
    cost_groups: tuple[ValueGroup, ...] = ()

    @property
    def by_kind(self) -> bool:
        """Return True when any line names its kind (the documents then group by kind)."""
        return any(g.kind is not None for g in self.benefit_groups + self.cost_groups)


def summarise_value(value: CustomerValue) -> ValueSummary:
    """Return the sums of benefits and costs, net value, benefit/cost ratio (2 places) and the groups by kind."""
    benefits = sum((line.amount or Decimal(0) for line in value.benefits), Decimal(0))
    costs = sum((line.amount or Decimal(0) for line in value.costs), Decimal(0))
    ratio = (benefits / costs).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if costs else None
    return ValueSummary(
        benefits,
        costs,
        benefits - costs,
        ratio,
        group_by_kind(value.benefits, list(BenefitKind)),
        group_by_kind(value.costs, list(CostKind)),
    )


def group_by_kind(lines: Sequence[Any], kinds: list[Any]) -> tuple[ValueGroup, ...]:
    """Return `lines` grouped by their `kind` in the method's order, lines without a kind last."""
    groups = []
    for kind in kinds + [None]:
        members = tuple(line for line in lines if line.kind == kind)
        if members:
            groups.append(ValueGroup(kind, members, sum((m.amount or Decimal(0) for m in members), Decimal(0))))
    return tuple(groups)
