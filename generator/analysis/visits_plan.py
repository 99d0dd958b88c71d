"""A whole visit plan: tiers for every customer, the schedule, and each visit's call plan.

Pure apart from the holiday tables of the `holidays` library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analysis.account_plan import open_goals, policy_for, status_of, unplanned_initiatives, win_back_steps
from generator.analysis.call_plan import CallPlan, call_plan
from generator.analysis.care import VISIT, CareDay, care_between
from generator.analysis.grading import Customer, grade_customers
from generator.analysis.visits import (
    CARE,
    INITIATIVE,
    REACTIVATE,
    WIN_BACK,
    Account,
    Dated,
    PlannedVisit,
    Schedule,
    Settings,
    plan_visits,
)
from generator.analysis.workdays import WorkCalendar
from generator.models.brief import Brief, CompanyCalendar
from generator.models.enums import Tier


@dataclass(frozen=True)
class PlanCustomer:
    """A customer in the plan: its brief, where it came from, and its tier."""

    brief: Brief
    source: str
    tier: Tier
    tier_by_hand: bool

    @property
    def name(self) -> str:
        """Return the customer's name as the plan shows it (short name when there is one)."""
        return self.brief.account.short_name or self.brief.account.name


@dataclass(frozen=True)
class PlanEntry:
    """One visit with its customer and call plan."""

    visit: PlannedVisit
    customer: PlanCustomer
    plan: CallPlan


@dataclass(frozen=True)
class Greeting:
    """A care occasion in the window to greet the customer on (a call, a message, a card)."""

    date: dt.date
    customer: int  # index into the plan's customers
    care: CareDay


@dataclass(frozen=True)
class VisitPlan:
    """Everything the Word, Excel and calendar renderers need."""

    settings: Settings
    language: str
    country: str
    calendar: WorkCalendar
    customers: tuple[PlanCustomer, ...]
    schedule: Schedule
    entries: tuple[PlanEntry, ...]
    greetings: tuple[Greeting, ...] = ()

    def weeks(self) -> list[tuple[int, dt.date, dt.date, list[PlanEntry]]]:
        """Return (week number from 1, Monday, Sunday, entries) for every week of the window."""
        out = []
        for number, (first, _visits) in enumerate(self.schedule.by_week(), start=1):
            last = first + dt.timedelta(days=6)
            out.append((number, first, last, [e for e in self.entries if first <= e.visit.date <= last]))
        return out


def tiers_of(briefs: Sequence[Brief]) -> list[tuple[Tier, bool]]:
    """Return (tier, set by hand) per brief: `account.tier` when given, else the pyramid's default grading."""
    grades = grade_customers([Customer(b.account.name, b.account.annual_value, b.account.tier) for b in briefs])
    return [(g.tier, g.by_hand) for g in grades]


def make_plan(
    customers: Sequence[tuple[Brief, str]],
    settings: Settings,
    *,
    language: str,
    country: str,
    company: CompanyCalendar | None = None,
) -> VisitPlan:
    """Return the visit plan of `customers` ((brief, source) pairs) for the window in `settings`, on the
    working days of `country` with the `company` calendar's days off and extra workdays on top."""
    briefs = [brief for brief, _source in customers]
    planned = tuple(
        PlanCustomer(brief, source, tier, by_hand)
        for (brief, source), (tier, by_hand) in zip(customers, tiers_of(briefs))
    )
    calendar = WorkCalendar(
        country,
        settings.start,
        settings.end,
        language,
        company_holidays=frozenset(company.holidays) if company else frozenset(),
        company_workdays=frozenset(company.workdays) if company else frozenset(),
    )
    greetings: list[Greeting] = []
    accounts = []
    for index, customer in enumerate(planned):
        account, greet = _account(customer, settings)
        accounts.append(account)
        greetings += [Greeting(day.date, index, day) for day in greet]
    if settings.meeting is None:
        settings = _meeting_from_plans(planned, settings)
    schedule = plan_visits(accounts, settings, calendar.is_working_day)
    entries = []
    for visit in schedule.visits:
        customer = planned[visit.account]
        plan = call_plan(
            customer.brief,
            visit.date,
            senior=visit.senior,
            invite=settings.meeting if visit.invite else None,
            logged=visit.logged,
            previous=visit.previous.date if visit.previous else None,
            dated=visit.dated,
            goals=open_goals(customer.brief, visit.date),
            unplanned=unplanned_initiatives(customer.brief, customer.tier),
        )
        entries.append(PlanEntry(visit, customer, plan))
    greetings.sort(key=lambda g: (g.date, g.customer))
    return VisitPlan(settings, language, country, calendar, planned, schedule, tuple(entries), tuple(greetings))


def _account(customer: PlanCustomer, settings: Settings) -> tuple[Account, list[CareDay]]:
    """Return what scheduling needs of a customer, with its account plan's dated visits, and the
    care days in the window that are greetings rather than visits.

    A lost account gets the win-back sequence instead of the regular cadence; a dormant one a
    reactivation visit and its follow-up; care occasions of a key account are visits on their day;
    initiatives dated in the window are visits (a senior visit for `senior_visit`); the tier's policy
    sets how often senior management visits.
    """
    brief = customer.brief
    status = status_of(brief.account).value
    dated: list[Dated] = []
    greet: list[CareDay] = []
    for day in care_between(brief, settings.start, settings.end, key_account=customer.tier.value == "key"):
        if day.action == VISIT and status == "active":
            dated.append(Dated(day.date, CARE, detail=day))
        else:
            greet.append(day)
    if status != "active":
        reason = WIN_BACK if status == "lost" else REACTIVATE
        for step in win_back_steps(brief, settings.start):
            if step.key != "winback.reactivate_call":  # a call, not a visit: it is the visit's first objective
                dated.append(Dated(step.date, reason, detail=step))
    for item in brief.plan.initiatives if brief.plan else []:
        if item.date is not None and item.kind is not None and item.kind.value != "annual_meeting":
            dated.append(Dated(item.date, INITIATIVE, senior=item.kind.value == "senior_visit", detail=item))
    policy = policy_for(customer.tier, brief.seller)
    return Account(
        brief.account.name,
        customer.tier,
        tuple(brief.visits),
        tuple(dated),
        cadence=status != "lost",
        senior_per_year=policy.senior_visits,
    ), greet


def _meeting_from_plans(planned: Sequence[PlanCustomer], settings: Settings) -> Settings:
    """Return the settings with the annual key-account meeting set from the first key account plan that dates it in the window."""
    import dataclasses

    for customer in planned:
        plan = customer.brief.plan
        for item in plan.initiatives if plan else []:
            if (
                item.kind is not None
                and item.kind.value == "annual_meeting"
                and item.date
                and settings.start <= item.date <= settings.end
            ):
                return dataclasses.replace(settings, meeting=item.date)
    return settings
