"""Write a brief as a workbook: an instructions sheet, then one sheet per part in the method's order.

Built from the layout (load/workbook/layout.py), so every field of the models is in it. Each header
carries a note (what to write, an example, required or not, customer-facing or internal), every
enumeration a dropdown in the workbook's language; internal sheets have a red tab and a banner.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.i18n import Texts
from generator.load.workbook.cells import TEXT_FORMAT, choices, field_label, row_label, sheet_title, to_cell
from generator.load.workbook.layout import FORMAT_VERSION, MARKER, Field_, Sheet, layout

_FIXED_TIME = dt.datetime(2024, 1, 1)
_BLANK_ROWS = 30
_INTERNAL_TAB = "C0392B"
_CUSTOMER_TAB = "2E86C1"
_MIXED_TAB = "D4AC0D"
_HEADER_FILL = "D6EAF8"
_INTERNAL_FILL = "FADBD8"


def workbook_bytes(data: dict[str, Any] | None, language: str) -> bytes:
    """Return the .xlsx bytes of a brief workbook in `language`, filled from plain brief `data` (None: empty).

    `data` is a brief as plain values (a validated brief's dump, `seller` possibly a file name).
    """
    from openpyxl import Workbook
    from openpyxl.packaging.custom import StringProperty

    texts = Texts(language)
    book = Workbook()
    _instructions(book.active, texts)
    for sheet in layout():
        target = book.create_sheet(sheet_title(texts, sheet))
        if sheet.table is None:
            _form(target, sheet, texts, data or {})
        else:
            _table(target, sheet, texts, _at(data or {}, sheet.table) or [])
    book.properties.creator = "kam"
    book.properties.created = _FIXED_TIME
    book.properties.modified = _FIXED_TIME
    book.properties.lastModifiedBy = "kam"
    book.properties.language = "zh-CN" if language == "zh" else "en-US"
    book.custom_doc_props.append(StringProperty(name=MARKER, value=FORMAT_VERSION))
    book.custom_doc_props.append(StringProperty(name="kam-language", value=language))
    from generator.render.kit.xlsx_kit import workbook_bytes as excel_bytes

    return excel_bytes(book, _FIXED_TIME)


def _at(data: Any, path: tuple) -> Any:
    for part in path:
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _instructions(target: Any, texts: Texts) -> None:
    from openpyxl.styles import Alignment, Font

    target.title = texts.t("brief.sheet_instructions")
    target["A1"] = texts.t("brief.instructions_title")
    target["A1"].font = Font(bold=True, size=14)
    for row, line in enumerate(texts.t("brief.instructions_body").split("\n"), start=3):
        cell = target.cell(row=row, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    target.column_dimensions["A"].width = 110


def _note(texts: Texts, item: Field_) -> str:
    """Return a header's note: what to write, an example, required or optional, customer-facing or internal."""
    lines = [item.dotted]
    if item.description:
        lines.append(item.description)
    hint = {
        "texts": "brief.note_list",
        "terms": "brief.note_list",
        "money": "brief.note_money",
        "rate": "brief.note_rate",
        "date": "brief.note_date",
        "bool": "brief.note_bool",
        "json": "brief.note_data",
    }.get(item.kind)
    if hint:
        lines.append(texts.t(hint))
    offered = choices(texts, item)
    if offered and item.kind != "bool":
        lines.append(texts.t("brief.note_choices", choices=" / ".join(offered)))
    lines.append(
        " · ".join(
            [
                texts.t("brief.note_required" if item.required else "brief.note_optional"),
                texts.t("brief.note_customer" if item.customer_facing else "brief.note_internal"),
            ]
        )
    )
    return "\n".join(lines)


def _banner(target: Any, sheet: Sheet, texts: Texts, width: int) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties

    # printed (or saved as PDF) landscape, one page wide
    target.page_setup.orientation = "landscape"
    target.page_setup.fitToWidth = 1
    target.page_setup.fitToHeight = 0
    target.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    key = (
        "brief.banner_internal"
        if sheet.internal
        else ("brief.banner_customer" if sheet.customer else "brief.banner_mixed")
    )
    target.sheet_properties.tabColor = (
        _INTERNAL_TAB if sheet.internal else (_CUSTOMER_TAB if sheet.customer else _MIXED_TAB)
    )
    cell = target.cell(row=1, column=1, value=texts.t(key))
    cell.font = Font(bold=True, color="FFFFFF" if sheet.internal else "000000")
    fill = PatternFill("solid", fgColor=_INTERNAL_TAB if sheet.internal else _HEADER_FILL)
    for column in range(1, width + 1):
        target.cell(row=1, column=column).fill = fill


def _comment(texts: Texts, item: Field_) -> Any:
    from openpyxl.comments import Comment

    note = Comment(_note(texts, item), "kam")
    note.width, note.height = 320, 160
    return note


def _dropdown(target: Any, texts: Texts, item: Field_, ref: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    offered = choices(texts, item)
    if not offered or item.kind not in ("term", "bool"):
        return
    rule = DataValidation(type="list", formula1='"' + ",".join(offered) + '"', allow_blank=True)
    rule.error = texts.t("brief.note_choices", choices=" / ".join(offered))
    rule.showErrorMessage = False  # a synonym typed by hand (决策人) is accepted too
    target.add_data_validation(rule)
    rule.add(ref)


def _width(text: str) -> float:
    """Return a column width that fits `text`: a CJK character is about two Latin ones wide."""
    return sum(2.1 if ord(c) > 0x2E80 else 1.1 for c in text) + 3


def _form(target: Any, sheet: Sheet, texts: Texts, data: dict[str, Any]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    _banner(target, sheet, texts, 3)
    heads = [texts.t("brief.column_label"), texts.t("brief.column_value"), texts.t("brief.column_key")]
    for column, head in enumerate(heads, start=1):
        cell = target.cell(row=2, column=column, value=head)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
    target.cell(row=2, column=3).comment = _comment_text(texts.t("brief.note_key"))
    widest = 12.0
    for row, item in enumerate(sheet.fields, start=3):
        label = row_label(texts, sheet, item)
        widest = max(widest, _width(label))
        head = target.cell(row=row, column=1, value=label)
        head.comment = _comment(texts, item)
        head.font = Font(bold=item.required)
        if not item.customer_facing and not sheet.internal:
            head.fill = PatternFill("solid", fgColor=_INTERNAL_FILL)
        value = _at(data, item.path)
        if item.path == ("seller",) and not isinstance(value, str):
            value = None  # an inline seller is on the seller sheet
        elif item.path != ("seller",) and item.path[:1] == ("seller",) and isinstance(data.get("seller"), str):
            value = None
        written, number_format = to_cell(texts, item, value)
        cell = _put(target, row, 2, written)
        cell.number_format = number_format
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        _dropdown(target, texts, item, cell.coordinate)
        key = target.cell(row=row, column=3, value=item.key)
        key.font = Font(color="808080", size=9)
        key.number_format = TEXT_FORMAT
    target.column_dimensions["A"].width = min(widest, 48)
    target.column_dimensions["B"].width = 60
    target.column_dimensions["C"].width = 36
    target.freeze_panes = "B3"


def _put(target: Any, row: int, column: int, value: Any) -> Any:
    """Return the cell at (row, column) holding `value`: a text stays text, even one starting with "=" (which
    openpyxl would write as a formula) or spelt like an error value such as `#DIV/0!` (written as an error)."""
    cell = target.cell(row=row, column=column, value=value)
    if isinstance(value, str) and cell.data_type != "s":
        cell.data_type = "s"
    return cell


def _comment_text(text: str) -> Any:
    from openpyxl.comments import Comment

    return Comment(text, "kam")


def _table(target: Any, sheet: Sheet, texts: Texts, records: list[Any]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    assert sheet.table is not None, "a table sheet has the list path of its records"
    _banner(target, sheet, texts, len(sheet.fields))
    last = 4 + max(len(records), 0) + _BLANK_ROWS
    for column, item in enumerate(sheet.fields, start=1):
        letter = get_column_letter(column)
        label = (
            field_label(texts, sheet.table + item.path)
            if len(item.path) == 1
            else f"{field_label(texts, sheet.table + item.path[:-1])} · {field_label(texts, sheet.table + item.path)}"
        )
        head = target.cell(row=2, column=column, value=label)
        head.font = Font(bold=True)
        head.fill = PatternFill(
            "solid", fgColor=_HEADER_FILL if item.customer_facing or sheet.internal else _INTERNAL_FILL
        )
        head.alignment = Alignment(wrap_text=True, vertical="top")
        head.comment = _comment(texts, item)
        key = target.cell(row=3, column=column, value=item.key)
        key.font = Font(color="808080", size=9)
        key.number_format = TEXT_FORMAT
        for row in range(4, last):
            record = records[row - 4] if row - 4 < len(records) else None
            value = _at(record, item.path) if isinstance(record, dict) else None
            written, number_format = to_cell(texts, item, value)
            cell = _put(target, row, column, written)
            cell.number_format = number_format
            if item.kind in ("text", "texts", "terms", "json"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        _dropdown(target, texts, item, f"{letter}4:{letter}{last + 500}")
        width = max(_width(label), 14.0)
        if item.kind in ("text", "texts", "json"):
            width = max(width, 28.0)
        target.column_dimensions[letter].width = min(width, 48)
    target.freeze_panes = "A4"
