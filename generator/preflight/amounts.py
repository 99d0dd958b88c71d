"""Every amount of money written in a text, read as a number: 250万, 250 万元, 2,500,000, ¥2,500,000.00,
2500000.00, $2.5M, 2.5 million, 贰佰伍拾万元整, 二百五十万."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from generator.preflight.capitals import DIGITS, NUMERAL_CHARS, amount_from_capitals

_ARABIC = re.compile(
    r"(?<![A-Za-z0-9.\-/_])"
    r"(?P<sign>(?:US\$|[¥￥$€£]|RMB|CNY|USD|EUR|HKD)\s*)?"
    r"(?P<number>\d{1,3}(?:[,，\u00a0\u202f\u2009]\d{3})+|\d+)(?P<fraction>\.\d+)?"
    r"(?P<unit>\s*(?:百万|千万|万|亿|千))?"
    r"(?P<yuan>\s*(?:元|圆|块))?"
    r"(?P<scale>\s*(?:million|billion|thousand|mn|bn|m|k)(?![A-Za-z]))?"
    r"(?!\d|[.,，]\d|[-/]\d)",
    re.IGNORECASE,
)
# What makes a plain number a count or a rate rather than money: 3 年, 15%, 10 人天, 3-year…
_COUNT_AFTER = re.compile(
    r"\s*(?:[%％‰年月天日周人套台次倍个项号名秒页段℃°]|分钟|小时|[-‐]?\s*(?:years?|months?|weeks?|days?|hours?"
    r"|minutes?|seconds?|people|persons?|units?|sites?|pages?|x|×|%)(?![A-Za-z]))",
    re.IGNORECASE,
)
_NUMERALS = re.compile(
    rf"(?P<integer>[{NUMERAL_CHARS}]+)(?P<yuan>[元圆])?"
    rf"(?:零?(?P<jiao>[{''.join(DIGITS)}])角)?(?:零?(?P<fen>[{''.join(DIGITS)}])分)?(?P<whole>整|正)?"
)
_JIAO_ONLY = re.compile(
    rf"(?<![{NUMERAL_CHARS}元圆])(?P<jiao>[{''.join(DIGITS)}])角(?:零?(?P<fen>[{''.join(DIGITS)}])分)?整?"
)
# Standards and numbers that label things: ISO 9001, GB/T 19001, No. 2024.
_LABEL_BEFORE = re.compile(r"(?:ISO|IEC|GB|GB/T|EN|DIN|ASTM|IATF|UL|No\.?|Nr\.?|#|型号|编号)\s*$", re.IGNORECASE)
_ANY_NUMBER = re.compile(rf"[0-9{NUMERAL_CHARS}]")
_CAPITAL_UNITS = set("拾佰仟壹贰叁肆伍陆柒捌玖")
_UNITS = {"百万": 1_000_000, "千万": 10_000_000, "万": 10_000, "亿": 100_000_000, "千": 1_000}
_SCALES = {
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "thousand": 1_000,
    "k": 1_000,
}
_GROUPING = str.maketrans("", "", ",，\u00a0\u202f\u2009")


@dataclass(frozen=True)
class WrittenAmount:
    """An amount found in a text: where it starts and ends, as written, and its value."""

    start: int
    end: int
    text: str
    value: Decimal


def amounts_in(text: str) -> list[WrittenAmount]:
    """Return every amount of money written in `text`, in order of appearance."""
    if not _ANY_NUMBER.search(text):
        return []
    matches = list(_ARABIC.finditer(text))
    found = [amount for match in matches if (amount := _arabic(match, text)) is not None]
    taken = [(match.start(), match.end()) for match in matches]
    found += [
        amount
        for match in _NUMERALS.finditer(text)
        if not any(start < match.end() and match.start() < end for start, end in taken)
        and (amount := _numerals(match)) is not None
    ]
    found += [
        WrittenAmount(m.start(), m.end(), m.group(0), amount_from_capitals("", m["jiao"], m["fen"]))
        for m in _JIAO_ONLY.finditer(text)
    ]
    return sorted(found, key=lambda amount: amount.start)


def _arabic(match: re.Match, text: str) -> WrittenAmount | None:
    scale = (match["scale"] or "").strip().lower()
    if scale in ("m", "k") and not match["sign"]:
        return None  # "30 m" is a length, "5k" a count; "$2.5m" is money
    marked = match["sign"] or match["unit"] or match["yuan"] or scale
    if not marked and (_COUNT_AFTER.match(text, match.end()) or _LABEL_BEFORE.search(text, 0, match.start())):
        return None
    try:
        value = Decimal(match["number"].translate(_GROUPING) + (match["fraction"] or ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None
    if match["unit"]:
        value *= _UNITS[match["unit"].strip()]
    if scale:
        value *= _SCALES[scale]
    return WrittenAmount(match.start(), match.end(), match.group(0).strip(), value)


def _numerals(match: re.Match) -> WrittenAmount | None:
    integer = match["integer"]
    # A bare numeral is a count (一期, 三方); money is written with 元, 万/亿 or the financial capitals.
    if not (match["yuan"] or set(integer) & {"万", "亿", "萬", "億"} or set(integer) & _CAPITAL_UNITS):
        return None
    if len(integer) < 2 and not match["yuan"]:
        return None
    try:
        value = amount_from_capitals(integer, match["jiao"], match["fen"])
    except (ValueError, KeyError):
        return None
    if not value:
        return None
    return WrittenAmount(match.start(), match.end(), match.group(0), value)


def same_amount(a: Decimal, b: Decimal) -> bool:
    """Return True when two amounts are the same number (2500000 and 2500000.00 are)."""
    return a.compare(b) == 0
