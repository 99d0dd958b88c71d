"""A small writer over python-docx: paragraphs, lists and tables whose every run carries the
document's language and East Asian font, as the template's styles define them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

from generator.render.kit import docx_elements, docx_kit
from generator.render.kit.xml_order import child, replace_child
from generator.render.kit.xml_text import clean_text

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width and alignment."""

    header: str
    width: float
    align: str = "left"


class DocxWriter:
    """Append content to a python-docx Document, setting language and fonts on every run."""

    def __init__(self, document: Any, lang_tag: str):
        self.document = document
        self.lang_tag = lang_tag
        self._fonts: dict[str | None, str | None] = {}
        # Looking styles up by name through python-docx scans every style each time; map once.
        self._style_ids = {s.name: s.style_id for s in document.styles}
        self._style_names = set(self._style_ids)
        self._names_by_id = {style_id: name for name, style_id in self._style_ids.items()}

    # --- runs and paragraphs -----------------------------------------------------------

    def east_asian_font(self, style_name: str | None) -> str | None:
        """Return (cached) the East Asian font that `style_name` resolves to."""
        if style_name not in self._fonts:
            self._fonts[style_name] = docx_kit.style_east_asian_font(self.document, style_name)
        return self._fonts[style_name]

    def run(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
        """Append a run of `text` to `paragraph` with language and East Asian font set; return it."""
        style_id = docx_elements.paragraph_style_id(paragraph._p)
        style_name = self._names_by_id.get(style_id) if style_id else None
        r = self._run(paragraph._p, text, style_name, bold=bold, italic=italic)
        return Run(r, paragraph)

    def _run(self, p: Any, text: str, style_name: str | None, *, bold: bool = False, italic: bool = False) -> Any:
        """Append a run to the w:p `p` whose paragraph style is called `style_name`; return the w:r."""
        return docx_elements.add_run(
            p,
            clean_text(text),
            east_asian_font=self.east_asian_font(style_name),
            lang_tag=self.lang_tag,
            bold=bold,
            italic=italic,
        )

    def paragraph(
        self,
        text: str = "",
        style: str | None = None,
        *,
        align: str | None = None,
        bold: bool = False,
        italic: bool = False,
        container: Any = None,
    ) -> Any:
        """Append a paragraph (in the body, or in `container` such as a cell or header); return it."""
        parent = container if container is not None else self.document._body
        style_id = self._style_ids.get(style) if style else None
        p = docx_elements.add_paragraph(parent._element, style_id)
        if text:
            self._run(p, text, self._names_by_id.get(style_id) if style_id else None, bold=bold, italic=italic)
        if align:
            docx_elements.set_paragraph_properties(p, align=align)
        return Paragraph(p, parent)

    def style(self, name: str | None) -> str | None:
        """Return `name` when the document defines that style, else None (the default paragraph style)."""
        return name if name in self._style_names else None

    def apply_style(self, paragraph: Any, name: str | None) -> None:
        """Give `paragraph` the style called `name`, if the document defines it."""
        style_id = self._style_ids.get(name) if name else None
        if style_id:
            docx_elements.set_paragraph_properties(paragraph._p, style_id)

    def bullets(self, items: Sequence[str], style: str = "List Bullet") -> None:
        """Append one bulleted paragraph per non-empty item."""
        for item in items:
            if item:
                self.paragraph(item, style)

    def report_title(self, text: str) -> Any:
        """Append the title at the top of a report (the Title style without its cover-page spacing)."""
        from docx.shared import Pt

        paragraph = self.paragraph(text, "Title")
        paragraph.paragraph_format.space_before = Pt(0)
        return paragraph

    def header_text(self, text: str, logo: str | None = None) -> None:
        """Write `text` (after the logo, if any) in the first section's header, unless the template has its own."""
        from docx.shared import Cm

        header = self.document.sections[0].header
        if has_content(header):
            return
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        self.apply_style(paragraph, "Header")
        if logo:
            paragraph.add_run().add_picture(logo, height=Cm(0.6))
            paragraph.add_run().add_tab()
        self.run(paragraph, text)

    def page_numbers(self, label: str) -> None:
        """Write "page X of Y" in the first section's footer, unless the template has its own footer.

        `label` holds the placeholders PAGE and NUMPAGES where the fields go
        (e.g. "第 PAGE 页 共 NUMPAGES 页").
        """
        footer = self.document.sections[0].footer
        if has_content(footer):
            return
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        self.apply_style(paragraph, "Footer")
        paragraph.alignment = ALIGN["center"]
        for piece in re.split(r"(NUMPAGES|PAGE)", label):
            if piece in ("PAGE", "NUMPAGES"):
                for run in docx_kit.add_field(paragraph, piece, "1"):
                    docx_kit.set_run_language(run, self.east_asian_font("footer"), self.lang_tag)
            elif piece:
                self.run(paragraph, piece)

    def picture(self, data: bytes, width_cm: float) -> Any:
        """Append a centred picture (PNG/JPEG bytes) at most `width_cm` wide, within the margins; return its paragraph."""
        import io

        from docx.shared import Cm, Twips

        paragraph = self.paragraph(align="center")
        width = min(Cm(width_cm), Twips(self.text_width()))
        paragraph.add_run().add_picture(io.BytesIO(data), width=width)
        return paragraph

    def page_break(self) -> None:
        """Append a page break."""
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def text_width(self) -> int:
        """Return the width between the margins of the last section, in twips."""
        section = self.document.sections[-1]
        return int((section.page_width - section.left_margin - section.right_margin) / 635)

    # --- tables ------------------------------------------------------------------------

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *, header: bool = True) -> Any:
        """Append a table styled "Kam Table" with a repeating header row; return it."""
        table = self.document.add_table(rows=0, cols=len(columns))
        if "Kam Table" in self._style_names:
            table.style = self.document.styles["Kam Table"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = self._widths(columns)
        _set_layout_fixed(table, widths)
        _set_first_row_look(table, header)
        if header:
            cells = self.add_row(table, [c.header for c in columns], columns, style="Table Heading")
            docx_kit.repeat_as_header(table.rows[-1])
            for cell in cells:
                docx_kit.set_cell_shading(cell, "1F3A5F")
        for values in rows:
            self.add_row(table, values, columns)
        return table

    def add_row(
        self,
        table: Any,
        values: Sequence[str],
        columns: Sequence[Column],
        *,
        style: str = "Table Text",
        bold: bool = False,
    ) -> list[Any]:
        """Append a row of cell texts (a value may hold several lines); return its cells."""
        tr = docx_elements.add_row(table._tbl, self._widths(columns))
        tcs = tr.findall(docx_elements.W_TC)
        for tc, value, column in zip(tcs, values, columns):
            self._fill_cell(tc, value, style, column.align, bold)
        return [_Cell(tc, table) for tc in tcs]

    def merge_across(self, cells: Sequence[Any], first: int, last: int) -> Any:
        """Merge `cells[first]` to `cells[last]` of one row written by this writer into one cell
        spanning their columns (python-docx's merge without its span checks); return it."""
        if last <= first:
            return cells[first]
        tc = docx_elements.merge_across([cell._tc for cell in cells[first : last + 1]])
        return _Cell(tc, cells[first]._parent)

    def add_spanning_row(
        self,
        table: Any,
        label: str,
        value: str,
        columns: Sequence[Column],
        *,
        bold: bool = False,
        shade: str | None = None,
        label_align: str = "right",
        value_span: int = 1,
    ) -> list[Any]:
        """Append a row: `label` spanning the first columns, `value` the last `value_span` ones."""
        cells = self._empty_row(table, columns)
        split = len(cells) - value_span
        label_cell = self.merge_across(cells, 0, split - 1)
        value_cell = self.merge_across(cells, split, len(cells) - 1)
        self._fill_cell(label_cell._tc, label, "Table Text", label_align, bold)
        self._fill_cell(value_cell._tc, value, "Table Text", "left" if value_span > 1 else columns[-1].align, bold)
        if shade:
            for cell in (label_cell, value_cell):
                docx_kit.set_cell_shading(cell, shade)
        return [label_cell, value_cell]

    def add_full_row(self, table: Any, text: str, *, bold: bool = True, shade: str | None = "E8EDF3") -> Any:
        """Append a row with one cell spanning the table (a group heading); return the cell."""
        cells = self._empty_row(table, None)
        merged = self.merge_across(cells, 0, len(cells) - 1)
        self._fill_cell(merged._tc, text, "Table Text", "left", bold)
        if shade:
            docx_kit.set_cell_shading(merged, shade)
        return merged

    def record(
        self,
        rows: Sequence[tuple[str, Sequence[Any]]],
        *,
        label_width: float = 1.0,
        value_width: float = 4.0,
        label_fill: str = "EDF2F7",
    ) -> Any:
        """Append a label/value table: a shaded label cell, then the value's lines (see `cell_lines`)."""
        columns = [Column("", label_width), Column("", value_width)]
        table = self.table(columns, [], header=False)
        for label, lines in rows:
            label_cell, value_cell = self._empty_row(table, columns)
            self.cell_lines(label_cell, [("bold", label)])
            docx_kit.set_cell_shading(label_cell, label_fill)
            self.cell_lines(value_cell, lines)
        return table

    def cell_lines(self, cell: Any, lines: Sequence[Any], style: str = "Table Text") -> None:
        """Fill a cell with one paragraph per line. A line is text, (format, text) with format
        "", "bold" or "italic", or ("runs", (format, text), …) for mixed formats in one line;
        a newline inside a text becomes a line break."""
        tc = cell._tc
        style_id = self._style_ids.get(style)
        style_name = self._names_by_id.get(style_id) if style_id else None
        for index, line in enumerate(lines):
            if index == 0:
                p = tc.find(docx_elements.W_P)
                docx_elements.set_paragraph_properties(p, style_id)
            else:
                p = docx_elements.add_paragraph(tc, style_id)
            parts = line[1:] if isinstance(line, tuple) and line[0] == "runs" else [line]
            for part in parts:
                fmt, text = part if isinstance(part, tuple) else ("", part)
                pieces = str(text).split("\n")
                for position, piece in enumerate(pieces):
                    r = self._run(p, piece, style_name, bold=fmt == "bold", italic=fmt == "italic")
                    if position < len(pieces) - 1:
                        SubElement(r, docx_elements.W_BR)

    def _empty_row(self, table: Any, columns: Sequence[Column] | None) -> list[Any]:
        """Append a row of empty cells as wide as `columns` (None: the table's grid); return its cells."""
        if columns is None:
            widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        else:
            widths = self._widths(columns)
        tr = docx_elements.add_row(table._tbl, widths)
        return [_Cell(tc, table) for tc in tr.findall(docx_elements.W_TC)]

    def _fill_cell(self, tc: Any, value: str, style: str, align: str, bold: bool) -> None:
        """Write `value` into the empty cell `tc`, one paragraph per line."""
        style_id = self._style_ids.get(style)
        style_name = self._names_by_id.get(style_id) if style_id else None
        for index, line in enumerate((value or "").split("\n")):
            if index == 0:
                p = tc.find(docx_elements.W_P)
                docx_elements.set_paragraph_properties(p, style_id, align)
            else:
                p = docx_elements.add_paragraph(tc, style_id, align)
            if line:
                self._run(p, line, style_name, bold=bold)

    def _widths(self, columns: Sequence[Column]) -> list[int]:
        total = sum(c.width for c in columns)
        available = self.text_width()
        return [int(available * c.width / total) for c in columns]


def _set_layout_fixed(table: Any, widths: list[int]) -> None:
    """Give the table a fixed layout and explicit grid so Word, WPS and LibreOffice agree on widths."""
    tbl = table._tbl
    child(tbl.tblPr, "w:tblLayout").set(qn("w:type"), "fixed")
    width = replace_child(tbl.tblPr, "w:tblW")
    width.set(qn("w:w"), str(sum(widths)))
    width.set(qn("w:type"), "dxa")
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(w))


def has_content(part: Any) -> bool:
    """Return True when a header/footer of the template already holds text or pictures."""
    if part.is_linked_to_previous:
        return False
    element = part._element
    return bool("".join(element.itertext()).strip()) or element.find(".//" + qn("w:drawing")) is not None


def _set_first_row_look(table: Any, header: bool) -> None:
    """Tell the table style whether the first row is a header (a label/value table has none)."""
    look = child(table._tbl.tblPr, "w:tblLook")
    look.set(qn("w:val"), "04A0" if header else "0400")
    for name, value in (
        ("firstRow", header),
        ("lastRow", False),
        ("firstColumn", False),
        ("lastColumn", False),
        ("noHBand", True),
        ("noVBand", True),
    ):
        look.set(qn(f"w:{name}"), "1" if value else "0")
