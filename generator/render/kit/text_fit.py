"""Measure, wrap and fit text the way slide renderers lay it out, with real font metrics.

Widths come from the fonts a renderer will use (found with fontconfig's `fc-match`,
read with Pillow); without a font file, a conservative per-character model stands in.
Chinese breaks between any two characters, Latin text at spaces; closing punctuation
never starts a line and opening punctuation never ends one (kinsoku). Heights follow
the exact line spacing kam writes, so PowerPoint, WPS and LibreOffice agree with it.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

PT_PER_EMU = 1 / 12700

# Widths are stretched by this much before comparing with a line: fonts that stand in
# for the measured ones (YaHei for Noto, Arial for Liberation) differ by a few per cent.
SAFETY = 1.07

# Results of wrapping and fitting are kept for texts up to this many characters: a deck measures the
# same text again and again (sizes tried, layouts trial-drawn, then drawn); longer texts are
# measured afresh, which keeps the caches' memory bounded.
CACHED_CHARS = 4000

_CLOSING = set("，。、；：？！）》」』】〉〕’”…%％·,.;:?!)]}>")
_OPENING = set("（《「『【〈〔‘“([{<")


def is_wide(char: str) -> bool:
    """Return True for characters set in the East Asian font at one em (ideographs, kana, full-width forms)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


# --- fonts --------------------------------------------------------------------------------


# fontconfig lookups under way: (family, chinese) → the fc-match process (None once answered or
# when it could not start). A renderer starts them as soon as it knows its fonts (`look_up_fonts`),
# so fontconfig answers while the renderer plans its pages.
_LOOKUPS: dict[tuple[str, bool], subprocess.Popen[str] | None] = {}


def _start_lookup(family: str, chinese: bool) -> subprocess.Popen[str] | None:
    """Return a started fc-match process asking for the file of `family`, or None without fontconfig."""
    if not shutil.which("fc-match"):
        return None
    pattern = f"{family}:lang=zh-cn" if chinese else family
    try:
        return subprocess.Popen(
            ["fc-match", "-f", "%{file}", pattern], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    except (OSError, subprocess.SubprocessError):
        return None


def look_up_fonts(*metrics: Metrics) -> None:
    """Start finding the font files of `metrics` in the background (`font_file` waits for the answers)."""
    for m in metrics:
        for key in ((m.latin, False), (m.east_asian, True)):
            if key not in _LOOKUPS:
                _LOOKUPS[key] = _start_lookup(*key)


@cache
def font_file(family: str, chinese: bool = False) -> str | None:
    """Return the font file fontconfig would use for `family` (for Chinese text: a font covering it)."""
    process = _LOOKUPS.get((family, chinese)) or _start_lookup(family, chinese)
    _LOOKUPS[(family, chinese)] = None
    if process is None:
        return None
    try:
        output, _errors = process.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None
    except (OSError, subprocess.SubprocessError):
        return None
    return output.strip() or None


class _Face:
    """Per-character advance widths of one font file, in ems, cached."""

    UNITS = 1000

    def __init__(self, path: str | None):
        self.font = None
        if path:
            try:
                from PIL import ImageFont

                self.font = ImageFont.truetype(path, self.UNITS)
            except Exception:  # noqa: BLE001 - any unreadable font falls back to the model
                self.font = None
        self.cache: dict[str, float] = {}

    def em(self, char: str) -> float | None:
        if self.font is None:
            return None
        width = self.cache.get(char)
        if width is None:
            try:
                width = self.font.getlength(char) / self.UNITS
            except Exception:  # noqa: BLE001 - the layout engine refuses some characters (\r): use the model
                width = 0.0
            self.cache[char] = width
        return width


def _model_em(char: str) -> float:
    """Return a conservative width in ems when no font file can be read."""
    if is_wide(char):
        return 1.0
    if char == " ":
        return 0.3
    if char.isupper():
        return 0.75
    if char.isdigit():
        return 0.6
    if char.isalpha():
        return 0.6 if char not in "ilj" else 0.3
    return 0.5


@cache
def _face(path: str | None) -> _Face:
    return _Face(path)


# Per-character widths of each Metrics: wrapping measures the same few thousand characters
# millions of times, and looking them up is what keeps a 500-item deck fast.
_CHAR_EMS: dict[Metrics, dict[str, float]] = {}


@dataclass(frozen=True)
class Metrics:
    """Widths of text set in a Latin font with an East Asian font for Chinese characters."""

    latin: str = "Arial"
    east_asian: str = "Microsoft YaHei"

    def em_width(self, text: str) -> float:
        """Return the advance width of `text` in ems (1 em = the font size)."""
        known = _CHAR_EMS.setdefault(self, {})
        total = 0.0
        for char in text:
            width = known.get(char)
            if width is None:
                width = known[char] = self.char_em(char)
            total += width
        return total

    def char_em(self, char: str) -> float:
        """Return the advance width of one character in ems."""
        latin = _face(font_file(self.latin))
        wide = _face(font_file(self.east_asian, chinese=True))
        if is_wide(char):
            width = wide.em(char)
        elif unicodedata.east_asian_width(char) == "A" and not char.isascii():
            # Ambiguous punctuation (“ ” — … ·) may be set in either font: take the wider.
            width = max(filter(None, (latin.em(char), wide.em(char))), default=None)
        else:
            width = latin.em(char)
        return width if width is not None and width > 0 else _model_em(char)

    def width(self, text: str, size: float) -> float:
        """Return the width of `text` at `size` points, in points, with the safety margin."""
        return self.em_width(text) * size * SAFETY


# --- wrapping -----------------------------------------------------------------------------


def _tokens(text: str) -> Iterator[str]:
    """Yield the unbreakable pieces of `text` in order: Latin words with their trailing spaces, single
    Chinese characters, closing punctuation glued to what precedes it, opening to what follows.
    (Lazily: the first lines of a long text are found without cutting all of it.)"""
    last: str | None = None  # the piece before, held back: closing punctuation may still join it
    carry = ""  # opening punctuation waiting for what follows it
    for piece in _pieces(text):
        head = piece[0]
        if last is not None and head in _CLOSING and not carry:
            last += piece
            continue
        if piece in _OPENING or (len(piece) == 1 and head in _OPENING):
            carry += piece
            continue
        if last is not None:
            yield last
        last = carry + piece
        carry = ""
    if carry:
        last = carry if last is None else last + carry
    if last is not None:
        yield last


def _pieces(text: str) -> Iterator[str]:
    """Yield `text` cut before and after every wide character and opening punctuation, and after spaces."""
    word = ""
    for char in text:
        if is_wide(char) or char in _OPENING or char in _CLOSING and is_wide(char):
            if word:
                yield word
                word = ""
            yield char
        elif char == " ":
            word += char
            yield word
            word = ""
        else:
            if word.endswith(" "):
                yield word
                word = ""
            word += char
    if word:
        yield word


def wrap(text: str, width: float, size: float, metrics: Metrics) -> list[str]:
    """Return `text` broken into the lines it takes in a box `width` points wide at `size` points.

    Explicit newlines start new lines; an empty text takes one (empty) line.
    """
    if len(text) <= CACHED_CHARS:
        return list(_wrapped(text, width, size, metrics))
    return _wrap(text, width, size, metrics)


@lru_cache(maxsize=8192)
def _wrapped(text: str, width: float, size: float, metrics: Metrics) -> tuple[str, ...]:
    return tuple(_wrap(text, width, size, metrics))


def _wrap(text: str, width: float, size: float, metrics: Metrics) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        lines.extend(_wrap_line(raw, width, size, metrics))
    return lines


def _wrap_line(text: str, width: float, size: float, metrics: Metrics) -> list[str]:
    return list(_line_breaks(text, width, size, metrics))


def _line_breaks(text: str, width: float, size: float, metrics: Metrics) -> Iterator[str]:
    """Yield the lines of `text` (one line of a paragraph: no newlines) in order, as `wrap` breaks them."""
    if not text:
        yield ""
        return
    count = 0  # lines yielded
    known = _CHAR_EMS.setdefault(metrics, {})  # widths measured so far: looked up here, measured once
    current, current_em = "", 0.0  # the line so far and its width in ems, trailing spaces included
    for token in _tokens(text):
        word = token.rstrip(" ")
        if word:
            # Summed character by character, in order: exactly the figure measuring the whole
            # line again would give, without measuring it again (long texts stay linear).
            candidate_em = current_em
            for char in word:
                em = known.get(char)
                candidate_em += em if em is not None else metrics.em_width(char)
            fits = candidate_em * size * SAFETY <= width
        else:
            fits = metrics.width((current + token).rstrip(" "), size) <= width
        if fits:
            current += token
            if word:
                current_em = candidate_em
                for char in token[len(word) :]:
                    em = known.get(char)
                    current_em += em if em is not None else metrics.em_width(char)
            else:
                current_em = metrics.em_width(current)
            continue
        if current:
            yield current
            count += 1
            current = ""
        # A token wider than the line (a long word or URL) breaks between characters.
        while len(token) > 1:
            too_wide = _first_too_wide(token, width, size, metrics)
            if too_wide is None or too_wide > len(token.rstrip(" ")):
                break
            cut = max(too_wide - 1, 1)
            yield token[:cut]
            count += 1
            token = token[cut:]
        current, current_em = token, metrics.em_width(token)
    if current or not count:
        yield current


def _first_lines(text: str, width: float, size: float, metrics: Metrics, limit: int) -> tuple[list[str], bool]:
    """Return the first lines of `text` (one line of a paragraph) as `wrap` breaks them, at most
    `limit` of them, and whether they are all of it."""
    lines: list[str] = []
    for line in _line_breaks(text, width, size, metrics):
        if len(lines) == limit:
            return lines, False
        lines.append(line)
    return lines, True


def _first_too_wide(token: str, width: float, size: float, metrics: Metrics) -> int | None:
    """Return the length of the shortest prefix of `token` wider than `width`, or None when all of it fits."""
    total = 0.0
    for index, char in enumerate(token):
        total += metrics.em_width(char)
        if total * size * SAFETY > width:
            return index + 1
    return None


# --- paragraphs and boxes -----------------------------------------------------------------


@dataclass(frozen=True)
class Para:
    """One paragraph to set: its text, outline level, whether it has a bullet, bold."""

    text: str
    level: int = 0
    bullet: bool = True
    bold: bool = False
    scale: float = 1.0  # relative size (e.g. 0.8 for a smaller note line)
    align: str = "l"  # l, ctr or r


@dataclass(frozen=True)
class BoxStyle:
    """How kam sets text in a box: exact line spacing and paragraph spacing, as multiples of the size."""

    line: float = 1.25  # line pitch / font size
    space_before: float = 0.4  # space above each paragraph / font size
    inset_x: float = 7.2  # left and right inset, points each
    inset_y: float = 3.6  # top and bottom inset, points each
    bullet_indent: float = 1.2  # hanging indent of a bulleted paragraph / font size
    level_indent: float = 1.5  # extra left margin per outline level / font size

    def margin(self, para: Para, size: float) -> float:
        """Return the left margin of `para` at `size` points (where its text starts), in points."""
        indent = para.level * self.level_indent * size
        return indent + (self.bullet_indent * size if para.bullet else 0.0)


@dataclass(frozen=True)
class Box:
    """The inside of a text box, in points."""

    width: float
    height: float

    @classmethod
    def from_emu(cls, width: int, height: int) -> Box:
        """Return the box of a shape `width` × `height` EMU."""
        return cls(width * PT_PER_EMU, height * PT_PER_EMU)


def para_height(para: Para, box: Box, size: float, style: BoxStyle, metrics: Metrics, first: bool = False) -> float:
    """Return the height in points `para` takes in `box` at `size` points."""
    return _para_layout(para, box, size, style, metrics, first)[0]


def _para_layout(
    para: Para, box: Box, size: float, style: BoxStyle, metrics: Metrics, first: bool, used: float | None = None
) -> tuple[float, list[str]]:
    """Return the height of `para` and its lines. Given `used` (the points of the box already taken), a
    long paragraph that cannot fit what is left may come back with only its first lines: enough that
    `used + height` exceeds the box (a 10,000-character paragraph is not wrapped whole to learn that)."""
    own = size * para.scale
    width = max(box.width - 2 * style.inset_x - style.margin(para, size), own)
    spacing = 0.0 if first else own * style.space_before
    if used is not None and len(para.text) > CACHED_CHARS and "\n" not in para.text:
        room_lines = max(int((box.height - used - spacing) // (own * style.line)), 0)
        lines, whole = _first_lines(para.text, width, own, metrics, room_lines + 2)
        height = len(lines) * own * style.line + spacing
        if whole or used + height > box.height:
            return height, lines
    lines = wrap(para.text, width, own, metrics)
    height = len(lines) * own * style.line + spacing
    return height, lines


def block_height(paras: list[Para], box: Box, size: float, style: BoxStyle, metrics: Metrics) -> float:
    """Return the height in points of `paras` set at `size` points in `box`, insets included."""
    total = 2 * style.inset_y
    for index, para in enumerate(paras):
        total += para_height(para, box, size, style, metrics, first=index == 0)
    return total


@dataclass
class Fitted:
    """Text fitted to a box: the size to set it at and the paragraphs of each successive box."""

    size: float
    pages: list[list[Para]] = field(default_factory=list)


def fit(
    paras: list[Para], box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float = 1.0
) -> Fitted:
    """Return the largest size in [min_size, max_size] at which `paras` fit `box`; when even the
    minimum is too large, the paragraphs at the minimum size split over as many boxes as needed."""
    if sum(len(para.text) for para in paras) <= CACHED_CHARS:
        size, pages = _fitted(tuple(paras), box, max_size, min_size, style, metrics, step)
        return Fitted(size, [list(page) for page in pages])
    return _fit(paras, box, max_size, min_size, style, metrics, step)


@lru_cache(maxsize=4096)
def _fitted(
    paras: tuple[Para, ...], box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float
) -> tuple[float, tuple[tuple[Para, ...], ...]]:
    fitted = _fit(list(paras), box, max_size, min_size, style, metrics, step)
    return fitted.size, tuple(tuple(page) for page in fitted.pages)


def _fit(
    paras: list[Para], box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float
) -> Fitted:
    size = _largest_fitting_size(paras, box, max_size, min_size, style, metrics, step)
    if size is not None:
        return Fitted(size, [list(paras)])
    return Fitted(min_size, paginate(paras, box, min_size, style, metrics))


def _largest_fitting_size(
    paras: list[Para], box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float
) -> float | None:
    """Return the largest of max_size, max_size - step, … (down to min_size) at which `paras` fit `box`, or None."""
    sizes = []
    size = max_size
    while size >= min_size - 1e-9:
        sizes.append(size)
        size -= step
    # Text only grows taller as its size grows, so the largest size that fits is found by
    # bisection; text far too long for the box costs two measurements, not one per size.
    low, high = 0, len(sizes)  # sizes[high:] fit (none known yet); sizes[:low] do not
    while low < high:
        middle = (low + high) // 2
        if _fits(paras, box, sizes[middle], style, metrics):
            high = middle
        else:
            low = middle + 1
    return sizes[low] if low < len(sizes) else None


def _fits(paras: list[Para], box: Box, size: float, style: BoxStyle, metrics: Metrics) -> bool:
    """Return True when `paras` at `size` fit `box` (block_height <= box.height), stopping at the first overflow."""
    total = 2 * style.inset_y
    for index, para in enumerate(paras):
        total += _para_layout(para, box, size, style, metrics, index == 0, total)[0]
        if total > box.height:
            return False
    return True


def paginate(paras: list[Para], box: Box, size: float, style: BoxStyle, metrics: Metrics) -> list[list[Para]]:
    """Return `paras` split over boxes at `size` points; a paragraph too tall for what is left of a
    box continues, at a line break, in the next one."""
    pages: list[list[Para]] = []
    page: list[Para] = []
    used = 2 * style.inset_y
    queue = list(paras)
    while queue:
        para = queue.pop(0)
        height, lines = _para_layout(para, box, size, style, metrics, not page, used)
        if used + height <= box.height:
            page.append(para)
            used += height
            continue
        own = size * para.scale
        room = box.height - used - (0.0 if not page else own * style.space_before)
        fits = int(room // (own * style.line)) if room > 0 else 0
        # Split a paragraph only if a useful part fits; keep a short one whole on the next page.
        if fits >= 2 or (fits >= 1 and not page):
            head, tail = _split_at_line(para, lines, fits)
            page.append(head)
            queue.insert(0, tail)
        elif not page:
            # Not even one line fits an empty box: set the paragraph anyway rather than loop.
            page.append(para)
        else:
            queue.insert(0, para)
        pages.append(page)
        page, used = [], 2 * style.inset_y
    if page or not pages:
        pages.append(page)
    return pages


def _split_at_line(para: Para, lines: list[str], count: int) -> tuple[Para, Para]:
    """Return `para` split after its first `count` wrapped lines (the rest keeps its indent)."""
    head = "".join(lines[:count])
    head_text = head.rstrip(" ")
    # Without newlines the lines are the text cut in pieces, so the rest is the text after the head
    # (`lines` may hold only the first lines of a long paragraph).
    tail_text = para.text[len(head) :].lstrip(" ") if "\n" not in para.text else "".join(lines[count:]).lstrip(" ")
    if not para.text.startswith(head_text):  # lines came from several newline-separated parts
        head_text = "\n".join(lines[:count])
        tail_text = "\n".join(lines[count:])
    return replace(para, text=head_text), replace(para, text=tail_text)


def fit_line(
    text: str, box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float = 1.0
) -> tuple[float, str]:
    """Return (size, text) for a title: the largest size at which `text` fits `box`; at the minimum
    size, text that still does not fit is shortened with an ellipsis."""
    if len(text) <= CACHED_CHARS:
        return _fitted_line(text, box, max_size, min_size, style, metrics, step)
    return _fit_line(text, box, max_size, min_size, style, metrics, step)


@lru_cache(maxsize=4096)
def _fitted_line(
    text: str, box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float
) -> tuple[float, str]:
    return _fit_line(text, box, max_size, min_size, style, metrics, step)


def _fit_line(
    text: str, box: Box, max_size: float, min_size: float, style: BoxStyle, metrics: Metrics, step: float
) -> tuple[float, str]:
    size = _largest_fitting_size([Para(text, bullet=False)], box, max_size, min_size, style, metrics, step)
    if size is not None:
        return size, text
    if box.height - 2 * style.inset_y < min_size * style.line:
        return min_size, text  # not even one line fits: set it whole rather than leave nothing

    def shortened(length: int) -> str:
        return text[:length].rstrip(" ，,、") + "…"

    def fits(length: int) -> bool:
        return block_height([Para(shortened(length), bullet=False)], box, min_size, style, metrics) <= box.height

    # Binary search for the longest prefix that fits: a 10,000-character title takes a dozen
    # measurements, not ten thousand (a prefix never needs more lines than a longer one).
    low, high = 0, len(text) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return min_size, shortened(low) if low >= 1 else "…"
