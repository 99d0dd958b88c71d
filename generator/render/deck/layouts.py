"""The deck's visual layouts: one drawing per kind of content, in native, editable shapes.

Each layout takes an area of the slide (EMU) and a spec from plan.py; colours are theme colour
references (accents, text, background) and headings use the theme's heading font, so a company's
own deck.pptx restyles everything. Every text is fitted with real font metrics (no overflow); what
does not fit a slide continues on the next one (`pages`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR as THEME
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR

from generator.render.deck.plan import (
    AgendaSpec,
    CasesSpec,
    ChallengesSpec,
    ClosingSpec,
    CompareSpec,
    CoverSpec,
    FabSpec,
    StatementSpec,
    TakeawaysSpec,
    TilesSpec,
    TimelineSpec,
)
from generator.render.kit import pptx_kit as kit
from generator.render.kit.text_fit import Box, BoxStyle, Fitted, Metrics, Para, block_height, fit, fit_line

STYLE = BoxStyle(line=1.2, space_before=0.35, inset_x=7.2, inset_y=5.4)
TIGHT = BoxStyle(line=1.15, space_before=0.0, inset_x=5.4, inset_y=2.0)
GAP = 182880  # EMU between two shapes (0.2 inch)
MIN_SIZE = 10  # no text on a slide is set smaller, points
ACCENTS = (THEME.ACCENT_1, THEME.ACCENT_2, THEME.ACCENT_3, THEME.ACCENT_4, THEME.ACCENT_5, THEME.ACCENT_6)
LIGHT = 0.85  # brightness of a pale accent fill
MUTED = (THEME.TEXT_1, 0.35)
FAB_PER_SLIDE = 4
CASES_PER_SLIDE = 3
PHASES_PER_SLIDE = {True: 5, False: 4}  # wide (16:9) and narrow (4:3) slides
STEPS_PER_SLIDE = 5
PROGRESS_HEIGHT = 228600  # the progress marker's height (0.25 inch)


@dataclass
class Area:
    """A rectangle on the slide, EMU."""

    left: int
    top: int
    width: int
    height: int

    def part(self, top: float, height: float) -> Area:
        """Return the band from `top` to `top + height` (fractions of this area's height)."""
        return Area(self.left, self.top + int(self.height * top), self.width, int(self.height * height))

    def columns(self, count: int, gap: int = GAP) -> list[Area]:
        """Return `count` equal columns side by side, `gap` apart."""
        width = (self.width - gap * (count - 1)) // max(count, 1)
        return [Area(self.left + i * (width + gap), self.top, width, self.height) for i in range(count)]


@dataclass
class Pen:
    """What every drawing needs: the slide's fonts, metrics and language."""

    body: Metrics
    heading: Metrics
    body_font: str
    heading_font: str
    lang: str
    wide: bool = True
    cut: bool = False  # set when a text did not fit its shape even at the smallest size (the renderer then
    # sets the region as continued text instead)


def text(
    slide: Any,
    pen: Pen,
    area: Area,
    paras: list[Para],
    largest: float,
    smallest: float = MIN_SIZE,
    *,
    shape: Any = None,
    colour: Any = THEME.TEXT_1,
    anchor: Any = MSO_ANCHOR.TOP,
    heading: bool = False,
    style: BoxStyle = STYLE,
    name: str | None = None,
    line: bool = False,
) -> tuple[Any, float]:
    """Return (shape, size): `paras` set in a new text box over `area` (or in `shape`) at the largest size
    in [smallest, largest] that fits. What still does not fit at the smallest size is left out and
    `pen.cut` set; a `line` (a title) is shortened with an ellipsis instead."""
    metrics = pen.heading if heading else pen.body
    box = Box.from_emu(area.width, area.height)
    if line:
        size, shown = fit_line(paras[0].text, box, largest, smallest, style, metrics)
        fitted = Fitted(size, [[replace(paras[0], text=shown)]])
    else:
        fitted = fit(paras, box, largest, smallest, style, metrics)
        pen.cut = pen.cut or len(fitted.pages) > 1
    if isinstance(slide, kit.ScratchSlide):
        return shape, fitted.size  # a trial drawing: whether the text fits is all it is for
    if shape is None:
        shape = kit.add_textbox(slide, area.left, area.top, max(area.width, 1), max(area.height, 1), name=name)
    elif name:
        kit.set_name(shape, name)
    body = kit.text_body(shape)
    kit.write_paragraphs(
        body,
        fitted.pages[0] if fitted.pages else paras,
        fitted.size,
        style,
        east_asian_font=pen.heading_font if heading else pen.body_font,
        lang_tag=pen.lang,
        colour=colour,
        latin_font="+mj-lt" if heading else None,
    )
    kit.set_anchor(body, anchor)
    return shape, fitted.size


def fits(pen: Pen, area: Area, paras: list[Para], size: float, style: BoxStyle = STYLE) -> bool:
    """Return True when `paras` fit `area` at `size` points."""
    return len(fit(paras, Box.from_emu(area.width, area.height), size, size, style, pen.body).pages) <= 1


# --- cover --------------------------------------------------------------------------------


def draw_cover(slide: Any, cover: CoverSpec, width: int, height: int) -> None:
    """Place the customer's logo top left and ours top right, each fitted to its frame."""
    frame_w, frame_h, margin = width // 6, height // 9, width // 24
    if cover.customer_logo:
        kit.add_picture_in(slide, cover.customer_logo, margin, margin, frame_w, frame_h, name="Customer logo")
    if cover.seller_logo:
        kit.add_picture_in(
            slide, cover.seller_logo, width - margin - frame_w, margin, frame_w, frame_h, name="Seller logo"
        )


# --- attention ----------------------------------------------------------------------------


def draw_statement(slide: Any, pen: Pen, area: Area, spec: StatementSpec, title: Any = None) -> None:
    """One big figure or phrase in the accent colour, its sentence under it, then its source. The phrase
    goes in the slide's title placeholder (`title`, moved to its place), so the slide keeps its title."""
    top = 0.5 if spec.text else 0.66
    big = area.part(0.0, top) if spec.text else area.part(0.12, top - 0.12)
    phrase = area.part(top + 0.08, 0.24)
    if spec.text:
        text(
            slide,
            pen,
            big,
            [Para(spec.figure, bullet=False, bold=True, align="ctr")],
            138,
            24,
            colour=THEME.ACCENT_1,
            anchor=MSO_ANCHOR.BOTTOM,
            heading=True,
            style=TIGHT,
            name="Statement figure",
        )
    holder = _placed(title, phrase if spec.text else big)
    if spec.text:
        text(
            slide,
            pen,
            phrase,
            [Para(spec.text, bullet=False, align="ctr")],
            32,
            14,
            shape=holder,
            heading=True,
            name=None if holder is not None else "Statement",
            line=True,
        )
    else:
        text(
            slide,
            pen,
            big,
            [Para(spec.figure, bullet=False, bold=True, align="ctr")],
            54,
            20,
            shape=holder,
            colour=THEME.ACCENT_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            name=None if holder is not None else "Statement",
            line=True,
        )
    rule = area.part(top + 0.035, 0.0)
    kit.add_shape(
        slide,
        MSO_SHAPE.RECTANGLE,
        area.left + area.width * 5 // 12,
        rule.top,
        area.width // 6,
        38100,
        fill=THEME.ACCENT_2,
        name="Rule",
    )
    below = top + (0.34 if spec.text else 0.08)
    if spec.source:
        text(
            slide,
            pen,
            area.part(below, 1 - below),
            [Para(spec.source, bullet=False, align="ctr")],
            24,
            12,
            colour=MUTED,
            name="Source",
        )


def _placed(shape: Any, area: Area) -> Any:
    """Return the element of `shape` (a placeholder, or None) moved onto `area`."""
    if shape is None:
        return None
    shape.left, shape.top, shape.width, shape.height = area.left, area.top, area.width, area.height
    return shape._element


# --- value --------------------------------------------------------------------------------


def draw_compare(slide: Any, pen: Pen, area: Area, spec: CompareSpec) -> None:
    """The ratio in large type, then benefits and costs as two bars in proportion, then the net value."""
    top = 0.0
    if spec.ratio_figure:
        text(
            slide,
            pen,
            area.part(0.0, 0.24),
            [Para(spec.ratio_figure, bullet=False, bold=True, align="ctr")],
            66,
            20,
            colour=THEME.ACCENT_1,
            anchor=MSO_ANCHOR.BOTTOM,
            heading=True,
            style=TIGHT,
            name="Ratio",
        )
        text(
            slide,
            pen,
            area.part(0.24, 0.08),
            [Para(spec.ratio_label, bullet=False, align="ctr")],
            16,
            MIN_SIZE,
            colour=MUTED,
            style=TIGHT,
            name="Ratio label",
        )
        top = 0.36
    largest = max(spec.benefit, spec.cost) or 1
    rows = [(spec.benefit_label, spec.benefit_figure, spec.benefit, THEME.ACCENT_1)]
    if spec.cost:
        rows.append((spec.cost_label, spec.cost_figure, spec.cost, THEME.ACCENT_2))
    band = (0.88 - top) / 2 if spec.net else (1 - top) / 2
    for index, (label, figure, amount, colour) in enumerate(rows):
        row = area.part(top + index * band, band)
        text(
            slide,
            pen,
            row.part(0.0, 0.42),
            [Para(f"{label}  {figure}", bullet=False, bold=True)],
            20,
            MIN_SIZE,
            anchor=MSO_ANCHOR.BOTTOM,
            style=TIGHT,
            name=f"{label}",
        )
        bar = row.part(0.46, 0.4)
        width = max(int(bar.width * float(amount / largest)), 38100)
        kit.add_shape(
            slide, MSO_SHAPE.RECTANGLE, bar.left, bar.top, width, bar.height, fill=colour, name=f"Bar {index + 1}"
        )
    if spec.net:
        text(
            slide,
            pen,
            area.part(0.88, 0.12),
            [Para(spec.net, bullet=False, bold=True)],
            20,
            MIN_SIZE,
            colour=THEME.ACCENT_1,
            style=TIGHT,
            name="Net",
        )


# --- offerings ----------------------------------------------------------------------------


def _fab_paras(card) -> list[Para]:
    paras = [Para(card.description, bullet=False, scale=0.85)] if card.description else []
    for label, value in card.steps:
        paras.append(Para(label, bullet=False, bold=True, scale=0.75))
        paras.append(Para(value, bullet=False))
    return paras


def _fab_frames(area: Area, count: int, imaged: bool) -> list[tuple[Area, Area | None, Area]]:
    """Return, per card, (name band, picture frame or None, text frame)."""
    out = []
    for column in area.columns(count):
        band = Area(column.left, column.top, column.width, min(column.height // 7, 640080))
        rest_top = band.top + band.height
        picture = None
        if imaged:
            picture = Area(column.left, rest_top, column.width, (column.top + column.height - rest_top) * 2 // 7)
            rest_top += picture.height
        out.append((band, picture, Area(column.left, rest_top, column.width, column.top + column.height - rest_top)))
    return out


def fab_pages(pen: Pen, area: Area, spec: FabSpec) -> list[FabSpec]:
    """Return the cards split over slides: as many side by side (at most four) as fit at a readable size."""
    pages, cards = [], list(spec.cards)
    while cards:
        count = min(FAB_PER_SLIDE, len(cards))
        while count > 1:
            chunk = cards[:count]
            frames = _fab_frames(area, count, any(c.image for c in chunk))
            if all(fits(pen, f[2], _fab_paras(c), 12) for c, f in zip(chunk, frames)):
                break
            count -= 1
        pages.append(FabSpec(tuple(cards[:count]), continued=len(spec.cards) > 1))
        cards = cards[count:]
    return pages


def draw_fab(slide: Any, pen: Pen, area: Area, spec: FabSpec) -> None:
    """Offering cards: name on an accent band, the picture cropped to its frame, then feature →
    advantage → benefit; one offering alone gets its three steps as chevrons across the slide."""
    if len(spec.cards) == 1 and spec.cards[0].steps and not spec.continued:
        _fab_single(slide, pen, area, spec.cards[0])
        return
    imaged = any(c.image for c in spec.cards)
    frames = _fab_frames(area, len(spec.cards), imaged)
    paragraphs = [_fab_paras(c) for c in spec.cards]
    size = (
        min(
            fit(p, Box.from_emu(f[2].width, f[2].height), 22, MIN_SIZE, STYLE, pen.body).size
            for p, f in zip(paragraphs, frames)
        )
        if any(paragraphs)
        else 20
    )
    for index, (card, paras, (band, picture, body)) in enumerate(zip(spec.cards, paragraphs, frames)):
        head = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            band.left,
            band.top,
            band.width,
            band.height,
            fill=THEME.ACCENT_1,
            name=f"Offering {index + 1}",
        )
        text(
            slide,
            pen,
            band,
            [Para(card.name, bullet=False, bold=True)],
            22,
            MIN_SIZE,
            shape=head,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            style=TIGHT,
        )
        if picture is not None and card.image:
            kit.add_picture_in(
                slide,
                card.image,
                picture.left,
                picture.top,
                picture.width,
                picture.height,
                crop=True,
                name=f"Offering picture {index + 1}",
            )
        panel = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            body.left,
            body.top,
            body.width,
            body.height,
            fill=THEME.ACCENT_1,
            brightness=LIGHT,
            name=f"Offering card {index + 1}",
        )
        if paras:
            text(slide, pen, body, paras, size, size, shape=panel)


def _fab_single(slide: Any, pen: Pen, area: Area, card) -> None:
    if card.image:  # the picture on the right third, cropped to its frame; the steps beside it
        frame = Area(area.left + area.width * 2 // 3 + GAP // 2, area.top, area.width // 3 - GAP // 2, area.height)
        kit.add_picture_in(
            slide, card.image, frame.left, frame.top, frame.width, frame.height, crop=True, name="Offering picture 1"
        )
        area = Area(area.left, area.top, area.width * 2 // 3 - GAP // 2, area.height)
    top = 0.0
    if card.description:
        text(
            slide,
            pen,
            area.part(0.0, 0.2),
            [Para(card.description, bullet=False)],
            28,
            14,
            anchor=MSO_ANCHOR.MIDDLE,
            name="Description",
        )
        top = 0.24
    columns = area.part(top, 1 - top).columns(len(card.steps), gap=GAP // 2)
    for index, (column, (label, value)) in enumerate(zip(columns, card.steps)):
        chevron = column.part(0.0, 0.22)
        kind = MSO_SHAPE.PENTAGON if index == 0 else MSO_SHAPE.CHEVRON
        arrow = kit.add_shape(
            slide,
            kind,
            chevron.left,
            chevron.top,
            chevron.width,
            chevron.height,
            fill=ACCENTS[index % len(ACCENTS)],
            name=f"Step {index + 1}",
        )
        inner = Area(chevron.left + chevron.width // 8, chevron.top, chevron.width * 3 // 4, chevron.height)
        text(
            slide,
            pen,
            inner,
            [Para(label, bullet=False, bold=True, align="ctr")],
            24,
            MIN_SIZE,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            style=TIGHT,
        )
        kit.clear_text(kit.text_body(arrow))
        text(
            slide,
            pen,
            column.part(0.26, 0.74),
            [Para(value, bullet=False)],
            28,
            MIN_SIZE,
            name=f"Step text {index + 1}",
        )


# --- implementation -----------------------------------------------------------------------


def timeline_pages(pen: Pen, spec: TimelineSpec) -> list[TimelineSpec]:
    """Return the phases split over slides, at most five (16:9) or four (4:3) a slide."""
    size = PHASES_PER_SLIDE[pen.wide]
    return [TimelineSpec(spec.phases[i : i + size]) for i in range(0, len(spec.phases), size)] or [spec]


def draw_timeline(slide: Any, pen: Pen, area: Area, spec: TimelineSpec) -> None:
    """Phases as chevrons in order, their dates on an axis under them, their deliverables below."""
    count = max(len(spec.phases), 1)
    columns = area.columns(count, gap=0)
    axis = area.part(0.3, 0.0)
    kit.add_shape(
        slide,
        MSO_SHAPE.RECTANGLE,
        area.left,
        axis.top,
        area.width,
        19050,
        fill=THEME.TEXT_1,
        brightness=0.5,
        name="Axis",
    )
    dot = 137160
    for index, (column, phase) in enumerate(zip(columns, spec.phases)):
        band = column.part(0.0, 0.2)
        kind = MSO_SHAPE.PENTAGON if index == 0 else MSO_SHAPE.CHEVRON
        chevron = kit.add_shape(
            slide,
            kind,
            band.left,
            band.top,
            band.width,
            band.height,
            fill=ACCENTS[index % 2],
            name=f"Phase {index + 1}",
        )
        inner = Area(band.left + band.width // 7, band.top, band.width * 5 // 7, band.height)
        text(
            slide,
            pen,
            inner,
            [Para(phase.name, bullet=False, bold=True, align="ctr")],
            20,
            MIN_SIZE,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            style=TIGHT,
        )
        kit.clear_text(kit.text_body(chevron))
        kit.add_shape(
            slide,
            MSO_SHAPE.OVAL,
            column.left + GAP // 2,
            axis.top - dot // 2 + 9525,
            dot,
            dot,
            fill=ACCENTS[index % 2],
            name=f"Milestone {index + 1}",
        )
        inner = Area(column.left + GAP // 4, column.top, column.width - GAP // 2, column.height)
        if phase.period:
            text(
                slide,
                pen,
                inner.part(0.33, 0.12),
                [Para(phase.period, bullet=False, bold=True)],
                16,
                MIN_SIZE,
                colour=ACCENTS[index % 2],
                style=TIGHT,
                name=f"Dates {index + 1}",
            )
        if phase.deliverables:
            paras = [Para(d) for d in phase.deliverables]
            text(slide, pen, inner.part(0.47, 0.53), paras, 22, MIN_SIZE, name=f"Deliverables {index + 1}")


# --- challenges and our answer ------------------------------------------------------------


def draw_challenges(slide: Any, pen: Pen, area: Area, spec: ChallengesSpec) -> None:
    """The customer's problems as cards down the left (each on an accent bar, its harm below it), an
    arrow, and our answer in a filled panel on the right: the overview, then the offerings."""
    answer = _answer_paras(spec)
    gutter = GAP * 3 if answer else 0
    left_width = (area.width - gutter) * 11 // 20 if answer else area.width
    left = Area(area.left, area.top, left_width, area.height)
    right = Area(area.left + left_width + gutter, area.top, area.width - left_width - gutter, area.height)
    heading_height = area.height // 9
    cards_top = left.top + heading_height
    count = max(len(spec.challenges), 1)
    slot = (left.height - heading_height - GAP // 2 * (count - 1)) // count
    bar = 54864  # the accent bar down a card's left edge (0.06 inch)
    bodies = [
        [Para(problem, bullet=False, bold=True)] + ([Para(impact, bullet=False, scale=0.85)] if impact else [])
        for problem, impact in spec.challenges
    ]
    card_box = Box.from_emu(left.width - bar, slot)
    size = min((fit(b, card_box, 24, MIN_SIZE, STYLE, pen.body).size for b in bodies), default=24)
    needed = max((block_height(b, card_box, size, STYLE, pen.body) for b in bodies), default=0)
    card = min(slot, int(needed * 12700 * 1.2))
    stack = heading_height + count * card + GAP // 2 * (count - 1)
    if answer:  # the panel stands beside the cards, below the heading, as tall as its text needs
        answer_box = Box.from_emu(right.width, area.height - heading_height)
        answer_size = fit(answer, answer_box, 24, MIN_SIZE, STYLE, pen.body).size
        answer_needed = int(block_height(answer, answer_box, answer_size, STYLE, pen.body) * 12700 * 1.2)
        stack = max(stack, min(area.height, heading_height + answer_needed))
    card = (stack - heading_height - GAP // 2 * (count - 1)) // count  # the cards end level with the panel
    # What is left of the area is shared above and below, as with the service tiles.
    shift = (area.height - stack) // 2
    text(
        slide,
        pen,
        Area(left.left, left.top + shift, left.width, heading_height),
        [Para(spec.challenges_heading, bullet=False, bold=True)],
        20,
        MIN_SIZE,
        colour=MUTED,
        anchor=MSO_ANCHOR.BOTTOM,
        style=TIGHT,
        name="Challenges heading",
    )
    for index, paras in enumerate(bodies):
        top = cards_top + shift + index * (card + GAP // 2)
        kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            left.left,
            top,
            bar,
            card,
            fill=THEME.ACCENT_2,
            name=f"Challenge bar {index + 1}",
        )
        panel = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            left.left + bar,
            top,
            left.width - bar,
            card,
            fill=THEME.ACCENT_2,
            brightness=LIGHT,
            name=f"Challenge {index + 1}",
        )
        text(
            slide,
            pen,
            Area(left.left + bar, top, left.width - bar, card),
            paras,
            size,
            size,
            shape=panel,
            anchor=MSO_ANCHOR.MIDDLE,
        )
    if not answer:
        return
    panel_area = Area(right.left, cards_top + shift, right.width, count * card + GAP // 2 * (count - 1))
    arrow_height = min(panel_area.height // 4, gutter)
    kit.add_shape(
        slide,
        MSO_SHAPE.RIGHT_ARROW,
        left.left + left.width + GAP // 2,
        panel_area.top + (panel_area.height - arrow_height) // 2,
        gutter - GAP,
        arrow_height,
        fill=THEME.ACCENT_2,
        name="Challenges to answer",
    )
    panel = kit.add_shape(
        slide,
        MSO_SHAPE.RECTANGLE,
        panel_area.left,
        panel_area.top,
        panel_area.width,
        panel_area.height,
        fill=THEME.ACCENT_1,
        name="Our answer",
    )
    text(slide, pen, panel_area, answer, 24, MIN_SIZE, shape=panel, colour=THEME.BACKGROUND_1, anchor=MSO_ANCHOR.MIDDLE)


def _answer_paras(spec: ChallengesSpec) -> list[Para]:
    """Return our answer as set in its panel: the heading, the overview, the offerings (none without either)."""
    if not spec.overview and not spec.offerings:
        return []
    paras = [Para(spec.answer_heading, bullet=False, bold=True)]
    if spec.overview:
        paras.append(Para(spec.overview, bullet=False))
    return paras + [Para(name) for name in spec.offerings]


# --- service ------------------------------------------------------------------------------


def draw_tiles(slide: Any, pen: Pen, area: Area, spec: TilesSpec) -> None:
    """One tile per stage: the stage on an accent band, each service with its promise below."""
    columns = area.columns(len(spec.tiles))
    bodies = []
    for tile, _column in zip(spec.tiles, columns):
        paras: list[Para] = []
        for name, promise in tile.items:
            paras.append(Para(name, bullet=False, bold=True))
            if promise:
                paras.append(Para(promise, bullet=False, scale=0.85))
        bodies.append(paras)
    frames = [Area(c.left, c.top + c.height // 6, c.width, c.height - c.height // 6) for c in columns]
    size = min(
        fit(p, Box.from_emu(f.width, f.height), 30, MIN_SIZE, STYLE, pen.body).size for p, f in zip(bodies, frames)
    )
    # The tiles are as tall as their longest text (at least half the area), so short promises leave no
    # tall empty panels.
    needed = max(
        block_height(p, Box.from_emu(f.width, f.height), size, STYLE, pen.body) for p, f in zip(bodies, frames)
    )
    height = min(frames[0].height, max(int(needed * 12700 * 1.15), area.height // 2 - area.height // 6))
    # Short tiles sit in the middle of the area rather than under the title with the lower half bare.
    shift = (frames[0].height - height) // 2
    columns = [Area(c.left, c.top + shift, c.width, c.height) for c in columns]
    frames = [Area(f.left, f.top + shift, f.width, height) for f in frames]
    for index, (tile, column, frame, paras) in enumerate(zip(spec.tiles, columns, frames, bodies)):
        colour = ACCENTS[index % len(ACCENTS)]
        band = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            column.left,
            column.top,
            column.width,
            column.height // 6,
            fill=colour,
            name=f"Stage {index + 1}",
        )
        text(
            slide,
            pen,
            Area(column.left, column.top, column.width, column.height // 6),
            [Para(tile.heading, bullet=False, bold=True, align="ctr")],
            24,
            MIN_SIZE,
            shape=band,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            style=TIGHT,
        )
        panel = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            frame.left,
            frame.top,
            frame.width,
            frame.height,
            fill=colour,
            brightness=LIGHT,
            name=f"Stage services {index + 1}",
        )
        text(slide, pen, frame, paras, size, size, shape=panel)


# --- credentials --------------------------------------------------------------------------


def cases_pages(spec: CasesSpec) -> list[CasesSpec]:
    """Return the cases three a slide; the profile and the certificate strip go with the first."""
    if len(spec.cases) <= CASES_PER_SLIDE:
        return [spec]
    pages = []
    for start in range(0, len(spec.cases), CASES_PER_SLIDE):
        chunk = spec.cases[start : start + CASES_PER_SLIDE]
        pages.append(
            CasesSpec(chunk, spec.profile if not start else None, spec.strip_label, spec.strip if not start else ())
        )
    return pages


def draw_cases(slide: Any, pen: Pen, area: Area, spec: CasesSpec) -> None:
    """The profile on top, one card per case with its result in large type, the certificates as a strip."""
    top, bottom = 0.0, 1.0
    if spec.profile:
        text(
            slide,
            pen,
            area.part(0.0, 0.16 if spec.cases else 0.4),
            [Para(spec.profile, bullet=False)],
            20,
            MIN_SIZE,
            colour=MUTED,
            name="Profile",
        )
        top = 0.18 if spec.cases else 0.44
    if spec.strip:
        strip_top = 0.74 if spec.cases else top
        _strip(slide, pen, area.part(strip_top, 1 - strip_top), spec)
        bottom = strip_top - 0.04
    if not spec.cases:
        return
    cards = area.part(top, bottom - top).columns(len(spec.cases))
    imaged = any(c.image for c in spec.cases)
    start = 0.4 if imaged else 0.0
    frames = [Area(c.left + 91440, c.top, c.width - 91440, c.height).part(start, 0.5 - start * 0.5) for c in cards]
    # Every result at one size (the largest all fit), so the cards read as a set.
    result_size = min(
        (
            fit(
                [Para(c.result, bullet=False, bold=True)], Box.from_emu(f.width, f.height), 32, 12, STYLE, pen.heading
            ).size
            for c, f in zip(spec.cases, frames)
            if c.result
        ),
        default=32,
    )
    for index, (case, card) in enumerate(zip(spec.cases, cards)):
        kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            card.left,
            card.top,
            card.width,
            card.height,
            fill=THEME.ACCENT_1,
            brightness=LIGHT,
            name=f"Case {index + 1}",
        )
        kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            card.left,
            card.top,
            45720,
            card.height,
            fill=THEME.ACCENT_1,
            name=f"Case mark {index + 1}",
        )
        inner = Area(card.left + 91440, card.top, card.width - 91440, card.height)
        start = 0.0
        if imaged:
            if case.image:
                frame = inner.part(0.04, 0.34)
                kit.add_picture_in(
                    slide,
                    case.image,
                    frame.left,
                    frame.top,
                    frame.width - 45720,
                    frame.height,
                    crop=True,
                    name=f"Case picture {index + 1}",
                )
            start = 0.4
        if case.result:
            text(
                slide,
                pen,
                inner.part(start, 0.5 - start * 0.5),
                [Para(case.result, bullet=False, bold=True)],
                result_size,
                min(result_size, 12),
                colour=THEME.ACCENT_1,
                anchor=MSO_ANCHOR.BOTTOM,
                heading=True,
                name=f"Result {index + 1}",
            )
        lines = [Para(case.customer, bullet=False, bold=True)]
        if case.detail:
            lines.append(Para(case.detail, bullet=False, scale=0.85))
        below = start + (0.5 - start * 0.5) if case.result else start
        text(slide, pen, inner.part(below, 1 - below), lines, 18, MIN_SIZE, name=f"Case customer {index + 1}")


def _strip(slide: Any, pen: Pen, area: Area, spec: CasesSpec) -> None:
    """The certificates as a row (or rows) of chips under their label."""
    label_h = min(area.height // 4, 320040)
    text(
        slide,
        pen,
        Area(area.left, area.top, area.width, label_h),
        [Para(spec.strip_label, bullet=False, bold=True)],
        16,
        MIN_SIZE,
        style=TIGHT,
        name="Certificates",
    )
    chips = Area(area.left, area.top + label_h, area.width, area.height - label_h)
    per_row = min(len(spec.strip), 4 if pen.wide else 3)
    rows = -(-len(spec.strip) // per_row)
    row_h = (chips.height - GAP // 2 * (rows - 1)) // rows
    for r in range(rows):
        items = spec.strip[r * per_row : (r + 1) * per_row]
        row = Area(chips.left, chips.top + r * (row_h + GAP // 2), chips.width, row_h)
        for index, (item, cell) in enumerate(zip(items, row.columns(per_row, gap=GAP // 2))):
            chip = kit.add_shape(
                slide,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                cell.left,
                cell.top,
                cell.width,
                cell.height,
                line=THEME.ACCENT_1,
                name=f"Certificate {r * per_row + index + 1}",
            )
            text(
                slide,
                pen,
                cell,
                [Para(item, bullet=False, align="ctr")],
                14,
                8,
                shape=chip,
                anchor=MSO_ANCHOR.MIDDLE,
                style=TIGHT,
            )


# --- agenda, progress ---------------------------------------------------------------------


def draw_agenda(slide: Any, pen: Pen, area: Area, spec: AgendaSpec) -> None:
    """The agenda as numbered rows (two columns past six items), each number in an accent circle."""
    columns = area.columns(2 if len(spec.items) > 6 else 1, gap=GAP * 2)
    per_column = -(-len(spec.items) // len(columns))
    row_h = min(area.height // per_column, 640080)
    for number, item in enumerate(spec.items, 1):
        column = columns[(number - 1) // per_column]
        top = column.top + ((number - 1) % per_column) * row_h
        circle = int(row_h * 0.72)
        badge = kit.add_shape(
            slide,
            MSO_SHAPE.OVAL,
            column.left,
            top + (row_h - circle) // 2,
            circle,
            circle,
            fill=THEME.ACCENT_1,
            name=f"Agenda number {number}",
        )
        text(
            slide,
            pen,
            Area(column.left, top, circle, row_h),
            [Para(str(number), bullet=False, bold=True, align="ctr")],
            20,
            8,
            shape=badge,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            style=BoxStyle(1.0, 0, 0, 0),
        )
        text(
            slide,
            pen,
            Area(column.left + circle + GAP, top, column.width - circle - GAP, row_h),
            [Para(item, bullet=False)],
            24,
            MIN_SIZE,
            anchor=MSO_ANCHOR.MIDDLE,
            style=TIGHT,
            name=f"Agenda item {number}",
        )


def draw_progress(slide: Any, pen: Pen, area: Area, place: int, items: tuple[str, ...]) -> None:
    """The agenda as a strip of segments, the current one filled and named, the others numbered."""
    cells = area.columns(len(items), gap=22860)
    current = max(len(items) // 3, 1) if len(items) > 4 else 1
    weights = [current if i + 1 == place else 1 for i in range(len(items))]
    unit = (area.width - 22860 * (len(items) - 1)) / sum(weights)
    left = area.left
    for index, (item, weight) in enumerate(zip(items, weights), 1):
        width = int(unit * weight)
        here = index == place
        cell = Area(left, area.top, width, area.height)
        shape = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            cell.left,
            cell.top,
            cell.width,
            cell.height,
            fill=THEME.ACCENT_1,
            brightness=0.0 if here else LIGHT,
            name=f"Progress {index}",
        )
        label = f"{index} {item}" if here else str(index)
        text(
            slide,
            pen,
            cell,
            [Para(label, bullet=False, bold=here, align="ctr")],
            10,
            7,
            shape=shape,
            colour=THEME.BACKGROUND_1 if here else THEME.TEXT_1,
            anchor=MSO_ANCHOR.MIDDLE,
            style=BoxStyle(1.0, 0, 3.6, 0),
        )
        left += width + 22860
    del cells


# --- summary ------------------------------------------------------------------------------

TAKEAWAYS_PER_SLIDE = 5


def takeaways_pages(pen: Pen, area: Area, spec: TakeawaysSpec) -> list[TakeawaysSpec]:
    """Return the key points split over slides: as many bands as fit at a readable size (at most five)."""
    pages, items = [], list(spec.items)
    while items:
        count = min(TAKEAWAYS_PER_SLIDE, len(items))
        while count > 1 and not all(
            fits(pen, f, [Para(i, bullet=False)], 14) for i, f in zip(items, _takeaway_frames(area, count))
        ):
            count -= 1
        pages.append(TakeawaysSpec(tuple(items[:count])))
        items = items[count:]
    return pages or [spec]


def _takeaway_frames(area: Area, count: int) -> list[Area]:
    gap = GAP // 2
    height = min((area.height - gap * (count - 1)) // max(count, 1), area.height // 3)
    number = min(height, 731520)
    return [Area(area.left + number, area.top + i * (height + gap), area.width - number, height) for i in range(count)]


def draw_takeaways(slide: Any, pen: Pen, area: Area, spec: TakeawaysSpec) -> None:
    """Each key point on a pale band led by its number on an accent square, all at one size."""
    frames = _takeaway_frames(area, len(spec.items))
    paras = [[Para(item, bullet=False)] for item in spec.items]
    size = min(
        fit(p, Box.from_emu(f.width, f.height), 26, MIN_SIZE, STYLE, pen.body).size for p, f in zip(paras, frames)
    )
    for index, (frame, para) in enumerate(zip(frames, paras), 1):
        square = Area(area.left, frame.top, frame.left - area.left, frame.height)
        badge = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            square.left,
            square.top,
            square.width,
            square.height,
            fill=ACCENTS[(index - 1) % 3],
            name=f"Point number {index}",
        )
        text(
            slide,
            pen,
            square,
            [Para(str(index), bullet=False, bold=True, align="ctr")],
            28,
            8,
            shape=badge,
            colour=THEME.BACKGROUND_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            style=BoxStyle(1.0, 0, 0, 0),
        )
        band = kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            frame.left,
            frame.top,
            frame.width,
            frame.height,
            fill=ACCENTS[(index - 1) % 3],
            brightness=LIGHT,
            name=f"Point {index}",
        )
        text(slide, pen, frame, para, size, size, shape=band, anchor=MSO_ANCHOR.MIDDLE)


# --- closing ------------------------------------------------------------------------------


def closing_pages(spec: ClosingSpec) -> list[ClosingSpec]:
    """Return the closing slide, continued when there are more than five next steps."""
    if len(spec.steps) <= STEPS_PER_SLIDE:
        return [spec]
    return [
        ClosingSpec(
            spec.statement if not i else None,
            spec.steps[i : i + STEPS_PER_SLIDE],
            spec.contact_heading,
            spec.contact if i + STEPS_PER_SLIDE >= len(spec.steps) else (),
            spec.logo,
        )
        for i in range(0, len(spec.steps), STEPS_PER_SLIDE)
    ]


def draw_closing(slide: Any, pen: Pen, area: Area, spec: ClosingSpec) -> None:
    """The ask in large type, the next steps as milestones on a line, the contact and our logo."""
    top = 0.0
    bottom = 0.72 if spec.contact or spec.logo else 1.0
    if spec.statement:
        # Alone (no next steps), the ask takes the slide's middle in larger type.
        height = 0.24 if spec.steps else bottom - 0.06
        text(
            slide,
            pen,
            area.part(0.0, height),
            [Para(spec.statement, bullet=False, bold=True, align="l" if spec.steps else "ctr")],
            32 if spec.steps else 44,
            14,
            colour=THEME.ACCENT_1,
            anchor=MSO_ANCHOR.MIDDLE,
            heading=True,
            name="Ask",
        )
        top = 0.28
    if spec.steps:
        band = area.part(top, bottom - top)
        line_y = band.top + band.height // 4
        kit.add_shape(
            slide,
            MSO_SHAPE.RECTANGLE,
            band.left,
            line_y,
            band.width,
            19050,
            fill=THEME.TEXT_1,
            brightness=0.5,
            name="Milestone line",
        )
        dot = 228600
        for index, (step, column) in enumerate(zip(spec.steps, band.columns(len(spec.steps))), 1):
            circle = kit.add_shape(
                slide,
                MSO_SHAPE.OVAL,
                column.left,
                line_y - dot // 2 + 9525,
                dot,
                dot,
                fill=THEME.ACCENT_1,
                name=f"Next step {index}",
            )
            text(
                slide,
                pen,
                Area(column.left, line_y - dot // 2, dot, dot),
                [Para(str(index), bullet=False, bold=True, align="ctr")],
                12,
                7,
                shape=circle,
                colour=THEME.BACKGROUND_1,
                anchor=MSO_ANCHOR.MIDDLE,
                style=BoxStyle(1.0, 0, 0, 0),
            )
            if step.when:
                text(
                    slide,
                    pen,
                    Area(column.left, band.top, column.width, line_y - dot // 2 - band.top),
                    [Para(step.when, bullet=False, bold=True)],
                    18,
                    MIN_SIZE,
                    colour=THEME.ACCENT_1,
                    anchor=MSO_ANCHOR.BOTTOM,
                    style=TIGHT,
                    name=f"Step date {index}",
                )
            below = line_y + dot
            text(
                slide,
                pen,
                Area(column.left, below, column.width, band.top + band.height - below),
                [Para(step.text, bullet=False)],
                20,
                MIN_SIZE,
                name=f"Step {index}",
            )
    if spec.contact or spec.logo:
        panel = area.part(0.76, 0.24)
        logo_w = panel.width // 5 if spec.logo else 0
        if spec.contact:
            box = Area(panel.left, panel.top, panel.width - logo_w - (GAP if logo_w else 0), panel.height)
            shape = kit.add_shape(
                slide,
                MSO_SHAPE.RECTANGLE,
                box.left,
                box.top,
                box.width,
                box.height,
                fill=THEME.ACCENT_1,
                brightness=LIGHT,
                name="Contact",
            )
            paras = [Para(spec.contact_heading, bullet=False, bold=True)] + [
                Para(c, bullet=False) for c in spec.contact
            ]
            lines = [paras[0], Para("    ".join(c.text for c in paras[1:]), bullet=False)] if len(paras) > 1 else paras
            text(slide, pen, box, lines, 18, MIN_SIZE, shape=shape, anchor=MSO_ANCHOR.MIDDLE)
        if spec.logo:
            kit.add_picture_in(
                slide, spec.logo, panel.left + panel.width - logo_w, panel.top, logo_w, panel.height, name="Seller logo"
            )


# --- as plain text ------------------------------------------------------------------------


def as_paras(spec: Any) -> list[Para]:  # noqa: C901 - one branch per visual kind, each a few lines
    """Return a visual region as paragraphs: what the renderer sets, continued over slides, when the
    region's texts are too long for its layout."""
    if isinstance(spec, StatementSpec):
        return [Para(x, bullet=False) for x in (spec.text or spec.figure, spec.source) if x]
    if isinstance(spec, CompareSpec):
        out = [Para(f"{spec.benefit_label}: {spec.benefit_figure}", bullet=False, bold=True)]
        if spec.cost:
            out.append(Para(f"{spec.cost_label}: {spec.cost_figure}", bullet=False, bold=True))
        if spec.ratio_figure:
            out.append(Para(f"{spec.ratio_label}: {spec.ratio_figure}", bullet=False, bold=True))
        return out + ([Para(spec.net, bullet=False)] if spec.net else [])
    if isinstance(spec, FabSpec):
        out = []
        for card in spec.cards:
            out.append(Para(card.name, bold=True))
            if card.description:
                out.append(Para(card.description, level=1))
            out += [Para(f"{label}: {value}", level=1) for label, value in card.steps]
        return out
    if isinstance(spec, TimelineSpec):
        out = []
        for phase in spec.phases:
            out.append(Para(f"{phase.name}  {phase.period}".strip(), bold=True))
            out += [Para(d, level=1) for d in phase.deliverables]
        return out
    if isinstance(spec, ChallengesSpec):
        out = [Para(spec.challenges_heading, bullet=False, bold=True)]
        for problem, impact in spec.challenges:
            out.append(Para(problem, bold=True))
            if impact:
                out.append(Para(impact, level=1))
        return out + _answer_paras(spec)
    if isinstance(spec, TilesSpec):
        out = []
        for tile in spec.tiles:
            out.append(Para(tile.heading, bullet=False, bold=True))
            for name, promise in tile.items:
                out.append(Para(name))
                if promise:
                    out.append(Para(promise, level=1))
        return out
    if isinstance(spec, CasesSpec):
        out = [Para(spec.profile, bullet=False)] if spec.profile else []
        for case in spec.cases:
            out.append(Para(case.customer, bold=True))
            out += [Para(x, level=1) for x in (case.detail, case.result) if x]
        if spec.strip:
            out.append(Para(spec.strip_label, bullet=False, bold=True))
            out += [Para(x) for x in spec.strip]
        return out
    if isinstance(spec, AgendaSpec):
        return [Para(f"{i}. {item}", bullet=False) for i, item in enumerate(spec.items, 1)]
    if isinstance(spec, TakeawaysSpec):
        return [Para(item) for item in spec.items]
    if isinstance(spec, ClosingSpec):
        out = [Para(spec.statement, bullet=False, bold=True)] if spec.statement else []
        out += [Para(f"{m.when} {m.text}" if m.when else m.text) for m in spec.steps]
        if spec.contact:
            out += [Para(spec.contact_heading, bullet=False, bold=True)] + [Para(c, bullet=False) for c in spec.contact]
        return out
    raise TypeError(f"not a visual region: {type(spec).__name__}")
