"""DIR/summary.docx: the customer pyramid as a picture, customers and value per tier, and the top accounts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from generator.analysis.batch import PyramidSummary
from generator.analysis.grading import GradingRule
from generator.i18n import Texts
from generator.render.archive.index import IndexRow
from generator.render.kit.templates import TemplateSet

TOP_ACCOUNTS = 10
TEMPLATE_DOCX = "report.docx"
_TENTH = Decimal("0.001")


@dataclass(frozen=True)
class SummaryInput:
    """Everything the summary shows."""

    summary: PyramidSummary
    rule: GradingRule
    top: Sequence[IndexRow]
    failed: int
    currency: str
    watch: Sequence[IndexRow] = ()  # unprofitable, lost and dormant customers


def summary_bytes(data: SummaryInput, language: str, templates: TemplateSet | None = None) -> bytes:
    """Return summary.docx: title, grading rule, pyramid picture, tier table, top accounts and notes.

    Page, fonts and styles come from the `report.docx` template (the user's copy first).
    """
    from generator.render.archive.pyramid import pyramid_png
    from generator.render.kit import docx_kit
    from generator.render.kit.docx_writer import Column, DocxWriter
    from generator.render.kit.word_template import open_word_template

    t = Texts(language, data.currency)
    s = data.summary
    document = open_word_template(templates or TemplateSet(), TEMPLATE_DOCX)
    w = DocxWriter(document, t.lang_tag)

    def table(columns: list[tuple[str, float, str]], rows: list[list[str]]) -> None:
        w.table([Column(*c) for c in columns], rows)
        w.paragraph(style="Note")

    w.report_title(t.t("archive.summary_title"))
    w.page_numbers(t.t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))
    w.paragraph(t.t("archive.summary_subtitle", count=s.customers, total=t.money(s.total_value)), "Subtitle")
    label = {"value": "archive.summary_rule_value", "profit": "archive.summary_rule_profit"}.get(
        data.rule.by, "archive.summary_rule_count"
    )
    w.paragraph(t.t(label, key_limit=t.percent(data.rule.key), ordinary_limit=t.percent(data.rule.ordinary)), "Note")

    w.paragraph(t.t("archive.pyramid"), "Heading 1")
    w.picture(pyramid_png(s, language), width_cm=16.5)

    w.paragraph(t.t("archive.tiers"), "Heading 1")
    rows = [
        [
            t.term(layer.tier),
            t.number(Decimal(layer.customers)),
            t.percent(layer.customer_share.quantize(_TENTH)),
            t.money(layer.value),
            t.percent(layer.value_share.quantize(_TENTH)),
        ]
        for layer in s.tiers
    ]
    rows.append(
        [
            t.t("common.total"),
            t.number(Decimal(s.customers)),
            t.percent(Decimal(1) if s.customers else Decimal(0)),
            t.money(s.total_value),
            t.percent(Decimal(1) if s.total_value else Decimal(0)),
        ]
    )
    table(
        [
            (t.t("archive.col_tier"), 3.2, "left"),
            (t.t("archive.col_customers"), 2.4, "right"),
            (t.t("archive.col_customer_share"), 3.2, "right"),
            (t.t("archive.col_value"), 4.6, "right"),
            (t.t("archive.col_value_share"), 3.2, "right"),
        ],
        rows,
    )

    if data.top:
        w.paragraph(t.t("archive.top_accounts"), "Heading 1")
        top_rows = [
            [
                str(r.grade.rank),
                r.name,
                t.term(r.grade.tier),
                Texts(language, r.currency).money(r.annual_value) if r.annual_value is not None else "—",
                t.percent(r.grade.share.quantize(_TENTH)) if not r.grade.no_value else "—",
                t.t("archive.health_score", score=r.health) if r.health is not None else "—",
            ]
            for r in data.top
        ]
        table(
            [
                (t.t("archive.col_rank"), 1.6, "right"),
                (t.t("archive.col_customer"), 5.6, "left"),  # "Rank" on one line
                (t.t("archive.col_tier"), 2.4, "left"),
                (t.t("archive.col_value"), 3.4, "right"),
                (t.t("archive.col_share"), 1.6, "right"),
                (t.t("archive.col_health"), 2.0, "right"),
            ],
            top_rows,
        )

    unprofitable = [r for r in data.watch if r.unprofitable]
    if unprofitable:
        w.paragraph(t.t("archive.unprofitable_title"), "Heading 1")
        w.paragraph(t.t("archive.unprofitable_intro"))
        table(
            [
                (t.t("archive.col_customer"), 6.0, "left"),
                (t.t("archive.col_tier"), 2.4, "left"),
                (t.t("archive.col_value"), 3.8, "right"),
                (t.t("archive.col_profit"), 3.8, "right"),
            ],
            [
                [
                    r.name,
                    t.term(r.grade.tier),
                    Texts(language, r.currency).money(r.annual_value) if r.annual_value is not None else "—",
                    Texts(language, r.currency).money(r.profit or Decimal(0)),
                ]
                for r in unprofitable
            ],
        )
    gone = [r for r in data.watch if r.status is not None and r.status.value != "active"]
    if gone:
        w.paragraph(t.t("archive.lost_title"), "Heading 1")
        w.paragraph(t.t("archive.lost_intro"))
        table(
            [
                (t.t("archive.col_customer"), 6.0, "left"),
                (t.t("archive.col_status"), 2.4, "left"),
                (t.t("archive.col_owner"), 3.0, "left"),
                (t.t("archive.col_reason"), 4.6, "left"),
            ],
            [[r.name, t.term(r.status), r.owner or "—", r.lost_reason or "—"] for r in gone],
        )

    notes = []
    if s.by_hand:
        notes.append(t.t("archive.note_by_hand", count=s.by_hand))
    if s.no_value:
        notes.append(t.t("archive.note_no_value", count=s.no_value))
    if data.failed:
        notes.append(t.t("archive.note_failed", count=data.failed))
    if notes:
        w.paragraph(t.t("archive.notes"), "Heading 1")
        w.bullets(notes)
    docx_kit.set_fixed_properties(
        document, title=t.t("archive.summary_title"), author="kam", language=t.lang_tag, when=None
    )
    return docx_kit.docx_bytes(document)
