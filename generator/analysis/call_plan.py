"""The call plan of one visit (DOMAIN §1, §2, §5): whom to meet, why, what to give and get,
the commitment to ask for, the objections to prepare, birthdays and communication styles.

Pure: reads the brief, returns label keys (namespace `visits`) with their values; the
renderer puts them into words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.analysis.competition import prepared_answer, strengths_for, weaknesses_for
from generator.analysis.objections import timing_rank
from generator.models.brief import Brief, Contact, Visit
from generator.models.enums import (
    KEY_ROLE,
    LEVEL_ORDER,
    RELATIONSHIP_ORDER,
    ClosingMethod,
    Level,
    ObjectionType,
    RelationshipStage,
    Role,
    Stage,
)

# Objections most likely at each stage, asked about first.
STAGE_OBJECTIONS = {
    "need_discovery": ("need", "timing"),
    "deliberation": ("need", "timing", "payment"),
    "design": ("product", "service"),
    "evaluation": ("price", "product", "service", "salesperson"),
    "commitment": ("price", "payment", "timing"),
    "implementation": ("service", "product", "payment"),
}
NEED_PARTS = ("goals", "problems", "solutions_sought", "products_services", "criteria")
ASSESSMENT_QUESTIONS = ("opportunity", "proposal", "winnable", "worth_winning")
# The activities each relationship stage needs (DOMAIN §1: 约会, 信赖, 同盟), as `plan.` label keys.
STAGE_ACTIVITIES: dict[str, tuple[str, ...]] = {
    "acquaintance": ("activity.first_visit", "activity.send_profile"),
    "appointment": ("activity.business_event", "activity.local_visit", "activity.technical_exchange"),
    "trust": ("activity.social_event", "activity.family_activity", "activity.remote_visit"),
    "alliance": ("activity.introductions", "activity.become_guide"),
}
MAX_PEOPLE = 4
BIRTHDAY_WINDOW = 7
BUYING_SIGNALS = (
    "delivery",
    "payment",
    "guarantee",
    "price_detail",
    "references",
    "team",
    "contract",
    "training",
    "next_step",
)
"""Buying signals to watch for at the commitment stage (DOMAIN §1 "Winning commitment"): label keys `signal.*`."""
LSCPA = ("listen", "share", "clarify", "present", "ask")
"""The five steps of answering an objection (DOMAIN §2)."""


@dataclass(frozen=True)
class Line:
    """One line of the plan: a label key in the `visits` namespace and the values it takes."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Attendee:
    """A person to meet and why."""

    contact: Contact | None  # None: nobody is recorded yet
    reasons: tuple[Line, ...]
    style_hint: Line | None = None
    stress: tuple[Line, ...] = ()  # our strengths to stress with this person
    mind: tuple[Line, ...] = ()  # our weaknesses that affect them, with the prepared answer


@dataclass(frozen=True)
class ObjectionPrep:
    """An objection to prepare for, with its prepared answer."""

    statement: str
    type: Any = None
    nature: Any = None
    method: Any = None
    timing: Any = None
    response: str | None = None
    # offer and close
    steps: tuple[Line, ...] = ()  # the answer laid out as LSCPA: listen, share, clarify, present, ask


@dataclass(frozen=True)
class ClosePlan:
    """How to ask for the order at the commitment stage: the signals, the method and the words."""

    watch: tuple[Line, ...]  # buying signals to look for
    seen: tuple[Line, ...]  # signals already seen on earlier visits
    method: ClosingMethod
    why: Line
    words: Line
    note: str | None = None  # the brief's own note on the close


@dataclass(frozen=True)
class CallPlan:
    """Everything an account manager takes to one visit."""

    stage: Stage | None
    attendees: tuple[Attendee, ...]
    objectives: tuple[Line, ...]
    give: tuple[Line, ...]
    get: tuple[Line, ...]
    commitment: Line
    objections: tuple[ObjectionPrep, ...]
    negotiation: tuple[Line, ...]
    notes: tuple[Line, ...]  # birthdays and other personal notes
    last_visit: Visit | None = None  # the latest logged visit before this one
    # offer and close
    close: ClosePlan | None = None  # from the commitment stage: signals, closing method and words


def call_plan(
    brief: Brief,
    day: dt.date,
    *,
    senior: bool = False,
    invite: dt.date | None = None,
    logged: Visit | None = None,
    previous: dt.date | None = None,
    dated: Any = None,
    goals: Sequence[Any] = (),
    unplanned: Sequence[Any] = (),
) -> CallPlan:
    """Return the call plan of a visit to the brief's account on `day`.

    `senior`: our senior management goes; `invite`: the date of the annual key-account
    meeting to invite them to; `logged`: the planned visit from the log this plan is for;
    `previous`: the date of the visit before it in the same plan (its commitment is followed up);
    `dated`: the account plan's visit this is (a care occasion, a win-back step, an initiative);
    `goals`: the account plan's relationship goals still open (`account_plan.open_goals`);
    `unplanned`: initiatives the tier's policy asks for that the plan lacks (raised at the first visit).
    """
    opportunity = brief.opportunity
    stage = opportunity.stage if opportunity else None
    commitment = _dated_commitment(brief, day, dated) or _commitment(brief, stage, day, invite=invite)
    return CallPlan(
        stage=stage,
        attendees=tuple(_attendees(brief, stage, senior=senior, logged=logged, dated=dated, goals=goals)),
        objectives=tuple(
            _plan_objectives(dated, goals, unplanned if previous is None else ())
            + _objectives(brief, stage, day, senior=senior, logged=logged, previous=previous, invite=invite)
        ),
        give=tuple(_give(brief, stage, day, invite=invite)),
        get=tuple(_get(brief, stage)),
        commitment=commitment,
        objections=tuple(_objections(brief, stage, commitment)),
        negotiation=tuple(_negotiation(brief) if stage == Stage("commitment") else ()),
        notes=tuple(birthday_notes(brief.contacts, day)),
        last_visit=max(
            (v for v in brief.visits if v.date < day and v is not logged), key=lambda v: v.date, default=None
        ),
        close=close_plan(brief, day) if stage == Stage("commitment") else None,
    )


# --- whom to meet -----------------------------------------------------------------------


def key_people(brief: Brief, stage: Stage | None) -> list[Contact]:
    """Return the key people of the stage (its key role), or the decision level when there is no stage."""
    if stage is not None:
        role = KEY_ROLE[stage]
        found = [c for c in brief.contacts if role in c.roles]
        if found:
            return found
    return [c for c in brief.contacts if c.level == Level("decision") or Role("decision_maker") in c.roles]


def relationship_target(contact: Contact, key: bool) -> RelationshipStage:
    """Return the relationship stage to reach with a contact: trust for decision makers and key people, else appointment."""
    if key or contact.level == Level("decision") or Role("decision_maker") in contact.roles:
        return RelationshipStage("trust")
    return RelationshipStage("appointment")


def relationship_gap(contact: Contact, key: bool) -> int:
    """Return how many relationship stages the contact lags behind its target (0 = on target)."""
    current = RELATIONSHIP_ORDER.index(contact.relationship) if contact.relationship else -1
    return max(0, RELATIONSHIP_ORDER.index(relationship_target(contact, key)) - current)


# One pass in the order reasons are shown (logged, senior, key, goals, lagging, coach): splitting it
# would scatter that order over helpers that all share `add`.
def _attendees(  # noqa: C901
    brief: Brief,
    stage: Stage | None,
    *,
    senior: bool,
    logged: Visit | None,
    dated: Any = None,
    goals: Any = (),
) -> list[Attendee]:
    if not brief.contacts:
        return [Attendee(None, (Line("reason.nobody"),))]
    keys = key_people(brief, stage)
    reasons: dict[str, list[Line]] = {}

    def add(contact: Contact, line: Line) -> None:
        reasons.setdefault(contact.id, []).append(line)

    _dated_reasons(brief, dated, add)
    if logged is not None:
        for contact_id in logged.contacts:
            contact = brief.contact(contact_id)
            if contact is not None:
                add(contact, Line("reason.logged"))
    if senior:
        for contact in brief.contacts:
            if contact.level == Level("decision"):
                add(contact, Line("reason.senior"))
    for contact in keys:
        if stage is not None and KEY_ROLE[stage] in contact.roles:
            add(contact, Line("reason.key_person", {"role": KEY_ROLE[stage], "stage": stage}))
        else:
            add(contact, Line("reason.decision_level"))
    with_goal = _goal_reasons(goals, add)
    lagging = sorted(
        (c for c in brief.contacts if relationship_gap(c, c in keys) > 0 and c.id not in with_goal),
        key=lambda c: (-relationship_gap(c, c in keys), -_level_rank(c), brief.contacts.index(c)),
    )
    for contact in lagging:
        target = relationship_target(contact, contact in keys)
        add(
            contact,
            Line(
                "reason.lagging",
                {
                    "current": contact.relationship,
                    "target": target,
                    "activities": [Line("plan." + key) for key in STAGE_ACTIVITIES[target.value]],
                },
            ),
        )
    for contact in brief.contacts:
        if contact.coach:
            add(contact, Line("reason.coach"))

    # Order: logged, senior and key people first (as added), then laggers, then the coach;
    # keep at most MAX_PEOPLE, but never drop the coach when there is one.
    order = list(reasons)
    chosen = order[:MAX_PEOPLE]
    coaches = [c.id for c in brief.contacts if c.coach]
    if coaches and not any(cid in chosen for cid in coaches):
        chosen = chosen[: MAX_PEOPLE - 1] + [coaches[0]]
    if not chosen:
        # Everyone is on target and no key role is filled: see the most senior person.
        best = max(brief.contacts, key=_level_rank)
        chosen, reasons[best.id] = [best.id], [Line("reason.decision_level")]
    people = []
    for contact_id in chosen:
        contact = brief.contact(contact_id)
        assert contact is not None  # every chosen id was taken from brief.contacts
        hint = Line(f"style.{contact.style.value}") if contact.style else Line("style.unknown")
        stress, mind = _mapping(brief, contact)
        people.append(Attendee(contact, tuple(reasons[contact_id]), hint, stress, mind))
    return people


def _mapping(brief: Brief, contact: Contact) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """Return (strengths to stress, weaknesses to mind) with one person (competitive mapping)."""
    opportunity = brief.opportunity
    if opportunity is None:
        return (), ()
    stress = tuple(
        Line("stress.criteria", {"text": s.text, "criteria": list(s.criteria)})
        if s.criteria
        else Line("stress.plain", {"text": s.text})
        for s in strengths_for(contact, opportunity.our_strengths)
    )
    mind = []
    for weakness in weaknesses_for(contact, opportunity.our_weaknesses):
        answer = prepared_answer(weakness, brief.objections)
        mind.append(
            Line("mind.answer", {"text": weakness.text, "answer": answer})
            if answer
            else Line("mind.no_answer", {"text": weakness.text})
        )
    return stress, tuple(mind)


def _dated_reasons(brief: Brief, dated: Any, add: Any) -> None:
    """Add why to meet each person on an account-plan visit: whom a care occasion greets, the deciders of a win-back."""
    if dated is None:
        return
    if dated.reason == "care":
        for contact in dated.detail.people:
            add(contact, Line("reason.care", {"occasion": care_occasion(dated.detail)}))
    elif dated.reason in ("win_back", "reactivate"):
        for contact in brief.contacts:
            if contact.level == Level("decision") or Role("decision_maker") in contact.roles:
                add(contact, Line("reason.win_back"))


def _goal_reasons(goals: Any, add: Any) -> set[str]:
    """Add each open relationship goal as a reason to meet its person; return their ids.

    A goal names the stage and the date, so it replaces the generic "relationship only …" reason.
    """
    for goal in goals:
        add(goal.contact, Line("reason.goal", {"target": goal.target, "date": goal.by or Line("no_date")}))
    return {goal.contact.id for goal in goals}


def _level_rank(contact: Contact) -> int:
    return LEVEL_ORDER.index(contact.level) if contact.level else -1


# --- the account plan: goals, care, win-back, initiatives ---------------------------------


def care_occasion(care: Any) -> Any:
    """Return how a care day is named (a value for a Line): the festival (a term), the anniversary, a birthday, or the brief's words."""
    if care.kind == "anniversary":
        return Line("care.anniversary", {"years": care.years})
    if care.kind == "birthday":
        return Line("care.birthday", {"name": care.name})
    return care.festival if care.festival is not None and care.kind == "festival" else care.name


def _plan_objectives(dated: Any, goals: Sequence[Any], unplanned: Sequence[Any]) -> list[Line]:
    out = []
    if dated is not None:
        detail: Any = dated.detail
        if dated.reason == "care":
            out.append(
                Line("objective.care", {"occasion": care_occasion(detail), "people": [p.name for p in detail.people]})
            )
        elif dated.reason in ("win_back", "reactivate"):
            out.append(
                Line(
                    f"objective.{detail.key}",
                    {
                        "reason": detail.values.get("reason") or Line("unknown_reason"),
                        "competitor": detail.values.get("competitor") or Line("competitor_unknown"),
                    },
                )
            )
        elif dated.reason == "initiative":
            out.append(Line("objective.initiative", {"kind": detail.kind, "name": detail.name or detail.kind}))
    for goal in goals[:2]:
        out.append(
            Line(
                "objective.goal",
                {
                    "name": goal.contact.name,
                    "current": goal.current or Line("stage_unknown"),
                    "target": goal.target,
                    "date": goal.by or Line("no_date"),
                    "activities": [_activity(a) for a in goal.activities],
                },
            )
        )
    if unplanned:
        out.append(Line("objective.policy_initiatives", {"items": list(unplanned)}))
    return out


def _activity(line: Line) -> Any:
    """Return an activity as the visit plan words it: the brief's text, or the method's activity (a `plan.` label)."""
    return line.values["text"] if line.key == "text" else Line("plan." + line.key)


def _dated_commitment(brief: Brief, day: dt.date, dated: Any) -> Line | None:
    if dated is None or dated.reason not in ("win_back", "reactivate"):
        return None
    key = dated.detail.key.split(".", 1)[1]
    return Line(f"commit.win_back_{key}", {"date": day + dt.timedelta(days=14)})


# --- why go -----------------------------------------------------------------------------


def _objectives(
    brief: Brief,
    stage: Stage | None,
    day: dt.date,
    *,
    senior: bool,
    logged: Visit | None,
    previous: dt.date | None,
    invite: dt.date | None,
) -> list[Line]:
    out = []
    if logged is not None and logged.objective:
        out.append(Line("objective.logged", {"text": logged.objective}))
    out.append(Line(f"objective.{stage.value}" if stage else "objective.none"))
    if senior:
        out.append(Line("objective.senior"))
    if previous is not None:
        out.append(Line("objective.follow_up", {"date": previous}))
    last = _last_logged(brief, day)
    if last is not None and last.next_steps and previous is None:
        out.append(Line("objective.open_steps", {"steps": list(last.next_steps), "date": last.date}))
    if invite is not None:
        out.append(Line("objective.invite", {"date": invite}))
    out += after_sale_objectives(brief, day)
    return out


def after_sale_objectives(brief: Brief, day: dt.date) -> list[Line]:
    """Return the after-signing objectives of a visit on `day`: collect what is overdue, close the
    complaints still open, ask for a satisfaction score when none is recent, ask a satisfied
    customer for a referral (DOMAIN §1 referral, §5 the complaint flow)."""
    from generator.analysis.after_sale import after_sale, months_before

    state = after_sale(brief.account, day)
    out = [
        Line("objective.collect", {"amount": r.outstanding, "due": r.receivable.due, "days": r.overdue_days})
        for r in state.overdue
    ]
    out += [
        Line(
            "objective.close_complaint",
            {"issue": c.complaint.issue, "date": c.complaint.date, "owner": c.complaint.owner or "—"},
        )
        for c in state.open_complaints
    ]
    account = brief.account
    signed = bool(account.receivables or account.complaints or account.satisfaction or account.history) or (
        account.deal_status is not None and account.deal_status.value == "done"
    )
    if signed and state.satisfaction_due:
        out.append(Line("objective.ask_satisfaction"))
    latest = state.latest_satisfaction
    recent_referral = any(r.date is None or r.date >= months_before(day, 6) for r in account.referrals)
    if latest is not None and latest.score >= 4 and not state.open_complaints and not recent_referral:
        out.append(Line("objective.ask_referral", {"score": latest.score}))
    return out


def _last_logged(brief: Brief, before: dt.date | None) -> Visit | None:
    past = [v for v in brief.visits if before is None or v.date < before]
    done = [v for v in past if v.planned is not True]
    return max(done, key=lambda v: v.date, default=None)


# --- information to give and to get ------------------------------------------------------


# One block per buying stage, read against the method's table of what to give at each stage.
def _give(brief: Brief, stage: Stage | None, day: dt.date, *, invite: dt.date | None) -> list[Line]:  # noqa: C901
    opportunity, proposal = brief.opportunity, brief.proposal
    strengths = [s.text for s in opportunity.our_strengths] if opportunity else []
    references = [
        r.customer + (f" · {r.project}" if r.project else "")
        for r in (brief.seller.credentials.references if brief.seller and brief.seller.credentials else [])
    ]
    out = []
    value = stage.value if stage else None
    if value in (None, "need_discovery", "deliberation"):
        if references:
            out.append(Line("give.references", {"items": references}))
        if strengths:
            out.append(Line("give.strengths", {"items": strengths}))
        if value == "deliberation" and proposal and proposal.value and proposal.value.benefits:
            out.append(Line("give.value_case", {"items": [b.item for b in proposal.value.benefits]}))
    if value == "design":
        offerings = proposal.solution.offerings if proposal and proposal.solution else []
        features = [o.name + (f": {o.feature}" if o.feature else "") for o in offerings]
        if features:
            out.append(Line("give.features", {"items": features}))
        if references:
            out.append(Line("give.site_visit", {"items": references}))
        if strengths:
            out.append(Line("give.strengths", {"items": strengths}))
    if value in ("evaluation", "commitment"):
        if proposal:
            total = _proposal_total(brief)
            if total is not None:
                out.append(Line("give.proposal_total", {"title": proposal.title, "amount": total}))
            else:
                out.append(Line("give.proposal", {"title": proposal.title}))
        weaknesses = [
            f"{c.name}: {', '.join(c.weaknesses)}"
            for c in (opportunity.competitors if opportunity else [])
            if c.weaknesses
        ]
        if strengths:
            out.append(Line("give.strengths", {"items": strengths}))
        if weaknesses and value == "evaluation":
            out.append(Line("give.against", {"items": weaknesses}))
        payment = _payment_terms(proposal)
        if value == "commitment" and payment:
            out.append(Line("give.payment_terms", {"items": payment}))
    if value == "implementation":
        phases = proposal.solution.implementation if proposal and proposal.solution else []
        upcoming = [p for p in phases if p.end is None or p.end >= day]
        if upcoming:
            out.append(
                Line(
                    "give.implementation",
                    {
                        "items": [
                            p.phase + (f" ({p.start.isoformat()} – {p.end.isoformat()})" if p.start and p.end else "")
                            for p in upcoming
                        ]
                    },
                )
            )
        services = proposal.solution.service if proposal and proposal.solution else []
        if services:
            out.append(Line("give.service", {"items": [s.name for s in services]}))
    if invite is not None:
        out.append(Line("give.invitation", {"date": invite}))
    if not out:
        out.append(Line("give.profile"))
    return out


def _payment_terms(proposal) -> list[str]:
    if proposal is None:
        return []
    if proposal.terms and proposal.terms.payment:
        return list(proposal.terms.payment)
    return list(proposal.pricing.payment_terms) if proposal.pricing else []


def _proposal_total(brief: Brief) -> Decimal | None:
    pricing = brief.proposal.pricing if brief.proposal else None
    if not pricing or not pricing.items:
        return None
    from generator.analysis.pricing import proposal_pricing

    summary = proposal_pricing(brief.proposal)
    return summary.quoted_total if summary else None


def _get(brief: Brief, stage: Stage | None) -> list[Line]:
    opportunity = brief.opportunity
    out = []
    if opportunity is None:
        out += [Line("get.purchase_plans"), Line("get.problems"), Line("get.organisation")]
    else:
        needs = opportunity.needs
        missing = [part for part in NEED_PARTS if not needs or not getattr(needs, part)]
        if missing and stage != Stage("implementation"):
            out.append(Line("get.needs_missing", {"parts": [Line(f"need.{p}") for p in missing]}))
        if (not needs or not needs.confirmed_in_writing) and stage not in (
            None,
            Stage("need_discovery"),
            Stage("implementation"),
        ):
            out.append(Line("get.needs_in_writing"))
        assessment = opportunity.assessment
        for question in ASSESSMENT_QUESTIONS:
            answer = getattr(assessment, question, None) if assessment else None
            if answer is None or answer.answer.value == "unknown":
                out.append(Line(f"get.assess_{question}", {"why": answer.why if answer and answer.why else ""}))
        if opportunity.budget is None and stage != Stage("implementation"):
            out.append(Line("get.budget"))
        if opportunity.decision_date is None and stage not in (Stage("implementation"),):
            out.append(Line("get.decision_date"))
        if not opportunity.competitors and stage in (Stage("design"), Stage("evaluation"), Stage("commitment")):
            out.append(Line("get.competitors"))
        if stage == Stage("implementation"):
            out += [Line("get.satisfaction"), Line("get.receivables"), Line("get.referrals")]
    if stage is not None and not key_people(brief, stage):
        out.append(Line("get.key_person", {"role": KEY_ROLE[stage]}))
    unknown_style = [c.name for c in brief.contacts if c.style is None]
    if unknown_style:
        out.append(Line("get.styles", {"names": unknown_style}))
    health = brief.account.relationship_health
    if (
        brief.account.tier is not None
        and brief.account.tier.value == "key"
        and (health is None or health.answered < 10)
    ):
        out.append(Line("get.health", {"count": 10 - (health.answered if health else 0)}))
    return out


# --- the commitment to ask for -----------------------------------------------------------


def _commitment(brief: Brief, stage: Stage | None, day: dt.date, *, invite: dt.date | None) -> Line:
    within_week = day + dt.timedelta(days=7)
    opportunity = brief.opportunity
    decision = opportunity.decision_date if opportunity else None
    deciders = [c.name for c in brief.contacts if Role("decision_maker") in c.roles] or [
        c.name for c in brief.contacts if c.level == Level("decision")
    ]
    decider = deciders[0] if deciders else ""
    value = stage.value if stage else None
    if value == "need_discovery":
        return Line("commit.need_discovery", {"date": within_week})
    if value == "deliberation":
        return Line("commit.deliberation" if decider else "commit.deliberation_nobody", {"name": decider})
    if value == "design":
        return Line("commit.design", {"date": day + dt.timedelta(days=14)})
    if value == "evaluation":
        if decision and decision > day:
            return Line("commit.evaluation_by", {"name": decider or "—", "date": decision})
        return Line("commit.evaluation", {"name": decider or "—", "date": within_week})
    if value == "commitment":
        if decision and decision >= day:
            return Line("commit.commitment_by", {"date": decision})
        return Line("commit.commitment", {"date": within_week})
    if value == "implementation":
        return Line("commit.implementation")
    if invite is not None:
        return Line("commit.invite", {"date": invite})
    return Line("commit.none", {"date": day + dt.timedelta(days=30)})


# --- objections and negotiation ---------------------------------------------------------


def _objections(brief: Brief, stage: Stage | None, commitment: Line) -> list[ObjectionPrep]:
    likely = STAGE_OBJECTIONS.get(stage.value, ()) if stage else ()

    def rank(item):
        # When to answer first (before → immediately → later → never), then the stage's likely kinds.
        index, objection = item
        kind = objection.type.value if objection.type else None
        return (timing_rank(objection.timing), likely.index(kind) if kind in likely else len(likely), index)

    ordered = sorted(enumerate(brief.objections), key=rank)
    return [
        ObjectionPrep(o.statement, o.type, o.nature, o.method, o.timing, o.response, lscpa(o, commitment))
        for _, o in ordered
    ]


def lscpa(objection: Any, commitment: Line) -> tuple[Line, ...]:
    """Return the answer to `objection` as its five LSCPA steps: listen, share, clarify (by the objection's
    nature), present (the prepared response and its method) and ask for action (the visit's commitment)."""
    nature = objection.nature.value if objection.nature else None
    clarify = {"hidden": "lscpa.clarify_hidden", "false": "lscpa.clarify_false"}.get(nature or "", "lscpa.clarify")
    if objection.response:
        present = Line(
            "lscpa.present" if objection.method else "lscpa.present_plain",
            {"response": objection.response, "method": objection.method},
        )
    else:
        present = Line("lscpa.present_missing")
    return (
        Line("lscpa.listen", {"statement": objection.statement}),
        Line("lscpa.share"),
        Line(clarify, {"statement": objection.statement}),
        present,
        Line("lscpa.ask", {"commitment": commitment}),
    )


# --- the close (commitment stage) ---------------------------------------------------------


def close_plan(brief: Brief, day: dt.date) -> ClosePlan:
    """Return the signals to watch, those seen before `day`, the closing method and the words to use.

    The method: the brief's own choice (a concession only when a trade asks something in return);
    otherwise the alternative choice when there are packages to choose from, a concession when a
    price objection meets a prepared trade, a direct suggestion once buying signals have shown, and
    else the agreement close (summarise what is agreed, ask to sign).
    """
    opportunity = brief.opportunity
    chosen = opportunity.close if opportunity else None
    seen = tuple(
        Line("close.seen", {"date": v.date, "items": list(v.signals)})
        for v in sorted(brief.visits, key=lambda v: v.date)
        if v.signals and v.date <= day
    )
    method, why = _closing_method(brief, chosen.method if chosen else None, bool(seen))
    return ClosePlan(
        watch=tuple(Line(f"signal.{key}") for key in BUYING_SIGNALS),
        seen=seen,
        method=method,
        why=why,
        words=_closing_words(brief, method),
        note=chosen.note if chosen else None,
    )


def _trade(brief: Brief) -> Any | None:
    trades = brief.negotiation.trades if brief.negotiation else []
    return next((t for t in trades if t.give and t.get), None)


def _packages(brief: Brief) -> list[Any]:
    pricing = brief.proposal.pricing if brief.proposal else None
    return list(pricing.packages) if pricing else []


def _closing_method(brief: Brief, chosen: ClosingMethod | None, signals: bool) -> tuple[ClosingMethod, Line]:
    trade = _trade(brief)
    if chosen is not None and not (chosen == ClosingMethod("concession") and trade is None):
        return chosen, Line("close.why_chosen")
    fallback = chosen == ClosingMethod("concession")  # chosen, but nothing to trade: no concession without exchange
    if len(_packages(brief)) >= 2:
        method, why = ClosingMethod("alternative"), Line("close.why_packages", {"count": len(_packages(brief))})
    elif trade is not None and any(o.type == ObjectionType("price") for o in brief.objections):
        method, why = ClosingMethod("concession"), Line("close.why_trade", {"give": trade.give, "get": trade.get})
    elif signals:
        method, why = ClosingMethod("direct"), Line("close.why_signals")
    else:
        method, why = ClosingMethod("agreement"), Line("close.why_agreement")
    if fallback:
        why = Line("close.why_no_trade", {"reason": why})
    return method, why


def _closing_words(brief: Brief, method: ClosingMethod) -> Line:
    """Return the sentence to close with, filled from the brief (the decider, the packages, the trade, the terms)."""
    deciders = [c for c in brief.contacts if Role("decision_maker") in c.roles] or [
        c for c in brief.contacts if c.level == Level("decision")
    ]
    name = deciders[0].name if deciders else ""
    key = f"close.words_{method.value}" + ("" if name else "_nobody")
    if method == ClosingMethod("alternative"):
        packages = _packages(brief)
        if len(packages) >= 2:
            from generator.analysis.pricing import proposal_pricing

            summary = proposal_pricing(brief.proposal)
            totals = summary.packages if summary else ()
            options = [Line("close.option", {"name": p.package.name, "amount": p.total}) for p in totals]
            recommended = next((p.package.name for p in totals if p.recommended), None)
            return Line(
                key,
                {
                    "name": name,
                    "options": Line("close.choice", {"first": options[:-1], "last": options[-1]}),
                    "advice": Line("close.advice", {"name": recommended}) if recommended else "",
                },
            )
        return Line("close.words_alternative_dates" + ("" if name else "_nobody"), {"name": name})
    if method == ClosingMethod("concession"):
        trade = _trade(brief)
        return Line(key, {"name": name, "give": trade.give if trade else "", "get": trade.get if trade else ""})
    if method == ClosingMethod("agreement"):
        return Line(key, {"name": name, "points": _agreed_points(brief)})
    title = brief.proposal.title if brief.proposal else ""
    return Line(key, {"name": name, "title": title})


def _agreed_points(brief: Brief) -> list[Any]:
    """Return what the agreement close sums up: the delivery, warranty and payment terms, else the criteria."""
    proposal = brief.proposal
    points: list[Any] = []
    if proposal and proposal.terms:
        for name in ("delivery", "warranty"):
            text = getattr(proposal.terms, name)
            if text:
                points.append(text)
    payment = _payment_terms(proposal)
    if payment:
        points.append(Line("close.payment_point", {"items": payment}))
    if not points and brief.opportunity and brief.opportunity.needs:
        points = list(brief.opportunity.needs.criteria)
    return points or [Line("close.default_points")]


def _negotiation(brief: Brief) -> list[Line]:
    negotiation = brief.negotiation
    if negotiation is None:
        return [Line("nego.missing")]
    out = [Line("nego.target", {"number": n, "text": target}) for n, target in enumerate(negotiation.targets, start=1)]
    if negotiation.bottom_line is not None:
        out.append(Line("nego.bottom_line", {"amount": negotiation.bottom_line}))
    else:
        out.append(Line("nego.no_bottom_line"))
    for trade in negotiation.trades:
        if trade.give and trade.get:
            out.append(Line("nego.trade", {"give": trade.give, "get": trade.get}))
    out.append(Line("nego.rule"))
    return out


# --- personal notes ---------------------------------------------------------------------


def birthday_notes(contacts: list[Contact], day: dt.date) -> list[Line]:
    """Return a note for each contact whose birthday falls within a week of `day` (either side)."""
    out = []
    for contact in contacts:
        personal = contact.personal
        birthday = personal.birthday if personal else None
        if personal is None or birthday is None:
            continue
        nearest = min(
            (_anniversary(birthday, year) for year in (day.year - 1, day.year, day.year + 1)),
            key=lambda d: abs((d - day).days),
        )
        offset = (nearest - day).days
        if abs(offset) > BIRTHDAY_WINDOW:
            continue
        key = (
            "note.birthday_today" if offset == 0 else ("note.birthday_after" if offset > 0 else "note.birthday_before")
        )
        interests = list(personal.interests) + list(personal.hobbies)
        out.append(Line(key, {"name": contact.name, "date": nearest, "days": abs(offset), "interests": interests}))
    return out


def _anniversary(birthday: dt.date, year: int) -> dt.date:
    """Return the birthday in `year`; 29 February falls on 28 February in other years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)
