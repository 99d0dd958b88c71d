"""DIR/summary.docx: the customer pyramid as a picture, customers and value per tier, and the top accounts."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from generator.analysis.batch import PyramidSummary
from generator.analysis.grading import GradingRule
from generator.i18n import Texts
from generator.render.archive_index import IndexRow

TOP_ACCOUNTS = 10
_TENTH = Decimal("0.001")


@dataclass(frozen=True)
class SummaryInput:
    """Everything the summary shows."""

    summary: PyramidSummary
    rule: GradingRule
    top: Sequence[IndexRow]
    failed: int
    currency: str


def summary_bytes(data: SummaryInput, language: str) -> bytes:
    """Return summary.docx: title, grading rule, pyramid picture, tier table, top accounts and notes."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    from generator.render import docx_kit
    from generator.render.archive_parts import EAST_ASIAN_FONT, LATIN_FONT
    from generator.render.archive_pyramid import pyramid_png

    t = Texts(language, data.currency)
    s = data.summary
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10.5)

    def run(paragraph, text: str, *, bold: bool = False, size: float | None = None, colour: str | None = None):
        r = paragraph.add_run(text)
        r.font.name = LATIN_FONT
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        docx_kit.set_run_language(r, EAST_ASIAN_FONT, t.lang_tag)
        return r

    def heading(text: str):
        p = document.add_paragraph(style="Heading 1")
        run(p, text, bold=True, size=14, colour="1F3864")
        return p

    def table(headers: list[str], rows: list[list[str]], widths: list[float], right: set[int]):
        tbl = document.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        for column, width in zip(tbl.columns, widths):
            column.width = Cm(width)
        for i, h in enumerate(headers):
            cell = tbl.rows[0].cells[i]
            cell.width = Cm(widths[i])
            docx_kit.set_cell_shading(cell, "1F3864")
            p = cell.paragraphs[0]
            run(p, h, bold=True, size=9.5, colour="FFFFFF")
        docx_kit.repeat_as_header(tbl.rows[0])
        for values in rows:
            cells = tbl.add_row().cells
            for i, value in enumerate(values):
                cells[i].width = Cm(widths[i])
                p = cells[i].paragraphs[0]
                if i in right:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run(p, value, size=9.5)
        return tbl

    title = document.add_paragraph(style="Title")
    run(title, t.t("archive.summary_title"), bold=True, size=24, colour="1F3864")
    sub = document.add_paragraph()
    run(sub, t.t("archive.summary_subtitle", count=s.customers, total=t.money(s.total_value)), colour="595959")
    rule = document.add_paragraph()
    label = "archive.summary_rule_value" if data.rule.by == "value" else "archive.summary_rule_count"
    run(rule, t.t(label, key_limit=t.percent(data.rule.key), ordinary_limit=t.percent(data.rule.ordinary)), size=9.5, colour="595959")

    heading(t.t("archive.pyramid"))
    picture = document.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.add_run().add_picture(io.BytesIO(pyramid_png(s, language)), width=Cm(16.5))

    heading(t.t("archive.tiers"))
    rows = [[t.term(layer.tier), t.number(Decimal(layer.customers)), t.percent(layer.customer_share.quantize(_TENTH)),
             t.money(layer.value), t.percent(layer.value_share.quantize(_TENTH))] for layer in s.tiers]
    rows.append([t.t("common.total"), t.number(Decimal(s.customers)), t.percent(Decimal(1) if s.customers else Decimal(0)),
                 t.money(s.total_value), t.percent(Decimal(1) if s.total_value else Decimal(0))])
    table([t.t("archive.col_tier"), t.t("archive.col_customers"), t.t("archive.col_customer_share"),
           t.t("archive.col_value"), t.t("archive.col_value_share")], rows, [3.2, 2.4, 3.2, 4.6, 3.2], {1, 2, 3, 4})

    if data.top:
        heading(t.t("archive.top_accounts"))
        top_rows = [[str(r.grade.rank), r.name, t.term(r.grade.tier),
                     Texts(language, r.currency).money(r.annual_value) if r.annual_value is not None else "—",
                     t.percent(r.grade.share.quantize(_TENTH)) if not r.grade.no_value else "—",
                     t.t("archive.health_score", score=r.health) if r.health is not None else "—"] for r in data.top]
        table([t.t("archive.col_rank"), t.t("archive.col_customer"), t.t("archive.col_tier"), t.t("archive.col_value"),
               t.t("archive.col_share"), t.t("archive.col_health")], top_rows, [1.2, 6.4, 2.4, 3.4, 1.6, 1.6], {0, 3, 4})

    notes = []
    if s.by_hand:
        notes.append(t.t("archive.note_by_hand", count=s.by_hand))
    if s.no_value:
        notes.append(t.t("archive.note_no_value", count=s.no_value))
    if data.failed:
        notes.append(t.t("archive.note_failed", count=data.failed))
    if notes:
        heading(t.t("archive.notes"))
        for note in notes:
            run(document.add_paragraph(style="List Bullet"), note)
    for style in ("Title", "Heading 1"):
        document.styles[style].font.name = LATIN_FONT
    docx_kit.set_fixed_properties(document, title=t.t("archive.summary_title"), author="kam", language=t.lang_tag, when=None)
    return docx_kit.docx_bytes(document)
