"""The account after signing, as of a day: what is overdue, which complaints are open, when
satisfaction was last asked (DOMAIN §1 referral: consolidate satisfaction, collect receivables,
get referrals; §5 the complaint flow). Pure: reads the brief, returns figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from generator.models.after_sale import Complaint, Receivable, Satisfaction
from generator.models.brief import Account

ZERO = Decimal(0)
COMPLAINT_DAYS = 14
"""An open complaint older than this many days is flagged (the service loop is stuck)."""
SATISFACTION_MONTHS = 6
"""A key account should give a satisfaction score at least this often."""


@dataclass(frozen=True)
class ReceivableState:
    """One receivable as of a day: what is outstanding and, when due has passed, how long overdue."""

    index: int
    receivable: Receivable
    outstanding: Decimal
    overdue_days: int  # 0 when not yet due or fully paid

    @property
    def overdue(self) -> bool:
        """Return True when something is still owed after the due day."""
        return self.overdue_days > 0 and self.outstanding > 0


@dataclass(frozen=True)
class OpenComplaint:
    """A complaint still open on the day, and its age in days."""

    index: int
    complaint: Complaint
    age_days: int

    @property
    def stale(self) -> bool:
        """Return True when it has been open longer than COMPLAINT_DAYS."""
        return self.age_days > COMPLAINT_DAYS


@dataclass(frozen=True)
class AfterSale:
    """The after-signing picture of an account on a day."""

    today: dt.date
    receivables: tuple[ReceivableState, ...]
    open_complaints: tuple[OpenComplaint, ...]
    latest_satisfaction: Satisfaction | None
    referrals: int

    @property
    def overdue(self) -> tuple[ReceivableState, ...]:
        """Return the receivables overdue on the day."""
        return tuple(r for r in self.receivables if r.overdue)

    @property
    def overdue_total(self) -> Decimal:
        """Return the sum outstanding on overdue receivables."""
        return sum((r.outstanding for r in self.overdue), ZERO)

    @property
    def outstanding_total(self) -> Decimal:
        """Return the sum still to be collected, due or not."""
        return sum((r.outstanding for r in self.receivables), ZERO)

    @property
    def satisfaction_due(self) -> bool:
        """Return True when no score is dated within SATISFACTION_MONTHS before the day."""
        latest = self.latest_satisfaction
        return latest is None or latest.date < months_before(self.today, SATISFACTION_MONTHS)

    @property
    def any(self) -> bool:
        """Return True when the account has any after-signing record."""
        return bool(self.receivables or self.open_complaints or self.latest_satisfaction or self.referrals)


def after_sale(account: Account, today: dt.date) -> AfterSale:
    """Return the after-signing picture of `account` as of `today`."""
    receivables = tuple(
        ReceivableState(i, r, r.outstanding, max(0, (today - r.due).days) if r.outstanding > 0 else 0)
        for i, r in enumerate(account.receivables)
    )
    complaints = tuple(
        OpenComplaint(i, c, max(0, (today - c.date).days)) for i, c in enumerate(account.complaints) if c.is_open
    )
    dated = [s for s in account.satisfaction if s.date <= today]
    latest = max(dated, key=lambda s: s.date) if dated else None
    return AfterSale(today, receivables, complaints, latest, len(account.referrals))


def months_before(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` calendar months earlier (the month's last day when it is shorter)."""
    import calendar

    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
