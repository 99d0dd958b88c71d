"""Saving an openpyxl workbook the way Excel does: text in shared strings, styles in schema order,
properties and zip timestamps fixed.

openpyxl (3.1) writes every text cell as an inline string (`t="inlineStr"`); Excel reads
that but rewrites the whole sheet into a shared-strings table on its first save, and a
strict reader flags it. `workbook_bytes` moves the text into xl/sharedStrings.xml (each
distinct text once), and puts the children of styles.xml (a font's b, u, sz, color, name …)
in schema order.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from lxml import etree

from generator.output import normalise_zip
from generator.render.kit.xml_order import ordered_xml

X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_PART = "xl/sharedStrings.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"


def workbook_bytes(book: Any, stamp: dt.datetime) -> bytes:
    """Return the openpyxl workbook `book` as .xlsx bytes: created/modified set to `stamp` (never
    the clock), text in shared strings, styles in schema order, fixed zip timestamps."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    # ExcelWriter directly: Workbook.save() would stamp `modified` with the clock.
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED, allowZip64=True)).save()
    return normalise_zip(excel_parts(buffer.getvalue()))


def excel_parts(data: bytes) -> bytes:
    """Return the .xlsx `data` with inline strings moved to a shared-strings part and styles.xml in
    schema order (other parts unchanged), as an uncompressed package."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    table = _SharedStrings()
    for name in parts:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            parts[name] = table.take_from(parts[name])
    if "xl/styles.xml" in parts:
        parts["xl/styles.xml"] = ordered_xml(parts["xl/styles.xml"])
    if table.index and SST_PART not in parts:
        parts[SST_PART] = table.xml()
        parts["[Content_Types].xml"] = _with_override(parts["[Content_Types].xml"])
        parts[WORKBOOK_RELS] = _with_relationship(parts[WORKBOOK_RELS])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:  # normalise_zip compresses it, once
        for name, blob in parts.items():
            target.writestr(name, blob)
    return out.getvalue()


# A cell openpyxl wrote as an inline string: its attributes before and after t="inlineStr",
# then either "/>" or "></c>" (an empty text) or its content, <is>…</is>. Text inside is escaped, so
# neither "</is>" nor "</c>" can occur in it. Worksheets are rewritten as text, not parsed:
# a 100,000-row index stays a few tens of MB in memory instead of a tree ten times its size.
_INLINE_CELL = re.compile(
    rb'<c((?:\s+(?!t=)[\w:]+="[^"]*")*)\s+t="inlineStr"((?:\s+[\w:]+="[^"]*")*)\s*(?:/>|>(.*?)</c>)', re.S
)


class _SharedStrings:
    """The shared-strings table being built: each distinct text (or rich text) once, in first-use order."""

    def __init__(self) -> None:
        self.index: dict[bytes, int] = {}
        self.count = 0

    def take_from(self, sheet: bytes) -> bytes:
        """Return the worksheet XML `sheet` with its inline-string cells referring to the table."""
        return _INLINE_CELL.sub(self._shared_cell, sheet)

    def _shared_cell(self, match: re.Match[bytes]) -> bytes:
        before, after, content = match.groups()
        attributes = before + after
        if not content:  # openpyxl marks an empty text cell inline too: it is just empty
            return b"<c" + attributes + b"/>"
        if not (content.startswith(b"<is>") and content.endswith(b"</is>")):
            return match.group(0)  # not the shape openpyxl writes: leave it as it is
        text = content[len(b"<is>") : -len(b"</is>")]
        position = self.index.setdefault(text, len(self.index))
        self.count += 1
        return b'<c%s t="s"><v>%d</v></c>' % (attributes, position)

    def xml(self) -> bytes:
        """Return xl/sharedStrings.xml (an inline string and a shared one have the same content model)."""
        items = b"".join(b"<si>" + text + b"</si>" for text in self.index)
        return (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (X.encode(), self.count, len(self.index), items)
        )


def _with_override(content_types: bytes) -> bytes:
    root = etree.fromstring(content_types)
    etree.SubElement(root, f"{{{CT}}}Override", PartName="/" + SST_PART, ContentType=SST_TYPE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_relationship(rels: bytes) -> bytes:
    root = etree.fromstring(rels)
    taken = {r.get("Id") for r in root}
    number = len(taken) + 1
    while f"rId{number}" in taken:
        number += 1
    etree.SubElement(root, f"{{{RELS}}}Relationship", Id=f"rId{number}", Type=SST_REL, Target="sharedStrings.xml")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
