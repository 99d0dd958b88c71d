"""Coach rules after the proposal: the negotiation (a ladder that shrinks and stays above the
bottom line, a team with roles) and the signed account (receivables, complaints, satisfaction).
DOMAIN §1 winning commitment and referral, §5 the complaint flow."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from generator.analysis.after_sale import COMPLAINT_DAYS, SATISFACTION_MONTHS, after_sale
from generator.analysis.coach.registry import ERROR, INFO, WARNING, Context, Finding, Percent, finding
from generator.analysis.negotiation import concession_ladder
from generator.models.enums import NegotiationRole

OVERDUE_ERROR_DAYS = 90
"""A receivable overdue longer than this is an error: it is turning into a bad debt."""


def concession_ladder_broken(context: Context) -> Iterable[Finding]:
    """Flag each step of the concession ladder that lands below our bottom line, goes up, or concedes
    more than the step before it (concessions shrink: 268万 → 255万 → 245万, never the other way)."""
    brief = context.brief
    _rungs, steps = concession_ladder(brief)
    growing = context.severity({"commitment": ERROR}, WARNING) or WARNING
    bottom = brief.negotiation.bottom_line if brief.negotiation else None
    for step in steps:
        loc = (
            ("negotiation", "targets", step.end.index)
            if not step.end.is_bottom_line
            else ("negotiation", "bottom_line")
        )
        target = step.end.text or ""
        if "below_bottom_line" in step.breaks:
            yield finding(
                "concession-ladder-broken",
                ERROR,
                "ladder_below_bottom_line",
                loc,
                number=step.number,
                target=target,
                amount=step.end.amount,
                bottom=bottom,
            )
        elif "rises" in step.breaks:
            yield finding(
                "concession-ladder-broken",
                growing,
                "ladder_rises",
                loc,
                "ladder_grows.action",
                number=step.number,
                target=target,
                amount=step.end.amount,
                previous=step.start.amount,
            )
        elif "grows" in step.breaks:
            before = steps[step.number - 2].amount
            yield finding(
                "concession-ladder-broken",
                growing,
                "ladder_grows",
                loc,
                number=step.number,
                step=step.amount,
                previous=before,
                share=Percent(step.share if step.share is not None else Decimal(0)),
            )


def no_negotiation_team(context: Context) -> Iterable[Finding]:
    """Flag a deal at the commitment stage with no negotiation team, or a team nobody leads."""
    if context.stage is None or context.stage.value != "commitment":
        return
    negotiation = context.brief.negotiation
    team = negotiation.team if negotiation else []
    if not team:
        loc = ("negotiation",) if negotiation is not None else ("opportunity", "stage")
        yield finding("no-negotiation-team", WARNING, "no_negotiation_team", loc, stage=context.stage)
    elif not any(m.role == NegotiationRole("lead") for m in team):
        yield finding(
            "no-negotiation-team",
            INFO,
            "negotiation_team_no_lead",
            ("negotiation", "team"),
            "no_negotiation_team.action_lead",
            names=[m.name for m in team],
        )


def receivable_overdue(context: Context) -> Iterable[Finding]:
    """Flag each receivable still (partly) unpaid after its due day; over 90 days it is an error."""
    state = after_sale(context.brief.account, context.today)
    for item in state.overdue:
        severity = ERROR if item.overdue_days > OVERDUE_ERROR_DAYS else WARNING
        yield finding(
            "receivable-overdue",
            severity,
            "receivable_overdue",
            ("account", "receivables", item.index, "due"),
            due=item.receivable.due,
            days=item.overdue_days,
            outstanding=item.outstanding,
            amount=item.receivable.amount,
        )


def complaint_open(context: Context) -> Iterable[Finding]:
    """Flag each complaint open for more than 14 days: the service loop has stalled."""
    state = after_sale(context.brief.account, context.today)
    for item in state.open_complaints:
        if item.stale:
            yield finding(
                "complaint-open",
                WARNING,
                "complaint_open",
                ("account", "complaints", item.index),
                issue=item.complaint.issue,
                date=item.complaint.date,
                days=item.age_days,
                limit=COMPLAINT_DAYS,
                owner=item.complaint.owner or "—",
            )


def satisfaction_unknown(context: Context) -> Iterable[Finding]:
    """Flag a key account that has bought from us with no satisfaction score in the last six months."""
    account = context.brief.account
    if account.tier is None or account.tier.value != "key":
        return
    if account.deal_status is not None and account.deal_status.value == "prospective":
        return
    state = after_sale(account, context.today)
    if not state.satisfaction_due:
        return
    latest = state.latest_satisfaction
    if latest is None:
        loc = ("account", "satisfaction") if account.satisfaction else ("account", "tier")
        yield finding(
            "satisfaction-unknown",
            INFO,
            "satisfaction_never",
            loc,
            "satisfaction_unknown.action",
            months=SATISFACTION_MONTHS,
        )
    else:
        index = account.satisfaction.index(latest)
        yield finding(
            "satisfaction-unknown",
            INFO,
            "satisfaction_stale",
            ("account", "satisfaction", index, "date"),
            "satisfaction_unknown.action",
            date=latest.date,
            score=latest.score,
            months=SATISFACTION_MONTHS,
        )


RULES = [concession_ladder_broken, no_negotiation_team, receivable_overdue, complaint_open, satisfaction_unknown]
