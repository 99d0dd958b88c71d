"""The brief's records of negotiating and of keeping the account after signing (all internal).

Negotiation: our team and its roles. After signing (DOMAIN §1 referral, §5 service):
receivables to collect, complaints through the service loop, satisfaction asked for,
referrals given. `brief.py` attaches them to `negotiation` and `account`.
"""

from decimal import Decimal

from pydantic import Field, model_validator

from generator.models.base import Model, Required, Text, fail
from generator.models.enums import ComplaintStatus, NegotiationRole
from generator.models.values import Date, NonNegativeMoney


class TeamMember(Model):
    """One person of our negotiation team and the part they play."""

    name: Required
    role: NegotiationRole | None = Field(None, description="lead | technical | commercial | decision | note_taker")


class Receivable(Model):
    """An amount the customer owes us (回收账款): due on a day, possibly part paid."""

    due: Date
    amount: NonNegativeMoney
    received: NonNegativeMoney | None = Field(None, description="Paid so far (default: nothing)")
    received_on: Date | None = Field(None, description="Day of the (last) payment received")

    @model_validator(mode="after")
    def _received_within_amount(self) -> "Receivable":
        if self.received is not None and self.received > self.amount:
            fail(
                ("received",),
                "received_over_amount",
                "must not exceed the amount ({amount})",
                self.received,
                {"amount": str(self.amount)},
            )
        return self

    @property
    def outstanding(self) -> Decimal:
        """Return what is still to be collected (amount less received)."""
        return self.amount - (self.received or Decimal(0))


class Complaint(Model):
    """A complaint handled through the service loop (record → … → inform the customer → review)."""

    date: Date
    issue: Required
    status: ComplaintStatus | None = Field(None, description="open | closed; default: closed when closed_on is given")
    closed_on: Date | None = None
    owner: Text | None = None

    @model_validator(mode="after")
    def _closed_after_opened(self) -> "Complaint":
        if self.closed_on is not None and self.closed_on < self.date:
            fail(
                ("closed_on",),
                "closed_before_date",
                "must not be before the complaint's date ({date})",
                self.closed_on,
                {"date": self.date.isoformat()},
            )
        return self

    @property
    def is_open(self) -> bool:
        """Return True while the complaint is not closed (status open, or no status and no closing day)."""
        if self.status is not None:
            return self.status == ComplaintStatus("open")
        return self.closed_on is None


class Satisfaction(Model):
    """A satisfaction score the customer gave us (1 = very unhappy … 5 = very satisfied)."""

    date: Date
    score: int = Field(ge=1, le=5)
    by: Text | None = Field(None, description="Who at the customer gave the score")


class Referral(Model):
    """An introduction the customer made for us (转介绍)."""

    date: Date | None = None
    to: Required = Field(description="Whom they introduced us to")
    outcome: Text | None = None
