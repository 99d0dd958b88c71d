"""Locale formatting and the label catalogue."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from decimal import Decimal

import pytest

import generator.i18n.labels as labels_package
from generator.i18n import Texts, chinese_numeral
from generator.i18n.capitals import amount_in_capitals


@pytest.mark.parametrize(
    "amount, expected",
    [
        ("2680000", "人民币贰佰陆拾捌万元整"),
        ("3028400", "人民币叁佰零贰万捌仟肆佰元整"),
        ("0", "人民币零元整"),
        ("0.5", "人民币伍角整"),
        ("0.05", "人民币伍分"),
        ("10.05", "人民币壹拾元零伍分"),
        ("1005", "人民币壹仟零伍元整"),
        ("1010", "人民币壹仟零壹拾元整"),
        ("10001", "人民币壹万零壹元整"),
        ("105000", "人民币壹拾万伍仟元整"),
        ("100000000", "人民币壹亿元整"),
        ("120000000", "人民币壹亿贰仟万元整"),
        ("1000000001", "人民币壹拾亿零壹元整"),
        ("3028.45", "人民币叁仟零贰拾捌元肆角伍分"),
        ("0.005", "人民币壹分"),
    ],
)
def test_amount_in_capitals(amount, expected):
    assert amount_in_capitals(Decimal(amount)) == expected


def test_capitals_for_other_currencies():
    assert amount_in_capitals(Decimal("100"), "USD") == "美元壹佰元整"


@pytest.mark.parametrize(
    "language, currency, expected",
    [
        ("zh", "CNY", "¥1,234,567.89"),
        ("en", "USD", "$1,234,567.89"),
        ("en", "CNY", "CN¥1,234,567.89"),
        ("zh", "USD", "$1,234,567.89"),
        ("en", "JPY", "¥1,234,568"),
    ],
)
def test_money_per_locale(language, currency, expected):
    assert Texts(language, currency).money(Decimal("1234567.885")) == expected


def test_money_rounds_half_up_once():
    assert Texts("zh").money(Decimal("0.005")) == "¥0.01"
    assert Texts("zh").money(Decimal("2.675")) == "¥2.68"


@pytest.mark.parametrize(
    "amount, expected",
    [("2680000", "268万元"), ("120000000", "1.2亿元"), ("3500", "3500元"), ("3028400", "302.84万元")],
)
def test_money_in_wan(amount, expected):
    assert Texts("zh").money_short(Decimal(amount)) == expected


def test_dates():
    day = dt.date(2026, 11, 20)
    assert Texts("zh").date(day) == "2026年11月20日"
    assert Texts("en").date(day) == "November 20, 2026"
    assert Texts("en").date(None) == ""


def test_heading_numbers():
    assert Texts("zh").heading_number(1, 3) == "三、"
    assert Texts("zh").heading_number(2, 12) == "（十二）"
    assert Texts("en").heading_number(2, 1, 3) == "3.1"
    assert [chinese_numeral(n) for n in (1, 10, 11, 20, 21, 99)] == ["一", "十", "十一", "二十", "二十一", "九十九"]


def test_unknown_label_is_an_error_not_a_blank():
    with pytest.raises(KeyError):
        Texts("zh").t("proposal.no_such_label")


def test_every_label_has_both_languages_and_formats_with_the_same_values():
    import string

    for module_info in pkgutil.iter_modules(labels_package.__path__):
        module = importlib.import_module(f"{labels_package.__name__}.{module_info.name}")
        for key, pair in module.LABELS.items():
            assert isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair), key
            fields = {f for text in pair for _, f, _, _ in string.Formatter().parse(text) if f}
            for text in pair:  # the caller passes one set of values for both languages
                text.format(**{f: "x" for f in fields})
