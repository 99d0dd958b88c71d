"""Pricing totals: lines, category subtotals, tax and grand total, all exact Decimal.

Each line amount is rounded once to the currency's minor unit, and every total is the
sum of the figures shown above it: the customer must be able to add up the table and
reach the same total (DOMAIN §1: "understand, calculate and confirm").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from generator.models.brief import PriceItem, Pricing, Proposal, Service
from generator.models.compiled import validate
from generator.models.offer import Package

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
class PackageTotal:
    """One package the customer can choose: its lines (its own, those of the packages it includes and
    those in no package; optional lines never), their subtotal, tax and total."""

    package: Package
    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal

    @property
    def recommended(self) -> bool:
        """Return True when this is the package we recommend."""
        return self.package.recommended

    def contains(self, line: PricedLine) -> bool:
        """Return True when `line` is part of this package."""
        return any(own is line for own in self.lines)


@dataclass(frozen=True)
class PricingSummary:
    """Every figure of the pricing section."""

    categories: tuple[CategoryTotal, ...]
    optional_lines: tuple[PricedLine, ...]
    subtotal: Decimal  # before tax, optional items excluded
    discount_total: Decimal  # discounts given on the included lines
    tax_rate: Decimal | None
    tax: Decimal
    total: Decimal  # subtotal + tax
    optional_subtotal: Decimal  # before tax
    optional_tax: Decimal
    total_with_options: Decimal  # total + optional items with their tax
    packages: tuple[PackageTotal, ...] = ()  # the options side by side; empty without packages

    @property
    def headline(self) -> PackageTotal | None:
        """Return the package a single figure stands for (the recommended one, else the first), or None."""
        if not self.packages:
            return None
        return next((p for p in self.packages if p.recommended), self.packages[0])

    @property
    def quoted_subtotal(self) -> Decimal:
        """Return the figure before tax the customer is quoted: the headline package's, or the whole list's."""
        return self.headline.subtotal if self.headline else self.subtotal

    @property
    def quoted_total(self) -> Decimal:
        """Return the total with tax the customer is quoted: the headline package's, or the whole list's."""
        return self.headline.total if self.headline else self.total

    @property
    def lines(self) -> tuple[PricedLine, ...]:
        """Return every included (non-optional) line in table order."""
        return tuple(line for category in self.categories for line in category.lines)

    @property
    def has_discounts(self) -> bool:
        """Return True when any line, optional or not, carries a discount."""
        return any(line.discount_amount for line in self.lines + self.optional_lines)


def proposal_pricing(proposal: Proposal | None, minor_unit: Decimal = Decimal("0.01")) -> PricingSummary | None:
    """Return the pricing figures of a proposal (its price lines and its priced paid services), or None
    when it prices nothing."""
    if proposal is None:
        return None
    pricing = proposal.pricing or validate(Pricing, {})
    services = proposal.solution.service if proposal.solution else []
    if not pricing.items and not priced_services(pricing, services):
        return None
    return summarise_pricing(pricing, minor_unit, services)


def priced_services(pricing: Pricing, services: Iterable[Service]) -> list[Service]:
    """Return the paid services with a price that no price line already lists (by name)."""
    listed = {item.name for item in pricing.items}
    return [s for s in services if s.paid and s.price is not None and s.name not in listed]


def summarise_pricing(
    pricing: Pricing, minor_unit: Decimal = Decimal("0.01"), services: Iterable[Service] = ()
) -> PricingSummary:
    """Return the pricing figures, amounts rounded half-up to `minor_unit` (0.01 for CNY and USD).

    A paid service with a price (`services`) that no price line names is added as an optional
    line: services can be bought on their own (服务可单卖)."""

    def money(value: Decimal) -> Decimal:
        return value.quantize(minor_unit, rounding=ROUND_HALF_UP)

    def price(item: PriceItem) -> PricedLine:
        list_amount = money(item.quantity * item.unit_price)
        discount_amount = money(list_amount * item.discount) if item.discount else ZERO
        return PricedLine(item, list_amount, discount_amount, list_amount - discount_amount)

    grouped: dict[str | None, list[PricedLine]] = {}
    optional = []
    extra = [
        validate(PriceItem, {"name": s.name, "unit_price": s.price, "optional": True})
        for s in priced_services(pricing, services)
    ]
    for item in list(pricing.items) + extra:
        line = price(item)
        if item.optional:
            optional.append(line)
        else:
            grouped.setdefault(item.category or None, []).append(line)
    categories = tuple(
        CategoryTotal(name, tuple(lines), sum((line.amount for line in lines), ZERO)) for name, lines in grouped.items()
    )
    subtotal = sum((c.subtotal for c in categories), ZERO)
    rate = pricing.tax_rate
    tax = money(subtotal * rate) if rate else ZERO
    optional_subtotal = sum((line.amount for line in optional), ZERO)
    optional_tax = money((subtotal + optional_subtotal) * rate) - tax if rate else ZERO
    total = subtotal + tax
    return PricingSummary(
        categories=categories,
        optional_lines=tuple(optional),
        subtotal=money(subtotal),
        discount_total=sum((line.discount_amount for c in categories for line in c.lines), ZERO),
        tax_rate=rate,
        tax=tax,
        total=money(total),
        optional_subtotal=money(optional_subtotal),
        optional_tax=optional_tax,
        total_with_options=money(total + optional_subtotal + optional_tax),
        packages=_package_totals(pricing, categories, money),
    )


def _package_totals(pricing: Pricing, categories: tuple[CategoryTotal, ...], money) -> tuple[PackageTotal, ...]:
    """Return each package's lines and totals; a line of an unknown package is in none (the coach says so)."""
    totals = []
    for package in pricing.packages:
        members = package_closure(pricing.packages, package.id)
        lines = tuple(
            line
            for category in categories
            for line in category.lines
            if line.item.package is None or line.item.package in members
        )
        subtotal = sum((line.amount for line in lines), ZERO)
        tax = money(subtotal * pricing.tax_rate) if pricing.tax_rate else ZERO
        totals.append(PackageTotal(package, lines, money(subtotal), tax, money(subtotal + tax)))
    return tuple(totals)


def package_closure(packages: Iterable[Package], package_id: str) -> set[str]:
    """Return the ids of `package_id` and of every package it includes, directly or not (loops end)."""
    by_id = {p.id: p for p in packages}
    found, todo = set(), [package_id]
    while todo:
        current = todo.pop()
        if current in found or current not in by_id:
            continue
        found.add(current)
        todo += by_id[current].includes
    return found
