"""The commercial record (商业记录, DOMAIN §3): past deals summed, and the last one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from generator.models.brief import Deal


@dataclass(frozen=True)
class CommercialRecord:
    """Deals in date order (undated last), their total amount and the most recent dated deal."""

    deals: tuple[Deal, ...]
    total: Decimal
    last: Deal | None


def commercial_record(history: list[Deal]) -> CommercialRecord:
    """Return the deals sorted by date, the sum of their amounts (missing amounts count 0) and the last dated deal."""
    deals = tuple(sorted(history, key=lambda d: (d.date is None, d.date or dt.date.min)))
    total = sum((d.amount for d in deals if d.amount is not None), Decimal(0))
    dated = [d for d in deals if d.date is not None]
    return CommercialRecord(deals, total, dated[-1] if dated else (deals[-1] if deals else None))
