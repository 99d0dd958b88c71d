"""The buying centre as a drawn org chart (PNG): one box per person with name, title, roles
and relationship stage, framed in the colour of their attitude, and a line from each person
to whom they report. People who report to nobody in the brief stand on the top row; each
reporting level is a row below, wrapped onto further rows when it holds more people than fit
across. Lines run through the gaps between rows and the gutters between columns, so they
never cross a box.

Internal (it shows attitudes): for the archive card and the visit plan only. Same people,
same bytes: no timestamp or other metadata is written into the PNG.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.render.kit.text_fit import font_file
from generator.render.kit.xml_text import clean_text

# Geometry in pixels (a three-column chart fills a page's text width: 1 px ≈ 0.16 mm).
BOX_W, BOX_H = 300, 206
GAP_X, GAP_Y = 40, 64  # gutter between columns, gap between rows
MARGIN = 30
MAX_COLUMNS = 4  # boxes across before a level wraps onto another row
LEGEND_H = 56
FONT_FAMILY = "Microsoft YaHei"  # the documents' East Asian font; fontconfig finds a CJK stand-in

ATTITUDE_COLOURS = {
    "supporter": (46, 125, 50),
    "neutral": (127, 127, 127),
    "opponent": (198, 40, 40),
    None: (176, 190, 205),
}
LINE_COLOUR = (96, 110, 130)
TEXT_COLOUR = (33, 33, 33)
MUTED_COLOUR = (89, 89, 89)


@dataclass(frozen=True)
class OrgPerson:
    """One person as the chart shows them (texts already in the reader's words)."""

    id: str
    name: str
    title: str
    roles: str
    stage: str
    attitude: str | None  # supporter | neutral | opponent | None (unknown)
    reports_to: str | None  # another person's id


FULL_COLUMNS = 3
FULL_WIDTH = 2 * MARGIN + FULL_COLUMNS * BOX_W + (FULL_COLUMNS - 1) * GAP_X
"""A chart this wide (three columns) fills the page's text width; narrower ones keep its scale, a wider
one (four columns) is scaled down to the text width."""


@dataclass(frozen=True)
class OrgChart:
    """A drawn chart: PNG bytes and its size in pixels."""

    png: bytes
    width: int
    height: int

    def size_on_page(self, text_width: int, max_height: int) -> tuple[int, int]:
        """Return (width, height) to place the chart at, in the units of `text_width` and `max_height`:
        charts up to three columns at one scale, wider ones at the text width, any scaled down when
        taller than `max_height`."""
        width = min(text_width, text_width * self.width // FULL_WIDTH)
        height = width * self.height // self.width
        if height > max_height:
            width, height = width * max_height // height, max_height
        return width, height


def worth_drawing(brief: Any) -> bool:
    """Return True when the buying centre has a structure to draw: two people or more and at least one
    reporting line (without any, the buying-centre table already says all a row of boxes would)."""
    return len(brief.contacts) >= 2 and any(c.reports_to for c in brief.contacts)


def people_from_brief(brief: Any, texts: Any) -> list[OrgPerson]:
    """Return the brief's contacts as chart people, in the words of `texts`."""
    return [
        OrgPerson(
            id=c.id,
            name=c.name,
            title=c.title or "",
            roles=texts.join([texts.term(r) for r in c.roles]),
            stage=texts.term(c.relationship),
            attitude=c.attitude.value if c.attitude else None,
            reports_to=c.reports_to,
        )
        for c in brief.contacts
    ]


def org_chart_for(brief: Any, texts: Any) -> OrgChart | None:
    """Return the drawn org chart of the brief's buying centre, or None when it has no contacts."""
    people = people_from_brief(brief, texts)
    if not people:
        return None
    from generator.models.enums import Attitude

    legend: list[tuple[str | None, str]] = [(a.value, texts.term(a)) for a in Attitude]
    legend.append((None, texts.t("archive.attitude_unknown")))
    return draw_org_chart(people, legend)


# --- layout -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    row: int
    column: float  # a short row is centred, so a place may be half a column in


def _levels(people: Sequence[OrgPerson]) -> list[list[OrgPerson]]:
    """Return the people by reporting level, each level ordered by its bosses' order, then the brief's."""
    by_id = {p.id: p for p in people}
    depth: dict[str, int] = {}

    def level_of(person: OrgPerson) -> int:
        seen: list[str] = []
        current = person
        while current.reports_to in by_id and current.id not in seen and len(seen) <= len(people):
            seen.append(current.id)
            current = by_id[current.reports_to]
        # the loaded brief has no loops; a chain that meets itself is cut at the repeat
        return len(seen) if current.id not in seen else len(seen) - 1

    for person in people:
        depth[person.id] = level_of(person)
    levels: list[list[OrgPerson]] = []
    position: dict[str, int] = {}
    for level in range(max(depth.values()) + 1 if depth else 0):
        members = [p for p in people if depth[p.id] == level]
        members.sort(key=lambda p: (position.get(p.reports_to or "", -1), people.index(p)))
        for index, person in enumerate(members):
            position[person.id] = index
        levels.append(members)
    return [level for level in levels if level]


def _layout(levels: list[list[OrgPerson]]) -> tuple[dict[str, _Place], int, int]:
    """Return each person's grid place, the number of columns and of rows."""
    columns = min(MAX_COLUMNS, max(len(level) for level in levels))
    places: dict[str, _Place] = {}
    row = 0
    for level in levels:
        for start in range(0, len(level), columns):
            chunk = level[start : start + columns]
            offset = (columns - len(chunk)) / 2
            for index, person in enumerate(chunk):
                places[person.id] = _Place(row, offset + index)
            row += 1
    return places, columns, row


def _box(place: _Place) -> tuple[int, int, int, int]:
    left = MARGIN + int(place.column * (BOX_W + GAP_X))
    top = MARGIN + place.row * (BOX_H + GAP_Y)
    return left, top, left + BOX_W, top + BOX_H


# --- drawing ------------------------------------------------------------------------------


def draw_org_chart(people: Sequence[OrgPerson], legend: Sequence[tuple[str | None, str]]) -> OrgChart:
    """Return the org chart of `people` as a PNG, with a legend of attitude colours under it."""
    from PIL import Image, ImageDraw

    levels = _levels(people)
    places, columns, rows = _layout(levels)
    width = 2 * MARGIN + columns * BOX_W + (columns - 1) * GAP_X
    width = max(width, 2 * MARGIN + 2 * BOX_W + GAP_X)  # room for the legend
    height = 2 * MARGIN + rows * BOX_H + (rows - 1) * GAP_Y + LEGEND_H
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    by_id = {p.id: p for p in people}
    boxes_by_row: dict[int, list[tuple[int, int, int, int]]] = {}
    for place in places.values():
        boxes_by_row.setdefault(place.row, []).append(_box(place))
    for person in people:
        boss = by_id.get(person.reports_to) if person.reports_to else None
        if boss is not None and boss.id != person.id:
            _connect(draw, places[boss.id], places[person.id], boxes_by_row, width)
    for person in people:
        _draw_box(draw, person, _box(places[person.id]))
    _draw_legend(draw, legend, height - MARGIN - LEGEND_H + 24)
    buffer = io.BytesIO()
    # No text or time chunks; level 3 packs nearly as tight as the default at two thirds of the time.
    image.save(buffer, format="PNG", optimize=False, compress_level=3)
    return OrgChart(buffer.getvalue(), width, height)


def _connect(
    draw: Any, boss: _Place, person: _Place, boxes_by_row: dict[int, list[tuple[int, int, int, int]]], width: int
) -> None:
    """Draw the line from a person's top up to their boss's bottom, around the boxes between them."""
    b_left, _, b_right, b_bottom = _box(boss)
    p_left, p_top, p_right, _ = _box(person)
    start = ((b_left + b_right) // 2, b_bottom)
    end = ((p_left + p_right) // 2, p_top)
    # Lines from neighbouring bosses run at slightly different heights, so each reads as its own.
    below_boss = b_bottom + GAP_Y // 2 + (int(boss.column * 2) % 3 - 1) * 10
    above_person = p_top - GAP_Y // 2 + (int(boss.column * 2) % 3 - 1) * 10
    if person.row == boss.row + 1:
        points = [start, (start[0], below_boss), (end[0], below_boss), end]
    elif person.row > boss.row:
        # several rows down: run down a gutter that no box of the rows between occupies
        between = [box for row in range(boss.row + 1, person.row) for box in boxes_by_row.get(row, [])]
        candidates = {MARGIN // 2, width - MARGIN // 2}
        candidates |= {x for box in between for x in (box[0] - GAP_X // 2, box[2] + GAP_X // 2)}
        free = [x for x in candidates if not any(box[0] - 4 <= x <= box[2] + 4 for box in between)]
        gutter = min(free, key=lambda x: (abs(x - end[0]), x))
        points = [
            start,
            (start[0], below_boss),
            (gutter, below_boss),
            (gutter, above_person),
            (end[0], above_person),
            end,
        ]
    else:
        # the boss is on a later row than the person (cannot happen with levels; drawn plainly)
        points = [start, end]
    draw.line(points, fill=LINE_COLOUR, width=3, joint="curve")


def _draw_box(draw: Any, person: OrgPerson, box: tuple[int, int, int, int]) -> None:
    left, top, right, bottom = box
    colour = ATTITUDE_COLOURS.get(person.attitude, ATTITUDE_COLOURS[None])
    draw.rounded_rectangle(box, radius=10, fill=(255, 255, 255), outline=colour, width=4)
    draw.rounded_rectangle((left, top, right, top + 12), radius=6, fill=colour)
    inner = BOX_W - 28
    x, y = left + 14, top + 20
    name_font, body_font, small_font = _font(28, True), _font(22), _font(20)
    for line in _wrap(_clean(person.name), name_font, inner, 1):
        draw.text((x, y), line, font=name_font, fill=TEXT_COLOUR)
        y += 38
    for text, font, fill, most in (
        (person.title, body_font, TEXT_COLOUR, 2),
        (person.roles, small_font, MUTED_COLOUR, 2),
        (person.stage, small_font, colour, 1),
    ):
        for line in _wrap(_clean(text), font, inner, most):
            if y + 24 > bottom - 6:
                return
            draw.text((x, y), line, font=font, fill=fill)
            y += 27


def _draw_legend(draw: Any, legend: Sequence[tuple[str | None, str]], y: int) -> None:
    font = _font(20)
    x = MARGIN
    for key, label in legend:
        colour = ATTITUDE_COLOURS.get(key, ATTITUDE_COLOURS[None])
        draw.rounded_rectangle((x, y, x + 26, y + 22), radius=4, outline=colour, width=4)
        text = _clean(label)
        draw.text((x + 36, y - 2), text, font=font, fill=MUTED_COLOUR)
        x += 36 + int(font.getlength(text)) + 36


def _clean(text: str) -> str:
    """Return text the layout engine draws on one line: controls and line breaks become spaces."""
    text = clean_text(text or "").replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))[:200]


def _wrap(text: str, font: Any, width: int, most: int) -> list[str]:
    """Return `text` in at most `most` lines of `width` pixels; the last one ends with … when cut."""
    if not text:
        return []
    lines: list[str] = []
    current = ""
    for char in text:
        if font.getlength(current + char) <= width:
            current += char
            continue
        if len(lines) + 1 == most:
            while current and font.getlength(current + "…") > width:
                current = current[:-1]
            return lines + [current + "…"]
        # break at the last space of a Latin line, else between characters
        cut = current.rfind(" ")
        if cut > 0 and char != " ":
            lines.append(current[:cut])
            current = current[cut + 1 :] + char
        else:
            lines.append(current)
            current = char.lstrip()
    if current:
        lines.append(current)
    return lines[:most]


@lru_cache(maxsize=16)
def _font(size: int, bold: bool = False) -> Any:
    """Return a font covering Chinese, found the way the deck's text fitting finds its fonts."""
    from PIL import ImageFont

    family = f"{FONT_FAMILY}:style=Bold" if bold else FONT_FAMILY
    path = font_file(family, chinese=True) or font_file(FONT_FAMILY, chinese=True)
    if path:
        for index in _face_indices(path):
            try:
                return ImageFont.truetype(path, size, index=index)
            except OSError:
                continue
    return ImageFont.load_default(size)


@lru_cache(maxsize=8)
def _face_indices(path: str) -> tuple[int, ...]:
    """Return the faces of a font file to try, the Simplified Chinese one first (a .ttc holds several)."""
    from PIL import ImageFont

    if not path.lower().endswith(".ttc"):
        return (0,)
    found = []
    for index in range(16):
        try:
            name = ImageFont.truetype(path, 12, index=index).getname()[0] or ""
        except OSError:
            break
        found.append((0 if " SC" in name or name.endswith("SC") else 1, index))
    return tuple(index for _, index in sorted(found)) or (0,)
