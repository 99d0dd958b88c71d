"""Pricing totals: exact, grouped, taxed, optional items apart."""

from decimal import Decimal

from generator.analysis.pricing import summarise_pricing
from generator.analysis.value import summarise_value
from generator.models.brief import CustomerValue, Pricing


def pricing(items, tax_rate=None):
    return Pricing.model_validate({"tax_rate": tax_rate, "items": items})


def test_example_totals(zh_brief):
    summary = summarise_pricing(zh_brief.brief.proposal.pricing)
    assert [c.name for c in summary.categories] == ["设备", "软件", "服务"]
    assert [c.subtotal for c in summary.categories] == [Decimal("2166000"), Decimal("450000"), Decimal("64000")]
    assert summary.subtotal == Decimal("2680000")
    assert summary.discount_total == Decimal("114000")
    assert summary.tax == Decimal("348400")
    assert summary.total == Decimal("3028400")
    assert summary.optional_subtotal == Decimal("30000")
    assert summary.total_with_options == Decimal("3062300")


def test_categories_keep_first_appearance_order_and_uncategorised_items():
    summary = summarise_pricing(
        pricing(
            [
                {"category": "B", "name": "1", "unit_price": 1},
                {"name": "2", "unit_price": 2},
                {"category": "A", "name": "3", "unit_price": 3},
                {"category": "B", "name": "4", "unit_price": 4},
            ]
        )
    )
    assert [(c.name, c.subtotal) for c in summary.categories] == [("B", 5), (None, 2), ("A", 3)]


def test_lines_rounded_to_the_cent_and_totals_are_their_sums():
    summary = summarise_pricing(
        pricing(
            [
                {"name": "a", "quantity": 3, "unit_price": "33.333", "discount": "7%"},
                {"name": "b", "quantity": "0.5", "unit_price": "0.01"},
            ],
            tax_rate="6%",
        )
    )
    amounts = [line.amount for line in summary.lines]
    assert amounts == [Decimal("93.00"), Decimal("0.01")]  # 99.999 → 100.00, −7.00; 0.005 → 0.01
    assert summary.subtotal == sum(amounts)
    assert summary.tax == Decimal("5.58")
    assert summary.total == Decimal("98.59")


def test_no_tax_rate_means_no_tax():
    summary = summarise_pricing(pricing([{"name": "a", "unit_price": 10}]))
    assert summary.tax_rate is None and summary.tax == 0 and summary.total == 10


def test_all_optional():
    summary = summarise_pricing(pricing([{"name": "a", "unit_price": 10, "optional": True}], tax_rate="10%"))
    assert summary.categories == () and summary.total == 0
    assert summary.total_with_options == Decimal("11.00")


def test_customer_value():
    value = CustomerValue.model_validate(
        {"benefits": [{"item": "a", "amount": "120万"}, {"item": "b"}], "costs": [{"item": "c", "amount": "80万"}]}
    )
    summary = summarise_value(value)
    assert (summary.total_benefits, summary.total_costs, summary.net, summary.ratio) == (
        Decimal(1200000),
        Decimal(800000),
        Decimal(400000),
        Decimal("1.50"),
    )
    assert summarise_value(CustomerValue.model_validate({"benefits": [{"item": "a", "amount": 1}]})).ratio is None
