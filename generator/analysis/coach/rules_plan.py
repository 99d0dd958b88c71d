"""Coach rules on keeping and growing the account (DOMAIN §3–§5): a yearly plan, growth that covers the
target, share of wallet, profit after the cost to serve, one owner for three years, relationship
goals on time, win-back for lost accounts and more than one product for a key account.

The measures come from `analysis.account_plan`, so the plan document and the coach agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from generator.analysis.account_plan import (
    OWNER_YEARS,
    SHARE_LOW,
    actual_in,
    gross_profit,
    has_win_back,
    is_key,
    open_growth,
    overdue_goals,
    owners_within,
    plan_is_current,
    products_bought,
    share_of_wallet,
    status_of,
)
from generator.analysis.coach.registry import INFO, WARNING, Context, Finding, Label, Percent, finding
from generator.models.enums import AccountStatus, GrowthStatus

_TENTH = Decimal("0.001")  # shares shown to 0.1 %
ZERO = Decimal(0)


def _active(context: Context) -> bool:
    return status_of(context.brief.account) == AccountStatus("active")


def no_account_plan(context: Context) -> Iterable[Finding]:
    """Flag a key account (not lost) without a plan for this year (from October, next year's counts too)."""
    brief, today = context.brief, context.today
    if not is_key(brief) or status_of(brief.account) == AccountStatus("lost") or plan_is_current(brief, today):
        return
    if brief.plan is None:
        yield finding("no-account-plan", WARNING, "no_account_plan", ("account", "tier"), year=today.year)
    else:
        yield finding(
            "no-account-plan",
            WARNING,
            "account_plan_stale",
            ("plan", "year"),
            "no_account_plan.action",
            year=today.year,
            plan_year=brief.plan.year,
        )


def target_gap_uncovered(context: Context) -> Iterable[Finding]:
    """Flag a plan whose growth potential (lines not lost) is below the gap from last year's actual to the target."""
    plan = context.brief.plan
    if plan is None or plan.target is None:
        return
    last = actual_in(context.brief.account.history, plan.year - 1)
    last = last if last is not None else ZERO
    gap = plan.target - last
    if gap <= 0:
        return
    growth = sum(
        (g.potential for g in plan.growth if g.potential is not None and g.status != GrowthStatus("lost")), ZERO
    )
    if growth >= gap:
        return
    yield finding(
        "target-gap-uncovered",
        WARNING,
        "target_gap_uncovered",
        ("plan", "target"),
        target=plan.target,
        last=last,
        gap=gap,
        growth=growth,
        short=gap - growth,
    )


def share_of_wallet_low(context: Context) -> Iterable[Finding]:
    """Flag an active key account buying less than a third of its wallet from us."""
    account = context.brief.account
    share = share_of_wallet(account)
    if not is_key(context.brief) or share is None or share >= SHARE_LOW or not _active(context):
        return
    yield finding(
        "share-of-wallet-low",
        WARNING,
        "share_of_wallet_low",
        ("account", "wallet"),
        share=Percent(share.quantize(_TENTH)),
        limit=Percent(SHARE_LOW.quantize(_TENTH)),
        value=account.annual_value,
        wallet=account.wallet,
    )


def unprofitable_customer(context: Context) -> Iterable[Finding]:
    """Flag an account whose annual value × margin is below its cost to serve."""
    account = context.brief.account
    profit = gross_profit(account)
    if profit is None or profit >= 0 or account.gross_margin is None:
        return
    loc = ("account", "cost_to_serve") if account.cost_to_serve is not None else ("account", "gross_margin")
    yield finding(
        "unprofitable-customer",
        WARNING,
        "unprofitable_customer",
        loc,
        profit=profit,
        value=account.annual_value,
        margin=Percent(account.gross_margin),
        cost=account.cost_to_serve or ZERO,
    )


def owner_churn(context: Context) -> Iterable[Finding]:
    """Flag an account that had more than one account manager in the last three years (三年不换人)."""
    account = context.brief.account
    names = owners_within(account, context.today)
    if len(names) <= 1:
        return
    yield finding(
        "owner-churn",
        WARNING,
        "owner_churn",
        ("account", "previous_owners"),
        count=len(names),
        names=names,
        years=OWNER_YEARS,
    )


def relationship_goal_overdue(context: Context) -> Iterable[Finding]:
    """Flag each relationship goal past its date whose person has not reached the goal stage."""
    for index, row in overdue_goals(context.brief, context.today):
        yield finding(
            "relationship-goal-overdue",
            WARNING,
            "relationship_goal_overdue",
            ("plan", "relationships", index, "by"),
            name=row.contact.name,
            stage=row.target,
            current=row.current or Label("check.not_recorded"),
            date=row.by,
        )


def lost_without_winback(context: Context) -> Iterable[Finding]:
    """Flag a lost account with no win-back initiative in its plan and no visit planned."""
    brief = context.brief
    if status_of(brief.account) != AccountStatus("lost") or has_win_back(brief, context.today):
        return
    loc = ("account", "status") if brief.account.status is not None else ("account", "lost")
    lost = brief.account.lost
    yield finding(
        "lost-without-winback",
        WARNING,
        "lost_without_winback",
        loc,
        reason=(lost.reason if lost else None) or "",
        competitor=(lost.competitor if lost else None) or "",
    )


def single_product_key_account(context: Context) -> Iterable[Finding]:
    """Flag an active key account that has bought one product only and has no growth line for another (一人多产品)."""
    brief = context.brief
    if not is_key(brief) or not brief.account.history or not _active(context):
        return
    products = products_bought(brief)
    if len(products) > 1:
        return
    bought = {p.casefold() for p in products}
    others = [g for g in open_growth(brief) if g.product.casefold() not in bought]
    severity, name = (INFO, "single_product_growing") if others else (WARNING, "single_product_key_account")
    yield finding(
        "single-product-key-account",
        severity,
        name,
        ("account", "history"),
        "single_product_key_account.action",
        product=products[0] if products else "",
    )


RULES = [
    no_account_plan,
    target_gap_uncovered,
    share_of_wallet_low,
    unprofitable_customer,
    owner_churn,
    relationship_goal_overdue,
    lost_without_winback,
    single_product_key_account,
]
