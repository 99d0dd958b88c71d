"""Internal speaker notes for the presenter copy of the deck: objections to expect, per slide,
and how each attendee listens. Built from the whole brief, so it is INTERNAL: only
`kam deck --presenter` passes it to the renderer; the customer deck never receives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.brief import Brief

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


@dataclass(frozen=True)
class AttendeeNote:
    """An attendee named in the brief and their communication style."""

    name: str
    title: str | None
    style: object | None


@dataclass(frozen=True)
class PresenterNotes:
    """Everything the presenter copy adds: objections by slide kind and the attendees' styles."""

    objections: tuple[ObjectionNote, ...]
    attendees: tuple[AttendeeNote, ...]

    def for_slide(self, kind: str, present: set[str], last: str) -> tuple[ObjectionNote, ...]:
        """Return the objections to expect on the first slide of `kind`, given the kinds the deck
        has; objections whose own slide is absent come on the `last` slide's notes."""
        return tuple(o for o in self.objections
                     if o.slide == kind or (o.slide not in present and kind == last))


def presenter_notes(brief: Brief) -> PresenterNotes:
    """Return the presenter's notes built from the brief's objections and contacts."""
    objections = tuple(
        ObjectionNote(
            statement=o.statement, type=o.type, nature=o.nature, method=o.method, response=o.response,
            slide=OBJECTION_SLIDE.get(o.type.value if o.type else "", LAST_SLIDE),
        )
        for o in brief.objections
    )
    attendees = tuple(AttendeeNote(c.name, c.title, c.style) for c in brief.contacts if c.style is not None)
    return PresenterNotes(objections, attendees)
