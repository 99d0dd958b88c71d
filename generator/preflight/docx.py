"""Read a .docx back: body paragraphs and table cells, headers, footers, foot- and endnotes, comments,
tracked changes, hidden text, charts with their embedded workbooks, embedded objects."""

from __future__ import annotations

from typing import Any

from generator.preflight.charts import read_charts, read_embedded_objects
from generator.preflight.items import Reading, Where
from generator.preflight.package import Package, PackageError
from generator.preflight.properties import read_properties
from generator.preflight.wordml import ParagraphText, hidden_styles, read_paragraph, w

MAIN_TYPES = ("officeDocument",)


def main_part(package: Package, default: str) -> str:
    """Return the main part the package relationships name (word/document.xml in Word's own files)."""
    for rel in package.relationships(""):
        if rel.type in MAIN_TYPES and not rel.external and package.has(rel.target):
            return rel.target
    return default


def read_docx(package: Package) -> Reading:
    """Return every text item and mark of a Word document."""
    reading = Reading()
    document = main_part(package, "word/document.xml")
    styles = next(iter(package.related(document, "styles")), None)
    hidden = hidden_styles(package.xml(styles) if styles and package.has(styles) else None)
    anchors: dict[str, Where] = {}
    root = package.xml(document)
    if root.tag != w("document"):
        raise PackageError("not_office", part=document, kind="Word")
    body = root.find(w("body"))
    if body is not None:
        _read_blocks(reading, body, document, hidden, anchors)
    for glossary in package.related(document, "glossaryDocument"):
        if package.has(glossary):  # building blocks (Quick Parts) travel with the file
            _read_story(reading, package.xml(glossary), Where(glossary, "glossary", ()), hidden, anchors)
    for kind in ("header", "footer"):
        for number, part in enumerate(sorted(package.related(document, kind)), start=1):
            if package.has(part):
                _read_story(reading, package.xml(part), Where(part, kind, (("n", number),)), hidden, anchors)
    for kind, element in (("footnotes", "footnote"), ("endnotes", "endnote")):
        for part in package.related(document, kind):
            if package.has(part):
                for note in package.xml(part).iter(w(element)):
                    if note.get(w("type")) in (None, "normal"):
                        _read_story(
                            reading, note, Where(part, element, (("id", note.get(w("id"), "")),)), hidden, anchors
                        )
    for part in package.related(document, "comments"):
        if package.has(part):
            _read_comments(reading, package, part, hidden, anchors)
    read_charts(reading, package, document, lambda name: Where(name, "chart", (("name", name.rsplit("/", 1)[-1]),)))
    read_embedded_objects(reading, package, document)
    read_properties(reading, package)
    return reading


def _read_blocks(reading: Reading, body: Any, part: str, hidden: set[str], anchors: dict[str, Where]) -> None:
    counters = {"paragraph": 0, "table": 0}
    places: list[tuple[Any, Where]] = []  # each block with its place, for content controls below
    for block in _blocks(body):
        if block.tag == w("p"):
            counters["paragraph"] += 1
            where = Where(part, "paragraph", (("n", counters["paragraph"]),))
            places.append((block, where))
            _paragraph(reading, read_paragraph(block, hidden), where, anchors)
        elif block.tag == w("tbl"):
            counters["table"] += 1
            for row_number, row in enumerate(_rows(block), start=1):
                row_where = Where(part, "cell", (("table", counters["table"]), ("row", row_number), ("column", 1)))
                for change in row.findall(f"{w('trPr')}/*"):
                    if change.tag in (w("ins"), w("del")):  # a whole row inserted or deleted
                        text = " | ".join(
                            read_paragraph(c, hidden).text + "".join(read_paragraph(c, hidden).deleted)
                            for c in _cells(row)
                        )
                        reading.mark(
                            "tracked-change",
                            row_where.with_state("inserted" if change.tag == w("ins") else "deleted"),
                            text,
                        )
                for cell_number, cell in enumerate(_cells(row), start=1):
                    where = Where(
                        part, "cell", (("table", counters["table"]), ("row", row_number), ("column", cell_number))
                    )
                    places.append((cell, where))
                    for paragraph in _story_paragraphs(cell):
                        _paragraph(reading, read_paragraph(paragraph, hidden), where, anchors)
    _content_control_placeholders(reading, body, places)


def _content_control_placeholders(reading: Reading, body: Any, places: list[tuple[Any, Where]]) -> None:
    """Mark content controls still showing their placeholder text (Word's "Click or tap here to enter text")."""
    where_of = {id(element): where for element, where in places}
    for control in body.iter(w("sdt")):
        if control.find(f"{w('sdtPr')}/{w('showingPlcHdr')}") is None:
            continue
        node, where = control, None
        while node is not None and where is None:
            where = where_of.get(id(node))
            node = node.getparent()
        if where is None:  # a block-level control: the place of its first paragraph
            first = next(control.iter(w("p")), None)
            where = where_of.get(id(first)) if first is not None else None
        text = "".join(t.text or "" for t in control.iter(w("t")))
        reading.mark("placeholder", where or Where("word/document.xml", "paragraph", (("n", 0),)), text)


def _read_story(reading: Reading, root: Any, where: Where, hidden: set[str], anchors: dict[str, Where]) -> None:
    for number, paragraph in enumerate(_story_paragraphs(root), start=1):
        _paragraph(
            reading,
            read_paragraph(paragraph, hidden),
            Where(where.part, where.place, where.values + (("paragraph", number),)),
            anchors,
        )


def _story_paragraphs(root: Any):
    """Yield the paragraphs of a header, footer or note that are not inside another paragraph (text boxes)."""
    for paragraph in root.iter(w("p")):
        parent = paragraph.getparent()
        while parent is not None and parent is not root and parent.tag != w("p"):
            parent = parent.getparent()
        if parent is None or parent is root:
            yield paragraph


def _blocks(container: Any):
    """Yield the body's paragraphs and tables in order, looking through content controls and custom XML."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _blocks(content)
        elif child.tag == w("customXml"):
            yield from _blocks(child)


def _rows(table: Any):
    for child in table:
        if child.tag == w("tr"):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _rows(content)


def _cells(row: Any):
    for child in row:
        if child.tag == w("tc"):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _cells(content)


def _paragraph(reading: Reading, text: ParagraphText, where: Where, anchors: dict[str, Where]) -> None:
    """Add a paragraph's items and marks: shown, deleted and hidden text apart; each tracked change a mark."""
    reading.item(where, text.text)
    deleted, hidden = "".join(text.deleted), "".join(text.hidden)
    if deleted.strip():
        reading.item(where.with_state("deleted"), deleted)
    if hidden.strip():
        reading.item(where.with_state("hidden"), hidden)
        reading.mark("hidden-text", where.with_state("hidden"), hidden)
    for kind, changed in text.changes:
        reading.mark("tracked-change", where.with_state(kind), changed)
    for comment_id in text.comments:
        anchors.setdefault(comment_id, where)


def _read_comments(reading: Reading, package: Package, part: str, hidden: set[str], anchors: dict[str, Where]) -> None:
    for comment in package.xml(part).iter(w("comment")):
        comment_id = comment.get(w("id"), "")
        values: tuple = (("id", comment_id), ("author", comment.get(w("author"), "")))
        anchor = anchors.get(comment_id)
        if anchor is not None:
            values += (("at", anchor),)
        where = Where(part, "comment", values)
        texts = [read_paragraph(paragraph, hidden) for paragraph in comment.iter(w("p"))]
        text = "\n".join(t.text + "".join(t.deleted) + "".join(t.hidden) for t in texts)
        reading.item(where, text)
        reading.mark("comment", where, text)
