"""Value types of the brief: money (exact Decimal), rates and dates, with their parsers.

The parsers read values the way Chinese offices write them, in briefs and in lists
exported from Excel or WPS: full-width digits and punctuation (NFKC), currency signs
(¥ ￥ RMB CNY $ US$), thousands separators, 元/万元/亿元 units, `13%` or `１３％`, dates as
`2026-09-02`, `2026/9/2`, `2026.9.2` or `2026年9月2日`. A value that could mean two
things (`1,2`, `05/06/2019`) is refused with what was understood and what to write.

Errors are PydanticCustomError (a ValueError): the type names the problem (`money_invalid`,
`date_ambiguous`, …) and its context the values, so the loader can word them in the
reader's language; the English text here is the fallback.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_UNITS = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(100_000_000),
    "千万": Decimal(10_000_000),
    "百万": Decimal(1_000_000),
    "十万": Decimal(100_000),
    "万": Decimal(10_000),
    "千": Decimal(1_000),
    "百": Decimal(100),
}
_PREFIXES = ("US$", "USD", "RMB", "CNY", "EUR", "人民币", "¥", "$", "€", "£")
_SUFFIXES = ("人民币", "RMB", "CNY", "USD", "EUR", "美元", "元整", "元", "圆", "块")
_NUMBER = re.compile(r"^(?P<int>\d+(?:,\d+)*)?(?:\.(?P<frac>\d+))?$")
_SPACES = re.compile(r"[\s\u00a0\u3000_']+")
_MINUS = str.maketrans({"−": "-", "–": "-", "—": "-"})


def normalise_text(value: str) -> str:
    """Return `value` with full-width characters folded to their ordinary forms (NFKC) and trimmed."""
    return unicodedata.normalize("NFKC", value).translate(_MINUS).strip()


# --- money ----------------------------------------------------------------------------


def parse_money(value: Any) -> Decimal:
    """Return `value` (a number, "1,280,000", "¥1,280,000.00", "128万", "1,280万元", "６４０万", "1.2亿") as an exact Decimal."""
    if isinstance(value, bool):
        raise PydanticCustomError("money_bool", "must be an amount of money, not true/false")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # repr() of a float is the shortest string that reads back the same: 0.1 stays 0.1.
        return Decimal(repr(value))
    if not isinstance(value, str):
        raise PydanticCustomError("money_type", 'must be an amount of money such as 1280000, "1,280,000" or "128万"')
    text = _SPACES.sub("", normalise_text(value))
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting style: (1,000) is minus 1,000
        text, negative = text[1:-1], True
    text, negative = _strip_sign(text, negative)
    text = _strip_affix(text, _PREFIXES, prefix=True)
    text, negative = _strip_sign(text, negative)
    text = _strip_affix(text, _SUFFIXES, prefix=False)
    unit = next((u for u in _UNITS if text.endswith(u)), None)
    if unit:
        text = text[: -len(unit)]
    number = _plain_number(text, value)
    if number is None:
        raise PydanticCustomError(
            "money_invalid",
            '{value} is not an amount of money (write 1280000, "1,280,000" or "128万")',
            {"value": _quoted(value)},
        )
    amount = number * _UNITS[unit] if unit else number
    if negative:
        amount = -amount
    # 1.2亿 → 120000000.0 would print oddly; drop exponent/trailing zeros introduced by the unit.
    try:
        return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
    except InvalidOperation:  # more digits than a Decimal context holds (found by benchmarks/fuzz_loaders.py)
        raise PydanticCustomError("money_too_large", "is too large to be an amount of money") from None


def _strip_sign(text: str, negative: bool) -> tuple[str, bool]:
    if text[:1] in ("-", "+"):
        return text[1:], negative or text[0] == "-"
    return text, negative


def _strip_affix(text: str, affixes: tuple[str, ...], *, prefix: bool) -> str:
    upper = text.upper()
    for affix in affixes:
        if prefix and upper.startswith(affix):
            return text[len(affix) :]
        if not prefix and upper.endswith(affix):
            return text[: -len(affix)]
    return text


def _plain_number(text: str, original: Any) -> Decimal | None:
    """Return the Decimal of "1,280,000.5" / "1280000" / ".5", None if it is no number; refuse ambiguous separators."""
    match = _NUMBER.match(text)
    if not match or not (match["int"] or match["frac"]):
        if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}(,\d+)?|\d{1,3}\.\d{3},\d+", text):
            # 1.280.000 or 1.280,50: dots as thousands separators, as some European exports write.
            raise PydanticCustomError(
                "number_dots",
                "{value} is ambiguous: dots between groups of three look like thousands separators; "
                "write {digits} if that is the number",
                {"value": _quoted(original), "digits": text.replace(".", "").replace(",", ".")},
            )
        return None
    whole = match["int"] or "0"
    if "," in whole:
        groups = whole.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            digits = whole.replace(",", "") + ("." + match["frac"] if match["frac"] else "")
            if len(groups) == 2 and not match["frac"]:
                # 1,2 or 12,5: a decimal comma, or a typo for a thousands separator.
                raise PydanticCustomError(
                    "number_decimal_comma",
                    "{value} is ambiguous: commas separate thousands in groups of three "
                    "(1,280,000); write {decimal} for a decimal, or {digits}",
                    {"value": _quoted(original), "decimal": whole.replace(",", "."), "digits": digits},
                )
            raise PydanticCustomError(
                "number_grouping",
                "{value} is ambiguous: commas separate thousands in groups of three (1,280,000); "
                "write {digits} if that is the number",
                {"value": _quoted(original), "digits": digits},
            )
    try:
        return Decimal(whole.replace(",", "") + ("." + match["frac"] if match["frac"] else ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


# --- rates ----------------------------------------------------------------------------


def parse_rate(value: Any) -> Decimal:
    """Return a rate (0.13, "13%", "13 %", "１３％") as a Decimal fraction."""
    if isinstance(value, bool):
        raise PydanticCustomError("rate_bool", 'must be a rate such as 0.13 or "13%", not true/false')
    if isinstance(value, str):
        text = _SPACES.sub("", normalise_text(value))
        percent = text.endswith("%")
        number = _plain_number(text.rstrip("%"), value) if text.rstrip("%") else None
        if number is None or text.count("%") > 1:
            raise PydanticCustomError(
                "rate_invalid", '{value} is not a rate (write 0.13 or "13%")', {"value": _quoted(value)}
            )
        if text.startswith("-"):
            number = -number
        return number / 100 if percent else _fraction(number, value)
    if isinstance(value, (int, float, Decimal)):
        return _fraction(parse_money(value), value)
    raise PydanticCustomError("rate_type", 'must be a rate such as 0.13 or "13%"')


_ZHE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)折$")


def parse_discount(value: Any) -> Decimal:
    """Return a discount (0.05, "5%", or as Chinese price lists write it, "95折" / "9.5折" = 5 % off) as a fraction."""
    if isinstance(value, str):
        match = _ZHE.match(_SPACES.sub("", normalise_text(value)))
        if match:
            paid = Decimal(match["n"])
            # 9折 and 9.5折 pay 90 % and 95 %; 95折 and 85折 are the same written with two digits.
            paid = paid / 10 if paid <= 10 else paid / 100
            if not 0 < paid <= 1:
                raise PydanticCustomError(
                    "discount_zhe", '{value} is not a discount (write 95折, 9折 or "5%")', {"value": _quoted(value)}
                )
            return (1 - paid).normalize() if paid != 1 else Decimal(0)
    return parse_rate(value)


def _fraction(number: Decimal, original: Any) -> Decimal:
    if number > 1:
        raise PydanticCustomError(
            "rate_over_one",
            '{value} is more than 100%; write a fraction (0.13) or a percentage ("13%")',
            {"value": _quoted(original), "percent": f"{original}%"},
        )
    return number


# --- dates ----------------------------------------------------------------------------

_YMD = re.compile(r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
_YMD_CHINESE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?$")
_YMD_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})$")
_DMY = re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{1,2}$")
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def parse_date(value: Any) -> dt.date:
    """Return the date in `value`: a date, or text written 2026-09-02, 2026/9/2, 2026.9.2, 2026年9月2日 or 20260902."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise PydanticCustomError(
                "date_has_time",
                "{value} has a time of day; write the date only, YYYY-MM-DD",
                {"value": value.isoformat(sep=" ")},
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or isinstance(value, bool):
        raise PydanticCustomError("date_type", "must be a date written YYYY-MM-DD")
    text = re.sub(r"\s+", "", normalise_text(value))
    match = _YMD.match(text) or _YMD_CHINESE.match(text) or _YMD_COMPACT.match(text)
    if match:
        return _date(int(match["y"]), int(match["m"]), int(match["d"]), value)
    match = _DMY.match(text)
    if match:
        return _day_month_year(int(match["a"]), int(match["b"]), int(match["y"]), value)
    if _SHORT_YEAR.match(text):
        raise PydanticCustomError(
            "date_short_year", "{value}: the year must have four digits; write YYYY-MM-DD", {"value": _quoted(value)}
        )
    raise PydanticCustomError(
        "date_invalid", "{value} is not a date; write YYYY-MM-DD (or 2026/9/2, 2026年9月2日)", {"value": _quoted(value)}
    )


def _date(year: int, month: int, day: int, original: Any) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        pass
    context = {"value": _quoted(original), "year": year, "month": month, "day": day}
    if not 1 <= month <= 12:
        raise PydanticCustomError("date_no_month", "{value} is not a date: there is no month {month}", context)
    if year < 1:
        raise PydanticCustomError("date_no_year", "{value} is not a date: there is no year 0", context)
    days = calendar.monthrange(year, month)[1]
    raise PydanticCustomError(
        "date_no_day",
        "{value} is not a date: {month_name} {year} has {days} days",
        {**context, "days": days, "month_name": _MONTHS[month]},
    )


def _day_month_year(first: int, second: int, year: int, original: Any) -> dt.date:
    """Return the date of 05/06/2019-like text when only one reading is a date (or both readings agree)."""
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(set(readings)) == 1:
        return readings[0]
    if not readings:
        raise PydanticCustomError(
            "date_invalid",
            "{value} is not a date; write YYYY-MM-DD (or 2026/9/2, 2026年9月2日)",
            {"value": _quoted(original)},
        )
    a, b = readings
    raise PydanticCustomError(
        "date_ambiguous",
        "{value} is ambiguous: it could be {first} or {second}; write the date as YYYY-MM-DD",
        {"value": _quoted(original), "first": a.isoformat(), "second": b.isoformat()},
    )


def excel_serial_date(serial: float) -> dt.date | None:
    """Return the date of an Excel serial day number (1900 date system; 46267 = 2026-09-02), or None out of range."""
    if not 1 <= serial < 2958466:  # 9999-12-31
        return None
    # Excel counts 1900-02-29, a day that never was: serials from 61 on are one day ahead.
    return (
        dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))
        if serial >= 61
        else dt.date(1899, 12, 31) + dt.timedelta(days=int(serial))
    )


def _quoted(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


# --- schema and annotated types -------------------------------------------------------

_MONEY_SCHEMA = {
    "anyOf": [
        {"type": "number"},
        {
            "type": "string",
            "pattern": r"^\s*[-+(]?\s*(¥|￥|\$|US\$|RMB|CNY|USD|€|£)?\s*[-+]?[\d,，０-９]+([.．][\d０-９]+)?\s*"
            r"(万亿|亿|千万|百万|十万|万|千|百)?\s*(元|圆|块|元整)?\s*(RMB|CNY|USD)?\s*\)?\s*$",
        },
    ],
    "description": 'An amount: 1280000, "1,280,000", "¥1,280,000.00", "128万", "1,280万元" or "1.2亿"',
}
_RATE_SCHEMA = {
    "anyOf": [
        {"type": "number", "minimum": 0, "maximum": 1},
        {"type": "string", "pattern": r"^\s*[\d０-９]+([.．][\d０-９]+)?\s*[%％]\s*$"},
    ],
    "description": 'A rate: 0.13 or "13%"',
}
_DISCOUNT_SCHEMA = {
    "anyOf": [*_RATE_SCHEMA["anyOf"], {"type": "string", "pattern": r"^\s*[\d０-９]+([.．][\d０-９]+)?\s*折\s*$"}],
    "description": 'A discount: 0.05, "5%" or 95折',
}
_DATE_SCHEMA = {
    "type": "string",
    "description": "A date: 2026-09-02, 2026/9/2, 2026.9.2 or 2026年9月2日",
}

Money = Annotated[Decimal, BeforeValidator(parse_money), WithJsonSchema(_MONEY_SCHEMA)]
"""An amount of money in the brief's currency, exact."""

NonNegativeMoney = Annotated[Decimal, BeforeValidator(parse_money), Field(ge=0), WithJsonSchema(_MONEY_SCHEMA)]
"""An amount of money that can't be below zero (prices, budgets)."""

Rate = Annotated[Decimal, BeforeValidator(parse_rate), Field(ge=0, le=1), WithJsonSchema(_RATE_SCHEMA)]
"""A fraction between 0 and 1 (0.13 = 13 %)."""

Discount = Annotated[Decimal, BeforeValidator(parse_discount), Field(ge=0, lt=1), WithJsonSchema(_DISCOUNT_SCHEMA)]
"""A discount: at least 0, less than 100 % ("5%", 0.05 or 95折)."""

Quantity = Annotated[
    Decimal, BeforeValidator(parse_money), Field(ge=0), WithJsonSchema({"type": "number", "minimum": 0})
]
"""A quantity of units, exact, ≥ 0."""

Date = Annotated[dt.date, BeforeValidator(parse_date), WithJsonSchema(_DATE_SCHEMA)]
"""A calendar day, in any of the spellings parse_date reads."""
