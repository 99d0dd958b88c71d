"""The key-account plan (大客户经营计划) as a Word document on the report template (internal).

Every figure comes computed from `analysis.account_plan`; this module only puts it into
words and tables, in the order a director reads a plan: the account on one page, the
target and where the growth comes from, the people, the service the tier is promised,
the calendar of initiatives and care, what binds the customer, the risks, the win-back.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.analysis.account_plan import AccountPlan, GoalRow, Share
from generator.analysis.call_plan import Line
from generator.analysis.care import ANNIVERSARY, BIRTHDAY, VISIT
from generator.i18n import Texts
from generator.models.enums import AccountStatus
from generator.render.kit import docx_kit
from generator.render.kit.docx_writer import Column, DocxWriter
from generator.render.kit.templates import TemplateSet
from generator.render.kit.word_template import open_word_template

TEMPLATE_DOCX = "report.docx"
LABEL_FILL = "EDF2F7"
ZERO = Decimal(0)
WARN_FILL = "FDE2E1"


def say(texts: Texts, line: Line) -> str:
    """Return a plan line in the document's words (label `plan.<key>` with its values formatted)."""
    return texts.t(f"plan.{line.key}", **{name: _value(texts, value) for name, value in line.values.items()})


def _value(texts: Texts, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Line):
        return say(texts, value)
    if isinstance(value, Share):
        return texts.percent(value.value.quantize(Decimal("0.001")))
    if isinstance(value, enum.Enum):
        return texts.term(value)
    if isinstance(value, dt.date):
        return texts.date(value)
    if isinstance(value, Decimal):
        return texts.money(value)
    if isinstance(value, (list, tuple)):
        return texts.join([_value(texts, v) for v in value])
    return str(value)


def render_plan(plan: AccountPlan, language: str | None = None, templates: TemplateSet | None = None) -> bytes:
    """Return the account plan .docx of `plan` in `language` (default: the brief's)."""
    brief = plan.brief
    texts = Texts(language or brief.language.value, brief.currency)
    document = open_word_template(templates or TemplateSet(), TEMPLATE_DOCX)
    w = DocxWriter(document, texts.lang_tag)
    t = texts.t
    title = t("plan.title_year", year=plan.year)
    w.report_title(title)
    w.header_text(f"{t('plan.title')} · {t('plan.internal')}")
    w.page_numbers(t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))
    w.paragraph(brief.account.name, "Subtitle")
    w.paragraph(t("plan.internal") + "　" + t("plan.as_of", date=texts.date(plan.today)), italic=True)
    if brief.plan is None or brief.plan.year != plan.year:
        w.paragraph(t("plan.no_plan", year=plan.year), "Note")

    sections = _Sections(w, texts)
    sections.overview(plan)
    sections.target(plan)
    sections.growth(plan)
    sections.relationships(plan)
    sections.policy(plan)
    sections.initiatives(plan)
    sections.care(plan)
    sections.bonds(plan)
    sections.risks(plan)
    sections.win_back(plan)
    w.paragraph(t("plan.handover"), "Note", italic=True)

    owner = brief.account.owner.name if brief.account.owner else "kam"
    docx_kit.set_fixed_properties(
        document, title=f"{title} {brief.account.name}", author=owner, language=texts.lang_tag, when=plan.today
    )
    return docx_kit.docx_bytes(document)


class _Sections:
    """One method per section; a section without data writes nothing (no empty headings)."""

    def __init__(self, writer: DocxWriter, texts: Texts):
        self.w = writer
        self.texts = texts
        self.number = 0

    # --- blocks ---------------------------------------------------------------------------

    def heading(self, key: str) -> None:
        self.number += 1
        paragraph = self.w.paragraph(self.texts.heading_number(1, self.number) + " " + self.texts.t(key), "Heading 1")
        paragraph.paragraph_format.keep_with_next = True

    def table(self, columns: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[str]]) -> Any:
        table = self.w.table([Column(*c) for c in columns], rows)
        self.w.paragraph(style="Note")
        return table

    def record(self, rows: Sequence[tuple[str, list[Any]]]) -> Any:
        table = self.w.record(
            [(label, lines) for label, lines in rows if lines], label_width=4.2, value_width=12.8, label_fill=LABEL_FILL
        )
        self.w.paragraph(style="Note")
        return table

    # --- 1. the account on one page ------------------------------------------------------------

    def overview(self, plan: AccountPlan) -> None:
        texts, t, o = self.texts, self.texts.t, plan.overview
        account = plan.brief.account
        owner = None
        if o.owner:
            owner = (
                t("plan.owner_tenure", name=o.owner, since=texts.date(o.owner_since), months=o.tenure_months)
                if o.owner_since
                else t("plan.owner_since_unknown", name=o.owner)
            )
        previous = [
            t(
                "plan.previous_owner_line",
                name=p.name,
                start=texts.date(p.from_) or "—",
                end=texts.date(p.to) or "—",
                handover=t("plan.handover_note", text=p.handover) if p.handover else "",
            )
            for p in sorted(account.previous_owners, key=lambda p: p.from_ or dt.date.min)
        ]
        channel = None
        if o.channel is not None and (o.channel.kind or o.channel.partner):
            kind = texts.term(o.channel.kind) if o.channel.kind else ""
            channel = (
                t("plan.channel_partner", kind=kind, partner=o.channel.partner)
                if o.channel.partner and kind
                else (kind or o.channel.partner)
            )
            if o.channel.registered:
                channel += t("plan.channel_registered", date=texts.date(o.channel.registered))
            elif o.channel.kind is not None and o.channel.kind.value != "direct":
                channel += t("plan.channel_not_registered")
        share = None
        if o.share is not None:
            share = t(
                "plan.share_line",
                share=_value(texts, Share(o.share)),
                value=texts.money(o.annual_value or ZERO),
                wallet=texts.money(o.wallet or ZERO),
            )
        profit: list[Any] = []
        if o.profit is not None:
            # a profit is only computed from a value and a margin
            text = t(
                "plan.profit_line",
                profit=texts.money(o.profit),
                value=texts.money(o.annual_value or ZERO),
                margin=texts.percent(o.gross_margin or ZERO),
                cost=texts.money(o.cost_to_serve or ZERO),
            )
            profit = [
                (
                    "runs",
                    ("bold" if o.profit < 0 else "", text),
                    ("bold", t("plan.unprofitable_mark")) if o.profit < 0 else ("", ""),
                )
            ]
        programme = None
        if account.programme is not None and (account.programme.level or account.programme.benefits):
            p = account.programme
            programme = t(
                "plan.programme_line",
                level=p.level or "",
                since=t("plan.programme_since", date=texts.date(p.since)) if p.since else "",
                benefits=t("plan.programme_benefits", items=texts.join(list(p.benefits))) if p.benefits else "",
            )
        status = texts.term(o.status)
        if o.status == AccountStatus("lost") and account.lost and account.lost.date:
            status += t("plan.lost_date", date=texts.date(account.lost.date))
        self.heading("plan.overview")
        self.record(
            [
                (t("plan.tier"), [texts.term(o.tier)]),
                (t("plan.status"), [("bold", status) if o.status != AccountStatus("active") else status]),
                (t("plan.owner"), [owner] if owner else []),
                (t("plan.previous_owners"), previous),
                (t("plan.channel"), [channel] if channel else []),
                (t("plan.customer_since"), [texts.date(o.customer_since)] if o.customer_since else []),
                (t("plan.annual_value"), [texts.money(o.annual_value)] if o.annual_value is not None else []),
                (t("plan.wallet"), [texts.money(o.wallet)] if o.wallet is not None else []),
                (t("plan.share"), [share] if share else []),
                (t("plan.gross_margin"), [texts.percent(o.gross_margin)] if o.gross_margin is not None else []),
                (t("plan.cost_to_serve"), [texts.money(o.cost_to_serve)] if o.cost_to_serve is not None else []),
                (t("plan.profit"), profit),
                (t("plan.loyalty"), [texts.term(o.loyalty)] if o.loyalty else []),
                (
                    t("plan.health"),
                    [t("plan.health_score", score=o.health_score)] if o.health_score is not None else [],
                ),
                (t("plan.programme"), [programme] if programme else []),
            ]
        )

    # --- 2. target, 3. growth ---------------------------------------------------------------

    def target(self, plan: AccountPlan) -> None:
        texts, t, g = self.texts, self.texts.t, plan.target
        if g.target is None and g.share_target is None:
            return
        self.heading("plan.target")
        if g.target is not None:
            money = texts.money
            self.table(
                [
                    (t("plan.col_last_year", year=g.year - 1), 3.4, "right"),
                    (t("plan.col_target", year=g.year), 3.4, "right"),
                    (t("plan.col_gap"), 3.2, "right"),
                    (t("plan.col_growth"), 3.4, "right"),
                    (t("plan.col_uncovered"), 3.2, "right"),
                ],
                [
                    [
                        money(g.last_year) if g.last_year is not None else t("plan.last_year_none"),
                        money(g.target),
                        money(g.gap) if g.gap is not None else "—",
                        money(g.growth_total),
                        money(g.uncovered) if g.uncovered is not None else "—",
                    ]
                ],
            )
            if g.gap is not None and g.gap <= 0:
                self.w.paragraph(t("plan.target_no_gap"))
            elif g.uncovered:
                self.w.paragraph(t("plan.target_uncovered", amount=money(g.uncovered)), bold=True)
            else:
                self.w.paragraph(t("plan.target_covered"))
        if g.share_target is not None:
            if g.share_at_target is not None:
                self.w.paragraph(
                    t(
                        "plan.share_target_line",
                        target=texts.percent(g.share_target),
                        at_target=_value(texts, Share(g.share_at_target)),
                    )
                )
            else:
                self.w.paragraph(t("plan.share_target_only", target=texts.percent(g.share_target)))

    def growth(self, plan: AccountPlan) -> None:
        texts, t = self.texts, self.texts.t
        bought = list(plan.products)
        if not plan.growth and not bought:
            return
        self.heading("plan.growth")
        if bought:
            self.w.paragraph(t("plan.products_bought", items=texts.join(bought)))
        if not plan.growth:
            return
        rows = [
            [
                g.product,
                texts.money(g.potential) if g.potential is not None else "—",
                texts.short_date(g.by) or "—",
                texts.term(g.status) if g.status else "—",
            ]
            for g in plan.growth
        ]
        table = self.table(
            [
                (t("plan.col_product"), 6.4, "left"),
                (t("plan.col_potential"), 3.6, "right"),
                (t("plan.col_by"), 3.2, "left"),
                (t("plan.col_status"), 2.8, "left"),
            ],
            rows,
        )
        columns = [Column("", 6.4), Column("", 3.6, "right"), Column("", 3.2), Column("", 2.8)]
        self.w.add_spanning_row(
            table,
            t("plan.growth_total"),
            texts.money(plan.target.growth_total),
            columns,
            bold=True,
            shade=LABEL_FILL,
            value_span=3,
        )

    # --- 4. relationships -------------------------------------------------------------------

    def relationships(self, plan: AccountPlan) -> None:
        if not plan.goals:
            return
        t = self.texts.t
        self.heading("plan.relationships")
        rows = [self._goal_cells(goal, plan.brief) for goal in plan.goals]
        self.table(
            [
                (t("plan.col_person"), 4.0, "left"),
                (t("plan.col_now"), 2.7, "left"),
                (t("plan.col_goal"), 2.7, "left"),
                (t("plan.col_by"), 2.6, "left"),
                (t("plan.col_activities"), 5.0, "left"),
            ],
            rows,
        )
        if any(g.suggested_goal or g.suggested_activities for g in plan.goals):
            self.w.paragraph(t("plan.relationships_note"), "Note")

    def _goal_cells(self, goal: GoalRow, brief: Any) -> list[str]:
        texts, t = self.texts, self.texts.t
        c = goal.contact
        person = [t("plan.person_line", name=c.name, title=c.title) if c.title else c.name]
        for key, value in (
            ("motive", c.motive),
            ("concern", texts.term(c.concern) if c.concern else None),
            ("introduced_by", _introducer(goal, brief)),
        ):
            if value:
                person.append(t(f"plan.{key}", text=value))
        target = texts.term(goal.target)
        marks = [t("plan.goal_suggested")] if goal.suggested_goal else []
        if goal.reached:
            marks.append(t("plan.goal_reached"))
        elif goal.overdue:
            marks.append(t("plan.goal_overdue"))
        if marks:
            target += "\n" + "，".join(marks) if texts.language == "zh" else "\n" + ", ".join(marks)
        activities = [say(texts, a) for a in goal.activities]
        return [
            "\n".join(person),
            texts.term(goal.current) if goal.current else "—",
            target,
            texts.short_date(goal.by) or "—",
            ("、" if texts.language == "zh" else ", ").join(activities),
        ]

    # --- 5. policy, 6. initiatives --------------------------------------------------------------

    def policy(self, plan: AccountPlan) -> None:
        texts, t, p = self.texts, self.texts.t, plan.policy
        self.heading("plan.policy")
        self.w.paragraph(t("plan.policy_intro", tier=texts.term(p.tier)))
        self.w.bullets([say(texts, r) for r in p.rules])
        self.w.paragraph(
            t("plan.policy_senior", count=p.senior_visits) if p.senior_visits else t("plan.policy_no_senior")
        )
        if p.initiatives:
            self.w.paragraph(t("plan.policy_initiatives", items=texts.join([texts.term(k) for k in p.initiatives])))
        self.w.paragraph(t("plan.policy_seller") if p.from_seller else t("plan.policy_builtin"), "Note")

    def initiatives(self, plan: AccountPlan) -> None:
        if not plan.initiatives:
            return
        texts, t = self.texts, self.texts.t
        self.heading("plan.initiatives")
        rows = [
            [
                texts.short_date(i.date) if i.date else t("plan.to_schedule") if not i.planned else "—",
                texts.term(i.kind) if i.kind else "—",
                i.name or (texts.term(i.kind) if i.kind else "—"),
                i.owner or "—",
            ]
            for i in plan.initiatives
        ]
        self.table(
            [
                (t("plan.col_date"), 3.6, "left"),
                (t("plan.col_kind"), 3.6, "left"),
                (t("plan.col_name"), 6.2, "left"),
                (t("plan.col_owner"), 2.6, "left"),
            ],
            rows,
        )

    # --- 7. care ----------------------------------------------------------------------------

    def care(self, plan: AccountPlan) -> None:
        if not plan.care:
            return
        texts, t = self.texts, self.texts.t
        self.heading("plan.care")
        self.w.paragraph(t("plan.care_intro", year=plan.year), "Note")
        rows = []
        for day in plan.care:
            if day.kind == BIRTHDAY:
                occasion = t("plan.care_birthday", name=day.name)
            elif day.kind == ANNIVERSARY:
                occasion = t("plan.care_anniversary", years=day.years)
            elif day.festival is not None and texts.language == "en":
                occasion = texts.term(day.festival)
            else:
                occasion = day.name
            people = texts.join([p.name for p in day.people]) or t("plan.nobody")
            action = t("plan.action_visit") if day.action == VISIT else t("plan.action_greet")
            rows.append([f"{texts.short_date(day.date)}", occasion, people, action])
        self.table(
            [
                (t("plan.col_date"), 3.2, "left"),
                (t("plan.col_occasion"), 4.8, "left"),
                (t("plan.col_greet"), 6.0, "left"),
                (t("plan.col_action"), 2.0, "left"),
            ],
            rows,
        )

    # --- 8. bonds, 9. risks, 10. win-back ---------------------------------------------------------

    def bonds(self, plan: AccountPlan) -> None:
        texts, t = self.texts, self.texts.t
        self.heading("plan.bonds")
        if plan.bonds:
            self.w.paragraph(t("plan.bonds_intro"))
            self.w.bullets(list(plan.bonds))
        else:
            self.w.paragraph(t("plan.bonds_none"))
        if plan.switching_ideas:
            self.w.paragraph(t("plan.bonds_ideas"))
            self.w.bullets([say(texts, i) for i in plan.switching_ideas])

    def risks(self, plan: AccountPlan) -> None:
        texts, t = self.texts, self.texts.t
        self.heading("plan.risks")
        if not plan.risks:
            self.w.paragraph(t("plan.risks_none"))
            return
        self.w.bullets([_risk_text(texts, r) for r in plan.risks])
        if any(r.key == "risk.unprofitable" for r in plan.risks):
            self.w.paragraph(t("plan.options_title"), bold=True)
            self.w.bullets([t(f"plan.option.{k}") for k in ("raise_price", "cut_cost", "cheaper_channel")])

    def win_back(self, plan: AccountPlan) -> None:
        if not plan.win_back:
            return
        texts, t = self.texts, self.texts.t
        self.heading("plan.win_back")
        lost = plan.overview.status == AccountStatus("lost")
        self.w.paragraph(t("plan.win_back_intro") if lost else t("plan.reactivation_intro"))
        rows = []
        for number, step in enumerate(plan.win_back, start=1):
            values = {
                "reason_part": t("plan.reason_part", text=step.values["reason"]) if step.values.get("reason") else "",
                "competitor_part": t("plan.competitor_part", text=step.values["competitor"])
                if step.values.get("competitor")
                else "",
            }
            rows.append([f"{number}. " + t(f"plan.{step.key}", **values), texts.short_date(step.date)])
        self.table([(t("plan.col_step"), 12.6, "left"), (t("plan.col_by_date"), 3.4, "left")], rows)
        planned = [i for i in plan.initiatives if i.kind is not None and i.kind.value == "win_back" and i.planned]
        if planned:
            self.w.paragraph(
                t(
                    "plan.win_back_initiatives",
                    items=texts.join(
                        [
                            f"{i.name or texts.term(i.kind)}（{texts.short_date(i.date)}）"
                            if texts.language == "zh"
                            else f"{i.name or texts.term(i.kind)} ({texts.short_date(i.date)})"
                            for i in planned
                        ]
                    ),
                )
            )


def _introducer(goal: GoalRow, brief: Any) -> str | None:
    """Return who introduced the person: a contact's name when `introduced_by` is a contact id, else the text."""
    name = goal.contact.introduced_by
    other = brief.contact(name) if name else None
    return other.name if other is not None else name


def _risk_text(texts: Texts, line: Line) -> str:
    if line.key == "risk.lost":
        t = texts.t
        v = line.values
        return t(
            "plan.risk.lost",
            date_part=t("plan.lost_date", date=texts.date(v["date"])) if v.get("date") else "",
            reason_part=t("plan.lost_reason", text=v["reason"]) if v.get("reason") else "",
            competitor_part=t("plan.lost_competitor", text=v["competitor"]) if v.get("competitor") else "",
        )
    return say(texts, line)


def default_name(account_name: str, year: int, language: str) -> str:
    """Return the plan's file name: `<customer> 经营计划 2027.docx` / `<customer> account-plan 2027.docx`."""
    from generator.output import safe_filename

    return safe_filename(f"{account_name} {Texts(language).t('plan.file_stem')} {year}", ".docx")


# --- kam demo -----------------------------------------------------------------------------

DEMO_TODAY = dt.date(2026, 11, 27)


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the account plans of both example briefs into `outdir`; return the paths."""
    from generator.analysis.account_plan import account_plan
    from generator.load import load_brief
    from generator.output import write_atomic

    written = []
    for language in ("zh", "en"):
        brief = load_brief(examples_dir / f"brief-{language}.yaml").brief
        plan = account_plan(brief, DEMO_TODAY)
        written.append(write_atomic(Path(outdir) / f"account-plan-{language}.docx", render_plan(plan, language)))
    return written
