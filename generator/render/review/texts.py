"""A review row in words, shared by the sheet and the Word pack so both say the same thing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.analysis.coach.registry import Severity
from generator.analysis.review import QUESTIONS, ReviewRow
from generator.i18n import Texts
from generator.models.enums import RELATIONSHIP_ORDER
from generator.render.check.report import finding_texts


@dataclass(frozen=True)
class RowText:
    """What the reader sees of one deal."""

    customer: str
    opportunity: str
    tier: str
    stage: str
    amount: str  # formatted, with "(budget)" when the amount is the budget
    decision: str
    answers: tuple[str, ...]  # the four answers in words ("" when unanswered)
    answer_codes: tuple[str, ...]  # yes | no | unknown | "" (for colours)
    key_person: str
    relationship: str  # the weakest relationship among the key people
    people: tuple[str, ...]  # each key person with their relationship
    top: str
    action: str
    findings: tuple[tuple[str, str, str], ...]  # (severity word, message, action), most serious first
    last_visit: str
    next_visit: str
    overdue: str
    complaints: str


def row_text(row: ReviewRow, language: str) -> RowText:
    """Return `row` in the words of `language` (money in the deal's currency)."""
    t = Texts(language, row.currency)
    amount = ""
    if row.amount is not None:
        amount = t.money(row.amount) + (t.t("review.budget_note") if row.amount_is_budget else "")
    answers = tuple(t.term(a) if a is not None else "" for a in row.answers)
    codes = tuple(a.value if a is not None else "" for a in row.answers)
    people: tuple[str, ...] = ()
    if row.key_people:
        key = t.join([p.name for p in row.key_people])
        # The weakest relationship among the key people: that is where the deal can be lost.
        weakest = min(row.key_people, key=lambda p: RELATIONSHIP_ORDER.index(p.relationship) if p.relationship else -1)
        relationship = t.term(weakest.relationship) if weakest.relationship else t.t("check.not_recorded")
        people = tuple(
            t.t(
                "review.person_relationship",
                name=p.name,
                relationship=t.term(p.relationship) if p.relationship else t.t("check.not_recorded"),
            )
            for p in row.key_people
        )
    elif row.key_role is not None:
        key, relationship = t.t("review.key_person_missing", role=t.term(row.key_role)), ""
    else:
        key, relationship = t.t("review.no_key_person"), ""
    findings = []
    for finding in row.findings:
        message, action = finding_texts(t, finding)
        findings.append((t.t(f"check.severity_{finding.severity.value}"), message, action))
    top, action = (findings[0][1], findings[0][2]) if findings else (t.t("review.clean"), "")
    return RowText(
        customer=row.customer,
        opportunity=row.opportunity or "",
        tier=t.term(row.tier),
        stage=t.term(row.stage),
        amount=amount,
        decision=t.short_date(row.decision_date),
        answers=answers,
        answer_codes=codes,
        key_person=key,
        relationship=relationship,
        people=people,
        top=top,
        action=action,
        findings=tuple(findings),
        last_visit=t.short_date(row.last_visit),
        next_visit=t.short_date(row.next_visit),
        overdue=t.money(row.overdue) if row.overdue is not None else "",
        complaints=str(row.open_complaints) if row.open_complaints else "",
    )


def question_label(t: Texts, question: str) -> str:
    """Return the short column heading of one of the four questions."""
    assert question in QUESTIONS
    return t.t(f"review.col_q_{question}")


def severity_word(t: Texts, severity: Severity) -> str:
    """Return error / warning / info in the reader's words."""
    return t.t(f"check.severity_{severity.value}")


def as_of(t: Texts, today: dt.date, count: int) -> str:
    """Return the line under the title: the review's day and number of deals."""
    return t.t("review.as_of", date=t.date(today), count=count)
