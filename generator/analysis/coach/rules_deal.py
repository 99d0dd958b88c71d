"""Coach rules on the opportunity: the four questions, written needs, competitors, the decision date."""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.coach.registry import ERROR, INFO, WARNING, Context, Finding, Label, finding
from generator.models.enums import Answer, Level, ObjectionTiming, Role

QUESTIONS = ("opportunity", "proposal", "winnable", "worth_winning")
NEEDS_PARTS = ("goals", "problems", "solutions_sought", "products_services", "criteria")

# An open question matters more as the deal advances; at commitment it is an error.
# After signing (implementation) the questions are settled.
_UNKNOWN = {
    "need_discovery": INFO,
    "deliberation": INFO,
    "design": WARNING,
    "evaluation": WARNING,
    "commitment": ERROR,
    "implementation": None,
}
_NO = {"commitment": ERROR, "implementation": None}


def assessment_open(context: Context) -> Iterable[Finding]:
    """Flag each of the four questions answered no or unknown (or not answered)."""
    opportunity = context.brief.opportunity
    if opportunity is None:
        return
    assessment = opportunity.assessment
    if assessment is None:
        severity = context.severity(_UNKNOWN, WARNING)
        if severity:
            yield finding("assessment-open", severity, "assessment_missing", ("opportunity",))
        return
    for question in QUESTIONS:
        answer = getattr(assessment, question)
        if answer is not None and answer.answer == Answer("yes"):
            continue
        no = answer is not None and answer.answer == Answer("no")
        severity = context.severity(_NO, WARNING) if no else context.severity(_UNKNOWN, WARNING)
        if severity is None:
            continue
        action = f"assessment_open.action_{question}"
        if answer is None:
            yield finding(
                "assessment-open",
                severity,
                "assessment_unanswered",
                ("opportunity", "assessment"),
                action,
                question=Label(f"check.question_{question}"),
            )
            continue
        name = "assessment_open_why" if answer.why else "assessment_open"
        yield finding(
            "assessment-open",
            severity,
            name,
            ("opportunity", "assessment", question, "answer"),
            action,
            question=Label(f"check.question_{question}"),
            answer=answer.answer,
            why=answer.why or "",
        )


_NOT_WRITTEN = {"design": WARNING, "evaluation": ERROR, "commitment": ERROR, "implementation": WARNING}


def needs_not_written(context: Context) -> Iterable[Finding]:
    """Flag needs not confirmed in writing from the design stage on; list the missing parts of the five."""
    opportunity = context.brief.opportunity
    if opportunity is None or not context.from_stage("design"):
        return
    severity = context.severity(_NOT_WRITTEN, WARNING)
    needs = opportunity.needs
    if needs is None:
        yield finding(
            "needs-not-written",
            severity,
            "needs_missing",
            ("opportunity",),
            "needs_not_written.action",
            stage=context.stage,
        )
        return
    if not needs.confirmed_in_writing:
        yield finding(
            "needs-not-written",
            severity,
            "needs_not_written",
            ("opportunity", "needs", "confirmed_in_writing"),
            stage=context.stage,
        )
    missing = [Label(f"check.needs_{part}") for part in NEEDS_PARTS if not getattr(needs, part)]
    if missing:
        yield finding("needs-not-written", INFO, "needs_parts_missing", ("opportunity", "needs"), parts=missing)


_NO_COMPETITORS = {"design": INFO, "evaluation": WARNING, "commitment": WARNING}


def no_competitor_analysis(context: Context) -> Iterable[Finding]:
    """Flag an evaluation (or later) with no competitors recorded, or no strengths and weaknesses of ours."""
    opportunity = context.brief.opportunity
    if opportunity is None:
        return
    severity = context.severity(_NO_COMPETITORS, None)
    if severity is None:
        return
    if not opportunity.competitors:
        yield finding(
            "no-competitor-analysis", severity, "no_competitor_analysis", ("opportunity",), stage=context.stage
        )
    elif context.from_stage("evaluation") and not (opportunity.our_strengths and opportunity.our_weaknesses):
        side = "our_weaknesses" if opportunity.our_strengths else "our_strengths"
        yield finding(
            "no-competitor-analysis",
            INFO,
            f"no_{side}",
            ("opportunity", "competitors"),
            "no_competitor_analysis.action_ours",
        )


def decision_date_passed(context: Context) -> Iterable[Finding]:
    """Flag a decision date before today on a deal not yet in implementation."""
    opportunity = context.brief.opportunity
    if opportunity is None or opportunity.decision_date is None or context.from_stage("implementation"):
        return
    date = opportunity.decision_date
    if date >= context.today:
        return
    severity = context.severity({"commitment": ERROR}, WARNING)
    yield finding(
        "decision-date-passed",
        severity,
        "decision_date_passed",
        ("opportunity", "decision_date"),
        date=date,
        today=context.today,
        days=(context.today - date).days,
    )


# --- proposal depth (competitive mapping, objections in time) --------------------------------


def weakness_unanswered(context: Context) -> Iterable[Finding]:
    """Flag each of our weaknesses that affects the decision maker with no answer prepared for it
    (its own `answer`, or the response to an objection that names it)."""
    from generator.analysis.competition import prepared_answer

    brief = context.brief
    opportunity = brief.opportunity
    if opportunity is None or context.from_stage("implementation"):
        return
    deciders = [c for c in brief.contacts if Role.DECISION_MAKER in c.roles] or [
        c for c in brief.contacts if c.level == Level.DECISION
    ]
    severity = context.severity({"commitment": ERROR}, WARNING)
    for index, weakness in enumerate(opportunity.our_weaknesses):
        affected = [c for c in deciders if c.id in weakness.affects]
        if affected and prepared_answer(weakness, brief.objections) is None:
            yield finding(
                "weakness-unanswered",
                severity,
                "weakness_unanswered",
                ("opportunity", "our_weaknesses", index),
                weakness=weakness.text,
                names=[c.name for c in affected],
            )


# An objection must have its answer by the time bids are compared; at commitment it is an error.
_UNANSWERED_OBJECTION = {"evaluation": WARNING, "commitment": ERROR, "implementation": WARNING}


def objection_unanswered(context: Context) -> Iterable[Finding]:
    """Flag each objection with no response written, from the evaluation stage (unless it is never to be answered)."""
    severity = context.severity(_UNANSWERED_OBJECTION, None)
    if severity is None:
        return
    for index, objection in enumerate(context.brief.objections):
        if not objection.response and objection.timing != ObjectionTiming.NEVER:
            yield finding(
                "objection-unanswered",
                severity,
                "objection_unanswered",
                ("objections", index),
                statement=objection.statement,
            )


RULES = [
    assessment_open,
    needs_not_written,
    no_competitor_analysis,
    decision_date_passed,
    weakness_unanswered,
    objection_unanswered,
]
