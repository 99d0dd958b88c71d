"""Coach rules on the buying centre: decision maker, coach, the stage's key person, reach (DOMAIN §1)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.coach.registry import ERROR, INFO, WARNING, Context, Finding, finding
from generator.models.brief import Contact
from generator.models.enums import KEY_ROLE, RELATIONSHIP_ORDER, Level, RelationshipStage, Role

DECISION_MAKER = Role("decision_maker")
APPROVER = Role("approver")
APPOINTMENT = RelationshipStage("appointment")
TRUST = RelationshipStage("trust")


def contacts_loc(context: Context) -> tuple:
    """Return where to point when the evidence is the buying centre as a whole."""
    brief = context.brief
    if brief.contacts:
        return ("contacts",)
    return ("opportunity",) if brief.opportunity else ("proposal",) if brief.proposal else ("account",)


def no_decision_maker(context: Context) -> Iterable[Finding]:
    """Flag a deal where no contact holds the decision-maker role; the decision level decides five things."""
    if not context.in_play or any(DECISION_MAKER in c.roles for c in context.brief.contacts):
        return
    severity = context.severity(
        {"need_discovery": WARNING, "implementation": INFO}, ERROR if context.stage else WARNING
    )
    yield finding("no-decision-maker", severity, "no_decision_maker", contacts_loc(context))


def no_coach(context: Context) -> Iterable[Finding]:
    """Flag a deal without a guide or insider (向导/内线); later stages without one are riskier."""
    if not context.in_play or any(c.coach for c in context.brief.contacts):
        return
    severity = context.severity({"evaluation": ERROR, "commitment": ERROR, "implementation": INFO}, WARNING)
    yield finding("no-coach", severity, "no_coach", contacts_loc(context))


def stage_key_person_missing(context: Context) -> Iterable[Finding]:
    """Flag a stage whose key person (initiator, decision maker, designer, …) is not among the contacts."""
    stage = context.stage
    if stage is None:
        return
    role = KEY_ROLE[stage]
    if any(role in c.roles for c in context.brief.contacts):
        return
    severity = context.severity({"need_discovery": WARNING, "implementation": WARNING}, ERROR)
    yield finding(
        "stage-key-person-missing",
        severity,
        "stage_key_person_missing",
        ("opportunity", "stage"),
        stage=stage,
        role=role,
    )


# (required relationship, severity) for the key person of each stage. DOMAIN §1: at least
# appointment with key persons before asking for written needs (design); the issue asks
# for appointment from evaluation on and trust at commitment.
_KEY_RELATIONSHIP = {
    "need_discovery": (APPOINTMENT, INFO),
    "deliberation": (APPOINTMENT, INFO),
    "design": (APPOINTMENT, WARNING),
    "evaluation": (APPOINTMENT, ERROR),
    "commitment": (TRUST, ERROR),
    "implementation": (APPOINTMENT, WARNING),
}


def weak_key_relationship(context: Context) -> Iterable[Finding]:
    """Flag each key person of the stage whose relationship with us is below what the stage needs."""
    stage = context.stage
    if stage is None:
        return
    required, severity = _KEY_RELATIONSHIP[stage.value]
    role = KEY_ROLE[stage]
    for index, contact in enumerate(context.brief.contacts):
        if role not in contact.roles or _at_least(contact.relationship, required):
            continue
        action = "weak_key_relationship.action_" + required.value
        if contact.relationship is None:
            yield finding(
                "weak-key-relationship",
                severity,
                "weak_key_relationship_unknown",
                ("contacts", index),
                action,
                name=contact.name,
                role=role,
                stage=stage,
                required=required,
            )
        else:
            yield finding(
                "weak-key-relationship",
                severity,
                "weak_key_relationship",
                ("contacts", index, "relationship"),
                action,
                name=contact.name,
                role=role,
                stage=stage,
                relationship=contact.relationship,
                required=required,
            )


def opponent_in_power(context: Context) -> Iterable[Finding]:
    """Flag an opponent who decides or approves."""
    severity = context.severity({"evaluation": ERROR, "commitment": ERROR}, WARNING)
    for index, contact in enumerate(context.brief.contacts):
        if contact.attitude is None or contact.attitude.value != "opponent":
            continue
        powers = [r for r in contact.roles if r in (DECISION_MAKER, APPROVER)]
        if powers:
            yield finding(
                "opponent-in-power",
                severity,
                "opponent_in_power",
                ("contacts", index, "attitude"),
                name=contact.name,
                roles=powers,
            )


def single_threaded(context: Context) -> Iterable[Finding]:
    """Flag a deal or key account that hangs on one person, or on nobody above operational level."""
    brief = context.brief
    is_key = brief.account.tier is not None and brief.account.tier.value == "key"
    if not (context.in_play or is_key):
        return
    contacts = brief.contacts
    if not contacts:
        yield finding(
            "single-threaded", WARNING, "single_threaded_none", contacts_loc(context), "single_threaded.action"
        )
        return
    if len(contacts) == 1:
        severity = context.severity({"commitment": ERROR}, WARNING)
        yield finding(
            "single-threaded",
            severity,
            "single_threaded_one",
            ("contacts", 0),
            "single_threaded.action",
            name=contacts[0].name,
        )
        return
    if not any(_senior(c) for c in contacts):
        yield finding(
            "single-threaded", WARNING, "single_threaded_no_senior", ("contacts",), "single_threaded.action_senior"
        )


def _senior(contact: Contact) -> bool:
    return contact.level in (Level("management"), Level("decision"))


def _at_least(relationship: RelationshipStage | None, required: RelationshipStage) -> bool:
    return relationship is not None and RELATIONSHIP_ORDER.index(relationship) >= RELATIONSHIP_ORDER.index(required)


RULES = [
    no_decision_maker,
    no_coach,
    stage_key_person_missing,
    weak_key_relationship,
    opponent_in_power,
    single_threaded,
]
