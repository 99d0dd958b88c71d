"""The deal coach: what a sales director would flag in a brief (DOMAIN.md throughout).

`check_brief(brief, today)` returns findings; each names its rule (the ids are a
contract), a severity that depends on the buying stage where the method says so, a
label key for the message and for the next action (with the values to fill in), and
the data path of the evidence. No I/O and no language: the report renders the keys.

This module holds what rules share (Context, Finding, severities, the rule ids); the
rules live in the `rules_*` modules beside it, one per family: people (the buying
centre), deal (the opportunity), offer (proposal, pricing, negotiation), account
(key-account care) and after_sale (the negotiation plan and the signed account). `check.py` runs them; rule modules never import it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, overload

from generator.models.brief import Brief
from generator.models.enums import STAGE_ORDER, Stage

DEFAULT_MAX_DISCOUNT = Decimal("0.20")
"""A line discount above this is a pricing anomaly (DOMAIN: trade, never give)."""

RULE_IDS = (
    "no-decision-maker",
    "no-coach",
    "stage-key-person-missing",
    "weak-key-relationship",
    "opponent-in-power",
    "assessment-open",
    "needs-not-written",
    "no-competitor-analysis",
    "proposal-section-missing",
    "challenge-without-impact",
    "fab-incomplete",
    "pricing-anomaly",
    "trade-without-exchange",
    "target-below-bottom-line",
    "decision-date-passed",
    "proposal-expired",
    "key-account-unvisited",
    "weak-relationship-health",
    "single-threaded",
    # account plan
    "no-account-plan",
    "target-gap-uncovered",
    "share-of-wallet-low",
    "unprofitable-customer",
    "owner-churn",
    "relationship-goal-overdue",
    "lost-without-winback",
    "single-product-key-account",
    # offer and close
    "package-empty",
    "package-unknown",
    "package-recommended-many",
    "augmented-product-missing",
    "value-money-only",
    "price-before-deciders",
    # proposal depth (responses, tender, org chart)
    "criterion-unanswered",
    "offering-without-price",
    "weakness-unanswered",
    "objection-unanswered",
    # negotiation and after signing
    "concession-ladder-broken",
    "no-negotiation-team",
    "receivable-overdue",
    "complaint-open",
    "satisfaction-unknown",
)
"""Every rule id, as tests and CI scripts outside the project use them."""


class Severity(str, enum.Enum):
    """How much a finding matters: an error fails the check, a warning fails it with --strict."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 0 for error, 1 for warning, 2 for info (most serious first)."""
        return list(Severity).index(self)


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Percent:
    """A value to show as a percentage (a Decimal alone is shown as money)."""

    value: Decimal


@dataclass(frozen=True)
class Label:
    """A value that is itself a label of the catalogue (e.g. the name of a proposal section)."""

    key: str


@dataclass(frozen=True)
class Finding:
    """One thing the coach flags.

    `message` and `action` are label keys (`check.<name>`); `values` fills both. A
    value is shown by type: Decimal as money, Percent as a percentage, a date as a
    date, a term of the method in the reader's words, a Label as its text, a list joined.
    """

    rule: str
    severity: Severity
    message: str
    loc: tuple
    action: str
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What every rule sees: the brief, the day of the check and the thresholds."""

    brief: Brief
    today: dt.date
    max_discount: Decimal = DEFAULT_MAX_DISCOUNT

    @property
    def stage(self) -> Stage | None:
        """Return the buying stage of the opportunity, or None when not stated."""
        opportunity = self.brief.opportunity
        return opportunity.stage if opportunity else None

    def from_stage(self, name: str) -> bool:
        """Return True when the stage is known and is `name` or later."""
        stage = self.stage
        return stage is not None and STAGE_ORDER.index(stage) >= STAGE_ORDER.index(Stage(name))

    @overload
    def severity(self, by_stage: Mapping[str, Severity], default: Severity) -> Severity: ...

    @overload
    def severity(self, by_stage: Mapping[str, Severity | None], default: Severity | None) -> Severity | None: ...

    def severity(self, by_stage: Mapping[str, Severity | None], default: Severity | None) -> Severity | None:
        """Return the severity for the current stage from `by_stage` (stage value → severity), else `default`.

        None means the rule does not apply at this stage.
        """
        stage = self.stage
        if stage is None:
            return default
        return by_stage.get(stage.value, default)

    @property
    def in_play(self) -> bool:
        """Return True when the brief pursues a deal (it has an opportunity or a proposal)."""
        return self.brief.opportunity is not None or self.brief.proposal is not None


Rule = Callable[[Context], Iterable[Finding]]


def finding(
    rule: str, severity: Severity, name: str, loc: tuple, action: str | None = None, /, **values: Any
) -> Finding:
    """Return a Finding whose message is `check.<name>` and action `check.<action or name.action>`."""
    return Finding(rule, severity, f"check.{name}", tuple(loc), f"check.{action or name + '.action'}", values)
