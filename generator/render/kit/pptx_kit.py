"""Raw-XML helpers for python-pptx: layouts by role, East Asian fonts, explicit text setting,
deterministic properties and save.

The one place in kam that speaks PresentationML/DrawingML directly; the deck renderer calls these.
Shapes, text bodies and placeholder look-ups work on the lxml elements themselves, written as
python-pptx would write them (its templates, its attribute rules): its proxies cost about a
millisecond a shape through their get-or-add chains, and a deck has hundreds of shapes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

from generator.errors import TemplateError
from generator.i18n.messages import msg
from generator.output import fixed_zip, normalise_zip
from generator.render.kit.text_fit import BoxStyle, Para
from generator.render.kit.xml_order import child, replace_child
from generator.render.kit.xml_text import clean_text

FIXED_TIME = dt.datetime(2000, 1, 1)
DEFAULT_EAST_ASIAN = "Microsoft YaHei"
DEFAULT_LATIN = "Arial"

# Layout roles and the names PowerPoint, WPS and kam give them (English and Chinese UIs).
LAYOUT_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("Title", "Title Slide", "标题幻灯片", "标题页", "封面"),
    "section": ("Section", "Section Header", "节标题", "章节标题", "节标题幻灯片"),
    "content": ("Title and Content", "标题和内容", "标题和文本", "标题，文本"),
    "two": ("Two Content", "两栏内容", "Comparison", "比较", "两项内容"),
    "title_only": ("Title Only", "仅标题", "只有标题"),
    "blank": ("Blank", "空白"),
}
# Where a role has no layout of its own, the next role in its chain stands in.
FALLBACK = {
    "title": ("section", "content"),
    "section": ("title", "content"),
    "two": ("content",),
    "title_only": ("content",),
    "blank": ("title_only", "content"),
    "content": (),
}
_TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)
_BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE)


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).casefold()


def open_template(path: Path) -> Any:
    """Return the presentation in `path` with its own slides removed (master, theme and layouts kept)."""
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many kinds for a bad file
        raise TemplateError(msg("cli.template_unreadable_pptx", path=path, detail=str(exc))) from None
    id_list = prs.slides._sldIdLst
    for entry in list(id_list):
        prs.part.drop_rel(entry.get(qn("r:id")))
        id_list.remove(entry)
    return prs


def cloneable_placeholders(layout: Any) -> list[tuple[Any, Any, Any, int]]:
    """Return (type, orientation, size, index) of each placeholder a new slide on `layout` gets, in
    z-order: python-pptx's rule (all but date, footer and slide number), read once per layout."""
    return [
        (p.element.ph_type, p.element.ph_orient, p.element.ph_sz, p.element.ph_idx)
        for p in layout.iter_cloneable_placeholders()
    ]


def add_slide(prs: Any, layout: Any, placeholders: list[tuple[Any, Any, Any, int]]) -> Any:
    """Return a new last slide on `layout` with `placeholders` (from `cloneable_placeholders`), made as
    python-pptx's `slides.add_slide` makes it, without reading the layout's placeholders again."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.parts.slide import SlidePart

    part = prs.part
    slide_part = SlidePart.new(part._next_slide_partname, part.package, layout.part)
    # A new part has no relationship to reuse: add it straight away (relate_to would look through
    # every relationship first, which grows with each slide).
    rel_id = part.rels._add_relationship(RT.SLIDE, slide_part)
    slide = slide_part.slide
    shapes = slide.shapes
    for kind, orientation, size, idx in placeholders:
        shape_id = _next_shape_id(shapes._spTree)
        name = shapes._next_ph_name(kind, shape_id, orientation)
        shapes._spTree.add_placeholder(shape_id, name, kind, orientation, size, idx)
    prs.slides._sldIdLst.add_sldId(rel_id)
    return slide


class ScratchSlide:
    """A stand-in slide to trial-draw a layout on (does its text fit?): nothing is built on it. Its
    shapes are one stand-in element, texts drawn on it are only fitted (see layouts.text), pictures
    are left out."""

    def __init__(self) -> None:
        self.shape = parse_xml(_AUTOSHAPE_XML % (1, 0, 0, 1, 1, "rect", _NO_FILL, "<a:ln><a:noFill/></a:ln>"))


def _placeholder_types(layout: Any) -> list[Any]:
    """Return the type (PP_PLACEHOLDER) of each of the layout's placeholders, in z-order."""
    return [PP_PLACEHOLDER.from_xml(ph.get("type", "obj")) for _shape, ph in _placeholder_elements(layout)]


def _placeholders(layout: Any) -> tuple[list[Any], list[Any]]:
    """Return the types of the layout's title placeholders and of its body placeholders."""
    kinds = _placeholder_types(layout)
    return [k for k in kinds if k in _TITLE_TYPES], [k for k in kinds if k in _BODY_TYPES]


def _usable(role: str, layout: Any) -> bool:
    """Return True when `layout` has the placeholders a slide of `role` needs."""
    titles, bodies = _placeholders(layout)
    if role in ("title_only", "blank"):
        return bool(titles)
    if role == "two":
        return bool(titles) and len([b for b in bodies if b != PP_PLACEHOLDER.SUBTITLE]) >= 2
    return bool(titles) and bool(bodies)


def _by_type(role: str, layouts: list[Any]) -> Any | None:
    """Return the layout whose placeholders best suit `role` when no layout carries a known name."""
    candidates = [layout for layout in layouts if _usable(role, layout)]
    if role == "title":
        preferred = [layout for layout in candidates if PP_PLACEHOLDER.CENTER_TITLE in _placeholder_types(layout)]
        candidates = preferred or []
    elif role == "section":
        candidates = []  # only by name: a body layout would do, the fallback chain handles it
    elif role in ("content", "two", "title_only"):
        # Not the title slide: its subtitle is no place for content.
        candidates = [
            layout
            for layout in candidates
            if not any(
                kind in (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.SUBTITLE) for kind in _placeholder_types(layout)
            )
        ]
        if role == "content":
            single = [layout for layout in candidates if len(_placeholders(layout)[1]) == 1]
            objects = [layout for layout in single if _placeholders(layout)[1][0] == PP_PLACEHOLDER.OBJECT]
            candidates = objects or single or candidates
    return candidates[0] if candidates else None


def find_layouts(prs: Any, template: Path) -> dict[str, Any]:
    """Return the layout to use for each role (title, section, content, two, title_only, blank).

    Layouts are found by name (English or Chinese), then by placeholder type; a role with
    neither borrows the layout of a related role. Raises TemplateError naming the template
    and the missing layout when not even a title-and-content layout exists.
    """
    layouts = list(prs.slide_layouts)
    by_name = {_key(layout.name): layout for layout in reversed(layouts)}
    found: dict[str, Any] = {}
    for role, names in LAYOUT_NAMES.items():
        layout = next((by_name[_key(n)] for n in names if _key(n) in by_name), None)
        if layout is not None and not _usable(role, layout):
            layout = None
        found[role] = layout or _by_type(role, layouts)
    if found["content"] is None:
        available = ", ".join(f"{layout.name!r}" for layout in layouts) or "none"
        raise TemplateError(msg("cli.template_no_layout", path=template, names=available))
    for role, chain in FALLBACK.items():
        if found[role] is None:
            found[role] = next(found[r] for r in (*chain, "content") if found[r] is not None)
    return found


# What python-pptx counts as a shape of a shape tree; a placeholder has p:ph in its non-visual properties.
_SHAPE_TAGS = frozenset(qn(f"p:{tag}") for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"))
_NV_PR, _PH = qn("p:nvPr"), qn("p:ph")


def _placeholder_elements(slide: Any) -> Iterator[tuple[Any, Any]]:
    """Yield (shape element, p:ph element) for each placeholder on the slide, in document order
    (what `slide.placeholders` lists, read from the XML without building its proxies)."""
    for shape in slide.shapes._spTree:
        if shape.tag in _SHAPE_TAGS and len(shape):
            nv_pr = shape[0].find(_NV_PR)
            ph = nv_pr.find(_PH) if nv_pr is not None else None
            if ph is not None:
                yield shape, ph


def placeholder(slide: Any, idx: int) -> Any | None:
    """Return the element of the slide's placeholder with index `idx`, or None."""
    return next((shape for shape, ph in _placeholder_elements(slide) if int(ph.get("idx", "0")) == idx), None)


def title_placeholder(slide: Any) -> Any | None:
    """Return the slide's title placeholder, or None."""
    for shape, ph in _placeholder_elements(slide):
        if PP_PLACEHOLDER.from_xml(ph.get("type", "obj")) in _TITLE_TYPES:
            return slide.shapes._shape_factory(shape)
    return None


def body_placeholders(slide: Any) -> list[Any]:
    """Return the slide's body/content/subtitle placeholders, left to right then top to bottom."""
    bodies = [s for s in slide.placeholders if s.placeholder_format.type in _BODY_TYPES]
    return sorted(bodies, key=lambda s: (s.left // 100000, s.top))


def remove_shape(shape: Any) -> None:
    """Remove a shape (an unused placeholder; an element or a python-pptx shape) from its slide."""
    element = getattr(shape, "_element", shape)
    element.getparent().remove(element)


# --- theme fonts --------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeFonts:
    """The theme's heading (major) and body (minor) fonts, Latin and East Asian."""

    major_latin: str
    major_ea: str
    minor_latin: str
    minor_ea: str


def theme_fonts(prs: Any) -> ThemeFonts:
    """Return the theme fonts of the presentation's first master; empty slots get kam's defaults."""
    master_part = prs.slide_master.part
    theme_part = next((rel.target_part for rel in master_part.rels.values() if rel.reltype.endswith("/theme")), None)
    values = {}
    if theme_part is not None:
        theme = etree.fromstring(theme_part.blob)
        for kind in ("major", "minor"):
            font = theme.find(f".//{qn('a:fontScheme')}/{qn(f'a:{kind}Font')}")
            latin = (
                font.find(qn("a:latin")).get("typeface", "")
                if font is not None and font.find(qn("a:latin")) is not None
                else ""
            )
            ea = (
                font.find(qn("a:ea")).get("typeface", "")
                if font is not None and font.find(qn("a:ea")) is not None
                else ""
            )
            if not ea and font is not None:
                hans = font.find(f"{qn('a:font')}[@script='Hans']")
                ea = hans.get("typeface", "") if hans is not None else ""
            values[kind] = (latin or DEFAULT_LATIN, ea or DEFAULT_EAST_ASIAN)
    major = values.get("major", (DEFAULT_LATIN, DEFAULT_EAST_ASIAN))
    minor = values.get("minor", (DEFAULT_LATIN, DEFAULT_EAST_ASIAN))
    return ThemeFonts(major[0], major[1], minor[0], minor[1])


# --- text ---------------------------------------------------------------------------------
#
# Text bodies are written as lxml elements directly, in the order and with the attributes
# python-pptx's proxies would give (its optional attributes drop a value equal to the schema
# default): the proxies' get-or-add chains cost a millisecond a shape, and a deck sets hundreds.

_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_BODY_PR, _AUTOFITS = f"{{{_NS_A}}}bodyPr", tuple(f"{{{_NS_A}}}{t}" for t in ("noAutofit", "normAutofit", "spAutoFit"))
_PRST_TX_WARP, _NO_AUTOFIT = f"{{{_NS_A}}}prstTxWarp", f"{{{_NS_A}}}noAutofit"
_P, _PPR, _R, _RPR, _T, _BR = (f"{{{_NS_A}}}{t}" for t in ("p", "pPr", "r", "rPr", "t", "br"))
_END, _EA, _LATIN = f"{{{_NS_A}}}endParaRPr", f"{{{_NS_A}}}ea", f"{{{_NS_A}}}latin"
_LN_SPC, _SPC_BEF, _SPC_AFT, _SPC_PTS = (f"{{{_NS_A}}}{t}" for t in ("lnSpc", "spcBef", "spcAft", "spcPts"))
_BU_FONT, _BU_CHAR, _BU_NONE = f"{{{_NS_A}}}buFont", f"{{{_NS_A}}}buChar", f"{{{_NS_A}}}buNone"
_SOLID, _SCHEME, _SRGB = f"{{{_NS_A}}}solidFill", f"{{{_NS_A}}}schemeClr", f"{{{_NS_A}}}srgbClr"
_LUM_MOD, _LUM_OFF = f"{{{_NS_A}}}lumMod", f"{{{_NS_A}}}lumOff"
_DEFAULT_INSET_X, _DEFAULT_INSET_Y = 91440, 45720  # the schema's lIns/rIns and tIns/bIns defaults, EMU


def _emu(points: float) -> int:
    """Return `points` in EMU, truncated as python-pptx's Pt does."""
    return int(points * 12700)


def _inset(body_pr: Any, name: str, emu: int, default: int) -> None:
    """Set a body inset attribute; a value equal to the schema default is left out."""
    if emu == default:
        body_pr.attrib.pop(name, None)
    else:
        body_pr.set(name, str(emu))


def text_body(shape: Any) -> Any:
    """Return the text body element (p:txBody) of a shape element or of a python-pptx shape."""
    element = getattr(shape, "_element", shape)
    return element.find(qn("p:txBody"))


def set_run_language(rpr: Any, east_asian_font: str, lang_tag: str) -> None:
    """Set a run's language and its East Asian font slot (a:ea), so Chinese gets a Chinese font."""
    rpr.set("lang", lang_tag)
    rpr.set("altLang", "en-US" if lang_tag.startswith("zh") else "zh-CN")
    ea = child(rpr, "a:ea")
    ea.set("typeface", east_asian_font)


def prepare_frame(body: Any, style: BoxStyle) -> None:
    """Set explicit insets, word wrap and no autofit on a text body: the size kam computed is the size shown."""
    body_pr = body.find(_BODY_PR)
    body_pr.set("wrap", "square")
    for fit_element in [e for e in body_pr if e.tag in _AUTOFITS]:
        body_pr.remove(fit_element)
    body_pr.insert(1 if len(body_pr) and body_pr[0].tag == _PRST_TX_WARP else 0, body_pr.makeelement(_NO_AUTOFIT))
    inset_x, inset_y = _emu(style.inset_x), _emu(style.inset_y)
    _inset(body_pr, "lIns", inset_x, _DEFAULT_INSET_X)
    _inset(body_pr, "rIns", inset_x, _DEFAULT_INSET_X)
    _inset(body_pr, "tIns", inset_y, _DEFAULT_INSET_Y)
    _inset(body_pr, "bIns", inset_y, _DEFAULT_INSET_Y)


def set_anchor(body: Any, anchor: Any) -> None:
    """Set the vertical anchor (MSO_ANCHOR) of a text body."""
    body.find(_BODY_PR).set("anchor", MSO_ANCHOR.to_xml(anchor))


def clear_text(body: Any) -> None:
    """Leave a text body with one empty paragraph."""
    for p in body.findall(_P):
        body.remove(p)
    etree.SubElement(body, _P)


def _add_colour(parent: Any, colour: Any) -> None:
    """Append a solid fill of `colour` to `parent`: an RGBColor, a theme colour (MSO_THEME_COLOR), or
    (theme colour, brightness) with a brightness lightening (> 0) or darkening (< 0) it."""
    fill = etree.SubElement(parent, _SOLID)
    if isinstance(colour, RGBColor):
        etree.SubElement(fill, _SRGB).set("val", str(colour))
        return
    theme, shade = colour if isinstance(colour, tuple) else (colour, 0.0)
    scheme = etree.SubElement(fill, _SCHEME)
    scheme.set("val", MSO_THEME_COLOR.to_xml(theme))
    if shade:
        etree.SubElement(scheme, _LUM_MOD).set("val", _percent(1.0 - abs(shade)))
        if shade > 0:
            etree.SubElement(scheme, _LUM_OFF).set("val", _percent(shade))


def _percent(value: float) -> str:
    return str(int(round(value * 100000.0)))


def write_paragraphs(
    body: Any,
    paras: list[Para],
    size: float,
    style: BoxStyle,
    *,
    east_asian_font: str,
    lang_tag: str,
    colour: Any = None,
    frame: bool = True,
    latin_font: str | None = None,
) -> None:
    """Replace the text of `body` (a p:txBody or a:txBody element) with `paras` at `size` points,
    every spacing and indent explicit.

    `frame=False` leaves the body's own properties alone (table cells carry their margins on the cell).
    """
    if frame:
        prepare_frame(body, style)
    for p in body.findall(_P):
        body.remove(p)
    alt_lang = "en-US" if lang_tag.startswith("zh") else "zh-CN"
    for index, para in enumerate(paras):
        p = etree.SubElement(body, _P)
        own = size * para.scale
        ppr = etree.SubElement(p, _PPR)
        level = min(para.level, 8)
        if level:
            ppr.set("lvl", str(level))
        ppr.set("marL", str(_emu(style.margin(para, size))))
        ppr.set("indent", str(-_emu(style.bullet_indent * size) if para.bullet else 0))
        if para.align != "l":
            ppr.set("algn", para.align)
        _spacing(ppr, _LN_SPC, own * style.line)
        _spacing(ppr, _SPC_BEF, 0 if index == 0 else own * style.space_before)
        _spacing(ppr, _SPC_AFT, 0)
        if para.bullet:
            etree.SubElement(ppr, _BU_FONT).set("typeface", "Arial")
            etree.SubElement(ppr, _BU_CHAR).set("char", "•" if para.level == 0 else "–")
        else:
            etree.SubElement(ppr, _BU_NONE)
        run_size = str(_emu(own) // 127)  # centipoints, as python-pptx derives them from Pt
        mark_size = str(int(own * 100))
        for number, line in enumerate(para.text.split("\n")):
            if number:
                br_rpr = etree.SubElement(etree.SubElement(p, _BR), _RPR)
                br_rpr.set("sz", mark_size)
                br_rpr.set("lang", lang_tag)
            r = etree.SubElement(p, _R)
            rpr = etree.SubElement(r, _RPR)
            rpr.set("sz", run_size)
            # Text is measured as written: a master's all-caps or small-caps would widen it.
            rpr.set("cap", "none")
            if para.bold:
                rpr.set("b", "1")
            rpr.set("lang", lang_tag)
            rpr.set("altLang", alt_lang)
            if colour is not None:
                _add_colour(rpr, colour)
            if latin_font:
                etree.SubElement(rpr, _LATIN).set("typeface", latin_font)  # "+mj-lt": the theme's heading font
            etree.SubElement(rpr, _EA).set("typeface", east_asian_font)
            etree.SubElement(r, _T).text = _escape_controls(clean_text(line))
        end = etree.SubElement(p, _END)
        end.set("lang", lang_tag)
        end.set("sz", mark_size)


def _escape_controls(text: str) -> str:
    """Return `text` with the control characters XML keeps but PowerPoint shows (carriage returns)
    written as python-pptx escapes them (_x000D_)."""
    return _CONTROLS.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)


_CONTROLS = re.compile(r"([\x00-\x08\x0B-\x1F])")


def _spacing(ppr: Any, tag: str, points: float) -> None:
    """Append an exact spacing (a:lnSpc / a:spcBef / a:spcAft, Clark name) in points."""
    etree.SubElement(etree.SubElement(ppr, tag), _SPC_PTS).set("val", str(int(round(points * 100))))


def style_chart_text(chart: Any, size: float, east_asian_font: str, lang_tag: str) -> None:
    """Set the chart's text size, East Asian font and language (axis labels, legend, data labels)."""
    chart_space = chart._chartSpace
    tx_pr = replace_child(chart_space, "c:txPr")
    etree.SubElement(tx_pr, qn("a:bodyPr"))
    etree.SubElement(tx_pr, qn("a:lstStyle"))
    p = etree.SubElement(tx_pr, qn("a:p"))
    ppr = etree.SubElement(p, qn("a:pPr"))
    defrpr = etree.SubElement(ppr, qn("a:defRPr"))
    defrpr.set("sz", str(int(size * 100)))
    defrpr.set("lang", lang_tag)
    etree.SubElement(defrpr, qn("a:ea")).set("typeface", east_asian_font)
    etree.SubElement(p, qn("a:endParaRPr")).set("lang", lang_tag)


# --- notes --------------------------------------------------------------------------------


def set_notes(slide: Any, paras: list[str], east_asian_font: str, lang_tag: str) -> None:
    """Write speaker notes: one paragraph per item, every run with its East Asian font and language."""
    body = slide.notes_slide.notes_text_frame._txBody
    for p in body.findall(_P):
        body.remove(p)
    for text in paras:
        r = etree.SubElement(etree.SubElement(body, _P), _R)
        set_run_language(etree.SubElement(r, _RPR), east_asian_font, lang_tag)
        etree.SubElement(r, _T).text = _escape_controls(clean_text(text))


# --- properties and bytes -----------------------------------------------------------------

_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>kam</Application><PresentationFormat>{format}</PresentationFormat>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<Company>{company}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


def set_fixed_properties(prs: Any, *, title: str, author: str, language: str, when: dt.date | None) -> None:
    """Set the core and app properties from the data only (no clock, no user name, no template leftovers)."""
    from xml.sax.saxutils import escape

    stamp = dt.datetime.combine(when, dt.time()) if when else FIXED_TIME
    title, author = clean_text(title)[:255], clean_text(author)[:255]  # core properties hold at most 255
    props = prs.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = stamp
    props.modified = stamp
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.language = language
    for name in ("comments", "subject", "keywords", "category", "content_status", "identifier", "version"):
        setattr(props, name, "")
    package = prs.part.package
    width, height = prs.slide_width, prs.slide_height
    ratio = "16:9" if abs(width / height - 16 / 9) < 0.01 else "4:3" if abs(width / height - 4 / 3) < 0.01 else "Custom"
    notes = sum(1 for slide in prs.slides if slide.has_notes_slide)
    app = _APP_XML.format(
        format=f"On-screen Show ({ratio})", slides=len(prs.slides), notes=notes, company=escape(author)
    )
    for rel in list(package._rels.values()):
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = app.encode("utf-8")
        elif rel.reltype.endswith("/thumbnail"):
            # The template's thumbnail shows the template, not this deck.
            package._rels.pop(rel.rId)


def _fixed_workbook(blob: bytes) -> bytes:
    """Return an embedded chart workbook with its creation date fixed (XlsxWriter stamps the clock)."""
    source = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", data)
            target.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data)
    return normalise_zip(out.getvalue())


def unsigned_axis_ids(chart_space: Any) -> None:
    """Make the chart's axis ids unsigned, as the schema types them: python-pptx writes negative
    ones, which PowerPoint repairs. Each id maps to its 32-bit two's complement, so ids stay
    distinct and every c:crossAx still names its axis."""
    for tag in ("c:axId", "c:crossAx"):
        for node in chart_space.iter(qn(tag)):
            value = int(node.get("val"))
            if value < 0:
                node.set("val", str(value % 2**32))


def pptx_bytes(prs: Any) -> bytes:
    """Return the presentation as .pptx bytes: fixed zip timestamps, fixed embedded workbooks,
    unsigned chart axis ids."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    charts = {
        id(rel.target_part): rel.target_part
        for slide in prs.slides
        for rel in slide.part.rels.values()
        if rel.reltype == RT.CHART and not rel.is_external
    }
    for chart_part in charts.values():
        unsigned_axis_ids(chart_part._element)
        workbook = chart_part.chart_workbook.xlsx_part
        if workbook is not None:
            workbook._blob = _fixed_workbook(workbook.blob)
    return fixed_zip(_package_members(prs.part.package))


class _MemberList(list[tuple[str, bytes]]):
    """Stands in for python-pptx's zip writer: keeps each (member name, content) it is given."""

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.append((pack_uri.membername, blob))


def _package_members(package: Any) -> list[tuple[str, bytes]]:
    """Return the package's members in the order python-pptx saves them (content types, package
    relationships, then each part and its relationships), serialized by python-pptx's own writer:
    zipped once, by `fixed_zip`, instead of saved compressed and then unzipped to be rewritten."""
    from pptx.opc.serialized import PackageWriter

    members = _MemberList()
    writer = PackageWriter(io.BytesIO(), package._rels, tuple(package.iter_parts()))
    # `members` has what the writer uses of a zip writer: write(uri, blob).
    writer._write_content_types_stream(members)  # type: ignore[arg-type]
    writer._write_pkg_rels(members)  # type: ignore[arg-type]
    writer._write_parts(members)  # type: ignore[arg-type]
    return members


# --- shapes and pictures ------------------------------------------------------------------


# An autoshape and a text box as python-pptx writes them (its templates), with kam's settings
# applied: no shadow (an empty effect list), the fill and outline given, an empty text body with
# no insets. Filled in and parsed once per shape instead of built through the proxies.
_AUTOSHAPE_XML = (
    f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="%d" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
    '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
    '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s<a:effectLst/></p:spPr>'
    '<p:style><a:lnRef idx="1"><a:schemeClr val="accent1"/></a:lnRef>'
    '<a:fillRef idx="3"><a:schemeClr val="accent1"/></a:fillRef>'
    '<a:effectRef idx="2"><a:schemeClr val="accent1"/></a:effectRef>'
    '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>'
    '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr" lIns="0" rIns="0" tIns="0" bIns="0" wrap="square"/>'
    '<a:lstStyle/><a:p><a:pPr algn="ctr"/><a:endParaRPr sz="100"/></a:p></p:txBody></p:sp>'
)
_TEXTBOX_XML = (
    f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/>'
    '<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
    '<p:txBody><a:bodyPr wrap="none"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p/></p:txBody></p:sp>'
)
_NO_FILL = "<a:noFill/>"


def _scheme_fill_xml(theme: Any, brightness: float = 0.0) -> str:
    """Return the XML of a solid fill of a theme colour, lightened by `brightness` (> 0)."""
    value = MSO_THEME_COLOR.to_xml(theme)
    if not brightness:
        return f'<a:solidFill><a:schemeClr val="{value}"/></a:solidFill>'
    offset = f'<a:lumOff val="{_percent(brightness)}"/>' if brightness > 0 else ""
    return (
        f'<a:solidFill><a:schemeClr val="{value}"><a:lumMod val="{_percent(1.0 - abs(brightness))}"/>'
        f"{offset}</a:schemeClr></a:solidFill>"
    )


_IDS = etree.XPath("//@id")


def _next_shape_id(tree: Any) -> int:
    """Return one more than the largest id in the slide (python-pptx's rule for a new shape's id)."""
    return max((int(value) for value in _IDS(tree) if value.isdigit()), default=0) + 1


def _append_shape(slide: Any, xml: str) -> Any:
    """Return the shape element parsed from `xml`, added to the slide's shape tree (before any extLst)."""
    tree = slide.shapes._spTree
    shape = parse_xml(xml)
    tree.insert_element_before(shape, "p:extLst")
    return shape


def add_textbox(slide: Any, left: int, top: int, width: int, height: int, *, name: str | None = None) -> Any:
    """Return a new, empty text box element (p:sp) over the given rectangle, EMU."""
    if isinstance(slide, ScratchSlide):
        return slide.shape
    tree = slide.shapes._spTree
    shape_id = _next_shape_id(tree)
    shape = _append_shape(slide, _TEXTBOX_XML % (shape_id, shape_id - 1, left, top, width, height))
    if name:
        set_name(shape, name)
    return shape


def set_name(shape: Any, name: str) -> None:
    """Set the name of a shape element (p:sp), as the selection pane shows it."""
    shape[0][0].set("name", name)  # p:nvSpPr/p:cNvPr


@cache
def _autoshape(kind: Any) -> tuple[str, str]:
    """Return the (name stem, preset geometry) of an autoshape type (MSO_SHAPE)."""
    from pptx.shapes.autoshape import AutoShapeType

    shape_type = AutoShapeType(kind)
    return shape_type.basename, shape_type.prst


def add_shape(
    slide: Any,
    kind: Any,
    left: int,
    top: int,
    width: int,
    height: int,
    *,
    fill: Any = None,
    brightness: float = 0.0,
    line: Any = None,
    name: str | None = None,
) -> Any:
    """Return a new autoshape element (p:sp) filled with the theme colour `fill` (lightened by
    `brightness`, none when None) and outlined with the theme colour `line` (none when None): colours
    stay theme references, so the company's own theme restyles the shape. Its empty paragraph is set
    tiny with no insets: a thin bar's text frame holds nothing."""
    if isinstance(slide, ScratchSlide):
        return slide.shape
    basename, preset = _autoshape(kind)
    shape_id = _next_shape_id(slide.shapes._spTree)
    fill_xml = _NO_FILL if fill is None else _scheme_fill_xml(fill, brightness)
    line_xml = "<a:ln><a:noFill/></a:ln>" if line is None else f'<a:ln w="12700">{_scheme_fill_xml(line)}</a:ln>'
    geometry = (int(left), int(top), max(int(width), 1), max(int(height), 1))
    shape = _append_shape(slide, _AUTOSHAPE_XML % (shape_id, *geometry, preset, fill_xml, line_xml))
    set_name(shape, name or f"{basename} {shape_id - 1}")
    return shape


def image_size(path: str | Path) -> tuple[int, int]:
    """Return a picture's (width, height) in pixels, read with Pillow."""
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def add_picture_in(
    slide: Any,
    path: str | Path,
    left: int,
    top: int,
    width: int,
    height: int,
    *,
    crop: bool = False,
    name: str | None = None,
) -> Any:
    """Return a picture placed in the frame, proportions kept: scaled down to fit and centred (a logo),
    or filling the frame with the overflow cropped evenly (`crop`, a photo); on a scratch slide, None."""
    if isinstance(slide, ScratchSlide):
        return None
    pixels_w, pixels_h = image_size(path)
    ratio, frame = pixels_w / pixels_h, width / height
    if crop:
        picture = slide.shapes.add_picture(str(path), int(left), int(top), int(width), int(height))
        if ratio > frame:
            side = (1 - frame / ratio) / 2
            picture.crop_left = picture.crop_right = side
        elif ratio < frame:
            side = (1 - ratio / frame) / 2
            picture.crop_top = picture.crop_bottom = side
    else:
        shown_w, shown_h = (width, int(width / ratio)) if ratio > frame else (int(height * ratio), height)
        picture = slide.shapes.add_picture(
            str(path),
            int(left + (width - shown_w) // 2),
            int(top + (height - shown_h) // 2),
            int(shown_w),
            int(shown_h),
        )
    if name:
        picture.name = name
    return picture
