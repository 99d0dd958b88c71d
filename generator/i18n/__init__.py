"""Language of the documents: the label catalogue and locale formatting of money, dates and numbers."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from generator.i18n.capitals import amount_in_capitals
from generator.i18n.catalogue import label_pair
from generator.i18n.catalogue import labels as _labels

LANGUAGES = ("zh", "en")
_LOCALES = {"zh": "zh_CN", "en": "en_US"}
_ZH_NUMERALS = "零一二三四五六七八九十"


class Texts:
    """Labels and formatting for one document language and currency.

    `t("proposal.pricing")` returns the label in this language; labels live in
    `generator/i18n/labels/<namespace>.py` as {key: (zh, en)}.
    """

    def __init__(self, language: str, currency: str = "CNY"):
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
        self.language = language
        self.currency = currency.upper()
        self.locale = _LOCALES[language]

    @cached_property
    def babel_locale(self):
        """Return the parsed Babel Locale; parsed once, since Babel re-resolves a locale name on every call."""
        from babel import Locale

        return Locale.parse(self.locale)

    @property
    def lang_tag(self) -> str:
        """Return the BCP 47 tag of the language (zh-CN, en-US)."""
        return self.locale.replace("_", "-")

    def t(self, key: str, **values: object) -> str:
        """Return the label `namespace.key` in this language, with `{name}` fields filled."""
        pair = label_pair(key)
        text = pair[0] if self.language == "zh" else pair[1]
        if not values:
            return text
        from generator.i18n.messages import Both, Message, localize

        return text.format(
            **{k: localize(v, self.language) if isinstance(v, (Message, Both)) else v for k, v in values.items()}
        )

    def term(self, value: object) -> str:
        """Return the reader's word for an enumeration value of the method (决策层 / decision level)."""
        if value is None:
            return ""
        code = getattr(value, "value", value)
        family = type(value).__name__ if hasattr(value, "value") else ""
        labels = _labels("terms")
        pair = labels.get(f"{family}.{code}") or labels.get(str(code))
        if pair is None:
            zh = getattr(value, "zh", str(code))
            return zh if self.language == "zh" else str(code).replace("_", " ")
        return pair[0] if self.language == "zh" else pair[1]

    # --- money -------------------------------------------------------------------------

    @property
    def minor_unit(self) -> Decimal:
        """Return the currency's smallest unit: 0.01 for CNY and USD, 1 for JPY."""
        from babel.numbers import get_currency_precision

        return Decimal(1).scaleb(-get_currency_precision(self.currency))

    @property
    def currency_name(self) -> str:
        """Return the currency's name in the document language (人民币, US dollars)."""
        from babel.numbers import get_currency_name

        return get_currency_name(self.currency, count=2 if self.language == "en" else None, locale=self.babel_locale)

    def round_money(self, amount: Decimal) -> Decimal:
        """Return `amount` rounded half-up to the currency's minor unit (cents for CNY/USD)."""
        return Decimal(amount).quantize(self.minor_unit, rounding=ROUND_HALF_UP)

    def money(self, amount: Decimal) -> str:
        """Return the amount with the currency symbol for the locale: ¥1,234,567.00 / $1,234,567.00."""
        from babel.numbers import format_currency

        text = format_currency(self.round_money(amount), self.currency, locale=self.babel_locale)
        # Babel prints the foreign-currency sign (US$) in zh; in Chinese documents the plain
        # symbol is what readers expect when only one currency is in play.
        return text.replace("US$", "$") if self.language == "zh" else text

    def money_short(self, amount: Decimal) -> str:
        """Return a compact amount for slides and summaries: 268万元 / 1.2亿元 in Chinese, $2.68M in English."""
        amount = Decimal(amount)
        if self.language == "zh":
            unit_name = "元" if self.currency == "CNY" else " " + self.currency
            for size, name in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
                if abs(amount) >= size:
                    return f"{_trim(amount / size)}{name}{unit_name}"
            return f"{_trim(amount)}{unit_name}"
        from babel.numbers import format_compact_currency

        return format_compact_currency(amount, self.currency, locale=self.babel_locale, fraction_digits=2)

    def capitals(self, amount: Decimal) -> str:
        """Return the amount in Chinese financial capitals (人民币贰佰陆拾捌万元整)."""
        return amount_in_capitals(self.round_money(amount), self.currency)

    # --- numbers and dates -------------------------------------------------------------

    def number(self, value: Decimal | int) -> str:
        """Return a quantity with grouping and no needless decimals: 6, 1,200, 2.5."""
        from babel.numbers import format_decimal

        return format_decimal(Decimal(value).normalize(), locale=self.babel_locale, decimal_quantization=False)

    def percent(self, rate: Decimal) -> str:
        """Return a rate as a percentage: 13%, 5.5%."""
        return f"{_trim(Decimal(rate) * 100)}%"

    def date(self, value: dt.date | None) -> str:
        """Return a date for readers: 2026年11月20日 / November 20, 2026 (empty for None)."""
        if value is None:
            return ""
        if self.language == "zh":
            return f"{value.year}年{value.month}月{value.day}日"
        from babel.dates import format_date

        return format_date(value, "long", locale=self.babel_locale)

    def short_date(self, value: dt.date | None) -> str:
        """Return a compact date: 2026-11-20 in Chinese, Nov 20, 2026 in English."""
        if value is None:
            return ""
        if self.language == "zh":
            return value.isoformat()
        from babel.dates import format_date

        return format_date(value, "medium", locale=self.babel_locale)

    def heading_number(self, level: int, index: int, parent: int = 0) -> str:
        """Return the number of a heading (indices from 1): 一、 and （一） in Chinese, 1. and 1.1 in English."""
        if self.language == "zh":
            return f"{chinese_numeral(index)}、" if level == 1 else f"（{chinese_numeral(index)}）"
        return f"{index}." if level == 1 else f"{parent}.{index}"

    def join(self, items: list[str]) -> str:
        """Return items as a readable list: 甲、乙和丙 / A, B and C."""
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        if self.language == "zh":
            return "、".join(items[:-1]) + "和" + items[-1]
        return ", ".join(items[:-1]) + " and " + items[-1]


def chinese_numeral(number: int) -> str:
    """Return 1–99 in Chinese numerals (一, 十二, 二十); larger numbers as digits."""
    if number <= 10:
        return _ZH_NUMERALS[number]
    if number < 20:
        return "十" + _ZH_NUMERALS[number - 10]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _ZH_NUMERALS[tens] + "十" + (_ZH_NUMERALS[ones] if ones else "")
    return str(number)


def _trim(value: Decimal) -> str:
    """Return a decimal with at most two places and no trailing zeros (2.50 → 2.5)."""
    value = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    text = format(value, "f")
    return text
