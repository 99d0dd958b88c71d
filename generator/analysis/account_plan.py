"""The key-account plan for one year (大客户经营计划), from the facts of the brief.

Pure: reads the brief, returns figures (Decimal), dates and label keys (namespace `plan`)
with their values; the renderer puts them into words. The coach's account-plan rules use
the same measures (share of wallet, profit, owners, products, goals), so a document and a
note never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.analysis.call_plan import STAGE_ACTIVITIES, Line, key_people, relationship_target
from generator.analysis.care import CareDay, care_calendar
from generator.analysis.health import assess_health
from generator.models.account_plan import Initiative, TierPolicy
from generator.models.brief import Account, Brief, Contact, Seller
from generator.models.enums import (
    RELATIONSHIP_ORDER,
    AccountStatus,
    ChannelKind,
    GrowthStatus,
    InitiativeKind,
    Level,
    RelationshipStage,
    Role,
    Tier,
)

ZERO = Decimal(0)
SHARE_LOW = Decimal(1) / Decimal(3)
"""A key account buying less than a third of its wallet from us has room to grow (客户占比最大化)."""
OWNER_YEARS = 3
"""Keep the same account manager three years (三年不换人)."""
HEALTHY_SCORE = 5


# The built-in service policy per tier: the ten rules for key accounts and the methods for
# ordinary and small customers (DOMAIN §4, §5). Rules are label keys.
BUILTIN_POLICY: dict[str, tuple[tuple[str, ...], int, tuple[str, ...]]] = {
    "key": (
        (
            "policy.key.supply_first",
            "policy.key.everyone",
            "policy.key.pilot",
            "policy.key.follow_pr",
            "policy.key.senior_visits",
            "policy.key.co_design",
            "policy.key.ask_about_staff",
            "policy.key.rewards",
            "policy.key.information",
            "policy.key.annual_meeting",
        ),
        4,
        ("pilot", "co_design", "reward", "senior_visit", "annual_meeting"),
    ),
    "ordinary": (
        (
            "policy.ordinary.monthly",
            "policy.ordinary.standard_service",
            "policy.ordinary.grow",
            "policy.ordinary.promotions",
        ),
        0,
        ("joint_promotion", "training"),
    ),
    "small": (
        ("policy.small.low_cost", "policy.small.quarterly", "policy.small.standard", "policy.small.profit"),
        0,
        (),
    ),
}

# The 4R of winning a lost customer back: find the reason, apologise or fix, make an offer, follow up.
WIN_BACK_STEPS = (("winback.reason", 7), ("winback.repair", 14), ("winback.offer", 30), ("winback.retain", 60))
REACTIVATION_STEPS = (("winback.reactivate_call", 7), ("winback.reactivate_visit", 14), ("winback.retain", 45))

SWITCHING_IDEAS = (
    "bond.integration",
    "bond.certified_staff",
    "bond.long_contract",
    "bond.consignment_stock",
    "bond.programme",
)


@dataclass(frozen=True)
class Share:
    """A value to show as a percentage (a Decimal alone is shown as money)."""

    value: Decimal


# --- measures shared with the coach --------------------------------------------------------


def share_of_wallet(account: Account) -> Decimal | None:
    """Return what the account buys from us over what it spends on what we sell, or None when either is unknown."""
    if account.annual_value is None or not account.wallet:
        return None
    return account.annual_value / account.wallet


def gross_profit(account: Account) -> Decimal | None:
    """Return annual value × gross margin − cost to serve, or None without a value and a margin."""
    if account.annual_value is None or account.gross_margin is None:
        return None
    return account.annual_value * account.gross_margin - (account.cost_to_serve or ZERO)


def is_key(brief: Brief, tier: Tier | None = None) -> bool:
    """Return True for a key account (the tier given, else the brief's own)."""
    tier = tier or brief.account.tier
    return tier is not None and tier.value == "key"


def status_of(account: Account) -> AccountStatus:
    """Return the account's status; an account with a `lost` record and no status counts as lost."""
    if account.status is not None:
        return account.status
    return AccountStatus("lost") if account.lost is not None else AccountStatus("active")


def owners_within(account: Account, today: dt.date, years: int = OWNER_YEARS) -> list[str]:
    """Return the account managers who held the account in the last `years` years (earliest first), the owner last."""
    since = _years_before(today, years)
    earlier = sorted(
        (p for p in account.previous_owners if p.to is None or p.to >= since),
        key=lambda p: (p.from_ or dt.date.min, p.name),
    )
    names = [p.name for p in earlier]
    if account.owner is not None:
        names.append(account.owner.name)
    return names


def tenure_months(since: dt.date | None, today: dt.date) -> int | None:
    """Return the whole months from `since` to `today`, or None without a start."""
    if since is None:
        return None
    months = (today.year - since.year) * 12 + today.month - since.month - (today.day < since.day)
    return max(0, months)


def products_bought(brief: Brief) -> list[str]:
    """Return the distinct products the account has bought (deals in its history, won growth lines), in order."""
    seen: dict[str, str] = {}
    for deal in brief.account.history:
        if deal.description:
            seen.setdefault(deal.description.casefold(), deal.description)
    for line in brief.plan.growth if brief.plan else []:
        if line.status == GrowthStatus("won"):
            seen.setdefault(line.product.casefold(), line.product)
    return list(seen.values())


def open_growth(brief: Brief) -> list[Any]:
    """Return the plan's growth lines still to win (not won, not lost)."""
    if brief.plan is None:
        return []
    return [g for g in brief.plan.growth if g.status not in (GrowthStatus("won"), GrowthStatus("lost"))]


def actual_in(history: Sequence[Any], year: int) -> Decimal | None:
    """Return what the deals dated in `year` add up to, or None when the history has no dated deal at all."""
    dated = [d for d in history if d.date is not None and d.amount is not None]
    if not dated:
        return None
    return sum((d.amount for d in dated if d.date.year == year), ZERO)


def plan_year(brief: Brief, today: dt.date, year: int | None = None) -> int:
    """Return the year to plan: the one asked for, else the brief's plan year, else today's."""
    if year is not None:
        return year
    return brief.plan.year if brief.plan else today.year


def plan_is_current(brief: Brief, today: dt.date) -> bool:
    """Return True when the brief has a plan for today's year (or, from October, for next year: planning season)."""
    if brief.plan is None:
        return False
    return brief.plan.year == today.year or (today.month >= 10 and brief.plan.year == today.year + 1)


def policy_for(tier: Tier, seller: Seller | None) -> Policy:
    """Return the service policy of `tier`: the seller file's own where it gives one, else kam's built-in."""
    rules, senior, kinds = BUILTIN_POLICY[tier.value]
    builtin = Policy(tier, tuple(Line(k) for k in rules), senior, tuple(InitiativeKind(k) for k in kinds), False)
    own: TierPolicy | None = seller.service_policy.get(tier) if seller else None
    if own is None:
        return builtin
    return Policy(
        tier,
        tuple(Line("text", {"text": r}) for r in own.rules) or builtin.rules,
        own.senior_visits if own.senior_visits is not None else builtin.senior_visits,
        tuple(own.initiatives) if own.initiatives or own.rules else builtin.initiatives,
        True,
    )


# --- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """How a tier is served: the rules, senior visits a year, the initiatives every account of it gets."""

    tier: Tier
    rules: tuple[Line, ...]
    senior_visits: int
    initiatives: tuple[InitiativeKind, ...]
    from_seller: bool


@dataclass(frozen=True)
class Overview:
    """The account on one page."""

    tier: Tier
    status: AccountStatus
    owner: str | None
    owner_since: dt.date | None
    tenure_months: int | None
    owners_in_three_years: tuple[str, ...]
    channel: Any
    annual_value: Decimal | None
    wallet: Decimal | None
    share: Decimal | None
    gross_margin: Decimal | None
    cost_to_serve: Decimal | None
    profit: Decimal | None
    loyalty: Any
    health_score: int | None
    customer_since: dt.date | None


@dataclass(frozen=True)
class Target:
    """This year's target against last year's actual, and what growth covers of the gap."""

    year: int
    target: Decimal | None
    last_year: Decimal | None
    gap: Decimal | None  # target − last year (None without both)
    growth_total: Decimal  # potential of the lines not lost
    won_total: Decimal
    uncovered: Decimal | None  # gap − growth_total when positive, else 0
    share_target: Decimal | None
    share_at_target: Decimal | None  # target / wallet


@dataclass(frozen=True)
class GoalRow:
    """One person's relationship goal for the year."""

    contact: Contact
    current: RelationshipStage | None
    start: RelationshipStage | None  # the goal's `from`, else the contact's stage today
    target: RelationshipStage
    by: dt.date | None
    activities: tuple[Line, ...]
    suggested_activities: bool  # the seeds' activities, since the brief gives none
    suggested_goal: bool  # a key person without a goal in the brief
    reached: bool
    overdue: bool


@dataclass(frozen=True)
class InitiativeRow:
    """An initiative on the calendar (or one the tier's policy asks for that is not planned yet)."""

    kind: InitiativeKind | None
    name: str | None
    date: dt.date | None
    owner: str | None
    planned: bool = True


@dataclass(frozen=True)
class WinBackStep:
    """A step of the win-back (or reactivation) sequence, with the date to do it by."""

    key: str
    date: dt.date
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountPlan:
    """Everything the plan document shows, computed."""

    brief: Brief
    year: int
    today: dt.date
    overview: Overview
    target: Target
    growth: tuple[Any, ...]
    products: tuple[str, ...]  # what the account has bought so far (一人多产品)
    goals: tuple[GoalRow, ...]
    policy: Policy
    initiatives: tuple[InitiativeRow, ...]
    care: tuple[CareDay, ...]
    bonds: tuple[str, ...]
    programme: Any
    switching_ideas: tuple[Line, ...]
    risks: tuple[Line, ...]
    win_back: tuple[WinBackStep, ...]


def account_plan(brief: Brief, today: dt.date, *, year: int | None = None, tier: Tier | None = None) -> AccountPlan:
    """Return the account plan of `brief` for `year` (default: its plan's year, else today's).

    `tier` is the account's tier when grading set it (default: the brief's, else key: a
    plan is written for a key account).
    """
    account = brief.account
    year = plan_year(brief, today, year)
    tier = tier or account.tier or Tier("key")
    status = status_of(account)
    health = assess_health(account)
    overview = Overview(
        tier=tier,
        status=status,
        owner=account.owner.name if account.owner else None,
        owner_since=account.owner.since if account.owner else None,
        tenure_months=tenure_months(account.owner.since if account.owner else None, today),
        owners_in_three_years=tuple(owners_within(account, today)),
        channel=account.channel,
        annual_value=account.annual_value,
        wallet=account.wallet,
        share=share_of_wallet(account),
        gross_margin=account.gross_margin,
        cost_to_serve=account.cost_to_serve,
        profit=gross_profit(account),
        loyalty=account.loyalty,
        health_score=health.score if health.assessed else None,
        customer_since=account.customer_since,
    )
    plan = brief.plan if brief.plan and brief.plan.year == year else None
    growth = tuple(plan.growth) if plan else ()
    policy = policy_for(tier, brief.seller)
    return AccountPlan(
        brief=brief,
        year=year,
        today=today,
        overview=overview,
        target=_target(brief, plan, year),
        growth=growth,
        products=tuple(products_bought(brief)),
        goals=tuple(relationship_plan(brief, today, plan)),
        policy=policy,
        initiatives=tuple(_initiatives(plan.initiatives if plan else [], policy, status)),
        care=tuple(care_calendar(brief, year, key_account=is_key(brief, tier))),
        bonds=tuple(account.bonds),
        programme=account.programme,
        switching_ideas=tuple(Line(k) for k in SWITCHING_IDEAS) if len(account.bonds) < 2 else (),
        risks=tuple(_risks(brief, today, tier, overview, plan)),
        win_back=tuple(win_back_steps(brief, today, status)),
    )


def _target(brief: Brief, plan: Any, year: int) -> Target:
    target = plan.target if plan else None
    last = actual_in(brief.account.history, year - 1)
    gap = target - last if target is not None and last is not None else (target if target is not None else None)
    lines = plan.growth if plan else []
    growth_total = sum(
        (g.potential for g in lines if g.potential is not None and g.status != GrowthStatus("lost")), ZERO
    )
    won_total = sum((g.potential for g in lines if g.potential is not None and g.status == GrowthStatus("won")), ZERO)
    uncovered = max(ZERO, gap - growth_total) if gap is not None else None
    wallet = brief.account.wallet
    return Target(
        year,
        target,
        last,
        gap,
        growth_total,
        won_total,
        uncovered,
        plan.share_target if plan else None,
        target / wallet if target is not None and wallet else None,
    )


def relationship_plan(brief: Brief, today: dt.date, plan: Any = None) -> list[GoalRow]:
    """Return the relationship goals: the plan's own (activities filled in from the target stage where it
    gives none), then each key person still short of their target stage with a suggested goal."""
    plan = plan if plan is not None else brief.plan
    rows = []
    covered = set()
    for goal in plan.relationships if plan else []:
        contact = brief.contact(goal.contact)
        if contact is None:
            continue
        covered.add(contact.id)
        rows.append(_goal_row(contact, goal.from_, goal.to, goal.by, goal.activities, today, suggested_goal=False))
    keys = key_people(brief, brief.opportunity.stage if brief.opportunity else None)
    for contact in brief.contacts:
        if contact.id in covered:
            continue
        key = contact in keys or contact.level == Level("decision") or Role("decision_maker") in contact.roles
        if not key and not contact.coach:
            continue
        current = contact.relationship
        position = RELATIONSHIP_ORDER.index(current) if current else -1
        target = max(
            relationship_target(contact, key),
            RELATIONSHIP_ORDER[min(position + 1, len(RELATIONSHIP_ORDER) - 1)],
            key=RELATIONSHIP_ORDER.index,
        )
        if current is not None and RELATIONSHIP_ORDER.index(target) <= position:
            continue
        rows.append(_goal_row(contact, current, target, None, [], today, suggested_goal=True))
    return rows


def _goal_row(
    contact: Contact,
    start: RelationshipStage | None,
    target: RelationshipStage,
    by: dt.date | None,
    activities: Sequence[str],
    today: dt.date,
    *,
    suggested_goal: bool,
) -> GoalRow:
    current = contact.relationship
    reached = current is not None and RELATIONSHIP_ORDER.index(current) >= RELATIONSHIP_ORDER.index(target)
    given = tuple(Line("text", {"text": a}) for a in activities)
    return GoalRow(
        contact=contact,
        current=current,
        start=start or current,
        target=target,
        by=by,
        activities=given or tuple(Line(k) for k in STAGE_ACTIVITIES[target.value]),
        suggested_activities=not given,
        suggested_goal=suggested_goal,
        reached=reached,
        overdue=not reached and by is not None and by < today,
    )


def open_goals(brief: Brief, day: dt.date) -> list[GoalRow]:
    """Return the brief's own relationship goals not reached yet, soonest first (the seeds' activities filled in)."""
    if brief.plan is None:
        return []
    rows = [r for r in relationship_plan(brief, day) if not r.suggested_goal and not r.reached]
    return sorted(rows, key=lambda r: (r.by is None, r.by or dt.date.max))


def unplanned_initiatives(brief: Brief, tier: Tier | None = None) -> list[InitiativeKind]:
    """Return the initiatives the tier's policy asks for that the brief's plan has none of (none without a plan)."""
    tier = tier or brief.account.tier
    if brief.plan is None or tier is None or status_of(brief.account) != AccountStatus("active"):
        return []
    kinds = {i.kind for i in brief.plan.initiatives}
    return [k for k in policy_for(tier, brief.seller).initiatives if k not in kinds]


def overdue_goals(brief: Brief, today: dt.date) -> list[tuple[int, GoalRow]]:
    """Return (index in plan.relationships, row) for each goal past its date whose person is not there yet."""
    if brief.plan is None:
        return []
    out = []
    for index, goal in enumerate(brief.plan.relationships):
        contact = brief.contact(goal.contact)
        if contact is None:
            continue
        row = _goal_row(contact, goal.from_, goal.to, goal.by, goal.activities, today, suggested_goal=False)
        if row.overdue:
            out.append((index, row))
    return out


def _initiatives(planned: Sequence[Initiative], policy: Policy, status: AccountStatus) -> list[InitiativeRow]:
    rows = [InitiativeRow(i.kind, i.name, i.date, i.owner) for i in planned]
    rows.sort(key=lambda r: (r.date is None, r.date or dt.date.min, r.name or ""))
    if status == AccountStatus("active"):
        kinds = {i.kind for i in planned}
        rows += [
            InitiativeRow(kind, None, None, None, planned=False) for kind in policy.initiatives if kind not in kinds
        ]
    return rows


def win_back_steps(brief: Brief, today: dt.date, status: AccountStatus | None = None) -> list[WinBackStep]:
    """Return the win-back sequence of a lost account (4R) or the reactivation of a dormant one, dated from today;
    none for an active account."""
    status = status or status_of(brief.account)
    if status == AccountStatus("active"):
        return []
    lost = brief.account.lost
    values = {"reason": (lost.reason if lost else None) or "", "competitor": (lost.competitor if lost else None) or ""}
    steps = WIN_BACK_STEPS if status == AccountStatus("lost") else REACTIVATION_STEPS
    return [WinBackStep(key, today + dt.timedelta(days=days), values) for key, days in steps]


def has_win_back(brief: Brief, today: dt.date) -> bool:
    """Return True when a lost account has a win-back initiative or a visit planned from today."""
    plan = brief.plan
    if plan and any(i.kind == InitiativeKind("win_back") for i in plan.initiatives):
        return True
    return any(v.date >= today and v.planned is not False for v in brief.visits)


def _risks(brief: Brief, today: dt.date, tier: Tier, overview: Overview, plan: Any) -> list[Line]:
    account = brief.account
    out = []
    if overview.status != AccountStatus("active"):
        lost = account.lost
        out.append(
            Line(
                f"risk.{overview.status.value}",
                {
                    "date": lost.date if lost and lost.date else None,
                    "reason": (lost.reason if lost else None) or "",
                    "competitor": (lost.competitor if lost else None) or "",
                },
            )
        )
    if overview.profit is not None and overview.profit < 0:
        out.append(Line("risk.unprofitable", {"profit": overview.profit}))
    if overview.share is not None and overview.share < SHARE_LOW and tier.value == "key":
        out.append(Line("risk.share_low", {"share": Share(overview.share), "limit": Share(SHARE_LOW)}))
    if plan is not None and plan.target is not None:
        target = _target(brief, plan, plan.year)
        if target.uncovered:
            out.append(Line("risk.gap_uncovered", {"amount": target.uncovered}))
    if len(overview.owners_in_three_years) > 1:
        out.append(Line("risk.owner_churn", {"names": list(overview.owners_in_three_years), "years": OWNER_YEARS}))
    products = products_bought(brief)
    if tier.value == "key" and brief.account.history and len(products) <= 1:
        out.append(Line("risk.single_product", {"product": products[0] if products else ""}))
    for _index, row in overdue_goals(brief, today):
        out.append(Line("risk.goal_overdue", {"name": row.contact.name, "stage": row.target, "date": row.by}))
    return out + _relationship_risks(brief, tier, overview)


def _relationship_risks(brief: Brief, tier: Tier, overview: Overview) -> list[Line]:
    """Return the risks in the people and the bonds: weak health, opponents, price comparers, competitors, no bonds."""
    account = brief.account
    out = []
    if overview.health_score is not None and overview.health_score < HEALTHY_SCORE:
        out.append(Line("risk.weak_health", {"score": overview.health_score}))
    for contact in brief.contacts:
        if contact.attitude is not None and contact.attitude.value == "opponent" and contact.level == Level("decision"):
            out.append(Line("risk.opponent", {"name": contact.name}))
    if account.loyalty is not None and account.loyalty.value == "price_comparer":
        out.append(Line("risk.price_comparer"))
    for competitor in brief.opportunity.competitors if brief.opportunity else []:
        if competitor.in_use_at_customer:
            out.append(
                Line("risk.competitor_in_use", {"name": competitor.name, "where": competitor.in_use_at_customer})
            )
    channel = account.channel
    if channel is not None and channel.kind not in (None, ChannelKind("direct")) and channel.registered is None:
        out.append(Line("risk.unregistered", {"partner": channel.partner or ""}))
    if not account.bonds and tier.value == "key":
        out.append(Line("risk.no_bonds"))
    return out


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return dt.date(day.year - years, 2, 28)
