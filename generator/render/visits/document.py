"""The visit plan as a Word document grouped by week (internal).

The Excel sheet and the calendar file are in `visits_xlsx` and `visits_ics`; all three
take their words from `visits_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.analysis.visits_plan import VisitPlan
from generator.i18n import Texts
from generator.render.kit import docx_kit
from generator.render.kit.docx_writer import Column, DocxWriter
from generator.render.kit.templates import TemplateSet
from generator.render.kit.word_template import open_word_template
from generator.render.visits.texts import VisitText, greeting_text, visit_texts, weekday

TEMPLATE_DOCX = "report.docx"
ORG_CHART_MAX_HEIGHT_CM = 20
LABEL_FILL = "EDF2F7"


def render_docx(
    plan: VisitPlan, *, problems: Sequence[str] = (), author: str | None = None, templates: TemplateSet | None = None
) -> bytes:
    """Return the Word plan: overview, then each week's agenda and the call plan of every visit.

    `problems` are input records left out of the plan (one line each), shown in the overview.
    The page, fonts and styles come from the `report.docx` template (the user's copy first).
    """
    texts = Texts(plan.language)
    document = open_word_template(templates or TemplateSet(), TEMPLATE_DOCX)
    writer = _Writer(DocxWriter(document, texts.lang_tag), texts)

    settings = plan.settings
    window = texts.t("visits.window", start=texts.date(settings.start), end=texts.date(settings.end))
    writer.w.report_title(texts.t("visits.title"))
    writer.w.header_text(f"{texts.t('visits.title')} · {texts.t('visits.internal')}")
    writer.w.page_numbers(texts.t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))
    writer.paragraph(window, style="Subtitle")
    writer.paragraph(texts.t("visits.internal"), italic=True)
    if author:
        writer.paragraph(texts.t("visits.prepared_by", name=author))
    _overview(writer, plan, problems)

    visits = visit_texts(plan)
    by_date = {id(e): v for e, v in zip(plan.entries, visits)}
    charted: set[int] = set()  # customers whose org chart is already shown (at their first visit)
    for number, first, last, entries in plan.weeks():
        writer.heading(
            texts.t("visits.week", number=number, start=texts.short_date(first), end=texts.short_date(last)), 1
        )
        if not entries:
            writer.paragraph(texts.t("visits.no_visits_week"), italic=True)
            continue
        week = [by_date[id(e)] for e in entries]
        writer.table(
            [
                texts.t("visits.col_date"),
                texts.t("visits.col_customer"),
                texts.t("visits.col_kind"),
                texts.t("visits.col_meet"),
                texts.t("visits.col_commitment"),
            ],
            [
                [f"{v.date_text}\n{v.weekday}", f"{v.customer}\n{v.tier}", v.kind, v.meet_line(texts), v.commitment]
                for v in week
            ],
            widths=[2.6, 3.2, 2.6, 4.0, 4.6],
        )
        for entry, visit in zip(entries, week):
            _visit_section(writer, texts, visit)
            _org_chart_once(writer, texts, entry, charted)

    docx_kit.set_fixed_properties(
        document,
        title=f"{texts.t('visits.title')} {window}",
        author=author or "kam",
        language=texts.lang_tag,
        when=settings.start,
    )
    return docx_kit.docx_bytes(document)


def _overview(writer: _Writer, plan: VisitPlan, problems: Sequence[str]) -> None:
    texts, settings, schedule = writer.texts, plan.settings, plan.schedule
    cadence = settings.cadence
    writer.heading(texts.t("visits.summary"), 1)
    working = plan.calendar.working_days(settings.start, settings.end)
    writer.paragraph(
        texts.t(
            "visits.summary_visits",
            visits=len(plan.entries),
            customers=len({e.visit.account for e in plan.entries}),
            days=len(working),
        )
    )
    writer.paragraph(
        texts.t(
            "visits.summary_rules",
            key_days=cadence.interval("key"),
            ordinary_days=cadence.interval("ordinary"),
            small_days=cadence.interval("small"),
            floor=cadence.floor,
            per_day=settings.per_day,
        )
    )
    writer.paragraph(texts.t("visits.summary_country", country=_country_name(plan.country, texts)))
    rows = []
    for tier in ("key", "ordinary", "small"):
        customers = [c for c in plan.customers if c.tier.value == tier]
        if customers:
            count = sum(1 for e in plan.entries if e.customer.tier.value == tier)
            rows.append([texts.term(customers[0].tier), texts.number(len(customers)), texts.number(count)])
    if rows:
        writer.table(
            [texts.t("visits.col_tier"), texts.t("visits.customers"), texts.t("visits.visits")], rows, widths=[6, 5, 5]
        )
    holidays = plan.calendar.holidays_between(settings.start, settings.end)
    if holidays:
        writer.heading(texts.t("visits.holidays"), 2)
        writer.bullets([f"{texts.short_date(day)} {weekday(texts, day)}  {name}" for day, name in holidays])
    make_up = plan.calendar.make_up_days_between(settings.start, settings.end)
    if make_up:
        writer.heading(texts.t("visits.make_up_days"), 2)
        writer.bullets([f"{texts.short_date(day)} {weekday(texts, day)}" for day in make_up])
    if schedule.meeting:
        writer.heading(texts.t("visits.meeting"), 2)
        invited = [plan.customers[i].name for i in schedule.invited]
        writer.paragraph(
            texts.t(
                "visits.meeting_line",
                date=texts.date(schedule.meeting),
                customers=texts.join(invited) or texts.t("visits.none"),
            )
        )
        if schedule.invited_without_visit:
            writer.paragraph(
                texts.t(
                    "visits.meeting_no_visit",
                    customers=texts.join([plan.customers[i].name for i in schedule.invited_without_visit]),
                )
            )
    if plan.greetings:
        writer.heading(texts.t("visits.greetings"), 2)
        writer.bullets([greeting_text(texts, plan, g) for g in plan.greetings])
    notes = []
    for item in schedule.unplaced:
        reason = (
            texts.t("visits.kind_senior") if item.reason == "senior" else texts.term(plan.customers[item.account].tier)
        )
        notes.append(
            texts.t(
                "visits.unplaced_line",
                customer=plan.customers[item.account].name,
                date=texts.date(item.due),
                reason=reason,
            )
        )
    for warning in schedule.warnings:
        if warning.kind == "non_working_day" and warning.account is not None:
            notes.append(
                texts.t(
                    "visits.warn_non_working_day",
                    customer=plan.customers[warning.account].name,
                    date=texts.date(warning.date),
                )
            )
        else:
            notes.append(texts.t("visits.warn_over_cap", date=texts.date(warning.date), count=warning.count))
    notes += list(problems)
    if notes:
        writer.heading(texts.t("visits.warnings"), 2)
        writer.bullets(notes)
    if not plan.entries:
        writer.paragraph(texts.t("visits.no_visits"), italic=True)


def _country_name(code: str, texts: Texts) -> str:
    from babel import Locale

    try:
        return Locale.parse(texts.locale).territories.get(code, code)
    except Exception:  # pragma: no cover - babel knows every ISO code holidays does
        return code


def _visit_section(writer: _Writer, texts: Texts, visit: VisitText) -> None:
    writer.heading(
        texts.t("visits.visit_heading", date=visit.date_text, weekday=visit.weekday, customer=visit.customer), 2
    )
    rows: list[tuple[str, list[Any]]] = [
        (texts.t("visits.col_customer"), [visit.customer_full]),
        (texts.t("visits.col_tier") + " / " + texts.t("visits.col_stage"), [f"{visit.tier} · {visit.stage}"]),
        (texts.t("visits.col_kind"), [visit.kind]),
        (texts.t("visits.col_why_now"), [visit.why]),
        (texts.t("visits.col_meet"), [_person(texts, p) for p in visit.people]),
        (texts.t("visits.col_objective"), list(visit.objectives)),
        (texts.t("visits.col_give"), list(visit.give)),
        (texts.t("visits.col_get"), list(visit.get)),
        (texts.t("visits.col_commitment"), [("bold", visit.commitment)]),
        (texts.t("visits.col_signals"), list(visit.signals)),
        (texts.t("visits.col_close"), [("bold", line) if i == 0 else line for i, line in enumerate(visit.close)]),
        (
            texts.t("visits.col_objections"),
            [x for o in visit.objections for x in (("bold", o.statement), *(o.steps or (o.response,)))],
        ),
        (texts.t("visits.col_negotiation"), list(visit.negotiation)),
        (texts.t("visits.col_notes"), list(visit.notes)),
        (texts.t("visits.col_last_visit"), list(visit.last_visit)),
        (texts.t("visits.col_address"), [visit.address] if visit.address else []),
    ]
    writer.record([(label, lines) for label, lines in rows if lines])


def _org_chart_once(writer: _Writer, texts: Texts, entry: Any, charted: set[int]) -> None:
    """Show the customer's buying centre as an org chart under their first visit of the plan."""
    from generator.render.kit.org_chart import org_chart_for, worth_drawing

    key = id(entry.customer)
    if key in charted:
        return
    charted.add(key)
    brief = entry.customer.brief
    if not worth_drawing(brief):
        return
    chart = org_chart_for(brief, Texts(texts.language, brief.currency))
    if chart is None:
        return
    writer.paragraph(texts.t("visits.org_chart"), style="Heading 3").paragraph_format.keep_with_next = True
    text_width_cm = writer.w.text_width() * 2.54 / 1440
    width, _height = chart.size_on_page(int(text_width_cm * 1000), ORG_CHART_MAX_HEIGHT_CM * 1000)
    writer.w.picture(chart.png, width / 1000)
    writer.paragraph(texts.t("archive.org_chart_note"), style="Note")


def _person(texts: Texts, person) -> tuple[str | tuple[str, str], ...]:
    parts = [("bold", person.name)]
    if person.reasons:
        parts.append(("", " — " + person.reasons))
    if person.style:
        parts.append(("italic", "\n" + texts.t("visits.style") + texts.t("common.colon") + person.style))
    for line in person.stress + person.mind:
        parts.append(("", "\n" + line))
    return ("runs", *parts)


class _Writer:
    """The plan's vocabulary of blocks, written through the shared DocxWriter."""

    def __init__(self, writer: DocxWriter, texts: Texts):
        self.w = writer
        self.texts = texts

    def paragraph(self, text: str, *, style: str | None = None, bold: bool = False, italic: bool = False) -> Any:
        return self.w.paragraph(text, style, bold=bold, italic=italic)

    def heading(self, text: str, level: int) -> Any:
        paragraph = self.w.paragraph(text, f"Heading {level}")
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def bullets(self, items: Sequence[str]) -> None:
        self.w.bullets(items)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Any:
        table = self.w.table([Column(h, w) for h, w in zip(headers, widths)], rows)
        self.w.paragraph(style="Note")
        return table

    def record(self, rows: Sequence[tuple[str, list[Any]]]) -> Any:
        """Add a two-column table: a shaded label, then the lines of its value."""
        table = self.w.record(rows, label_width=3.4, value_width=13.6, label_fill=LABEL_FILL)
        self.w.paragraph(style="Note")
        return table
