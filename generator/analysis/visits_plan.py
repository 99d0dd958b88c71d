"""A whole visit plan: tiers for every customer, the schedule, and each visit's call plan.

Pure apart from the holiday tables of the `holidays` library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from generator.analysis.call_plan import CallPlan, call_plan
from generator.analysis.grading import Customer, grade_customers
from generator.analysis.visits import Account, PlannedVisit, Schedule, Settings, plan_visits
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
class VisitPlan:
    """Everything the Word, Excel and calendar renderers need."""

    settings: Settings
    language: str
    country: str
    calendar: WorkCalendar
    customers: tuple[PlanCustomer, ...]
    schedule: Schedule
    entries: tuple[PlanEntry, ...]

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


def make_plan(customers: Sequence[tuple[Brief, str]], settings: Settings, *, language: str, country: str,
              company: CompanyCalendar | None = None) -> VisitPlan:
    """Return the visit plan of `customers` ((brief, source) pairs) for the window in `settings`, on the
    working days of `country` with the `company` calendar's days off and extra workdays on top."""
    briefs = [brief for brief, _source in customers]
    planned = tuple(PlanCustomer(brief, source, tier, by_hand)
                    for (brief, source), (tier, by_hand) in zip(customers, tiers_of(briefs)))
    calendar = WorkCalendar(country, settings.start, settings.end, language,
                            company_holidays=frozenset(company.holidays) if company else frozenset(),
                            company_workdays=frozenset(company.workdays) if company else frozenset())
    accounts = [Account(c.brief.account.name, c.tier, tuple(c.brief.visits)) for c in planned]
    schedule = plan_visits(accounts, settings, calendar.is_working_day)
    entries = []
    for visit in schedule.visits:
        customer = planned[visit.account]
        plan = call_plan(customer.brief, visit.date, senior=visit.senior,
                         invite=settings.meeting if visit.invite else None, logged=visit.logged,
                         previous=visit.previous.date if visit.previous else None)
        entries.append(PlanEntry(visit, customer, plan))
    return VisitPlan(settings, language, country, calendar, planned, schedule, tuple(entries))
