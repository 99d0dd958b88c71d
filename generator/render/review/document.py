"""review.docx: the weekly review as Word, an overview table and then one page per deal, on the
report template (the user's report.docx first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from generator.analysis.review import QUESTIONS, ReviewRow
from generator.i18n import Texts
from generator.render.kit import docx_kit
from generator.render.kit.docx_writer import Column, DocxWriter
from generator.render.kit.templates import TemplateSet
from generator.render.kit.word_template import open_word_template
from generator.render.review.texts import RowText, as_of, question_label, row_text

TEMPLATE_DOCX = "report.docx"
MAX_FINDINGS = 6
"""Findings listed on a deal's page; the rest are counted (the page must stay one page)."""
RED, AMBER = "FDE2E1", "FFF2CC"


def render_review_docx(
    rows: Sequence[ReviewRow], language: str, today: dt.date, templates: TemplateSet | None = None
) -> bytes:
    """Return the review pack: title, overview of every deal, then each deal on its own page."""
    t = Texts(language)
    document = open_word_template(templates or TemplateSet(), TEMPLATE_DOCX)
    w = DocxWriter(document, t.lang_tag)
    words = [row_text(row, language) for row in rows]
    w.report_title(t.t("review.title"))
    w.header_text(f"{t.t('review.title')} · {t.t('review.internal')}")
    w.page_numbers(t.t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))
    w.paragraph(as_of(t, today, len(rows)), italic=True)
    _heading(w, t.t("review.overview"), 1)
    overview = [
        [
            str(number),
            f"{x.customer}\n{x.opportunity}" if x.opportunity else x.customer,
            f"{x.tier}\n{x.stage}",
            x.amount,
            x.decision,
            t.t("review.counts", errors=r.risk[0], warnings=r.risk[1], infos=r.risk[2]),
        ]
        for number, (r, x) in enumerate(zip(rows, words), start=1)
    ]
    table = w.table(
        [
            Column(t.t("review.col_rank"), 1.1, "center"),
            Column(t.t("review.col_customer"), 4.6),
            Column(t.t("review.col_stage"), 2.4),
            Column(t.t("review.col_amount"), 3, "right"),
            Column(t.t("review.col_decision"), 2.5),
            Column(t.t("review.row_findings"), 3.2),
        ],
        overview,
    )
    for index, row in enumerate(rows, start=1):
        if row.risk[0]:
            docx_kit.set_cell_shading(table.rows[index].cells[5], RED)
        elif row.risk[1]:
            docx_kit.set_cell_shading(table.rows[index].cells[5], AMBER)
    w.paragraph(t.t("review.legend"), "Note")
    for number, (row, text) in enumerate(zip(rows, words), start=1):
        w.page_break()
        _deal_page(w, t, number, row, text)
    docx_kit.set_fixed_properties(
        document, title=f"{t.t('review.title')} {today.isoformat()}", author="kam", language=t.lang_tag, when=today
    )
    return docx_kit.docx_bytes(document)


def _heading(w: DocxWriter, text: str, level: int) -> Any:
    paragraph = w.paragraph(text, f"Heading {level}")
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _deal_page(w: DocxWriter, t: Texts, number: int, row: ReviewRow, x: RowText) -> None:
    _heading(w, t.t("review.deal_heading", number=number, customer=x.customer), 1)
    none = t.t("review.none")
    answers = [
        t.t("review.question_line", question=question_label(t, q), answer=a or none)
        for q, a in zip(QUESTIONS, x.answers)
    ]
    findings: list[Any] = [t.t("review.counts", errors=row.risk[0], warnings=row.risk[1], infos=row.risk[2])]
    for severity, message, _action in x.findings[1:MAX_FINDINGS]:
        findings.append(t.t("review.finding_line", severity=severity, message=message))
    if len(x.findings) > MAX_FINDINGS:
        findings.append(("italic", t.t("review.more_findings", count=len(x.findings) - MAX_FINDINGS)))
    top: list[Any] = [("bold", x.top)]
    if x.action:
        top.append(t.t("review.next_line", action=x.action))
    records = [
        (t.t("review.row_deal"), [x.opportunity or none]),
        (t.t("review.row_tier_stage"), [f"{x.tier or none} · {x.stage or none}"]),
        (t.t("review.row_amount"), [x.amount or none]),
        (t.t("review.row_decision"), [x.decision or none]),
        (t.t("review.row_assessment"), answers),
        (t.t("review.row_key_person"), list(x.people) or [x.key_person]),
        (t.t("review.row_top"), top),
        (t.t("review.row_findings"), findings),
        (t.t("review.row_visits"), [t.t("review.visits_line", last=x.last_visit or none, next=x.next_visit or none)]),
        (
            t.t("review.row_after_sale"),
            [t.t("review.after_sale_line", overdue=x.overdue or none, complaints=x.complaints or "0")],
        ),
        (t.t("review.row_source"), [row.source]),
    ]
    table = w.record(records, label_width=3.4, value_width=12.6)
    flagged = {
        3: row.decision_passed,
        4: any(code == "no" for code in x.answer_codes),
        6: bool(row.risk[0]),
        9: bool(row.overdue) or bool(row.open_complaints),
    }
    for index, red in flagged.items():
        if red:
            docx_kit.set_cell_shading(table.rows[index].cells[1], RED)
    w.paragraph(style="Note")
