"""Chinese financial capitals (大写金额) for amounts of money, e.g. 人民币贰佰陆拾捌万元整."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")
_CURRENCY_NAMES = {"CNY": "人民币", "USD": "美元", "EUR": "欧元", "HKD": "港币", "JPY": "日元", "GBP": "英镑"}


def amount_in_capitals(amount: Decimal, currency: str = "CNY") -> str:
    """Return `amount` in Chinese financial capitals with the currency name (人民币壹佰元整).

    Follows the usual rules of Chinese invoices: runs of zeros read as one 零, no 零
    at the end of a group, 整 when there are no fen.
    """
    amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    prefix = _CURRENCY_NAMES.get(currency.upper(), currency.upper())
    if amount < 0:
        prefix += "负"
        amount = -amount
    units = int(amount)
    cents = int((amount - units) * 100)
    jiao, fen = divmod(cents, 10)
    text = _integer_capitals(units) + "元" if units else ""
    if not jiao and not fen:
        return prefix + (text or "零元") + "整"
    if jiao:
        if units and units % 10 == 0:
            text += "零"
        text += _DIGITS[jiao] + "角"
    if fen:
        if units and not jiao:
            text += "零"
        text += _DIGITS[fen] + "分"
    else:
        text += "整"
    return prefix + text


def _integer_capitals(number: int) -> str:
    """Return a positive integer in capitals without a unit of money (贰佰陆拾捌万)."""
    groups = []
    while number:
        number, group = divmod(number, 10_000)
        groups.append(group)
    out = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        out += _group_capitals(group) + _BIG_UNITS[index]
        pending_zero = False
    return out


def _group_capitals(group: int) -> str:
    """Return a number below 10,000 in capitals, zeros folded (1005 → 壹仟零伍)."""
    digits = f"{group:04d}"
    out, zero = "", False
    for position, char in enumerate(digits):
        digit = int(char)
        unit = _SMALL_UNITS[3 - position]
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + unit
    return out
