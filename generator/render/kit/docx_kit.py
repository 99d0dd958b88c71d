"""Raw-XML helpers for python-docx: East Asian fonts and language, fields, settings, deterministic save.

The one place in kam that speaks WordprocessingML directly; renderers call these.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from generator.output import normalise_zip
from generator.render.kit.xml_order import child
from generator.render.kit.xml_text import clean_text

FIXED_TIME = dt.datetime(2000, 1, 1)


def style_east_asian_font(document: Any, style_name: str | None = None) -> str | None:
    """Return the East Asian font a style resolves to (following basedOn, then the document defaults)."""
    styles = document.styles
    style = styles[style_name] if style_name and style_name in [s.name for s in styles] else None
    while style is not None:
        fonts = style.element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
        style = style.base_style
    defaults = styles.element.find(
        qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:rFonts")
    )
    return defaults.get(qn("w:eastAsia")) if defaults is not None else None


def set_run_language(run: Any, east_asian_font: str | None, lang_tag: str) -> None:
    """Set the run's East Asian font slot and its languages (w:lang val and eastAsia=zh-CN)."""
    rpr = run._r.get_or_add_rPr()
    fonts = child(rpr, "w:rFonts")
    if east_asian_font:
        fonts.set(qn("w:eastAsia"), east_asian_font)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = child(rpr, "w:lang")
    lang.set(qn("w:val"), lang_tag)
    lang.set(qn("w:eastAsia"), "zh-CN")


def add_field(paragraph: Any, instruction: str, shown: str = "") -> list[Any]:
    """Append a complex field (PAGE, NUMPAGES, PAGEREF …) showing `shown` until updated; return its runs."""
    runs = begin_field(paragraph, instruction)
    result = paragraph.add_run()
    result.text = shown
    return runs + [result, end_field(paragraph)]


def begin_field(paragraph: Any, instruction: str) -> list[Any]:
    """Open a field whose result spans several paragraphs (a TOC); close it with `end_field`."""
    runs = []
    for kind in ("begin", "instr", "separate"):
        run = paragraph.add_run()
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {instruction} "
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                node.set(qn("w:dirty"), "true")
        run._r.append(node)
        runs.append(run)
    return runs


def end_field(paragraph: Any) -> Any:
    """Close a field opened with `begin_field`; return the run."""
    run = paragraph.add_run()
    node = OxmlElement("w:fldChar")
    node.set(qn("w:fldCharType"), "end")
    run._r.append(node)
    return run


def add_bookmark(paragraph: Any, name: str, bookmark_id: int) -> None:
    """Wrap the paragraph's content in a bookmark `name` (a PAGEREF target)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def update_fields_on_open(document: Any) -> None:
    """Ask Word to refresh fields (the table of contents) when the document opens."""
    child(document.settings.element, "w:updateFields").set(qn("w:val"), "true")


def set_cell_shading(cell: Any, fill: str) -> None:
    """Fill a table cell with a solid colour (hex RGB)."""
    shading = child(cell._tc.get_or_add_tcPr(), "w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)


def repeat_as_header(row: Any) -> None:
    """Repeat a table row at the top of every page the table spans, and keep it whole."""
    trpr = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        child(trpr, tag)


def keep_row_together(row: Any) -> None:
    """Stop a table row from breaking across pages."""
    child(row._tr.get_or_add_trPr(), "w:cantSplit")


def set_fixed_properties(document: Any, *, title: str, author: str, language: str, when: dt.date | None) -> None:
    """Set core properties to values taken from the data only (no clock, no user name)."""
    stamp = dt.datetime.combine(when, dt.time()) if when else FIXED_TIME
    props = document.core_properties
    props.title = clean_text(title)[:255]
    props.author = clean_text(author)[:255]
    props.last_modified_by = clean_text(author)[:255]
    props.created = stamp
    props.modified = stamp
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.language = language
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""


def number_drawings(document: Any) -> None:
    """Give every drawing (wp:docPr) of the body, headers and footers its own id, counting from 1.

    python-docx numbers pictures per part, so a header logo and the first picture of the body
    would share id 1; Word wants them unique across the document and repairs it otherwise.
    """
    parts = [document.part] + [
        rel.target_part
        for rel in document.part.rels.values()
        if not rel.is_external and rel.reltype.endswith(("/header", "/footer"))
    ]
    number = 0
    for part in sorted(set(parts), key=lambda p: (p is not document.part, str(p.partname))):
        for node in part.element.iter(qn("wp:docPr")):
            number += 1
            node.set("id", str(number))


def docx_bytes(document: Any) -> bytes:
    """Return the document as .docx bytes with unique drawing ids and fixed zip timestamps
    (same content, same bytes)."""
    number_drawings(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
