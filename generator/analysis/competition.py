"""Competitive mapping (DOMAIN §1, presenting value): which of our strengths to stress with whom
(the strengths meeting the purchase criteria that person judges), which of our weaknesses touch
them, and the answer prepared for each weakness."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.models.brief import Contact, Objection
from generator.models.enums import Function, Level, Role
from generator.models.tender import Strength, Weakness

CRITERIA_ROLES = frozenset({Role.DESIGNER, Role.EVALUATOR, Role.USER})
"""Roles that write or judge the purchase criteria: stress the strengths meeting them."""
CRITERIA_FUNCTIONS = frozenset({Function.TECHNICAL, Function.USER})
DECIDING_ROLES = frozenset({Role.DECISION_MAKER, Role.APPROVER})


def decides(contact: Contact) -> bool:
    """Return True for the decision level, decision makers and approvers (they weigh every strength)."""
    return contact.level == Level.DECISION or bool(DECIDING_ROLES & set(contact.roles))


def judges_criteria(contact: Contact) -> bool:
    """Return True for whoever writes or judges the purchase criteria (designers, evaluators, users, technical)."""
    return bool(CRITERIA_ROLES & set(contact.roles)) or contact.function in CRITERIA_FUNCTIONS


def strengths_for(contact: Contact, strengths: Sequence[Strength]) -> list[Strength]:
    """Return the strengths to stress with `contact`: everything to those who decide (those meeting
    criteria first), those meeting criteria to whoever judges the criteria, the general ones to others."""
    tied = [s for s in strengths if s.criteria]
    general = [s for s in strengths if not s.criteria]
    if decides(contact):
        return tied + general
    if judges_criteria(contact):
        return tied or general
    return general


def weaknesses_for(contact: Contact, weaknesses: Sequence[Weakness]) -> list[Weakness]:
    """Return the weaknesses that affect `contact` (those naming the contact's id)."""
    return [w for w in weaknesses if contact.id in w.affects]


def prepared_answer(weakness: Weakness, objections: Iterable[Objection]) -> str | None:
    """Return the answer prepared for a weakness: its own `answer`, else the response to an objection
    that names it (the weakness's text in the objection's statement, or the statement in the weakness)."""
    if weakness.answer:
        return weakness.answer
    text = _plain(weakness.text)
    for objection in objections:
        statement = _plain(objection.statement)
        if objection.response and text and statement and (text in statement or statement in text):
            return objection.response
    return None


def _plain(text: str) -> str:
    return "".join(text.lower().split())
