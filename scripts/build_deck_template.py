"""Build kam's built-in slide master `templates/deck.pptx` (and the test company master).

    python scripts/build_deck_template.py            # writes templates/deck.pptx
    python scripts/build_deck_template.py --company  # writes tests/data/deck_company/deck.pptx

The built-in master starts from python-pptx's default template, widened from 4:3 to
16:9, re-styled (theme fonts and colours, a title band) and keeps only the layouts a
deck uses, with plain names. No sample slides. The output is deterministic.

The "company" variant imitates a master made in Chinese PowerPoint/WPS: 4:3, layouts
named 标题幻灯片, 标题和内容, 节标题, 两栏内容, 仅标题, 空白, its own colours and a
sample slide that kam must not carry into its decks.
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Emu

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.output import normalise_zip  # noqa: E402
from generator.render.kit.xml_order import insert_child  # noqa: E402

WIDE = Emu(12192000)  # 13.333 in: 16:9 at 7.5 in high

# default layout name → (built-in name, Chinese PowerPoint name); None: dropped
LAYOUTS = {
    "Title Slide": ("Title", "标题幻灯片"),
    "Title and Content": ("Title and Content", "标题和内容"),
    "Section Header": ("Section", "节标题"),
    "Two Content": ("Two Content", "两栏内容"),
    "Comparison": ("Comparison", "比较"),
    "Title Only": ("Title Only", "仅标题"),
    "Blank": ("Blank", "空白"),
    "Content with Caption": (None, None),
    "Picture with Caption": (None, None),
    "Title and Vertical Text": (None, None),
    "Vertical Title and Text": (None, None),
}

STYLES = {
    "builtin": {
        "theme": "kam",
        "latin": "Arial",
        "ea": "Microsoft YaHei",
        "colors": {
            "dk2": "1F3A5F",
            "lt2": "EEF2F7",
            "accent1": "1F5FA8",
            "accent2": "F28C28",
            "accent3": "3BA58B",
            "accent4": "7A5CA8",
            "accent5": "4AA3DF",
            "accent6": "C8553D",
        },
        "title_color": "1F3A5F",
    },
    "company": {
        "theme": "某某公司主题",
        "latin": "Arial",
        "ea": "SimHei",
        "colors": {
            "dk2": "5B1A1A",
            "lt2": "F6EFE9",
            "accent1": "B22222",
            "accent2": "D4A017",
            "accent3": "2E8B57",
            "accent4": "4682B4",
            "accent5": "8B4513",
            "accent6": "708090",
        },
        "title_color": "8B1A1A",
    },
}

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def build(variant: str) -> bytes:
    """Return the bytes of the master `variant` ("builtin" or "company")."""
    style = STYLES[variant]
    prs = Presentation()
    if variant == "builtin":
        _widen(prs, WIDE)
    _drop_and_rename_layouts(prs, chinese=variant == "company")
    _restyle_theme(prs, style)
    _restyle_master(prs, style, wide=variant == "builtin")
    if variant == "builtin":
        _arrange_title_and_section(prs)
    if variant == "company":
        # A sample slide, as company masters usually carry: kam must not copy it.
        layout = prs.slide_layouts[0]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = "示例幻灯片：请勿使用"
    _clean_properties(prs, style["theme"])
    buffer = io.BytesIO()
    prs.save(buffer)
    return normalise_zip(buffer.getvalue())


def _widen(prs, width: int) -> None:
    """Make the presentation `width` wide, stretching every shape of the master and layouts."""
    factor = width / prs.slide_width
    prs.slide_width = width
    parts = [prs.slide_master] + list(prs.slide_layouts)
    for part in parts:
        for xfrm in part.element.iter(qn("a:xfrm")):
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            if off is not None:
                off.set("x", str(round(int(off.get("x")) * factor)))
            if ext is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * factor)))


def _drop_and_rename_layouts(prs, chinese: bool) -> None:
    master = prs.slide_master
    id_list = master.element.find(qn("p:sldLayoutIdLst"))
    for layout in list(prs.slide_layouts):
        builtin_name, zh_name = LAYOUTS[layout.name]
        if builtin_name is None:
            for entry in list(id_list):
                if master.part.related_part(entry.get(qn("r:id"))) is layout.part:
                    master.part.drop_rel(entry.get(qn("r:id")))
                    id_list.remove(entry)
            continue
        layout.element.find(qn("p:cSld")).set("name", zh_name if chinese else builtin_name)


def _restyle_theme(prs, style: dict) -> None:
    theme_part = next(rel.target_part for rel in prs.slide_master.part.rels.values() if rel.reltype.endswith("/theme"))
    theme = etree.fromstring(theme_part.blob)
    theme.set("name", style["theme"])
    scheme = theme.find(f".//{{{A}}}clrScheme")
    scheme.set("name", style["theme"])
    for name, rgb in style["colors"].items():
        slot = scheme.find(f"{{{A}}}{name}")
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=rgb)
    fonts = theme.find(f".//{{{A}}}fontScheme")
    fonts.set("name", style["theme"])
    for kind in ("majorFont", "minorFont"):
        node = fonts.find(f"{{{A}}}{kind}")
        node.find(f"{{{A}}}latin").set("typeface", style["latin"])
        node.find(f"{{{A}}}ea").set("typeface", style["ea"])
        hans = node.find(f"{{{A}}}font[@script='Hans']")
        if hans is not None:
            hans.set("typeface", style["ea"])
    theme_part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def _restyle_master(prs, style: dict, wide: bool) -> None:
    """Left-aligned coloured titles, calmer body sizes and an accent band under the title."""
    master = prs.slide_master.element
    title_style = master.find(f".//{{{P}}}titleStyle/{{{A}}}lvl1pPr")
    title_style.set("algn", "l")
    title_rpr = title_style.find(f"{{{A}}}defRPr")
    title_rpr.set("sz", "3200")
    title_rpr.set("b", "1")
    fill = title_rpr.find(f"{{{A}}}solidFill")
    for child in list(fill):
        fill.remove(child)
    etree.SubElement(fill, f"{{{A}}}srgbClr", val=style["title_color"])
    sizes = {"lvl1pPr": "2400", "lvl2pPr": "2000", "lvl3pPr": "1800", "lvl4pPr": "1600", "lvl5pPr": "1600"}
    body = master.find(f".//{{{P}}}bodyStyle")
    for level, size in sizes.items():
        rpr = body.find(f"{{{A}}}{level}/{{{A}}}defRPr")
        if rpr is not None:
            rpr.set("sz", size)
    for level in ("lvl1pPr", "lvl2pPr"):
        ppr = body.find(f"{{{A}}}{level}")
        bullet_colour = etree.Element(f"{{{A}}}buClr")
        etree.SubElement(bullet_colour, f"{{{A}}}schemeClr", val="accent1")
        insert_child(ppr, bullet_colour)
    width = prs.slide_width
    tree = master.find(f"{{{P}}}cSld/{{{P}}}spTree")
    # The band sits between the title (ends at 1.42 in) and the body (starts at 1.75 in).
    band = etree.fromstring(
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="20" name="Accent band"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="457200" y="1463040"/><a:ext cx="{width - 914400}" cy="27432"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill>'
        f"<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    )
    corner = etree.fromstring(
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="21" name="Accent corner"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="91440"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill>'
        f"<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    )
    tree.insert(2, corner)
    tree.insert(3, band)
    # Title and section layouts hide the master's shapes and draw their own coloured panel.
    for layout in prs.slide_layouts:
        name = layout.name
        if name in ("Title", "标题幻灯片", "Section", "节标题"):
            layout.element.find(qn("p:cSld")).getparent().set("showMasterSp", "0")
            layout_tree = layout.element.find(f"{{{P}}}cSld/{{{P}}}spTree")
            panel = etree.fromstring(
                f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="30" name="Panel"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
                f'<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="274320"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill>'
                f"<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
            )
            layout_tree.insert(2, panel)
            if name in ("Section", "节标题"):
                stripe = copy.deepcopy(panel)
                stripe.find(f".//{{{P}}}cNvPr").set("id", "31")
                stripe.find(f".//{{{P}}}cNvPr").set("name", "Stripe")
                stripe.find(f".//{{{A}}}off").set("y", str(prs.slide_height - 274320))
                stripe.find(f".//{{{A}}}schemeClr").set("val", "accent2")
                layout_tree.insert(3, stripe)


def _set_xfrm(shape_element, x: int, y: int, cx: int, cy: int) -> None:
    sp_pr = shape_element.find(qn("p:spPr"))
    xfrm = sp_pr.find(qn("a:xfrm"))
    if xfrm is None:
        xfrm = etree.SubElement(sp_pr, qn("a:xfrm"))
        sp_pr.insert(0, xfrm)
    for child in list(xfrm):
        xfrm.remove(child)
    etree.SubElement(xfrm, qn("a:off"), x=str(x), y=str(y))
    etree.SubElement(xfrm, qn("a:ext"), cx=str(cx), cy=str(cy))


def _arrange_title_and_section(prs) -> None:
    """Title slide: everything left-aligned on one edge. Section: the statement above its note,
    in sentence case (the default layout capitalises every letter, which long hooks can't afford)."""
    for layout in prs.slide_layouts:
        shapes = {ph.placeholder_format.type: ph for ph in layout.placeholders}
        if layout.name == "Title":
            title = shapes[PP_PLACEHOLDER.CENTER_TITLE]
            subtitle = shapes[PP_PLACEHOLDER.SUBTITLE]
            left, width = 914400, prs.slide_width - 2 * 914400
            _set_xfrm(title._element, left, 1600200, width, 2057400)
            title._element.find(qn("p:txBody")).find(qn("a:bodyPr")).set("anchor", "b")
            _set_xfrm(subtitle._element, left, 3840480, width, 1920240)
            for ppr in subtitle._element.iter(qn("a:lvl1pPr"), qn("a:lvl2pPr")):
                ppr.set("algn", "l")
        elif layout.name == "Section":
            title = shapes[PP_PLACEHOLDER.TITLE]
            body = shapes[PP_PLACEHOLDER.BODY]
            left, width = 914400, prs.slide_width - 2 * 914400
            _set_xfrm(title._element, left, 1371600, width, 2286000)
            title._element.find(qn("p:txBody")).find(qn("a:bodyPr")).set("anchor", "b")
            for rpr in title._element.iter(qn("a:defRPr")):
                rpr.attrib.pop("cap", None)
            _set_xfrm(body._element, left, 3749040, width, 1645920)
            body._element.find(qn("p:txBody")).find(qn("a:bodyPr")).set("anchor", "t")


def _clean_properties(prs, theme_name: str) -> None:
    props = prs.core_properties
    props.title = ""
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    props.subject = ""
    props.keywords = ""
    props.revision = 1
    import datetime as dt

    props.created = dt.datetime(2000, 1, 1)
    props.modified = dt.datetime(2000, 1, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--company", action="store_true", help="build the Chinese-named test master instead")
    parser.add_argument("-o", "--output", type=Path, help="where to write (default: the usual place)")
    args = parser.parse_args(argv)
    variant = "company" if args.company else "builtin"
    default = ROOT / ("tests/data/deck_company/deck.pptx" if args.company else "templates/deck.pptx")
    target = args.output or default
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build(variant))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
