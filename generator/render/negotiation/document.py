"""The negotiation plan as Word: team and roles, target tiers and bottom line against the
proposal's totals, the concession ladder with its trades and "如果…我们可以…" sentences, the
other side's interests and bottom line, our alternatives, objections with their answers and the
buying centre's stance. Internal: it reads the whole brief, so it never goes to the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from generator.analysis.negotiation import NegotiationPlan, Rung, Step, negotiation_plan
from generator.i18n import Texts
from generator.models.brief import Brief
from generator.render.kit import docx_kit
from generator.render.kit.docx_writer import Column, DocxWriter
from generator.render.kit.templates import TemplateSet
from generator.render.kit.word_template import open_word_template

TEMPLATE_DOCX = "report.docx"
ALARM = "FDE2E1"


def render_negotiation(
    brief: Brief, *, language: str | None = None, templates: TemplateSet | None = None, today: dt.date | None = None
) -> bytes:
    """Return the negotiation plan of `brief` as .docx bytes (same brief, same bytes).

    `today` is the date printed as the day of preparation (default: the proposal's date, so
    the file does not change with the clock). Sections without data are left out.
    """
    language = language or brief.language.value
    t = Texts(language, brief.currency)
    plan = negotiation_plan(brief)
    document = open_word_template(templates or TemplateSet(), TEMPLATE_DOCX)
    w = DocxWriter(document, t.lang_tag)
    n = _Labels(t)
    customer = brief.account.short_name or brief.account.name
    opportunity = brief.opportunity.name if brief.opportunity else (brief.proposal.title if brief.proposal else "")
    day = today or (brief.proposal.date if brief.proposal and brief.proposal.date else None)

    w.report_title(n("title"))
    w.header_text(f"{n('title')} · {n('internal')}")
    w.page_numbers(t.t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))
    from docx.shared import Pt

    # Not the Subtitle style: its cover-page size and spacing would cost the plan its one page.
    subtitle = w.paragraph(
        n("subtitle", customer=brief.account.name, opportunity=opportunity) if opportunity else brief.account.name,
        bold=True,
    )
    subtitle.paragraph_format.space_after = Pt(2)
    meta = [
        n("stage_line", stage=t.term(plan.stage), date=t.date(day))
        if plan.stage and day
        else n("date_line", date=t.date(day))
        if day
        else (t.term(plan.stage) if plan.stage else "")
    ]
    w.paragraph(" · ".join(x for x in [*meta, n("internal")] if x), italic=True)
    w.paragraph(n("rule"), "Note")

    _team(w, t, n, plan)
    _targets(w, t, n, plan)
    _ladder(w, t, n, plan)
    _offers(w, n, plan)
    _their_side(w, t, n, plan)
    _objections(w, t, n, plan)
    _stance(w, t, n, plan)

    docx_kit.set_fixed_properties(
        document, title=f"{n('title')} {customer}", author="kam", language=t.lang_tag, when=day
    )
    return docx_kit.docx_bytes(document)


class _Labels:
    def __init__(self, texts: Texts):
        self.texts = texts

    def __call__(self, key: str, **values: Any) -> str:
        return self.texts.t(f"negotiation.{key}", **values)


def _heading(w: DocxWriter, text: str) -> None:
    # Tighter than the report's usual headings: the plan should fit on one page.
    from docx.shared import Pt

    paragraph = w.paragraph(text, "Heading 2")
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_before = Pt(8)
    paragraph.paragraph_format.space_after = Pt(3)


def _table(w: DocxWriter, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> Any:
    # A heading or a note always follows, so no spacer paragraph: the plan should fit on one page.
    return w.table(columns, rows)


def _team(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    _heading(w, n("team"))
    if not plan.team:
        w.paragraph(n("team_missing"), italic=True)
        return
    # One column per member (role over name over duty): a team of five takes three rows, not six.
    columns = [Column(t.term(m.role) if m.role else "—", 1) for m in plan.team]
    table = w.table(
        columns,
        [[m.name for m in plan.team], [n(f"duty_{m.role.value}") if m.role else n("duty_none") for m in plan.team]],
    )
    if plan.missing_roles:
        w.paragraph(n("roles_missing", roles=t.join([t.term(r) for r in plan.missing_roles])), "Note")
    return table


def _vs_quote(t: Texts, n: _Labels, amount: Decimal | None, quote: Decimal | None) -> str:
    if amount is None or not quote:
        return ""
    change = ((amount - quote) / quote).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    if change == 0:
        return n("same_as_quote")
    return ("−" if change < 0 else "+") + t.percent(abs(change))


def _targets(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    if not (plan.rungs or plan.quote or plan.their_bottom_line is not None):
        return
    _heading(w, n("targets"))
    quote = plan.quote.subtotal if plan.quote else None
    rows: list[list[str]] = []
    alarms: list[int] = []
    if plan.quote:
        rows.append([n("quote_before_tax"), "", t.money(plan.quote.subtotal), ""])
        if plan.quote.tax:
            rows.append([n("quote_with_tax"), "", t.money(plan.quote.total), ""])
    broken = {s.end.index for s in plan.steps if "below_bottom_line" in s.breaks}
    for rung in plan.rungs:
        if rung.index is None:
            rows.append([n("bottom_line"), "", _money(t, n, rung.amount), _vs_quote(t, n, rung.amount, quote)])
        else:
            if rung.index in broken:
                alarms.append(len(rows))
            rows.append(
                [
                    n("target_n", number=rung.index + 1),
                    rung.text,
                    _money(t, n, rung.amount),
                    _vs_quote(t, n, rung.amount, quote),
                ]
            )
    if plan.their_bottom_line is not None:
        rows.append(
            [
                n("their_bottom_line"),
                "",
                t.money(plan.their_bottom_line),
                _vs_quote(t, n, plan.their_bottom_line, quote),
            ]
        )
    table = w.table(
        [
            Column(n("col_position"), 3.6),
            Column(n("col_terms"), 5),
            Column(n("col_amount"), 3, "right"),
            Column(n("col_vs_quote"), 2, "right"),
        ],
        rows,
    )
    for index in alarms:
        for cell in table.rows[index + 1].cells:
            docx_kit.set_cell_shading(cell, ALARM)
    if plan.bottom_line is None:
        w.paragraph(n("no_bottom_line"), "Note", bold=True)
    elif plan.zone:
        low, high = plan.zone
        w.paragraph(n("zone", low=t.money(low), high=t.money(high)), "Note")
    elif plan.no_zone:
        w.paragraph(
            n("no_zone", theirs=_money(t, n, plan.their_bottom_line), ours=_money(t, n, plan.bottom_line)),
            "Note",
            bold=True,
        )


def _money(t: Texts, n: _Labels, amount: Decimal | None) -> str:
    return t.money(amount) if amount is not None else n("no_amount")


def _rung_text(t: Texts, n: _Labels, rung: Rung) -> str:
    if rung.index is None:
        return f"{n('bottom_line')} {_money(t, n, rung.amount)}"
    return rung.text or n("target_n", number=rung.index + 1)


def _ladder(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    if not plan.steps:
        return
    _heading(w, n("ladder"))
    rows: list[list[str]] = []
    alarms: list[int] = []
    for step in plan.steps:
        amount = ""
        if step.amount is not None:
            share = t.percent(step.share.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)) if step.share else ""
            amount = n("step_amount", amount=t.money(step.amount), share=share) if share else t.money(step.amount)
        if step.breaks:
            amount += "\n" + t.join([n(f"break_{b}") for b in step.breaks])
            alarms.append(len(rows))
        rows.append(
            [
                str(step.number),
                n("step_from_to", start=_rung_text(t, n, step.start), end=_rung_text(t, n, step.end)),
                amount,
                step.trade.get if step.trade and step.trade.get else n("step_no_trade"),
                _step_offer(t, n, step),
            ]
        )
    table = w.table(
        [
            Column(n("col_step"), 1.4, "center"),
            Column(n("col_from_to"), 3.8),
            Column(n("col_concession"), 2.8, "right"),
            Column(n("col_exchange"), 2.7),
            Column(n("col_offer"), 5.3),
        ],
        rows,
    )
    for index in alarms:
        for cell in table.rows[index + 1].cells:
            docx_kit.set_cell_shading(cell, ALARM)
    w.paragraph(style="Note")  # the rule under the title already says how a ladder must run


def _step_offer(t: Texts, n: _Labels, step: Step) -> str:
    trade = step.trade
    if trade is None or not trade.get:
        return ""
    end = _rung_text(t, n, step.end)
    if trade.give:
        return n("step_if_give", get=inline(t, trade.get), end=end, give=inline(t, trade.give))
    return n("step_if", get=inline(t, trade.get), end=end)


def inline(t: Texts, phrase: str) -> str:
    """Return a phrase as it reads inside an English sentence ("Signature before …" → "signature before …");
    acronyms ("US references") and Chinese stay as written."""
    if t.language != "en" or len(phrase) < 2 or not phrase[0].isupper() or not phrase[1].islower():
        return phrase
    return phrase[0].lower() + phrase[1:]


def _offers(w: DocxWriter, n: _Labels, plan: NegotiationPlan) -> None:
    """List the "如果…我们可以…" offers the ladder does not already spell out (trades beyond its steps)."""
    laddered = {id(s.trade) for s in plan.steps if s.trade is not None and s.trade.get}
    offers = [trade for trade in plan.offers if id(trade) not in laddered]
    if not offers:
        return
    _heading(w, n("offers"))
    t = n.texts
    w.bullets([n("offer", get=inline(t, trade.get or ""), give=inline(t, trade.give or "")) for trade in offers])


def _their_side(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    rows = []
    if plan.their_interests:
        rows.append((n("their_interests"), ["• " + x for x in plan.their_interests]))
    if plan.their_bottom_line is not None:
        rows.append((n("their_bottom_line"), [t.money(plan.their_bottom_line)]))
    if plan.alternatives:
        rows.append((n("alternatives"), ["• " + x for x in plan.alternatives]))
    if not rows:
        return
    _heading(w, n("their_side"))
    w.record(rows, label_width=3.6, value_width=11)


def _objections(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    if not plan.objections:
        return
    _heading(w, n("objections"))
    rows = [
        [
            t.term(o.type) if o.type else "",
            o.statement,
            t.term(o.method) if o.method else "",
            o.response or n("no_response"),
        ]
        for o in plan.objections
    ]
    _table(
        w,
        [
            Column(n("col_type"), 2.2),
            Column(n("col_statement"), 3.8),
            Column(n("col_method"), 2.6),
            Column(n("col_response"), 6.6),
        ],
        rows,
    )


def _stance(w: DocxWriter, t: Texts, n: _Labels, plan: NegotiationPlan) -> None:
    if not plan.stances:
        return
    _heading(w, n("stance"))
    rows: list[list[str]] = []
    keys: list[int] = []
    for stance in plan.stances:
        c = stance.contact
        person = n("person", name=c.name, title=c.title) if c.title else c.name
        if stance.key:
            person += " " + n("key_mark")
            keys.append(len(rows))
        rows.append(
            [person, t.join([t.term(r) for r in c.roles]), t.term(c.level), t.term(c.attitude), t.term(c.relationship)]
        )
    table = w.table(
        [
            Column(n("col_person"), 3.8),
            Column(n("col_roles"), 3.4),
            Column(n("col_level"), 2.6),
            Column(n("col_attitude"), 2.2),
            Column(n("col_relationship"), 2.8),
        ],
        rows,
    )
    for index, stance in enumerate(plan.stances):
        if stance.contact.attitude is not None and stance.contact.attitude.value == "opponent":
            docx_kit.set_cell_shading(table.rows[index + 1].cells[3], ALARM)
    w.paragraph(n("key_legend") if keys else "", "Note")


def default_output(brief_path: Path, language: str) -> Path:
    """Return the plan's default path: next to the brief, `<brief stem>-谈判预案.docx` / `-negotiation-plan.docx`."""
    stem = Texts(language).t("negotiation.file_stem")
    return Path(brief_path).with_name(f"{Path(brief_path).stem}-{stem}.docx")


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the negotiation plans of the example briefs into `outdir`; return the paths."""
    from generator.load import load_brief
    from generator.output import write_atomic

    written = []
    for language in ("zh", "en"):
        source = Path(examples_dir) / f"brief-{language}.yaml"
        if source.exists():
            brief = load_brief(source).brief
            target = Path(outdir) / f"negotiation-plan-{language}.docx"
            written.append(write_atomic(target, render_negotiation(brief)))
    return written
