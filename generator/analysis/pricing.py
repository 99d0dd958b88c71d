"""Pricing totals: lines, category subtotals, tax and grand total, all exact Decimal.

Each line amount is rounded once to the currency's minor unit, and every total is the
sum of the figures shown above it: the customer must be able to add up the table and
reach the same total (DOMAIN §1: "understand, calculate and confirm").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from generator.models.brief import PriceItem, Pricing

ZERO = Decimal(0)


@dataclass(frozen=True)
class PricedLine:
    """One priced item: list amount (quantity × unit price), its discount and the net amount."""

    item: PriceItem
    list_amount: Decimal
    discount_amount: Decimal
    amount: Decimal


@dataclass(frozen=True)
class CategoryTotal:
    """The lines of one category (None: items without a category) and their subtotal."""

    name: str | None
    lines: tuple[PricedLine, ...]
    subtotal: Decimal


@dataclass(frozen=True)
class PricingSummary:
    """Every figure of the pricing section."""

    categories: tuple[CategoryTotal, ...]
    optional_lines: tuple[PricedLine, ...]
    subtotal: Decimal            # before tax, optional items excluded
    discount_total: Decimal      # discounts given on the included lines
    tax_rate: Decimal | None
    tax: Decimal
    total: Decimal               # subtotal + tax
    optional_subtotal: Decimal   # before tax
    optional_tax: Decimal
    total_with_options: Decimal  # total + optional items with their tax

    @property
    def lines(self) -> tuple[PricedLine, ...]:
        """Return every included (non-optional) line in table order."""
        return tuple(line for category in self.categories for line in category.lines)

    @property
    def has_discounts(self) -> bool:
        """Return True when any line, optional or not, carries a discount."""
        return any(line.discount_amount for line in self.lines + self.optional_lines)


def summarise_pricing(pricing: Pricing, minor_unit: Decimal = Decimal("0.01")) -> PricingSummary:
    """Return the pricing figures, amounts rounded half-up to `minor_unit` (0.01 for CNY and USD)."""
    def money(value: Decimal) -> Decimal:
        return value.quantize(minor_unit, rounding=ROUND_HALF_UP)

    def price(item: PriceItem) -> PricedLine:
        list_amount = money(item.quantity * item.unit_price)
        discount_amount = money(list_amount * item.discount) if item.discount else ZERO
        return PricedLine(item, list_amount, discount_amount, list_amount - discount_amount)

    grouped: dict[str | None, list[PricedLine]] = {}
    optional = []
    for item in pricing.items:
        line = price(item)
        if item.optional:
            optional.append(line)
        else:
            grouped.setdefault(item.category or None, []).append(line)
    categories = tuple(
        CategoryTotal(name, tuple(lines), sum((l.amount for l in lines), ZERO)) for name, lines in grouped.items()
    )
    subtotal = sum((c.subtotal for c in categories), ZERO)
    rate = pricing.tax_rate
    tax = money(subtotal * rate) if rate else ZERO
    optional_subtotal = sum((l.amount for l in optional), ZERO)
    optional_tax = money((subtotal + optional_subtotal) * rate) - tax if rate else ZERO
    total = subtotal + tax
    return PricingSummary(
        categories=categories,
        optional_lines=tuple(optional),
        subtotal=money(subtotal),
        discount_total=sum((l.discount_amount for c in categories for l in c.lines), ZERO),
        tax_rate=rate,
        tax=tax,
        total=money(total),
        optional_subtotal=money(optional_subtotal),
        optional_tax=optional_tax,
        total_with_options=money(total + optional_subtotal + optional_tax),
    )
