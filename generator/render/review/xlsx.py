"""review.xlsx: one row per deal, largest and riskiest first, red flags coloured by conditional
formatting (so they follow the values when the sheet is sorted or edited), header frozen,
column widths fitted to Chinese and Latin text, fixed properties (same input, same bytes)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any

from generator.analysis.coach.registry import Severity
from generator.analysis.review import QUESTIONS, ReviewRow
from generator.i18n import Texts
from generator.models.enums import Answer, Stage
from generator.render.archive.index import workbook_bytes
from generator.render.review.texts import question_label, row_text

RED = "FFC7CE"
RED_TEXT = "9C0006"
AMBER = "FFEB9C"
AMBER_TEXT = "9C5700"
MAX_WIDTH = 60
WRAPPED = {"col_top": 44, "col_action": 44}  # long texts: wrapped at this width
LINE_HEIGHT = 15  # points per wrapped line
_ILLEGAL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"}


def display_width(text: str) -> int:
    """Return how many Latin character widths `text` takes in a spreadsheet cell (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        text = "".join(ch for ch in value if ch not in _ILLEGAL)
        return text[:32_767]
    return value


def render_review_xlsx(rows: Sequence[ReviewRow], language: str, today: dt.date) -> bytes:
    """Return the review workbook: a header row, one row per deal in the order given."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = Texts(language)
    book = Workbook()
    sheet = book.active
    sheet.title = t.t("review.sheet")
    keys = [
        "col_rank",
        "col_customer",
        "col_opportunity",
        "col_tier",
        "col_stage",
        "col_amount",
        "col_currency",
        "col_decision",
        *[f"col_q_{q}" for q in QUESTIONS],
        "col_key_person",
        "col_relationship",
        "col_errors",
        "col_warnings",
        "col_infos",
        "col_top",
        "col_action",
        "col_last_visit",
        "col_next_visit",
        "col_overdue",
        "col_complaints",
        "col_source",
    ]
    position = {key: index + 1 for index, key in enumerate(keys)}
    sheet.append([t.t(f"review.{k}") if not k.startswith("col_q_") else question_label(t, k[6:]) for k in keys])
    for number, row in enumerate(rows, start=1):
        words = row_text(row, language)
        values = {
            "col_rank": number,
            "col_customer": words.customer,
            "col_opportunity": words.opportunity,
            "col_tier": words.tier,
            "col_stage": words.stage,
            "col_amount": float(row.amount) if row.amount is not None else None,
            "col_currency": row.currency,
            "col_decision": row.decision_date,
            **{f"col_q_{q}": a for q, a in zip(QUESTIONS, words.answers)},
            "col_key_person": words.key_person,
            "col_relationship": words.relationship,
            "col_errors": row.count(Severity.ERROR),
            "col_warnings": row.count(Severity.WARNING),
            "col_infos": row.count(Severity.INFO),
            "col_top": words.top,
            "col_action": words.action,
            "col_last_visit": row.last_visit,
            "col_next_visit": row.next_visit,
            "col_overdue": float(row.overdue) if row.overdue is not None else None,
            "col_complaints": row.open_complaints,
            "col_source": row.source,
        }
        sheet.append([_clean(values[k]) for k in keys])

    last_row = max(len(rows) + 1, 2)
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3864")
    for cell in sheet[1]:
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    formats = {
        "col_amount": "#,##0.00",
        "col_overdue": "#,##0.00",
        "col_decision": "yyyy-mm-dd",
        "col_last_visit": "yyyy-mm-dd",
        "col_next_visit": "yyyy-mm-dd",
        "col_rank": "0",
    }
    for key, number_format in formats.items():
        for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=position[key], max_col=position[key]):
            cell.number_format = number_format
    for key in WRAPPED:
        for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=position[key], max_col=position[key]):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for key, index in position.items():
        letter = get_column_letter(index)
        texts = [_shown(c.value) for (c,) in sheet.iter_rows(min_col=index, max_col=index) if c.value is not None]
        widest = max((display_width(x) for x in texts), default=6)
        sheet.column_dimensions[letter].width = min(WRAPPED.get(key, MAX_WIDTH), widest + 2)
    # Row heights for the wrapped columns (readers don't all fit them on opening).
    for number in range(2, len(rows) + 2):
        lines = max(
            -(-display_width(str(sheet.cell(number, position[key]).value or "")) // (width - 2))
            for key, width in WRAPPED.items()
        )
        sheet.row_dimensions[number].height = LINE_HEIGHT * max(1, lines)
    sheet.freeze_panes = "C2"
    # Printed: landscape, all columns on one page wide, the header on every page.
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{last_row}"

    red = dict(fill=PatternFill(start_color=RED, end_color=RED, fill_type="solid"), font=Font(color=RED_TEXT))
    amber = dict(fill=PatternFill(start_color=AMBER, end_color=AMBER, fill_type="solid"), font=Font(color=AMBER_TEXT))

    def span(key: str) -> str:
        letter = get_column_letter(position[key])
        return f"{letter}2:{letter}{last_row}"

    rules = sheet.conditional_formatting
    rules.add(span("col_errors"), CellIsRule(operator="greaterThan", formula=["0"], **red))
    rules.add(span("col_warnings"), CellIsRule(operator="greaterThan", formula=["0"], **amber))
    rules.add(span("col_overdue"), CellIsRule(operator="greaterThan", formula=["0"], **red))
    rules.add(span("col_complaints"), CellIsRule(operator="greaterThan", formula=["0"], **red))
    no, unknown = _quoted(t.term(Answer("no"))), _quoted(t.term(Answer("unknown")))
    for question in QUESTIONS:
        rules.add(span(f"col_q_{question}"), CellIsRule(operator="equal", formula=[no], **red))
        rules.add(span(f"col_q_{question}"), CellIsRule(operator="equal", formula=[unknown], **amber))
    decision, stage = get_column_letter(position["col_decision"]), get_column_letter(position["col_stage"])
    # A decision date before the review's day (fixed, not TODAY(): the sheet says what was true that day),
    # on a deal not yet in implementation.
    signed = _quoted(t.term(Stage("implementation")))
    rules.add(
        span("col_decision"),
        FormulaRule(
            formula=[
                f"AND(ISNUMBER({decision}2),{decision}2<DATE({today.year},{today.month},{today.day}),"
                f"{stage}2<>{signed})"
            ],
            **red,
        ),
    )
    return workbook_bytes(book)


def _shown(value: Any) -> str:
    """Return a cell's value as the sheet shows it (dates as yyyy-mm-dd, amounts grouped with cents)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
