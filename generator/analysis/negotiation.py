"""The negotiation plan (谈判预案) of a brief: pure figures and lists, no words.

DOMAIN §1, winning commitment: split our roles and set the bottom line beforehand; targets
in tiers down to the bottom line; concessions that shrink and are always traded ("没有让步,
只有交换"), offered as "如果…我们可以…"; the interests behind the other side's positions and
their bottom line; preparation is 70 % of it. The concession ladder runs from the first
target down to our bottom line; each step is paired, in order, with a trade (what we ask
in exchange for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from generator.analysis.amounts import leading_amount
from generator.analysis.pricing import PricingSummary, summarise_pricing
from generator.models.brief import Brief, Contact, Objection, Trade
from generator.models.enums import KEY_ROLE, NegotiationRole, Role, Stage

ESSENTIAL_ROLES = (NegotiationRole("lead"), NegotiationRole("decision"))
"""Roles a team should fill: someone leads the talks, someone can say yes (or decides to walk away)."""


@dataclass(frozen=True)
class Rung:
    """A position on the ladder: a target tier (index into `targets`) or our bottom line (index None)."""

    index: int | None
    text: str
    amount: Decimal | None

    @property
    def is_bottom_line(self) -> bool:
        """Return True for the last rung, our bottom line."""
        return self.index is None


@dataclass(frozen=True)
class Step:
    """One concession: from a rung to the next, what it costs us, and the trade asked for it."""

    number: int  # 1-based
    start: Rung
    end: Rung
    amount: Decimal | None  # start − end; None when either rung names no amount
    share: Decimal | None  # amount as a fraction of the first target
    trade: Trade | None
    trade_index: int | None
    breaks: tuple[str, ...] = ()  # "below_bottom_line", "rises", "grows"


@dataclass(frozen=True)
class Stance:
    """A person of the buying centre as the negotiation sees them."""

    index: int
    contact: Contact
    key: bool  # the key person of the stage, or a decision maker


@dataclass(frozen=True)
class NegotiationPlan:
    """Everything the negotiation plan shows."""

    stage: Stage | None
    team: tuple
    missing_roles: tuple[NegotiationRole, ...]
    quote: PricingSummary | None
    rungs: tuple[Rung, ...]
    steps: tuple[Step, ...]
    offers: tuple[Trade, ...]  # trades with both sides: the "如果…我们可以…" sentences
    spare_trades: tuple[Trade, ...]  # trades beyond the ladder's steps
    bottom_line: Decimal | None
    their_interests: tuple[str, ...]
    their_bottom_line: Decimal | None
    alternatives: tuple[str, ...]
    objections: tuple[Objection, ...]
    stances: tuple[Stance, ...]

    @property
    def zone(self) -> tuple[Decimal, Decimal] | None:
        """Return (our bottom line, their estimated bottom line) when a deal fits between them, else None."""
        if self.bottom_line is None or self.their_bottom_line is None or self.their_bottom_line < self.bottom_line:
            return None
        return self.bottom_line, self.their_bottom_line

    @property
    def no_zone(self) -> bool:
        """Return True when their estimated limit is below our bottom line (no deal on price alone)."""
        return (
            self.bottom_line is not None
            and self.their_bottom_line is not None
            and self.their_bottom_line < self.bottom_line
        )


def concession_ladder(brief: Brief) -> tuple[tuple[Rung, ...], tuple[Step, ...]]:
    """Return the ladder's rungs (targets, then the bottom line) and its steps, each with its breaks.

    A step breaks when its rung lies below the bottom line, when it goes up instead of down,
    or when it concedes more than the step before it (concessions must shrink).
    """
    negotiation = brief.negotiation
    if negotiation is None:
        return (), ()
    rungs = [Rung(i, t, leading_amount(t)) for i, t in enumerate(negotiation.targets)]
    bottom = negotiation.bottom_line
    if bottom is not None:
        rungs.append(Rung(None, "", bottom))
    first = next((r.amount for r in rungs if r.amount is not None), None)
    trades = list(negotiation.trades)
    steps: list[Step] = []
    previous: Decimal | None = None
    for number, (start, end) in enumerate(zip(rungs, rungs[1:]), start=1):
        amount = start.amount - end.amount if start.amount is not None and end.amount is not None else None
        breaks = []
        end_below = bottom is not None and end.amount is not None and not end.is_bottom_line and end.amount < bottom
        start_below = bottom is not None and start.amount is not None and start.amount < bottom
        if end_below:
            breaks.append("below_bottom_line")
        elif amount is not None and amount < 0 and not start_below:
            breaks.append("rises")
        elif amount is not None and previous is not None and previous > 0 and amount > previous:
            breaks.append("grows")
        share = amount / first if amount is not None and first else None
        index = number - 1 if number - 1 < len(trades) else None
        steps.append(
            Step(number, start, end, amount, share, trades[index] if index is not None else None, index, tuple(breaks))
        )
        if amount is not None:
            previous = amount
    return tuple(rungs), tuple(steps)


def negotiation_plan(brief: Brief) -> NegotiationPlan:
    """Return the negotiation plan of `brief` (sections without data come back empty)."""
    negotiation = brief.negotiation
    opportunity = brief.opportunity
    stage = opportunity.stage if opportunity else None
    pricing = brief.proposal.pricing if brief.proposal else None
    quote = summarise_pricing(pricing) if pricing and pricing.items else None
    rungs, steps = concession_ladder(brief)
    team = tuple(negotiation.team) if negotiation else ()
    roles = {m.role for m in team}
    missing = tuple(r for r in ESSENTIAL_ROLES if r not in roles) if team else ESSENTIAL_ROLES
    trades = list(negotiation.trades) if negotiation else []
    spare = tuple(trades[len(steps) :])
    key_role = KEY_ROLE.get(stage) if stage else None
    stances = tuple(
        Stance(i, c, (key_role is not None and key_role in c.roles) or Role("decision_maker") in c.roles)
        for i, c in enumerate(brief.contacts)
    )
    return NegotiationPlan(
        stage=stage,
        team=team,
        missing_roles=missing,
        quote=quote,
        rungs=rungs,
        steps=steps,
        offers=tuple(t for t in trades if t.give and t.get),
        spare_trades=spare,
        bottom_line=negotiation.bottom_line if negotiation else None,
        their_interests=tuple(negotiation.their_interests) if negotiation else (),
        their_bottom_line=negotiation.their_bottom_line if negotiation else None,
        alternatives=tuple(negotiation.alternatives) if negotiation else (),
        objections=tuple(brief.objections),
        stances=stances,
    )
