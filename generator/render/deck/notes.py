"""Internal speaker notes for the presenter copy of the deck: objections to expect, per slide,
and how each attendee listens. Built from the whole brief, so it is INTERNAL: only
`kam deck --presenter` passes it to the renderer; the customer deck never receives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.analysis.objections import by_timing
from generator.models.brief import Brief
from generator.models.enums import Style

# Which slide an objection belongs to (DOMAIN §2, by content); others go to the call to act.
OBJECTION_SLIDE = {
    "need": "value",
    "price": "pricing",
    "payment": "pricing",
    "product": "point",
    "service": "point",
    "timing": "timeline",
    "salesperson": "credentials",
}
LAST_SLIDE = "call"


@dataclass(frozen=True)
class ObjectionNote:
    """One objection with its prepared answer, as the presenter reads it."""

    statement: str
    type: object | None
    nature: object | None
    method: object | None
    response: str | None
    slide: str  # the slide kind it is expected on
    timing: object | None = None


@dataclass(frozen=True)
class AttendeeNote:
    """An attendee named in the brief: their communication style and whom they report to."""

    name: str
    title: str | None
    style: Style | None
    reports_to: str | None = None  # the name of the person they report to


@dataclass(frozen=True)
class PresenterNotes:
    """Everything the presenter copy adds: objections by slide kind (in answering order) and the attendees."""

    objections: tuple[ObjectionNote, ...]
    attendees: tuple[AttendeeNote, ...]

    def for_slide(self, kind: str, present: set[str], last: str) -> tuple[ObjectionNote, ...]:
        """Return the objections to expect on the first slide of `kind`, given the kinds the deck
        has; objections whose own slide is absent come on the `last` slide's notes."""
        return tuple(o for o in self.objections if o.slide == kind or (o.slide not in present and kind == last))


def presenter_notes(brief: Brief) -> PresenterNotes:
    """Return the presenter's notes built from the brief's objections and contacts: objections in
    answering order (before → immediately → later → never), attendees with a known style or boss."""
    objections = tuple(
        ObjectionNote(
            statement=o.statement,
            type=o.type,
            nature=o.nature,
            method=o.method,
            response=o.response,
            slide=OBJECTION_SLIDE.get(o.type.value if o.type else "", LAST_SLIDE),
            timing=o.timing,
        )
        for o in by_timing(brief.objections)
    )
    attendees = []
    for contact in brief.contacts:
        boss = brief.contact(contact.reports_to) if contact.reports_to else None
        if contact.style is not None or boss is not None:
            attendees.append(AttendeeNote(contact.name, contact.title, contact.style, boss.name if boss else None))
    return PresenterNotes(objections, tuple(attendees))
