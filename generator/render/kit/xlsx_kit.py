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
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    return normalise_zip(excel_parts(buffer.getvalue()))


def excel_parts(data: bytes) -> bytes:
    """Return the .xlsx `data` with inline strings moved to a shared-strings part and styles.xml in
    schema order (other parts unchanged)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    table = _SharedStrings()
    for name in parts:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            parts[name] = table.take_from(parts[name])
    if "xl/styles.xml" in parts:
        parts["xl/styles.xml"] = ordered_xml(parts["xl/styles.xml"])
    if table.texts and SST_PART not in parts:
        parts[SST_PART] = table.xml()
        parts["[Content_Types].xml"] = _with_override(parts["[Content_Types].xml"])
        parts[WORKBOOK_RELS] = _with_relationship(parts[WORKBOOK_RELS])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, blob in parts.items():
            target.writestr(name, blob)
    return out.getvalue()


class _SharedStrings:
    """The shared-strings table being built: each distinct text (or rich text) once, in first-use order."""

    def __init__(self) -> None:
        self.index: dict[bytes, int] = {}
        self.texts: list[etree._Element] = []
        self.count = 0

    def take_from(self, sheet: bytes) -> bytes:
        """Return the worksheet XML `sheet` with its inline-string cells referring to the table."""
        root = etree.fromstring(sheet)
        cells = [c for c in root.iter(f"{{{X}}}c") if c.get("t") == "inlineStr"]
        if not cells:
            return sheet
        for cell in cells:
            inline = cell.find(f"{{{X}}}is")
            if inline is None:  # openpyxl marks an empty text cell inline too: it is just empty
                del cell.attrib["t"]
                continue
            key = etree.tostring(inline)
            position = self.index.get(key)
            if position is None:
                position = self.index[key] = len(self.texts)
                self.texts.append(inline)
            self.count += 1
            cell.remove(inline)
            cell.set("t", "s")
            value = etree.SubElement(cell, f"{{{X}}}v")
            value.text = str(position)
            for extension in cell.findall(f"{{{X}}}extLst"):  # <v> belongs before an extLst
                cell.append(extension)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def xml(self) -> bytes:
        """Return xl/sharedStrings.xml."""
        root = etree.Element(f"{{{X}}}sst", nsmap={None: X},
                             count=str(self.count), uniqueCount=str(len(self.texts)))
        for inline in self.texts:
            item = etree.SubElement(root, f"{{{X}}}si")
            item.extend(inline)  # an inline string and a shared one have the same content model
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


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
