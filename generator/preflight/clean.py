"""A cleaned copy of a .docx or .pptx: comments, speaker notes, hidden text, hidden slides and shapes,
off-slide shapes, personal properties and embedded data beyond a chart's values removed; everything
visible kept. Works on the package's XML, so nothing else in the file changes; parts nothing refers
to any more are dropped, and the zip is written with fixed timestamps (same input, same bytes)."""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from typing import Any

from lxml import etree

from generator.preflight.charts import extra_data
from generator.preflight.docx import main_part
from generator.preflight.normalise import normalise
from generator.preflight.package import CT_NS, Package, open_package, resolve
from generator.preflight.pptx import Frame, a, is_hidden, off_slide, p, shapes, slide_size
from generator.preflight.properties import APP_PART, CORE_PART, CUSTOM_PART, EXTENDED, PERSONAL_APP, PERSONAL_CORE
from generator.preflight.wordml import hidden_styles, is_on, run_is_hidden, w

FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE = "urn:schemas-microsoft-com:office:office"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
WORD_COMMENT_TYPES = ("comments", "commentsExtended", "commentsIds", "commentsExtensible", "people")
WORD_STORIES = ("header", "footer", "footnotes", "endnotes")
# Relationship types a part refers to by r:id in its XML; unreferenced ones are dropped with the content.
_REFERENCED = {
    "image",
    "chart",
    "oleObject",
    "package",
    "hyperlink",
    "video",
    "audio",
    "media",
    "diagramData",
    "diagramLayout",
    "diagramQuickStyle",
    "diagramColors",
    "diagramDrawing",
    "control",
}


class CleanError(Exception):
    """The file is of a kind --clean does not handle; `reason` is a catalogue key (preflight.clean_<reason>)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class _Editor:
    """The package's parts as bytes or parsed XML, with parts to drop; writes the cleaned zip."""

    def __init__(self, package: Package):
        self.package = package
        self.trees: dict[str, Any] = {}
        self.removed: set[str] = set()
        self.counts: Counter[str] = Counter()

    def xml(self, part: str) -> Any:
        if part not in self.trees:
            self.trees[part] = self.package.xml(part)
        return self.trees[part]

    def remove(self, part: str) -> None:
        self.removed.add(part)

    def rels_part(self, part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", base + ".rels")

    def drop_unreferenced(self, part: str) -> None:
        """Drop the relationships of `part` that its XML no longer refers to by id."""
        rels = self.rels_part(part)
        if not self.package.has(rels):
            return
        used = {
            value
            for element in self.xml(part).iter()
            for key, value in element.attrib.items()
            if key.startswith(f"{{{R}}}")
        }
        for rel in list(self.xml(rels)):
            if rel.get("Type", "").rsplit("/", 1)[-1] in _REFERENCED and rel.get("Id") not in used:
                rel.getparent().remove(rel)

    def finish(self) -> bytes:
        """Return the cleaned package: dropped parts, their relationships and content types removed,
        then every part no relationship reaches any more dropped too."""
        names = [n for n in self.package.names if not n.endswith("/")]
        while True:
            for part in list(self.removed):
                self.removed.add(self.rels_part(part))
            for name in names:
                if name.endswith(".rels") and name not in self.removed:
                    root = self.xml(name)
                    folder = posixpath.dirname(posixpath.dirname(name))
                    for rel in list(root):
                        if (
                            rel.get("TargetMode") != "External"
                            and resolve(folder, rel.get("Target", "")) in self.removed
                        ):
                            root.remove(rel)
            unreachable = set(names) - self._reachable(names) - self.removed
            unreachable = {n for n in unreachable if not n.endswith(".rels") and n != "[Content_Types].xml"}
            if not unreachable:
                break
            self.removed |= unreachable
        types = self.xml("[Content_Types].xml")
        for override in list(types.iter(f"{{{CT_NS}}}Override")):
            if override.get("PartName", "").lstrip("/") in self.removed:
                types.remove(override)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in sorted(names, key=lambda n: n != "[Content_Types].xml"):
                if name in self.removed:
                    continue
                data = (
                    etree.tostring(self.trees[name], xml_declaration=True, encoding="UTF-8", standalone=True)
                    if name in self.trees
                    else self.package.read(name)
                )
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 0
                target.writestr(info, data, compresslevel=6)
        return out.getvalue()

    def _reachable(self, names: list[str]) -> set[str]:
        seen: set[str] = set()
        queue = [""]
        while queue:
            part = queue.pop()
            rels = self.rels_part(part) if part else "_rels/.rels"
            if rels in self.removed or not self.package.has(rels):
                continue
            folder = posixpath.dirname(part)
            for rel in self.xml(rels):
                if rel.get("TargetMode") == "External":
                    continue
                target = resolve(folder, rel.get("Target", ""))
                if target not in seen and target not in self.removed:
                    seen.add(target)
                    queue.append(target)
        return seen


def clean_package(data: bytes, suffix: str, keep: frozenset[str] | set[str] = frozenset()) -> tuple[bytes, Counter]:
    """Return the cleaned copy of an Office file's bytes and how many things of each kind were removed.

    `keep`: normalised author or company values that are no one's personal data (our company, "kam")."""
    package = open_package(data)
    editor = _Editor(package)
    if suffix in (".docx", ".docm"):
        _clean_docx(editor)
    elif suffix in (".pptx", ".pptm"):
        _clean_pptx(editor)
    elif suffix in (".xlsx", ".xlsm"):
        _clean_xlsx(editor)
    else:
        raise CleanError("kind")
    _clean_properties(editor, keep)
    if package.strict:
        raise CleanError("strict")  # the parts rewritten here would mix namespaces with the ones left as they are
    return editor.finish(), editor.counts


# --- properties ------------------------------------------------------------------------


def _clean_properties(editor: _Editor, keep: frozenset[str] | set[str]) -> None:
    package = editor.package
    for part, tags in ((CORE_PART, PERSONAL_CORE.values()), (APP_PART, PERSONAL_APP.values())):
        if package.has(part):
            root = editor.xml(part)
            for tag in tags:
                for element in root.findall(tag):
                    if normalise(element.text or "") in keep:
                        continue
                    if (element.text or "").strip():
                        editor.counts["properties"] += 1
                    root.remove(element)
    if package.has(APP_PART):
        root = editor.xml(APP_PART)
        # The titles of parts list slide titles (a hidden slide's too); PowerPoint and Word rebuild them.
        for name in ("HeadingPairs", "TitlesOfParts"):
            for element in root.findall(f"{{{EXTENDED}}}{name}"):
                root.remove(element)
    if package.has(CUSTOM_PART):
        editor.counts["properties"] += sum(1 for _ in editor.xml(CUSTOM_PART))
        editor.remove(CUSTOM_PART)


# --- Word ------------------------------------------------------------------------------


def _clean_docx(editor: _Editor) -> None:
    package = editor.package
    document = main_part(package, "word/document.xml")
    styles = next(iter(package.related(document, "styles")), None)
    hidden = hidden_styles(package.xml(styles) if styles and package.has(styles) else None)
    stories = [document] + [part for kind in WORD_STORIES for part in package.related(document, kind)]
    for kind in WORD_COMMENT_TYPES:
        for part in package.related(document, kind):
            if kind == "comments" and package.has(part):
                editor.counts["comments"] += sum(1 for _ in package.xml(part).iter(w("comment")))
            editor.remove(part)
    for part in stories:
        if package.has(part):
            root = editor.xml(part)
            _drop_comment_marks(root)
            editor.counts["hidden_text"] += _drop_hidden_runs(root, hidden)
    for chart in package.related(document, "chart"):
        _clean_chart(editor, chart)
    root = editor.xml(document)
    for ole in list(root.iter(f"{{{OFFICE}}}OLEObject")):
        ole.getparent().remove(ole)  # the object's picture (v:shape) stays; its data goes
        editor.counts["embedded"] += 1
    editor.drop_unreferenced(document)


def _drop_comment_marks(root: Any) -> None:
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for element in list(root.iter(w(tag))):
            element.getparent().remove(element)
    for reference in list(root.iter(w("commentReference"))):
        run = reference.getparent()
        run.remove(reference)
        if run.tag == w("r") and all(child.tag == w("rPr") for child in run):
            run.getparent().remove(run)


def _drop_hidden_runs(root: Any, hidden: set[str]) -> int:
    removed = 0
    for paragraph in list(root.iter(w("p"))):
        for run in list(paragraph.iter(w("r"))):
            if run_is_hidden(run, paragraph, hidden):
                run.getparent().remove(run)
                removed += 1
        mark = paragraph.find(f"{w('pPr')}/{w('rPr')}/{w('vanish')}")
        if mark is not None and is_on(mark):
            parent = paragraph.getparent()
            has_text = any((t.text or "").strip() for t in paragraph.iter(w("t")))
            keeps_section = paragraph.find(f"{w('pPr')}/{w('sectPr')}") is not None
            if not has_text and not keeps_section and parent is not None and len(parent.findall(w("p"))) > 1:
                parent.remove(paragraph)
            else:
                mark.getparent().remove(mark)
    return removed


def _clean_chart(editor: _Editor, chart: str) -> None:
    if not editor.package.has(chart):
        return
    for workbook, extra in extra_data(editor.package, chart).items():
        if extra:
            root = editor.xml(chart)
            for element in list(root.iter(f"{{{C}}}externalData")):
                root.remove(element)
            editor.remove(workbook)
            editor.counts["embedded"] += 1


# --- PowerPoint ------------------------------------------------------------------------


def _clean_pptx(editor: _Editor) -> None:
    package = editor.package
    presentation = main_part(package, "ppt/presentation.xml")
    root = editor.xml(presentation)
    width, height = slide_size(root)
    targets = {rel.id: rel.target for rel in package.relationships(presentation) if not rel.external}
    for kind in ("commentAuthors", "authors"):
        for authors in package.related(presentation, kind):
            editor.remove(authors)
    slide_list = root.find(p("sldIdLst"))
    removed_ids = set()
    for slide_id in list(slide_list) if slide_list is not None else []:
        found = targets.get(slide_id.get(f"{{{R}}}id", ""))
        if not found or not package.has(found):
            continue
        part = found
        slide = editor.xml(part)
        for notes in package.related(part, "notesSlide"):
            editor.remove(notes)
            editor.counts["notes"] += 1
        for comments in package.related(part, "comments"):
            if package.has(comments):
                editor.counts["comments"] += sum(1 for e in package.xml(comments).iter() if _local(e.tag) == "cm")
            editor.remove(comments)
        if slide.get("show") in ("0", "false"):
            slide_list.remove(slide_id)
            removed_ids.add(slide_id.get("id"))
            editor.remove(part)
            editor.counts["hidden_slides"] += 1
            continue
        _clean_slide(editor, part, slide, width, height)
    # Sections and custom shows name slides by id too.
    for element in list(root.iter()):
        if _local(element.tag) == "sldId" and element.get("id") in removed_ids and element.getparent() is not None:
            element.getparent().remove(element)
    _fix_counts(editor)


def _clean_slide(editor: _Editor, part: str, slide: Any, width: int, height: int) -> None:
    tree = slide.find(f"{p('cSld')}/{p('spTree')}")
    if tree is None:
        return
    for shape, frame in list(shapes(tree, Frame())):
        if shape.getparent() is None:
            continue
        if is_hidden(shape) or off_slide(shape, frame, width, height):
            shape.getparent().remove(shape)
            editor.counts["hidden_shapes"] += 1
    _flatten_objects(editor, tree)
    for chart_ref in slide.iter(f"{{{C}}}chart"):
        targets = {rel.id: rel.target for rel in editor.package.relationships(part)}
        chart = targets.get(chart_ref.get(f"{{{R}}}id", ""))
        if chart:
            _clean_chart(editor, chart)
    editor.drop_unreferenced(part)


def _flatten_objects(editor: _Editor, tree: Any) -> None:
    """Replace every embedded object (p:oleObj) by the picture PowerPoint shows for it; its data goes."""
    import copy

    for frame in list(tree.iter(p("graphicFrame"))):
        if not any(_local(e.tag) == "oleObj" for e in frame.iter()):
            continue
        picture = next(frame.iter(p("pic")), None)
        parent = frame.getparent()
        editor.counts["embedded"] += 1
        if picture is None or parent is None:
            if parent is not None:
                parent.remove(frame)
            continue
        picture = copy.deepcopy(picture)
        properties = picture.find(p("spPr"))
        placed = frame.find(p("xfrm"))
        if properties is not None and placed is not None and properties.find(a("xfrm")) is None:
            xfrm = etree.Element(a("xfrm"))
            xfrm.extend(copy.deepcopy(child) for child in placed)
            properties.insert(0, xfrm)
        parent.replace(frame, picture)


# --- Excel ---------------------------------------------------------------------------------
# Hidden sheets, rows and columns are not removed: visible formulas may depend on them, and only a
# person can tell. The re-check of the cleaned copy finds them, so the copy is refused until then.


def _clean_xlsx(editor: _Editor) -> None:
    from generator.preflight.xlsx import S, sheets

    package = editor.package
    workbook = main_part(package, "xl/workbook.xml")
    for part in package.related(workbook, "person"):
        editor.remove(part)
    for _name, part, _state in sheets(package):
        for comments in package.related(part, "comments"):
            if package.has(comments):
                editor.counts["comments"] += sum(1 for _ in package.xml(comments).iter(f"{{{S}}}comment"))
            editor.remove(comments)
        for threaded in package.related(part, "threadedComment"):
            editor.remove(threaded)
        for drawing in package.related(part, "vmlDrawing"):
            if package.has(drawing) and _only_notes(package.read(drawing)):
                editor.remove(drawing)
                root = editor.xml(part)
                for legacy in list(root.iter(f"{{{S}}}legacyDrawing")):
                    root.remove(legacy)


def _only_notes(vml: bytes) -> bool:
    """Return True when a legacy VML drawing holds only comment boxes (ObjectType="Note")."""
    import re

    kinds = re.findall(rb'ObjectType\s*=\s*"([^"]*)"', vml)
    return bool(kinds) and all(kind == b"Note" for kind in kinds)


def _fix_counts(editor: _Editor) -> None:
    if not editor.package.has(APP_PART):
        return
    root = editor.xml(APP_PART)
    for name, change in (
        ("Notes", -editor.counts["notes"]),
        ("HiddenSlides", -editor.counts["hidden_slides"]),
        ("Slides", -editor.counts["hidden_slides"]),
    ):
        element = root.find(f"{{{EXTENDED}}}{name}")
        if element is not None and (element.text or "").strip().isdigit():
            element.text = str(max(0, int(element.text) + change))
    notes = root.find(f"{{{EXTENDED}}}Notes")
    if notes is not None:
        notes.text = "0"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
