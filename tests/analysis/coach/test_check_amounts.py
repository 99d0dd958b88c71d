"""The leading amount of a free-text negotiation target."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.analysis.amounts import leading_amount


@pytest.mark.parametrize(
    "text,amount",
    [
        ("268万 全额", "2680000"),
        ("255万 + 3 年维保", "2550000"),
        ("900000 with a 3-year support contract", "900000"),
        ("946000 as quoted", "946000"),
        ("3 年维保 + 255万", "2550000"),  # a count of years is not money
        ("10 人天培训，268万", "2680000"),  # nor a count of person-days
        ("15% off: 300万", "3000000"),  # nor a percentage
        ("3 years of support and 900,000", "900000"),
        ("RMB 2,680,000, 一次付清", "2680000"),
        ("¥2,680,000.50 含税", "2680000.50"),
        ("USD 900,000", "900000"),
        ("$1.2M upfront", "1200000"),
        ("Q3 signature at 500k", "500000"),  # "Q3" is part of a word
        ("1.2亿元", "120000000"),
        ("目标268万", "2680000"),
        ("2450000", "2450000"),
    ],
)
def test_leading_amount(text, amount):
    assert leading_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["全额", "", None, "the full price", "3 年维保", "20%"])
def test_no_amount(text):
    assert leading_amount(text) is None


def test_leading_amount_is_exact_decimal():
    assert isinstance(leading_amount("0.1万"), Decimal)
    assert leading_amount("0.1万") == Decimal("1000")
