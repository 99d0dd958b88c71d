"""A small writer over python-docx: paragraphs, lists and tables whose every run carries the
document's language and East Asian font, as the template's styles define them."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import _Row

from generator.render.kit import docx_kit
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
        # A finished row per shape (see `add_row`): later rows of that shape are copies with new texts.
        self._row_prototypes: dict[tuple, Any] = {}

    # --- runs and paragraphs -----------------------------------------------------------

    def east_asian_font(self, style_name: str | None) -> str | None:
        """Return (cached) the East Asian font that `style_name` resolves to."""
        if style_name not in self._fonts:
            self._fonts[style_name] = docx_kit.style_east_asian_font(self.document, style_name)
        return self._fonts[style_name]

    def run(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
        """Append a run of `text` to `paragraph` with language and East Asian font set; return it."""
        run = paragraph.add_run(clean_text(text))
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        style_name = self._names_by_id.get(paragraph._p.style) if paragraph._p.style else None
        docx_kit.set_run_language(run, self.east_asian_font(style_name), self.lang_tag)
        return run

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
        target = container if container is not None else self.document
        paragraph = target.add_paragraph()
        self.apply_style(paragraph, style)
        if text:
            self.run(paragraph, text, bold=bold, italic=italic)
        if align:
            paragraph.alignment = ALIGN[align]
        return paragraph

    def style(self, name: str | None) -> str | None:
        """Return `name` when the document defines that style, else None (the default paragraph style)."""
        return name if name in self._style_names else None

    def apply_style(self, paragraph: Any, name: str | None) -> None:
        """Give `paragraph` the style called `name`, if the document defines it."""
        style_id = self._style_ids.get(name) if name else None
        if style_id:
            paragraph._p.style = style_id

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
        widths = self._widths(columns)
        lines = [[clean_text(line) for line in (value or "").split("\n")] for value in values]
        key = _row_shape(table, lines, columns, widths, style, bold)
        prototype = self._row_prototypes.get(key) if key is not None else None
        if prototype is not None:
            # Building a row through python-docx's object model costs milliseconds a cell
            # (get_or_add chains); a copy of the same-shaped row, in the same schema order, does not.
            tr = copy.deepcopy(prototype)
            texts = [line for cell_lines in lines for line in cell_lines if line]
            for t, text in zip(tr.iter(qn("w:t")), texts):
                t.text = text
                if len(text.strip()) < len(text):
                    t.set(qn("xml:space"), "preserve")
                else:
                    t.attrib.pop(qn("xml:space"), None)
            table._tbl.append(tr)
            return list(_Row(tr, table).cells)
        row = table.add_row()
        docx_kit.keep_row_together(row)
        for cell, value, column, width in zip(row.cells, values, columns, widths):
            cell.width = Twips(width)
            self._fill_cell(cell, value, style, column.align, bold)
        if key is not None:
            self._row_prototypes[key] = copy.deepcopy(row._tr)
        return list(row.cells)

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
        row = table.add_row()
        docx_kit.keep_row_together(row)
        cells = row.cells
        widths = self._widths(columns)
        for cell, width in zip(cells, widths):
            cell.width = Twips(width)
        split = len(cells) - value_span
        label_cell = cells[0].merge(cells[split - 1]) if split > 1 else cells[0]
        value_cell = cells[split].merge(cells[-1]) if value_span > 1 else cells[-1]
        self._fill_cell(label_cell, label, "Table Text", label_align, bold)
        self._fill_cell(value_cell, value, "Table Text", "left" if value_span > 1 else columns[-1].align, bold)
        if shade:
            for cell in (label_cell, value_cell):
                docx_kit.set_cell_shading(cell, shade)
        return [label_cell, value_cell]

    def add_full_row(self, table: Any, text: str, *, bold: bool = True, shade: str | None = "E8EDF3") -> Any:
        """Append a row with one cell spanning the table (a group heading); return the cell."""
        row = table.add_row()
        docx_kit.keep_row_together(row)
        cells = row.cells
        merged = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
        self._fill_cell(merged, text, "Table Text", "left", bold)
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
            row = table.add_row()
            docx_kit.keep_row_together(row)
            label_cell, value_cell = row.cells
            for cell, width in zip(row.cells, self._widths(columns)):
                cell.width = Twips(width)
            self.cell_lines(label_cell, [("bold", label)])
            docx_kit.set_cell_shading(label_cell, label_fill)
            self.cell_lines(value_cell, lines)
        return table

    def cell_lines(self, cell: Any, lines: Sequence[Any], style: str = "Table Text") -> None:
        """Fill a cell with one paragraph per line. A line is text, (format, text) with format
        "", "bold" or "italic", or ("runs", (format, text), …) for mixed formats in one line;
        a newline inside a text becomes a line break."""
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            self.apply_style(paragraph, style)
            parts = line[1:] if isinstance(line, tuple) and line[0] == "runs" else [line]
            for part in parts:
                fmt, text = part if isinstance(part, tuple) else ("", part)
                pieces = str(text).split("\n")
                for position, piece in enumerate(pieces):
                    run = self.run(paragraph, piece, bold=fmt == "bold", italic=fmt == "italic")
                    if position < len(pieces) - 1:
                        run.add_break()

    def _fill_cell(self, cell: Any, value: str, style: str, align: str, bold: bool) -> None:
        lines = (value or "").split("\n")
        first = cell.paragraphs[0]
        self.apply_style(first, style)
        for index, line in enumerate(lines):
            paragraph = first
            if index:
                paragraph = cell.add_paragraph()
                self.apply_style(paragraph, style)
            paragraph.alignment = ALIGN[align]
            if line:
                self.run(paragraph, line, bold=bold)

    def _widths(self, columns: Sequence[Column]) -> list[int]:
        total = sum(c.width for c in columns)
        available = self.text_width()
        return [int(available * c.width / total) for c in columns]


def _row_shape(
    table: Any, lines: list[list[str]], columns: Sequence[Column], widths: list[int], style: str, bold: bool
) -> tuple | None:
    """Return what makes two rows' XML identical but for their texts, or None when a text
    holds a character python-docx writes as an element of its own (a tab, a line break)."""
    if len(lines) != len(columns) or any(ch in line for cell in lines for line in cell for ch in "\t\r\n"):
        return None
    grid = tuple(col.get(qn("w:w")) for col in table._tbl.tblGrid.findall(qn("w:gridCol")))
    return (
        grid,
        tuple(columns),
        tuple(widths),
        style,
        bold,
        tuple(tuple(bool(line) for line in cell) for cell in lines),
    )


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
