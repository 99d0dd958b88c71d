"""DIR/index.xlsx: one row per customer, largest first, written row by row (openpyxl write-only mode)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from generator.analysis.grading import Grade
from generator.i18n import Texts
from generator.render.kit import xlsx_kit

FIXED_TIME = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class IndexRow:
    """What the index shows of one customer."""

    name: str
    annual_value: Decimal | None
    currency: str
    grade: Grade
    health: int | None
    deal_status: object | None
    card: str  # path of the card relative to the index (cards/….docx)
    source: str
    overdue: Decimal | None = None  # overdue receivables on the run's day; None: no receivables recorded
    open_complaints: int = 0
    # account plan
    profit: Decimal | None = None
    owner: str | None = None
    tenure: int | None = None  # months with the current account manager
    channel: Any = None
    wallet_share: Decimal | None = None
    status: Any = None  # an AccountStatus, or None when the data does not say
    age: Any = None  # old / new / future customer
    details: int = 0  # how many of the five kinds of detail are filled
    lost_reason: str | None = None

    @property
    def unprofitable(self) -> bool:
        """Return True when the customer's gross profit after the cost to serve is negative."""
        return self.profit is not None and self.profit < 0


def workbook_bytes(workbook) -> bytes:
    """Return an openpyxl workbook as .xlsx bytes with fixed properties and zip timestamps (same data, same bytes)."""
    workbook.properties.creator = workbook.properties.lastModifiedBy = "kam"
    return xlsx_kit.workbook_bytes(workbook, FIXED_TIME)


def index_bytes(rows: Iterable[IndexRow], count: int, language: str) -> bytes:
    """Return index.xlsx: header row, number formats, frozen header, a filter, links to the cards."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    t = Texts(language)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(t.t("archive.index_sheet"))
    columns = [
        ("col_rank", 7),
        ("col_customer", 36),
        ("col_tier", 12),
        ("col_tier_source", 12),
        ("col_value", 18),
        ("col_currency", 8),
        ("col_share", 10),
        ("col_cumulative", 12),
        ("col_health", 11),
        ("col_deal_status", 12),
        ("col_card", 40),
        ("col_source", 30),
        # negotiation and after signing, then the account plan: appended, so the earlier columns keep their letters
        ("col_overdue", 16),
        ("col_open_complaints", 12),
        ("col_owner", 14),
        ("col_tenure", 10),
        ("col_channel", 11),
        ("col_wallet_share", 10),
        ("col_profit", 16),
        ("col_unprofitable", 10),
        ("col_status", 10),
        ("col_age", 11),
        ("col_completeness", 11),
    ]
    for position, (_key, width) in enumerate(columns):
        sheet.column_dimensions[_letter(position)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_letter(len(columns) - 1)}{max(count, 0) + 1}"
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F3864")
    header = []
    for key, _width in columns:
        cell = WriteOnlyCell(sheet, value=t.t(f"archive.{key}"))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    link = Font(color="0563C1", underline="single")
    alarm = Font(bold=True, color="C62828")
    for row in rows:
        g = row.grade
        source = (
            t.t("archive.source_hand")
            if g.by_hand
            else (t.t("archive.source_no_value") if g.no_value else t.t("archive.source_rule"))
        )
        cells = [
            _cell(sheet, g.rank, "0"),
            _cell(sheet, row.name),
            _cell(sheet, t.term(g.tier)),
            _cell(sheet, source),
            _cell(sheet, float(row.annual_value) if row.annual_value is not None else None, "#,##0.00"),
            _cell(sheet, row.currency),
            _cell(sheet, float(g.share) if not g.no_value else None, "0.00%"),
            _cell(sheet, float(g.cumulative_share) if not g.no_value else None, "0.00%"),
            _cell(sheet, row.health, '0" / 10"'),
            _cell(sheet, t.term(row.deal_status) if row.deal_status else None),
            _cell(sheet, row.card),
            _cell(sheet, row.source),
            _cell(sheet, float(row.overdue) if row.overdue is not None else None, "#,##0.00"),
            _cell(sheet, row.open_complaints or None, "0"),
            _cell(sheet, row.owner),
            _cell(sheet, row.tenure, "0"),
            _cell(sheet, t.term(row.channel) if row.channel else None),
            _cell(sheet, float(row.wallet_share) if row.wallet_share is not None else None, "0.0%"),
            _cell(sheet, float(row.profit) if row.profit is not None else None, "#,##0.00;[Red]-#,##0.00"),
            _cell(sheet, t.t("archive.unprofitable_yes") if row.unprofitable else None),
            _cell(sheet, t.term(row.status) if row.status else None),
            _cell(sheet, t.term(row.age) if row.age else None),
            _cell(sheet, row.details, '0" / 5"'),
        ]
        if row.unprofitable:
            cells[-4].font = cells[-5].font = Font(bold=True, color="C00000")
        if row.status is not None and row.status.value != "active":
            cells[-3].font = Font(bold=True, color="C00000")
        cells[10].hyperlink = row.card
        cells[10].font = link
        for position, flagged in ((12, bool(row.overdue)), (13, bool(row.open_complaints))):
            if flagged:
                cells[position].font = alarm
        sheet.append(cells)
    return workbook_bytes(book)


def _cell(sheet, value, number_format: str | None = None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if number_format:
        cell.number_format = number_format
    return cell


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
