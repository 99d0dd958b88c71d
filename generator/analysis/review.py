"""The sales director's weekly review: one row per deal, what a pipeline meeting looks at.

Pure: briefs in, rows out. Each row carries the deal's size with tax, its stage and decision
date, the four questions, the key person of the stage and our relationship with them, the
coach's findings by severity, the last and next visit and what is overdue after signing.
Rows are sorted by amount (largest first) and then by risk (most serious findings first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from generator.analysis.after_sale import after_sale
from generator.analysis.coach.check import check_brief
from generator.analysis.coach.registry import Finding, Severity
from generator.analysis.pricing import summarise_pricing
from generator.models.brief import Brief, Contact
from generator.models.enums import KEY_ROLE, Answer, Role, Stage, Tier

QUESTIONS = ("opportunity", "proposal", "winnable", "worth_winning")


@dataclass(frozen=True)
class ReviewRow:
    """One deal as the weekly review shows it."""

    source: str
    brief: Brief
    customer: str
    opportunity: str | None
    tier: Tier | None
    stage: Stage | None
    amount: Decimal | None  # the proposal's total with tax; else the budget
    amount_is_budget: bool
    currency: str
    decision_date: dt.date | None
    answers: tuple[Answer | None, ...]  # in QUESTIONS order
    key_role: Role | None
    key_people: tuple[Contact, ...]
    findings: tuple[Finding, ...]  # most serious first
    last_visit: dt.date | None
    next_visit: dt.date | None
    overdue: Decimal | None  # None when the account records no receivables
    open_complaints: int
    decision_passed: bool

    def count(self, severity: Severity) -> int:
        """Return how many findings have `severity`."""
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def top(self) -> Finding | None:
        """Return the most serious finding (the first), or None when the coach found nothing."""
        return self.findings[0] if self.findings else None

    @property
    def risk(self) -> tuple[int, int, int]:
        """Return (errors, warnings, infos): compared as a tuple, larger is riskier."""
        return self.count(Severity.ERROR), self.count(Severity.WARNING), self.count(Severity.INFO)


def review_row(brief: Brief, source: str, today: dt.date) -> ReviewRow:
    """Return the review row of one brief as of `today`."""
    opportunity = brief.opportunity
    stage = opportunity.stage if opportunity else None
    pricing = brief.proposal.pricing if brief.proposal else None
    amount = summarise_pricing(pricing).total if pricing and pricing.items else None
    budget = opportunity.budget if opportunity else None
    assessment = opportunity.assessment if opportunity else None
    answers = tuple(
        (getattr(assessment, q).answer if assessment and getattr(assessment, q) else None) for q in QUESTIONS
    )
    role = KEY_ROLE.get(stage) if stage else None
    key_people = tuple(c for c in brief.contacts if role is not None and role in c.roles)
    done = [v.date for v in brief.visits if v.planned is not True and v.date <= today]
    ahead = [v.date for v in brief.visits if v.date > today or (v.planned is True and v.date >= today)]
    state = after_sale(brief.account, today)
    decision = opportunity.decision_date if opportunity else None
    return ReviewRow(
        source=source,
        brief=brief,
        customer=brief.account.name,
        opportunity=opportunity.name if opportunity else None,
        tier=brief.account.tier,
        stage=stage,
        amount=amount if amount is not None else budget,
        amount_is_budget=amount is None and budget is not None,
        currency=brief.currency,
        decision_date=decision,
        answers=answers,
        key_role=role,
        key_people=key_people,
        findings=tuple(check_brief(brief, today)),
        last_visit=max(done) if done else None,
        next_visit=min(ahead) if ahead else None,
        overdue=state.overdue_total if brief.account.receivables else None,
        open_complaints=len(state.open_complaints),
        decision_passed=decision is not None and decision < today and stage != Stage("implementation"),
    )


def review_rows(briefs: Iterable[tuple[Brief, str]], today: dt.date) -> list[ReviewRow]:
    """Return the review rows of (brief, source) pairs: largest amount first, then riskiest, then by name."""
    rows = [review_row(brief, source, today) for brief, source in briefs]

    def order(row: ReviewRow):
        errors, warnings, infos = row.risk
        return (row.amount is None, -(row.amount or 0), -errors, -warnings, -infos, row.customer, row.source)

    return sorted(rows, key=order)
