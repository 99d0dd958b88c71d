"""The customer pyramid as a picture (PNG): key on top, ordinary in the middle, small at the base."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from generator.analysis.batch import PyramidSummary
from generator.i18n import Texts

WIDTH, HEIGHT = 1600, 900
_TENTH = Decimal("0.001")  # shares shown to 0.1 %
COLOURS = {"key": (197, 90, 17), "ordinary": (31, 56, 100), "small": (127, 127, 127)}
_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    candidates = list(_FONTS)
    if bold:
        candidates.insert(0, "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
    for path in candidates:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, size, index=2 if path.endswith(".ttc") and "Noto" in path else 0)
            except OSError:
                continue
    return ImageFont.load_default(size)


def pyramid_png(summary: PyramidSummary, language: str) -> bytes:
    """Return the pyramid as PNG bytes: each layer names its tier, its customers and its share of value."""
    from PIL import Image, ImageDraw

    t = Texts(language)
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    apex, base_y, left, right = (560, 60), HEIGHT - 60, 80, 1040
    layer_height = (base_y - apex[1]) / 3
    title_font, body_font = _font(44, bold=True), _font(34)
    for index, layer in enumerate(summary.tiers):
        top = apex[1] + index * layer_height
        bottom = top + layer_height
        half_top = (apex[0] - left) * (top - apex[1]) / (base_y - apex[1])
        half_bottom = (apex[0] - left) * (bottom - apex[1]) / (base_y - apex[1])
        gap = 6
        polygon = [
            (apex[0] - half_top, top + gap),
            (apex[0] + half_top, top + gap),
            (apex[0] + half_bottom, bottom - gap),
            (apex[0] - half_bottom, bottom - gap),
        ]
        if index == 0:
            polygon = [
                (apex[0], top + gap),
                (apex[0] + half_bottom, bottom - gap),
                (apex[0] - half_bottom, bottom - gap),
            ]
        draw.polygon(polygon, fill=COLOURS[layer.tier.value])
        middle = (top + bottom) / 2
        # label beside the layer, joined to it by a rule
        edge = apex[0] + (half_top + half_bottom) / 2
        draw.line([(edge + 12, middle), (right + 40, middle)], fill=(191, 191, 191), width=3)
        x = right + 60
        draw.text((x, middle - 48), t.term(layer.tier), font=title_font, fill=COLOURS[layer.tier.value])
        detail = (
            t.t("archive.picture_customers", count=layer.customers)
            + " · "
            + t.t("archive.picture_value", share=t.percent(layer.value_share.quantize(_TENTH)))
        )
        draw.text((x, middle + 8), detail, font=body_font, fill=(64, 64, 64))
        count_text = str(layer.customers)
        box = draw.textbbox((0, 0), count_text, font=title_font)
        if half_bottom * 2 > box[2] - box[0] + 40:
            draw.text(
                (apex[0] - (box[2] - box[0]) / 2, middle - (box[3] - box[1]) / 2 - box[1] + (18 if index == 0 else 0)),
                count_text,
                font=title_font,
                fill="white",
            )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
