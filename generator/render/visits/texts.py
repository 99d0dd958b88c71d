"""The visit plan in words: every field of a visit as the reader sees it, shared by the Word,
Excel and calendar renderers so all three say the same thing."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from generator.analysis.call_plan import Line, care_occasion
from generator.analysis.visits import CADENCE, CARE, FLOOR, INITIATIVE, LOGGED, REACTIVATE, SENIOR, WIN_BACK, quarter_of
from generator.analysis.visits_plan import PlanEntry, VisitPlan
from generator.i18n import Texts


@dataclass(frozen=True)
class Person:
    """Someone to meet, in words."""

    name: str
    reasons: str
    style: str
    stress: tuple[str, ...] = ()  # our strengths to stress with them
    mind: tuple[str, ...] = ()  # our weaknesses that affect them, with the answer


@dataclass(frozen=True)
class Objection:
    """An objection and its prepared answer, in words."""

    statement: str
    response: str
    # offer and close
    steps: tuple[str, ...] = ()  # LSCPA: listen, share, clarify, present, ask


@dataclass(frozen=True)
class VisitText:
    """One visit in words."""

    date: dt.date
    date_text: str
    weekday: str
    customer: str
    customer_full: str
    tier: str
    stage: str
    kind: str
    why: str
    people: tuple[Person, ...]
    objectives: tuple[str, ...]
    give: tuple[str, ...]
    get: tuple[str, ...]
    commitment: str
    objections: tuple[Objection, ...]
    negotiation: tuple[str, ...]
    notes: tuple[str, ...]
    last_visit: tuple[str, ...]
    address: str
    source: str
    logged: bool
    # offer and close
    signals: tuple[Any, ...] = ()  # buying signals to watch, and those seen (headings as ("bold", text))
    close: tuple[str, ...] = ()  # the closing method, why, the words, the note

    @property
    def objective(self) -> str:
        """Return the main objective (the first)."""
        return self.objectives[0] if self.objectives else ""

    def meet_line(self, texts: Texts) -> str:
        """Return the people to meet on one line: 王建国（总经理）、陈工（设备科科长）."""
        return texts.join([p.name for p in self.people])


def say(texts: Texts, line: Line) -> str:
    """Return a plan line in the document's words (label `visits.<key>` with its values formatted)."""
    # A `plan.` key is the account plan's own label (the method's activities for a relationship stage).
    key = line.key if line.key.startswith("plan.") else f"visits.{line.key}"
    return texts.t(key, **{name: _value(texts, value) for name, value in line.values.items()})


def _value(texts: Texts, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Line):
        return say(texts, value)
    if isinstance(value, enum.Enum):
        return texts.term(value)
    if isinstance(value, dt.date):
        return texts.date(value)
    if isinstance(value, Decimal):
        return texts.money(value)
    if isinstance(value, (list, tuple)):
        items = [_value(texts, v) for v in value]
        return texts.join(items) if items else texts.t("visits.none")
    return str(value)


def greeting_text(texts: Texts, plan: VisitPlan, greeting) -> str:
    """Return a greeting of the plan on one line: date, customer, occasion and whom to greet."""
    care = greeting.care
    return texts.t(
        "visits.greeting_line",
        date=texts.short_date(greeting.date),
        weekday=weekday(texts, greeting.date),
        customer=plan.customers[greeting.customer].name,
        occasion=_value(texts, care_occasion(care)),
        people=texts.join([p.name for p in care.people]) or texts.t("visits.none"),
    )


def weekday(texts: Texts, day: dt.date) -> str:
    """Return the short weekday name (周三 / Wed)."""
    return texts.t(f"visits.weekday_{day.weekday()}")


def texts_for(entry: PlanEntry, language: str) -> Texts:
    """Return the labels and formatting for an entry: the plan's language, the customer's currency."""
    return Texts(language, entry.customer.brief.currency)


def visit_text(entry: PlanEntry, language: str, *, make_up_day: bool = False) -> VisitText:
    """Return every field of the visit in words."""
    texts = texts_for(entry, language)
    visit, customer, plan = entry.visit, entry.customer, entry.plan
    brief = customer.brief
    people = []
    for attendee in plan.attendees:
        if attendee.contact is None:
            people.append(Person(say(texts, attendee.reasons[0]), "", ""))
            continue
        contact = attendee.contact
        name = texts.t("visits.person", name=contact.name, title=contact.title) if contact.title else contact.name
        people.append(
            Person(
                name,
                _join_reasons(texts, attendee.reasons),
                say(texts, attendee.style_hint) if attendee.style_hint else "",
                tuple(say(texts, line) for line in attendee.stress),
                tuple(say(texts, line) for line in attendee.mind),
            )
        )
    objections = []
    for item in plan.objections:
        nature = (
            f"（{texts.term(item.nature)}）"
            if item.nature and language == "zh"
            else (f" ({texts.term(item.nature).lower()})" if item.nature else "")
        )
        head = texts.t(
            "visits.objection_line",
            type=texts.term(item.type) if item.type else "",
            nature=nature,
            statement=item.statement,
        ).lstrip(":： ")
        if item.timing:
            head += texts.t("visits.objection_timing", timing=texts.term(item.timing))
        if item.response:
            method = texts.term(item.method) if item.method else texts.t("visits.objection_method_unknown")
            answer = texts.t("visits.objection_response", method=method, response=item.response)
        else:
            answer = texts.t("visits.objection_no_response")
        objections.append(Objection(head, answer, tuple(say(texts, step) for step in item.steps)))
    day_text = texts.short_date(visit.date)
    if make_up_day:
        day_text += texts.t("visits.make_up_mark")
    return VisitText(
        date=visit.date,
        date_text=day_text,
        weekday=weekday(texts, visit.date),
        customer=customer.name,
        customer_full=brief.account.name,
        tier=texts.term(customer.tier),
        stage=texts.term(plan.stage) if plan.stage else texts.t("visits.stage_none"),
        kind=kind_text(texts, entry),
        why=why_text(texts, entry),
        people=tuple(people),
        objectives=tuple(say(texts, line) for line in plan.objectives),
        give=tuple(say(texts, line) for line in plan.give),
        get=tuple(say(texts, line) for line in plan.get),
        commitment=say(texts, plan.commitment),
        objections=tuple(objections),
        negotiation=tuple(say(texts, line) for line in plan.negotiation),
        notes=tuple(say(texts, line) for line in plan.notes),
        last_visit=tuple(_last_visit(texts, plan.last_visit)),
        address=(brief.account.basic.address or "") if brief.account.basic else "",
        source=customer.source,
        logged=visit.logged is not None,
        signals=tuple(_signals(texts, plan.close)),
        close=tuple(_close(texts, plan.close)),
    )


def _signals(texts: Texts, close) -> list[Any]:
    if close is None:
        return []
    out = [("bold", texts.t("visits.signals_watch"))] + ["· " + say(texts, line) for line in close.watch]
    if close.seen:
        out += [("bold", texts.t("visits.signals_seen"))] + ["· " + say(texts, line) for line in close.seen]
    return out


def _close(texts: Texts, close) -> list[str]:
    if close is None:
        return []
    out = [
        texts.t("visits.close.method", method=texts.term(close.method)),
        say(texts, close.why),
        texts.t("visits.close.words", words=say(texts, close.words)),
    ]
    if close.note:
        out.append(texts.t("visits.close.note", note=close.note))
    return out


def _join_reasons(texts: Texts, reasons) -> str:
    words = [say(texts, r) for r in reasons]
    return ("；" if texts.language == "zh" else "; ").join(words)


def kind_text(texts: Texts, entry: PlanEntry) -> str:
    """Return the kind of visit: regular, senior-management or agreed, with the meeting invitation noted."""
    visit = entry.visit
    if visit.reason in (CARE, WIN_BACK, REACTIVATE, INITIATIVE) and not (visit.senior and visit.reason == INITIATIVE):
        text = texts.t(f"visits.kind_{visit.reason}")
        if visit.senior:
            text += ("，" if texts.language == "zh" else ", ") + texts.t("visits.kind_senior")
    elif visit.senior:
        text = texts.t("visits.kind_senior")
    elif visit.logged is not None:
        text = texts.t("visits.kind_logged")
    else:
        text = texts.t("visits.kind_regular")
    if visit.invite:
        text += ("，" if texts.language == "zh" else ", ") + texts.t("visits.kind_invite")
    return text


def why_text(texts: Texts, entry: PlanEntry) -> str:
    """Return why the visit is on this date: the cadence and the last visit, the quarterly senior visit, or the log."""
    visit, tier = entry.visit, texts.term(entry.customer.tier)
    if visit.reason == LOGGED:
        return texts.t("visits.why_logged")
    detail: Any = visit.dated.detail if visit.dated is not None else None
    if visit.reason == CARE:
        return texts.t("visits.why_care", occasion=_value(texts, care_occasion(detail)), date=texts.date(visit.due))
    if visit.reason == WIN_BACK:
        keys = ("winback.reason", "winback.repair", "winback.offer", "winback.retain")
        return texts.t("visits.why_win_back", step=keys.index(detail.key) + 1)
    if visit.reason == REACTIVATE:
        return texts.t("visits.why_reactivate")
    if visit.reason == INITIATIVE:
        return texts.t("visits.why_initiative", date=texts.date(visit.due))
    if visit.reason == SENIOR and visit.senior_months != 3:
        return texts.t("visits.why_senior_period", period=texts.t(f"visits.period_{visit.senior_months}"))
    if visit.reason == SENIOR:
        year, quarter = quarter_of(visit.date)
        return texts.t("visits.why_senior", quarter=texts.t("visits.quarter", year=year, quarter=quarter))
    last = visit.last
    if visit.reason == FLOOR:
        text = (
            texts.t("visits.why_floor", interval=visit.interval, last=texts.date(last))
            if last
            else texts.t("visits.why_floor_first", interval=visit.interval)
        )
    elif last is None:
        text = texts.t("visits.why_cadence_first", tier=tier, interval=visit.interval)
    else:
        overdue = (visit.due - last).days - visit.interval if visit.due else 0
        if overdue > 0:
            text = texts.t(
                "visits.why_overdue", tier=tier, interval=visit.interval, last=texts.date(last), days=overdue
            )
        else:
            text = texts.t("visits.why_cadence", tier=tier, interval=visit.interval, last=texts.date(last))
    if visit.late_days:
        text += texts.t("visits.why_late", due=texts.date(visit.due))
    if visit.senior and visit.reason in (CADENCE, FLOOR) and visit.senior_months != 3:
        text += " " + texts.t("visits.why_senior_period", period=texts.t(f"visits.period_{visit.senior_months}"))
    elif visit.senior and visit.reason in (CADENCE, FLOOR):
        year, quarter = quarter_of(visit.date)
        text += " " + texts.t("visits.why_senior", quarter=texts.t("visits.quarter", year=year, quarter=quarter))
    return text


def _last_visit(texts: Texts, visit) -> list[str]:
    if visit is None:
        return []
    out = [
        texts.t(
            "visits.last_visit_line", date=texts.date(visit.date), objective=visit.objective or texts.t("visits.none")
        )
    ]
    if visit.outcome:
        out.append(texts.t("visits.last_visit_outcome", outcome=visit.outcome))
    if visit.next_steps:
        out.append(texts.t("visits.last_visit_steps", steps=texts.join(list(visit.next_steps))))
    return out


def visit_texts(plan: VisitPlan) -> list[VisitText]:
    """Return every visit of the plan in words, in date order."""
    make_up = set(plan.calendar.make_up_days_between(plan.settings.start, plan.settings.end))
    return [visit_text(e, plan.language, make_up_day=e.visit.date in make_up) for e in plan.entries]
