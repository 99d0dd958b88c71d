"""Coach rules on key-account care: keep visiting (不停地晃) and watch the ten health checks (DOMAIN §3, §5)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.coach.registry import INFO, WARNING, Context, Finding, Label, finding
from generator.models.brief import HEALTH_CHECKS, Brief

VISIT_INTERVAL_DAYS = 90
"""A key account with no visit for longer than this is flagged."""

HEALTHY_SCORE = 5
"""Fewer true health checks than this is a weak relationship."""


def is_key_account(brief: Brief) -> bool:
    """Return True when the brief marks its account as a key account (tier: key)."""
    return brief.account.tier is not None and brief.account.tier.value == "key"


def key_account_unvisited(context: Context) -> Iterable[Finding]:
    """Flag a key account whose last visit is more than 90 days before today (or that was never visited).

    A visit counts when it took place: not marked planned and dated today or earlier. A
    planned visit ahead softens the finding to info, since the gap is already being closed.
    """
    brief, today = context.brief, context.today
    if not is_key_account(brief):
        return
    done = [(v.date, i) for i, v in enumerate(brief.visits) if v.planned is not True and v.date <= today]
    ahead = sorted(v.date for v in brief.visits if v.date > today or (v.planned and v.date >= today))
    if done:
        last, index = max(done)
        days = (today - last).days
        if days <= VISIT_INTERVAL_DAYS:
            return
        loc: tuple[str | int, ...] = ("visits", index, "date")
        name, values = "key_account_unvisited", {"last": last, "days": days}
    else:
        name, loc, values = "key_account_never_visited", ("account", "tier"), {}
    if ahead:
        yield finding(
            "key-account-unvisited",
            INFO,
            name + "_planned",
            loc,
            "key_account_unvisited.action_planned",
            planned=ahead[0],
            limit=VISIT_INTERVAL_DAYS,
            **values,
        )
    else:
        yield finding(
            "key-account-unvisited",
            WARNING,
            name,
            loc,
            "key_account_unvisited.action",
            limit=VISIT_INTERVAL_DAYS,
            **values,
        )


def weak_relationship_health(context: Context) -> Iterable[Finding]:
    """Flag a key account with fewer than 5 of the ten health checks true, or with the checks never assessed."""
    account = context.brief.account
    if not is_key_account(context.brief):
        return
    health = account.relationship_health
    if health is None or health.answered == 0:
        loc = ("account", "relationship_health") if health is not None else ("account", "tier")
        yield finding(
            "weak-relationship-health",
            INFO,
            "relationship_health_unassessed",
            loc,
            "weak_relationship_health.action_assess",
        )
        return
    if health.score >= HEALTHY_SCORE:
        return
    unmet = [Label(f"check.health_{name}") for name in HEALTH_CHECKS if getattr(health, name) is not True]
    yield finding(
        "weak-relationship-health",
        WARNING,
        "weak_relationship_health",
        ("account", "relationship_health"),
        score=health.score,
        needed=HEALTHY_SCORE,
        unmet=unmet,
    )


RULES = [key_account_unvisited, weak_relationship_health]
