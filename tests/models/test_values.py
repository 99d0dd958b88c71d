"""Money and rate parsing: exact decimals from every accepted spelling."""

from decimal import Decimal

import pytest

from generator.models.values import parse_money, parse_rate


@pytest.mark.parametrize(
    "raw, expected",
    [
        (1280000, "1280000"),
        ("1,280,000", "1280000"),
        ("1，280，000", "1280000"),
        ("128万", "1280000"),
        ("1.2亿", "120000000"),
        ("38万", "380000"),
        ("6.5万", "65000"),
        ("302.84万", "3028400"),
        ("3千", "3000"),
        ("¥3,000", "3000"),
        ("$1,234.56", "1234.56"),
        ("3000元", "3000"),
        (0.1, "0.1"),
        (1234.56, "1234.56"),
        ("-5", "-5"),
        (Decimal("7.25"), "7.25"),
    ],
)
def test_money_accepts_numbers_separators_and_chinese_units(raw, expected):
    assert parse_money(raw) == Decimal(expected)


def test_money_is_exact_not_float():
    assert parse_money("0.1") + parse_money("0.2") == Decimal("0.3")
    assert isinstance(parse_money(0.1), Decimal)


@pytest.mark.parametrize("raw", ["abc", "12万元万", "1.2.3", "", True, None, [1], "万"])
def test_money_rejects_what_is_not_money(raw):
    with pytest.raises(ValueError):
        parse_money(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (0.13, "0.13"),
        ("13%", "0.13"),
        ("13 %", "0.13"),
        ("5.5%", "0.055"),
        ("0%", "0"),
        (0, "0"),
        (1, "1"),
        ("13％", "0.13"),
    ],
)
def test_rates_accept_fractions_and_percentages(raw, expected):
    assert parse_rate(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", [13, "13", "abc%", True, "x"])
def test_rates_reject_ambiguous_or_bad_values(raw):
    with pytest.raises(ValueError):
        parse_rate(raw)
