"""Read a .pptx back: every slide's shapes, tables and charts by slide number and shape name, hidden
slides and shapes, shapes outside the slide, speaker notes, comments, embedded objects, and the
non-placeholder text of layouts and masters (it shows on every slide that uses them)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.preflight.charts import read_chart, read_embedded_objects
from generator.preflight.docx import main_part
from generator.preflight.items import Reading, Where
from generator.preflight.package import Package, PackageError
from generator.preflight.properties import read_properties

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SHAPES = {f"{{{P}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "pic", "cxnSp", "contentPart")}
_NOTES_SKIP = {"sldNum", "sldImg", "hdr", "ftr", "dt"}


def p(tag: str) -> str:
    """Return the Clark name of a PresentationML element."""
    return f"{{{P}}}{tag}"


def a(tag: str) -> str:
    """Return the Clark name of a DrawingML element."""
    return f"{{{A}}}{tag}"


@dataclass(frozen=True)
class Frame:
    """Maps a group's child coordinates to slide coordinates: slide = offset + (child - child_offset) * scale."""

    x: float = 0.0
    y: float = 0.0
    child_x: float = 0.0
    child_y: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    def box(self, x: int, y: int, cx: int, cy: int) -> tuple[float, float, float, float]:
        left = self.x + (x - self.child_x) * self.scale_x
        top = self.y + (y - self.child_y) * self.scale_y
        return left, top, left + cx * self.scale_x, top + cy * self.scale_y


def read_pptx(package: Package) -> Reading:
    """Return every text item and mark of a presentation."""
    reading = Reading()
    presentation = main_part(package, "ppt/presentation.xml")
    root = package.xml(presentation)
    if root.tag != p("presentation"):
        raise PackageError("not_office", part=presentation, kind="PowerPoint")
    width, height = slide_size(root)
    targets = {rel.id: rel.target for rel in package.relationships(presentation) if not rel.external}
    layouts_seen: set[str] = set()
    slide_list = root.find(p("sldIdLst"))
    slide_ids = list(slide_list.iter(p("sldId"))) if slide_list is not None else []
    for number, slide_id in enumerate(slide_ids, start=1):
        part = targets.get(slide_id.get(f"{{{R}}}id", ""))
        if not part or not package.has(part):
            continue
        _read_slide(reading, package, part, number, width, height)
        for layout in package.related(part, "slideLayout"):
            for template in [layout, *package.related(layout, "slideMaster")]:
                if template not in layouts_seen and package.has(template):
                    layouts_seen.add(template)
                    _read_template(reading, package, template)
    read_properties(reading, package)
    return reading


def _read_slide(reading: Reading, package: Package, part: str, number: int, width: int, height: int) -> None:
    slide = package.xml(part)
    hidden_slide = slide.get("show") in ("0", "false")
    state = "hidden_slide" if hidden_slide else None
    texts = []
    tree = slide.find(f"{p('cSld')}/{p('spTree')}")
    for shape, frame in shapes(tree, Frame()) if tree is not None else ():
        name = _name(shape)
        where = Where(part, "shape", (("slide", number), ("name", name)), state)
        text = _shape_text(reading, package, part, shape, where)
        texts.append(text)
        hidden_shape = is_hidden(shape)
        if hidden_shape and not hidden_slide:
            reading.mark("hidden-text", where.with_state("hidden"), text or name)
        if not hidden_slide and off_slide(shape, frame, width, height):
            reading.mark("off-slide-content", where, text or name)
    if hidden_slide:
        reading.mark(
            "hidden-slide", Where(part, "slide", (("slide", number),)), " / ".join(t for t in texts if t)[:200]
        )
    read_embedded_objects(reading, package, part, Where(part, "slide", (("slide", number),)))
    for notes in package.related(part, "notesSlide"):
        if package.has(notes):
            _read_notes(reading, package, notes, number)
    for comments in package.related(part, "comments"):
        if package.has(comments):
            _read_comments(reading, package, comments, number)


def shapes(container: Any, frame: Frame) -> Iterator[tuple[Any, Frame]]:
    """Yield (shape, frame) for every shape in a shape tree, through groups and alternate content."""
    for child in container:
        if child.tag == f"{{{MC}}}AlternateContent":
            choice = child.find(f"{{{MC}}}Choice")
            if choice is None:
                choice = child.find(f"{{{MC}}}Fallback")
            if choice is not None:
                yield from shapes(choice, frame)
        elif child.tag == p("grpSp"):
            yield child, frame
            yield from shapes(child, _group_frame(child, frame))
        elif child.tag in _SHAPES:
            yield child, frame


def _group_frame(group: Any, outer: Frame) -> Frame:
    xfrm = group.find(f"{p('grpSpPr')}/{a('xfrm')}")
    if xfrm is None:
        return outer
    off, ext = xfrm.find(a("off")), xfrm.find(a("ext"))
    child_off, child_ext = xfrm.find(a("chOff")), xfrm.find(a("chExt"))
    if off is None or ext is None or child_off is None or child_ext is None:
        return outer
    try:
        x0, y0, cx, cy = (int(off.get("x", 0)), int(off.get("y", 0)), int(ext.get("cx", 0)), int(ext.get("cy", 0)))
        chx, chy = int(child_off.get("x", 0)), int(child_off.get("y", 0))
        chcx, chcy = int(child_ext.get("cx", 0)) or 1, int(child_ext.get("cy", 0)) or 1
    except ValueError:
        return outer
    left, top, _, _ = outer.box(x0, y0, cx, cy)
    return Frame(left, top, chx, chy, outer.scale_x * cx / chcx, outer.scale_y * cy / chcy)


def slide_size(presentation: Any) -> tuple[int, int]:
    """Return the slide width and height (EMU) of a p:presentation root; 4:3 when it names none."""
    size = presentation.find(p("sldSz"))
    if size is None:
        return 9144000, 6858000
    return int(size.get("cx", 9144000)), int(size.get("cy", 6858000))


def off_slide(shape: Any, frame: Frame, width: int, height: int) -> bool:
    """Return True when the shape lies wholly outside the slide (it exists, but no one sees it in the show)."""
    box = _box(shape, frame)
    return box is not None and (box[0] >= width or box[1] >= height or box[2] <= 0 or box[3] <= 0)


def _box(shape: Any, frame: Frame) -> tuple[float, float, float, float] | None:
    """Return the shape's box on the slide (EMU), or None when it inherits its place from the layout."""
    xfrm = None
    for properties in (p("spPr"), p("grpSpPr")):
        holder = shape.find(properties)
        if holder is not None:
            xfrm = holder.find(a("xfrm"))
    if xfrm is None:
        xfrm = shape.find(p("xfrm"))  # a graphic frame
    if xfrm is None:
        return None
    off, ext = xfrm.find(a("off")), xfrm.find(a("ext"))
    if off is None or ext is None:
        return None
    try:
        return frame.box(int(off.get("x", 0)), int(off.get("y", 0)), int(ext.get("cx", 0)), int(ext.get("cy", 0)))
    except ValueError:
        return None


def _non_visual(shape: Any) -> Any:
    for child in shape:
        if child.tag.startswith(f"{{{P}}}nv"):
            return child.find(p("cNvPr"))
    return None


def _name(shape: Any) -> str:
    properties = _non_visual(shape)
    return properties.get("name", "") if properties is not None else ""


def is_hidden(shape: Any) -> bool:
    properties = _non_visual(shape)
    return properties is not None and properties.get("hidden") in ("1", "true")


def _shape_text(reading: Reading, package: Package, part: str, shape: Any, where: Where) -> str:
    """Add the shape's text (a text box, a table's cells, a chart) as items; return its text."""
    if shape.tag == p("grpSp"):
        return ""
    body = shape.find(p("txBody"))
    if body is not None:
        text = paragraphs_text(body)
        reading.item(where, text)
        return text
    table = shape.find(f"{a('graphic')}/{a('graphicData')}/{a('tbl')}")
    if table is not None:
        texts = []
        for row_number, row in enumerate(table.iter(a("tr")), start=1):
            for column_number, cell in enumerate(row.iter(a("tc")), start=1):
                text = paragraphs_text(cell)
                texts.append(text)
                reading.item(
                    Where(
                        where.part,
                        "shape_cell",
                        where.values + (("row", row_number), ("column", column_number)),
                        where.state,
                    ),
                    text,
                )
        return " ".join(t for t in texts if t)
    chart = shape.find(f"{a('graphic')}/{a('graphicData')}/{{{C}}}chart")
    if chart is not None:
        targets = {rel.id: rel.target for rel in package.relationships(part)}
        target = targets.get(chart.get(f"{{{R}}}id", ""))
        if target and package.has(target):
            read_chart(reading, package, target, where)
    return ""


def paragraphs_text(body: Any) -> str:
    """Return the text of the a:p paragraphs under `body`, one line each."""
    lines = []
    for paragraph in body.iter(a("p")):
        parts = []
        for element in paragraph.iter(a("t"), a("br")):
            parts.append("\n" if element.tag == a("br") else element.text or "")
        lines.append("".join(parts))
    return "\n".join(lines).strip("\n")


def _read_notes(reading: Reading, package: Package, part: str, number: int) -> None:
    texts = []
    for shape in package.xml(part).iter(p("sp")):
        placeholder = shape.find(f"{p('nvSpPr')}/{p('nvPr')}/{p('ph')}")
        if placeholder is not None and placeholder.get("type") in _NOTES_SKIP:
            continue
        body = shape.find(p("txBody"))
        if body is not None:
            texts.append(paragraphs_text(body))
    text = "\n".join(t for t in texts if t.strip())
    if text.strip():
        where = Where(part, "notes", (("slide", number),))
        reading.item(where, text, notes=True)
        reading.mark("speaker-notes", where, text)


def _read_comments(reading: Reading, package: Package, part: str, number: int) -> None:
    for index, comment in enumerate((e for e in package.xml(part).iter() if _local(e.tag) == "cm"), start=1):
        text = "\n".join(t.text or "" for t in comment.iter() if _local(t.tag) in ("t", "text"))
        where = Where(part, "slide_comment", (("slide", number), ("n", index)))
        reading.item(where, text)
        reading.mark("comment", where, text)


def _read_template(reading: Reading, package: Package, part: str) -> None:
    root = package.xml(part)
    tree = root.find(f"{p('cSld')}/{p('spTree')}")
    if tree is None:
        return
    for shape, _frame in shapes(tree, Frame()):
        non_visual = next((child for child in shape if child.tag.startswith(f"{{{P}}}nv")), None)
        if non_visual is not None and non_visual.find(f"{p('nvPr')}/{p('ph')}") is not None:
            continue  # a placeholder's prompt text never shows on a slide
        body = shape.find(p("txBody"))
        if body is not None:
            reading.item(Where(part, "template_shape", (("name", _name(shape)),)), paragraphs_text(body))


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
