"""Package cards on a slide: one rounded card per option, side by side, the recommended one filled
with the theme's accent colour so it stands out on any company master (theme colour references only)."""

from __future__ import annotations

from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Pt

from generator.render.deck.plan import Card, CardsSpec
from generator.render.kit import pptx_kit as kit
from generator.render.kit.text_fit import Box, BoxStyle, Metrics, Para, fit

CARD_STYLE = BoxStyle(line=1.25, space_before=0.45, inset_x=10.8, inset_y=10.8)
CARD_SIZES = (22, 11)  # largest and smallest text size, points
GAP = 228600  # EMU between two cards (0.25 inch)
PLAIN_BRIGHTNESS = 0.92  # a plain card: the accent colour, nearly white (a theme reference, not an RGB)


def add_cards(
    slide: Any,
    left: int,
    top: int,
    width: int,
    height: int,
    spec: CardsSpec,
    *,
    metrics: Metrics,
    east_asian_font: str,
    lang_tag: str,
) -> list[Any]:
    """Add one card per package within the given area, all texts at one size; return the card shapes."""
    if spec.note:
        note_height = height // 8
        height -= note_height
        note = kit.text_body(kit.add_textbox(slide, left, top + height, width, note_height))
        note_size = fit(
            [Para(spec.note, bullet=False)], Box.from_emu(width, note_height), 16, 10, CARD_STYLE, metrics
        ).size
        kit.write_paragraphs(
            note,
            [Para(spec.note, bullet=False)],
            note_size,
            CARD_STYLE,
            east_asian_font=east_asian_font,
            lang_tag=lang_tag,
        )
        kit.set_anchor(note, MSO_ANCHOR.BOTTOM)
        height -= GAP // 2
    count = max(len(spec.cards), 1)
    card_width = (width - GAP * (count - 1)) // count
    box = Box.from_emu(card_width, height)
    badged = any(card.badge for card in spec.cards)
    paragraphs = [_paras(card, badged) for card in spec.cards]
    size = min(_fitting_size(paras, box, metrics) for paras in paragraphs)
    shapes = []
    for index, (card, paras) in enumerate(zip(spec.cards, paragraphs)):
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, left + index * (card_width + GAP), top, card_width, height
        )
        shape.adjustments[0] = 0.06
        shape.shadow.inherit = False
        if card.highlight:
            shape.fill.solid()
            shape.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
            shape.line.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
            shape.fill.fore_color.brightness = PLAIN_BRIGHTNESS
            shape.line.color.theme_color = MSO_THEME_COLOR.ACCENT_1
            shape.line.width = Pt(1)
        frame = shape.text_frame
        frame.vertical_anchor = MSO_ANCHOR.TOP
        colour = MSO_THEME_COLOR.BACKGROUND_1 if card.highlight else MSO_THEME_COLOR.TEXT_1
        kit.write_paragraphs(
            frame._txBody,
            _shown(paras, box, size, metrics),
            size,
            CARD_STYLE,
            east_asian_font=east_asian_font,
            lang_tag=lang_tag,
            colour=colour,
        )
        shape.name = f"Package {index + 1}"
        shapes.append(shape)
    return shapes


def _paras(card: Card, badged: bool) -> list[Para]:
    """Return a card's text: badge, name, total (large), its caption, then the card's own lines.
    When another card has a badge, an empty line takes its place so the totals line up."""
    paras = []
    if card.badge or badged:
        paras.append(Para(f"★ {card.badge}" if card.badge else " ", bullet=False, bold=True, scale=0.7))
    paras.append(Para(card.title, bullet=False, bold=True, scale=1.1))
    paras.append(Para(card.figure, bullet=False, bold=True, scale=1.2))
    paras.append(Para(card.caption, bullet=False, scale=0.7))
    return paras + list(card.lines)


def _fitting_size(paras: list[Para], box: Box, metrics: Metrics) -> float:
    return fit(paras, box, *CARD_SIZES, CARD_STYLE, metrics).size


def _shown(paras: list[Para], box: Box, size: float, metrics: Metrics) -> list[Para]:
    """Return the paragraphs that fit the card at `size`: the name and total always; the details while
    they fit (the proposal holds them in full)."""
    fitted = fit(paras, box, size, size, CARD_STYLE, metrics)
    return fitted.pages[0] if fitted.pages else paras
