"""The account plan's parts of the brief (all internal, all optional): who owns the account, how
it buys, what it is worth to us, what binds it, whom to greet when, and the plan for one year.

No I/O. `plan_reference_errors` checks the contact ids these parts name, on models and on
raw mappings alike (as `reference_errors` does for visits).
"""

import datetime as dt
import re
from typing import Any

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import Model, Required, Text, TextList
from generator.models.enums import (
    RELATIONSHIP_ORDER,
    ChannelKind,
    Festival,
    GrowthStatus,
    InitiativeKind,
    RelationshipStage,
    Tier,
)
from generator.models.values import Date, NonNegativeMoney, Rate

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Lost(Model):
    """When and why a lost customer went (客户流失)."""

    date: Date | None = None
    reason: Text | None = None
    competitor: Text | None = Field(None, description="Whom they went to")


class Owner(Model):
    """The account manager responsible for the customer now."""

    name: Required
    since: Date | None = None


class PreviousOwner(Model):
    """An earlier account manager, for the handover record (三年不换人)."""

    name: Required
    from_: Date | None = Field(None, alias="from")
    to: Date | None = None
    handover: Text | None = Field(None, description="Where the handover note is, or what it says")

    @model_validator(mode="after")
    def _to_after_from(self) -> "PreviousOwner":
        if self.from_ and self.to and self.to < self.from_:
            raise PydanticCustomError(
                "to_before_from", "`to` must not be before `from` ({d})", {"d": self.from_.isoformat()}
            )
        return self


class Channel(Model):
    """How the account buys from us: direct or through a partner (with its registration, 报备)."""

    kind: ChannelKind | None = None
    partner: Text | None = None
    registered: Date | None = Field(None, description="When the deal was registered with the partner (报备)")


class Programme(Model):
    """The customer's level in our loyalty or reward programme."""

    level: Text | None = None
    since: Date | None = None
    benefits: TextList = []


class CareOccasion(Model):
    """A day to greet or visit the customer: a festival (its date each year) or a date of its own."""

    occasion: Required
    date: Text | None = Field(None, description="MM-DD (every year) or YYYY-MM-DD; festivals need none")
    contacts: list[Text] = Field([], description="Contact ids of the people to greet")

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    @field_validator("date")
    @classmethod
    def _month_day_or_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if _MONTH_DAY.match(value):
            return value
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("care_date", "must be a month and day (09-01) or a date (2027-09-01)") from None
        return value

    @model_validator(mode="after")
    def _festival_or_date(self) -> "CareOccasion":
        if self.date is None and self.festival is None:
            names = ", ".join(f.zh for f in Festival)
            raise PydanticCustomError(
                "care_no_date",
                "'{o}' is not a festival kam knows ({names}); give its date as MM-DD",
                {"o": self.occasion, "names": names},
            )
        return self

    @property
    def festival(self) -> Festival | None:
        """Return the festival the occasion names, or None."""
        try:
            return Festival(self.occasion)
        except ValueError:
            return None


class GrowthLine(Model):
    """A product or service the account could buy more of this year (一人多产品)."""

    product: Required
    potential: NonNegativeMoney | None = None
    by: Date | None = None
    status: GrowthStatus | None = None


class RelationshipGoal(Model):
    """Move one person up the relationship stages by a date, with the activities that get there."""

    contact: Required
    from_: RelationshipStage | None = Field(None, alias="from")
    to: RelationshipStage
    by: Date | None = None
    activities: TextList = []

    @model_validator(mode="after")
    def _upwards(self) -> "RelationshipGoal":
        if self.from_ is not None and RELATIONSHIP_ORDER.index(self.to) <= RELATIONSHIP_ORDER.index(self.from_):
            raise PydanticCustomError(
                "goal_not_up", "`to` must be a later relationship stage than `from` ({s})", {"s": self.from_.value}
            )
        return self


class Initiative(Model):
    """A service initiative of the year: pilot, joint promotion, reward, annual meeting …"""

    kind: InitiativeKind | None = None
    name: Text | None = None
    date: Date | None = None
    owner: Text | None = None


class Plan(Model):
    """The account plan for one year (大客户经营计划)."""

    year: int = Field(ge=2000, le=2099)  # the lunar calendar's tables end in 2099
    target: NonNegativeMoney | None = Field(None, description="What the account should buy from us this year")
    share_target: Rate | None = Field(None, description="Share of the account's wallet to reach")
    growth: list[GrowthLine] = []
    relationships: list[RelationshipGoal] = []
    initiatives: list[Initiative] = []


class TierPolicy(Model):
    """How we serve customers of one tier (overrides kam's built-in table in the seller file)."""

    rules: TextList = Field([], description="What the tier is promised, one line each")
    senior_visits: int | None = Field(None, ge=0, le=12, description="Senior-management visits a year")
    initiatives: list[InitiativeKind] = Field([], description="Initiatives every account of the tier gets each year")


ServicePolicy = dict[Tier, TierPolicy]
"""The service policy per tier (`service_policy: {key: {…}, ordinary: {…}}` in the seller file)."""


def plan_reference_errors(contacts: Any, care: Any, plan: Any) -> list[tuple[tuple, str, dict[str, Any], Any]]:
    """Return (loc, kind, context, value) for care occasions and relationship goals naming an unknown contact id.

    Shaped like `generator.models.brief.reference_errors`: `kind` is a catalogue key of the
    validation messages (`unknown_contact`) and `context` fills it, so the loader words the
    problem in the reader's language. (`introduced_by` may name someone outside the account,
    so it is not checked.)"""

    def get(item: Any, name: str) -> Any:
        return item.get(name) if isinstance(item, dict) else getattr(item, name, None)

    ids = {get(c, "id") for c in (contacts if isinstance(contacts, list) else []) if get(c, "id") is not None}
    found: list[tuple[tuple, str, dict[str, Any], Any]] = []
    for index, occasion in enumerate(care if isinstance(care, list) else []):
        named = get(occasion, "contacts")
        for position, contact_id in enumerate(named if isinstance(named, list) else []):
            if contact_id not in ids:
                found.append(
                    (
                        ("account", "care", index, "contacts", position),
                        "unknown_contact",
                        {"id": repr(contact_id)},
                        contact_id,
                    )
                )
    goals = get(plan, "relationships") if plan is not None else None
    for index, goal in enumerate(goals if isinstance(goals, list) else []):
        contact_id = get(goal, "contact")
        if contact_id is not None and contact_id not in ids:
            found.append(
                (
                    ("plan", "relationships", index, "contact"),
                    "unknown_contact",
                    {"id": repr(contact_id)},
                    contact_id,
                )
            )
    return found
