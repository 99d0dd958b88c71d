"""Edit kam's proposal and deck the way Word and PowerPoint write a rep's edits (used by the preflight tests).

Each function takes a file's bytes and returns the edited bytes: new parts with their
relationships and content types, runs inside w:ins / w:del, w:vanish, notes slides,
show="0", docProps, an embedded chart workbook with extra rows.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

import openpyxl
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DATE = "2026-11-25T09:30:00Z"


def parts(data: bytes) -> dict[str, bytes]:
    """Return every member of an OOXML package by name, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def pack(members: dict[str, bytes]) -> bytes:
    """Return an OOXML package holding `members` ([Content_Types].xml first)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in sorted(members, key=lambda n: n != "[Content_Types].xml"):
            package.writestr(name, members[name])
    return out.getvalue()


def add_part(
    members: dict[str, bytes],
    owner: str,
    part: str,
    data: bytes,
    rel_type: str,
    content_type: str,
    rel_id: str = "rIdPreflight1",
) -> None:
    """Add `part` with a relationship from `owner` (a part name, or "" for the package) and its content type."""
    members[part] = data
    folder, base = posixpath.split(owner)
    rels_name = posixpath.join(folder, "_rels", base + ".rels") if owner else "_rels/.rels"
    rels = etree.fromstring(members.get(rels_name, f'<Relationships xmlns="{PKG_REL}"/>'.encode()))
    target = posixpath.relpath(part, folder or ".") if owner else part
    etree.SubElement(rels, f"{{{PKG_REL}}}Relationship", Id=rel_id, Type=rel_type, Target=target)
    members[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    types = etree.fromstring(members["[Content_Types].xml"])
    etree.SubElement(types, f"{{{CT}}}Override", PartName="/" + part, ContentType=content_type)
    members["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- Word ------------------------------------------------------------------------------


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def body_paragraphs(root) -> list:
    """Return the top-level body paragraphs of a document.xml root."""
    return root.find(w("body")).findall(w("p"))


def paragraph_number(data: bytes, contains: str) -> int:
    """Return the 1-based body paragraph number (as preflight counts) of the first paragraph holding `contains`."""
    root = etree.fromstring(parts(data)["word/document.xml"])
    for number, paragraph in enumerate(body_paragraphs(root), start=1):
        if contains in "".join(t.text or "" for t in paragraph.iter(w("t"))):
            return number
    raise AssertionError(f"no paragraph holds {contains!r}")


def edit_document(data: bytes, edit) -> bytes:
    """Return the docx with `edit(root)` applied to word/document.xml."""
    members = parts(data)
    root = etree.fromstring(members["word/document.xml"])
    edit(root)
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return pack(members)


def run(text: str, *, vanish: bool = False, deleted: bool = False):
    """Return a w:r with East Asian font and language set, as Word writes them."""
    element = etree.Element(w("r"))
    properties = etree.SubElement(element, w("rPr"))
    etree.SubElement(properties, w("rFonts"), {w("eastAsia"): "宋体"})
    if vanish:
        etree.SubElement(properties, w("vanish"))
    etree.SubElement(properties, w("lang"), {w("eastAsia"): "zh-CN"})
    text_element = etree.SubElement(element, w("delText" if deleted else "t"))
    text_element.text = text
    text_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def append_text(data: bytes, paragraph: int, text: str, **kinds) -> bytes:
    """Return the docx with a run of `text` appended to body paragraph `paragraph` (1-based)."""

    def edit(root):
        body_paragraphs(root)[paragraph - 1].append(run(text, **kinds))

    return edit_document(data, edit)


def add_paragraph(data: bytes, text: str) -> bytes:
    """Return the docx with a new last body paragraph holding `text` (before the section properties)."""

    def edit(root):
        body = root.find(w("body"))
        paragraph = etree.Element(w("p"))
        paragraph.append(run(text))
        section = body.find(w("sectPr"))
        (section.addprevious(paragraph) if section is not None else body.append(paragraph))

    return edit_document(data, edit)


def track_changes(data: bytes, paragraph: int, deleted: str, inserted: str) -> bytes:
    """Return the docx with a tracked deletion and a tracked insertion in body paragraph `paragraph`."""

    def edit(root):
        target = body_paragraphs(root)[paragraph - 1]
        deletion = etree.SubElement(target, w("del"), {w("id"): "901", w("author"): "张三", w("date"): DATE})
        deletion.append(run(deleted, deleted=True))
        insertion = etree.SubElement(target, w("ins"), {w("id"): "902", w("author"): "张三", w("date"): DATE})
        insertion.append(run(inserted))

    return edit_document(data, edit)


def add_comment(data: bytes, paragraph: int, text: str, author: str = "张三") -> bytes:
    """Return the docx with a Word comment on body paragraph `paragraph`: comments part, relationship,
    content type, w:commentRangeStart/End around the runs and a w:commentReference run."""
    members = parts(data)
    root = etree.fromstring(members["word/document.xml"])
    target = body_paragraphs(root)[paragraph - 1]
    runs = target.findall(w("r"))
    start = etree.Element(w("commentRangeStart"), {w("id"): "0"})
    (runs[0].addprevious(start) if runs else target.append(start))
    target.append(etree.Element(w("commentRangeEnd"), {w("id"): "0"}))
    reference = etree.SubElement(target, w("r"))
    etree.SubElement(etree.SubElement(reference, w("rPr")), w("rStyle"), {w("val"): "CommentReference"})
    etree.SubElement(reference, w("commentReference"), {w("id"): "0"})
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    comments = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
        f'<w:comment w:id="0" w:author="{author}" w:date="{DATE}" w:initials="ZS"><w:p><w:pPr>'
        f'<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f"<w:annotationRef/></w:r><w:r><w:t>{text}</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    add_part(
        members,
        "word/document.xml",
        "word/comments.xml",
        comments,
        f"{REL}/comments",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    )
    return pack(members)


# --- properties ------------------------------------------------------------------------


def set_properties(
    data: bytes,
    *,
    author: str = "张三",
    company: str = "某某咨询公司",
    manager: str = "李四",
    custom: dict[str, str] | None = None,
) -> bytes:
    """Return the package with core author/lastModifiedBy, app Company/Manager and custom properties set."""
    members = parts(data)
    core = members["docProps/core.xml"].decode()
    core = re.sub(r"<dc:creator>.*?</dc:creator>", f"<dc:creator>{author}</dc:creator>", core)
    core = re.sub(
        r"<cp:lastModifiedBy>.*?</cp:lastModifiedBy>", f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy>", core
    )
    members["docProps/core.xml"] = core.encode()
    app = members["docProps/app.xml"].decode()
    app = re.sub(r"<Company>.*?</Company>", "", app)
    app = app.replace("</Properties>", f"<Manager>{manager}</Manager><Company>{company}</Company></Properties>")
    members["docProps/app.xml"] = app.encode()
    if custom:
        props = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
            f"<vt:lpwstr>{value}</vt:lpwstr></property>"
            for pid, (name, value) in enumerate(custom.items(), start=2)
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
            '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
            f'"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>'
        ).encode()
        add_part(
            members,
            "",
            "docProps/custom.xml",
            xml,
            f"{REL}/custom-properties",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            rel_id="rIdCustom",
        )
    return pack(members)


# --- PowerPoint --------------------------------------------------------------------------


def with_presentation(data: bytes, edit) -> bytes:
    """Return the pptx after `edit(prs)` through python-pptx (which writes parts as PowerPoint does)."""
    import pptx

    prs = pptx.Presentation(io.BytesIO(data))
    edit(prs)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def add_notes(data: bytes, slide: int, text: str) -> bytes:
    """Return the deck with speaker notes on slide `slide` (1-based)."""

    def edit(prs):
        prs.slides[slide - 1].notes_slide.notes_text_frame.text = text

    return with_presentation(data, edit)


def hide_slide(data: bytes, slide: int) -> bytes:
    """Return the deck with slide `slide` hidden (p:sld show="0")."""

    def edit(prs):
        prs.slides[slide - 1]._element.set("show", "0")

    return with_presentation(data, edit)


def add_text_box(data: bytes, slide: int, text: str, *, outside: bool = False, hidden: bool = False) -> bytes:
    """Return the deck with a text box on slide `slide`: on the slide, right of it (outside), or hidden."""
    from pptx.util import Emu

    def edit(prs):
        left = prs.slide_width + Emu(200000) if outside else Emu(400000)
        box = prs.slides[slide - 1].shapes.add_textbox(left, Emu(400000), Emu(3000000), Emu(600000))
        box.name = "粘贴的文本框"
        box.text_frame.text = text
        if hidden:
            box._element.nvSpPr.cNvPr.set("hidden", "1")

    return with_presentation(data, edit)


def add_slide_comment(data: bytes, slide: int, text: str) -> bytes:
    """Return the deck with a (classic) PowerPoint comment on slide `slide`: comment part and authors part."""
    members = parts(data)
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    authors = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:cmAuthorLst xmlns:p="{p}">'
        '<p:cmAuthor id="1" name="张三" initials="ZS" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>'
    ).encode()
    add_part(
        members,
        "ppt/presentation.xml",
        "ppt/commentAuthors.xml",
        authors,
        f"{REL}/commentAuthors",
        "application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml",
        rel_id="rIdAuthors",
    )
    comment = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:cmLst xmlns:p="{p}">'
        f'<p:cm authorId="1" dt="2026-11-25T09:30:00.000" idx="1"><p:pos x="10" y="10"/>'
        f"<p:text>{text}</p:text></p:cm></p:cmLst>"
    ).encode()
    add_part(
        members,
        f"ppt/slides/slide{slide}.xml",
        "ppt/comments/comment1.xml",
        comment,
        f"{REL}/comments",
        "application/vnd.openxmlformats-officedocument.presentationml.comments+xml",
        rel_id="rIdComment",
    )
    return pack(members)


def chart_workbook(data: bytes) -> str:
    """Return the name of the first embedded chart workbook in the package."""
    return next(name for name in parts(data) if name.startswith("ppt/embeddings/") and name.endswith(".xlsx"))


def extend_chart_workbook(data: bytes, rows: list[list]) -> bytes:
    """Return the deck whose first chart's embedded workbook has `rows` appended (as a rep pasting a price sheet)."""
    members = parts(data)
    name = chart_workbook(data)
    workbook = openpyxl.load_workbook(io.BytesIO(members[name]))
    sheet = workbook.worksheets[0]
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    members[name] = out.getvalue()
    return pack(members)


def add_embedded_workbook(data: bytes, slide: int, rows: list[list]) -> bytes:
    """Return the deck with an Excel workbook embedded as an object on slide `slide` (Insert › Object)."""
    from pptx.enum.shapes import PROG_ID
    from pptx.util import Emu

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    blob = io.BytesIO()
    workbook.save(blob)
    blob.seek(0)

    def edit(prs):
        prs.slides[slide - 1].shapes.add_ole_object(blob, PROG_ID.XLSX, Emu(600000), Emu(600000))

    return with_presentation(data, edit)


def add_word_chart(docx_data: bytes, deck_data: bytes, extra_rows: list[list] | None = None) -> bytes:
    """Return the docx with the deck's first chart pasted in as Word keeps a chart: word/charts/chart1.xml,
    its embedded workbook (with `extra_rows` appended), relationships, content types, an inline drawing."""
    deck = parts(extend_chart_workbook(deck_data, extra_rows) if extra_rows else deck_data)
    members = parts(docx_data)
    workbook_name = chart_workbook(deck_data).rsplit("/", 1)[-1]
    members["word/charts/chart1.xml"] = deck["ppt/charts/chart1.xml"]
    members["word/charts/_rels/chart1.xml.rels"] = deck["ppt/charts/_rels/chart1.xml.rels"]
    members[f"word/embeddings/{workbook_name}"] = deck[chart_workbook(deck_data)]
    types = etree.fromstring(members["[Content_Types].xml"])
    etree.SubElement(
        types,
        f"{{{CT}}}Override",
        PartName=f"/word/embeddings/{workbook_name}",
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    members["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    add_part(
        members,
        "word/document.xml",
        "word/charts/chart1.xml",
        members["word/charts/chart1.xml"],
        f"{REL}/chart",
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        rel_id="rIdChart1",
    )
    drawing = etree.fromstring(
        f'<w:p xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        f'xmlns:r="{REL}"><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="3200400"/><wp:docPr id="900" name="Chart 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rIdChart1"/></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    root = etree.fromstring(members["word/document.xml"])
    root.find(w("body")).find(w("sectPr")).addprevious(drawing)
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return pack(members)
