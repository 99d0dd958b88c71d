"""The visit plan as an Excel sheet: one row per visit, for sorting, filtering and printing."""

from __future__ import annotations

import datetime as dt

from generator.analysis.visits_plan import VisitPlan
from generator.i18n import Texts
from generator.render.kit import xlsx_kit
from generator.render.kit.xml_text import clean_text

CELL_LIMIT = 32_767  # characters Excel holds in one cell
# (label key, width in characters, wrap)
COLUMNS = (
    ("col_date", 12, False),
    ("col_weekday", 7, False),
    ("col_week", 6, False),
    ("col_customer", 22, True),
    ("col_tier", 10, False),
    ("col_stage", 12, False),
    ("col_kind", 14, True),
    ("col_meet", 30, True),
    ("col_objective", 40, True),
    ("col_commitment", 34, True),
    ("col_give", 40, True),
    ("col_get", 36, True),
    ("col_objections", 44, True),
    ("col_notes", 30, True),
    ("col_why_now", 34, True),
    ("col_address", 26, True),
    ("col_source", 20, False),
)


def render_xlsx(plan: VisitPlan) -> bytes:
    """Return the plan as .xlsx bytes: a header row (frozen, filtered), one row per visit, dates as dates.

    Workbook properties come from the plan (its start date), never the clock, so the same
    plan gives the same bytes.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from generator.render.visits.texts import visit_texts

    texts = Texts(plan.language)
    book = Workbook()
    sheet = book.active
    sheet.title = texts.t("visits.title")[:31]
    sheet.append([texts.t(f"visits.{key}") for key, _w, _wrap in COLUMNS])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="D9E2F3")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    start = plan.settings.start
    for visit in visit_texts(plan):
        week = (visit.date - start).days // 7 + 1
        newline = "\n"
        people = newline.join(p.name + (f" — {p.reasons}" if p.reasons else "") for p in visit.people)
        objections = newline.join(f"{o.statement}{newline}{o.response}" for o in visit.objections)
        notes = newline.join([*visit.notes, *visit.negotiation])
        sheet.append(
            [
                _cell(value)
                for value in (
                    visit.date,
                    visit.weekday,
                    week,
                    visit.customer_full,
                    visit.tier,
                    visit.stage,
                    visit.kind,
                    people,
                    newline.join(visit.objectives),
                    visit.commitment,
                    newline.join(visit.give),
                    newline.join(visit.get),
                    objections,
                    notes,
                    visit.why,
                    visit.address,
                    visit.source,
                )
            ]
        )
    for index, (_key, width, wrap) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
    for (cell,) in sheet.iter_rows(min_row=2, min_col=1, max_col=1):
        cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    stamp = dt.datetime.combine(start, dt.time())
    props = book.properties
    props.creator = props.lastModifiedBy = "kam"
    props.title = f"{texts.t('visits.title')} {texts.short_date(start)} – {texts.short_date(plan.settings.end)}"
    props.language = texts.lang_tag
    return xlsx_kit.workbook_bytes(book, stamp)


def _cell(value: object) -> object:
    """Return `value` as a cell can hold it: text without control characters, at most Excel's 32,767 characters."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"
