"""Read Chinese numerals back as numbers: the inverse of generator/i18n/capitals.py (贰佰伍拾万元整 → 2500000),
and ordinary numerals too (二百五十万 → 2500000)."""

from __future__ import annotations

from decimal import Decimal

DIGITS = {
    **{c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")},
    **{c: i for i, c in enumerate("〇一二三四五六七八九")},
    "两": 2,
    "贰": 2,
    "弍": 2,
}
SMALL_UNITS = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


def integer_from_numerals(text: str) -> int:
    """Return the integer Chinese numerals write (叁佰零贰万捌仟肆佰 → 3028400); ValueError on other characters."""
    total = section = number = 0
    for char in text:
        if char in DIGITS:
            number = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[char]
            number = 0
        elif char in ("万", "萬"):
            section += number
            total += (section or 1) * 10_000
            section = number = 0
        elif char in ("亿", "億"):
            section += number
            total = (total + (section or (0 if total else 1))) * 100_000_000
            section = number = 0
        else:
            raise ValueError(f"not a Chinese numeral: {char!r}")
    return total + section + number


def amount_from_capitals(integer: str, jiao: str | None = None, fen: str | None = None) -> Decimal:
    """Return the amount of money written as yuan numerals plus optional jiao and fen digits (壹拾元伍角 → 10.5)."""
    amount = Decimal(integer_from_numerals(integer)) if integer else Decimal(0)
    if jiao:
        amount += Decimal(DIGITS[jiao]) / 10
    if fen:
        amount += Decimal(DIGITS[fen]) / 100
    return amount
