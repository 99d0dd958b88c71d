"""What readers yield: located text items (for the content rules) and marks (hidden or leftover content)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Where:
    """A place in a document: the part, the kind of place (a catalogue key `preflight.where_<place>`)
    and its numbers or names, plus the state of the text there (deleted, hidden, notes…)."""

    part: str
    place: str
    values: tuple[tuple[str, object], ...] = ()
    state: str | None = None

    def with_state(self, state: str | None) -> Where:
        """Return the same place with the text's `state` (deleted, inserted, hidden…)."""
        return Where(self.part, self.place, self.values, state)

    @property
    def key(self) -> tuple:
        """Return the key that orders places within a file: part, then numbers in document order."""
        return (_natural(self.part), tuple(_order(v) for _, v in self.values), self.place, self.state or "")


def _order(value: object) -> tuple:
    if isinstance(value, Where):
        return (2, 0, str(value.key))
    return (0, value, "") if isinstance(value, int) else (1, 0, str(value))


def _natural(name: str) -> tuple:
    """Return a sort key that puts slide2 before slide10."""
    return tuple(int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", name))


@dataclass(frozen=True)
class Item:
    """A run of text a reader can see or reveal at one place; `notes` is True in speaker notes."""

    where: Where
    text: str
    notes: bool = False


@dataclass(frozen=True)
class Mark:
    """Something left in the document that a person may not see: a comment, a tracked change, hidden
    text or slide, an off-slide shape, embedded data, speaker notes, a personal property, a placeholder."""

    rule: str
    where: Where
    text: str


@dataclass
class Reading:
    """Everything a reader found in one file."""

    items: list[Item] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def item(self, where: Where, text: str, *, notes: bool = False) -> None:
        """Add a text item when it holds any text."""
        if text and text.strip():
            self.items.append(Item(where, text, notes))

    def mark(self, rule: str, where: Where, text: str = "") -> None:
        """Add a mark."""
        self.marks.append(Mark(rule, where, text.strip()))
