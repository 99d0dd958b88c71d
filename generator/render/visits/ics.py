"""The visit plan as an iCalendar file (RFC 5545): one event per visit, ready to import.

UIDs come from the customer, the date and the kind of visit, so importing a re-generated
plan updates the events instead of duplicating them. DTSTAMP is the plan's first day,
not the clock: the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence

from generator.analysis.visits_plan import PlanEntry, VisitPlan
from generator.i18n import Texts
from generator.render.kit.xml_text import clean_text
from generator.render.visits.texts import VisitText

UID_DOMAIN = "visits.kam"


def visit_uid(customer: str, day: dt.date, purpose: str) -> str:
    """Return the stable UID of a visit: a hash of customer, date and purpose."""
    digest = hashlib.sha256(f"{customer}\x1f{day.isoformat()}\x1f{purpose}".encode()).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def purpose_of(entry: PlanEntry) -> str:
    """Return the visit's purpose code: the account plan's reason (care, win_back, reactivate, initiative),
    senior, agreed (from the log) or regular."""
    if entry.visit.dated is not None:
        return entry.visit.reason + ("-senior" if entry.visit.senior else "")
    if entry.visit.senior:
        return "senior"
    return "agreed" if entry.visit.logged is not None else "regular"


def render_ics(plan: VisitPlan, *, times: Sequence[dt.time] = (), duration: int = 90) -> bytes:
    """Return the plan as .ics bytes.

    Without `times` every visit is an all-day event; with them, the n-th visit of a day
    starts at the n-th time (later ones follow the last time, `duration` minutes apart)
    in floating local time, as a salesperson's calendar shows it wherever they are.
    """
    from icalendar import Calendar, Event

    from generator.render.visits.texts import visit_texts

    texts = Texts(plan.language)
    settings = plan.settings
    stamp = dt.datetime.combine(settings.start, dt.time(), tzinfo=dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//kam//visit plan//{plan.language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname",
        texts.t("visits.ics_name", start=texts.short_date(settings.start), end=texts.short_date(settings.end)),
    )
    nth: Counter = Counter()
    for entry, words in zip(plan.entries, visit_texts(plan)):
        event = Event()
        event.add("uid", visit_uid(entry.customer.brief.account.name, entry.visit.date, purpose_of(entry)))
        event.add("dtstamp", stamp)
        key = "visits.ics_summary_senior" if entry.visit.senior else "visits.ics_summary"
        event.add("summary", ics_text(texts.t(key, customer=words.customer, objective=_short_objective(entry, words))))
        _add_time(event, entry.visit.date, nth[entry.visit.date], times, duration)
        nth[entry.visit.date] += 1
        event.add("description", ics_text(description(texts, words)))
        if words.address:
            event.add("location", ics_text(words.address))
        event.add("categories", [ics_text(words.tier), ics_text(words.stage)])
        event.add("transp", "OPAQUE" if times else "TRANSPARENT")
        event.add("sequence", 0)
        calendar.add_component(event)
    for greeting in plan.greetings:
        calendar.add_component(_greeting_event(texts, plan, greeting, stamp))
    if plan.schedule.meeting:
        event = Event()
        event.add("uid", visit_uid("", plan.schedule.meeting, "key-account-meeting"))
        event.add("dtstamp", stamp)
        event.add("summary", texts.t("visits.meeting_summary"))
        event.add("dtstart", plan.schedule.meeting)
        event.add("dtend", plan.schedule.meeting + dt.timedelta(days=1))
        invited = [plan.customers[i].name for i in plan.schedule.invited]
        event.add(
            "description",
            ics_text(texts.t("visits.meeting_description", customers=texts.join(invited) or texts.t("visits.none"))),
        )
        event.add("sequence", 0)
        calendar.add_component(event)
    return calendar.to_ical()


def _greeting_event(texts: Texts, plan: VisitPlan, greeting, stamp: dt.datetime):
    """Return a care occasion to greet on as an all-day, free (transparent) event."""
    from icalendar import Event

    from generator.render.visits.texts import greeting_text

    customer = plan.customers[greeting.customer].brief.account.name
    event = Event()
    event.add("uid", visit_uid(customer, greeting.date, f"greeting:{greeting.care.kind}:{greeting.care.name}"))
    event.add("dtstamp", stamp)
    event.add("summary", ics_text(greeting_text(texts, plan, greeting).split("  ", 1)[-1]))
    event.add("dtstart", greeting.date)
    event.add("dtend", greeting.date + dt.timedelta(days=1))
    event.add("description", ics_text(greeting_text(texts, plan, greeting)))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [ics_text(texts.t("visits.greetings"))])
    event.add("sequence", 0)
    return event


def ics_text(text: str) -> str:
    """Return `text` as an iCalendar TEXT value may hold it: no control characters but tab and newline."""
    return clean_text(text).replace("\r\n", "\n").replace("\r", "\n").replace("\x7f", "")


def _short_objective(entry: PlanEntry, words: VisitText) -> str:
    """Return the objective for the event title: the stage's goal up to its colon."""
    objective = words.objectives[1] if entry.visit.logged is not None and len(words.objectives) > 1 else words.objective
    for mark in ("：", ":"):
        if mark in objective:
            return objective.split(mark, 1)[0]
    return objective


def _add_time(event, day: dt.date, index: int, times: Sequence[dt.time], duration: int) -> None:
    if not times:
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        return
    if index < len(times):
        start = dt.datetime.combine(day, times[index])
    else:
        start = dt.datetime.combine(day, times[-1]) + dt.timedelta(minutes=duration * (index - len(times) + 1))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=duration))


def description(texts: Texts, words: VisitText) -> str:
    """Return the call plan as the event's plain-text description."""
    colon = texts.t("common.colon")
    blocks = [
        ("col_why_now", [words.why]),
        (
            "col_meet",
            [
                p.name + (f" — {p.reasons}" if p.reasons else "") + (f" ({p.style})" if p.style else "")
                for p in words.people
            ],
        ),
        ("col_objective", list(words.objectives)),
        ("col_commitment", [words.commitment]),
        ("col_give", list(words.give)),
        ("col_get", list(words.get)),
        ("col_objections", [f"{o.statement} → {o.response}" for o in words.objections]),
        ("col_negotiation", list(words.negotiation)),
        ("col_notes", list(words.notes)),
        ("col_last_visit", list(words.last_visit)),
    ]
    out = [f"{words.customer_full} · {words.tier} · {words.stage} · {words.kind}"]
    for key, lines in blocks:
        if lines:
            out.append("")
            out.append(texts.t(f"visits.{key}") + colon.strip())
            out += [f"- {line}" for line in lines]
    return "\n".join(out)
