"""The visit plan as a Word document grouped by week (internal), plus `demo()`.

The Excel sheet and the calendar file are in `visits_xlsx` and `visits_ics`; all three
take their words from `visits_text`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Sequence

from generator.analysis.visits_plan import VisitPlan
from generator.i18n import Texts
from generator.render import docx_kit
from generator.render.visits_text import VisitText, visit_text, weekday

EAST_ASIAN_FONT = "Microsoft YaHei"
LABEL_FILL = "EDF2F7"
HEADER_FILL = "D9E2F3"


def visit_texts(plan: VisitPlan) -> list[VisitText]:
    """Return every visit of the plan in words, in date order."""
    make_up = set(plan.calendar.make_up_days_between(plan.settings.start, plan.settings.end))
    return [visit_text(e, plan.language, make_up_day=e.visit.date in make_up) for e in plan.entries]


def render_docx(plan: VisitPlan, *, problems: Sequence[str] = (), author: str | None = None) -> bytes:
    """Return the Word plan: overview, then each week's agenda and the call plan of every visit.

    `problems` are input records left out of the plan (one line each), shown in the overview.
    """
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    texts = Texts(plan.language)
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    _setup_styles(document, Pt)
    writer = _Writer(document, texts)

    settings = plan.settings
    window = texts.t("visits.window", start=texts.date(settings.start), end=texts.date(settings.end))
    writer.paragraph(texts.t("visits.title"), style="Title")
    writer.paragraph(window, style="Subtitle")
    writer.paragraph(texts.t("visits.internal"), italic=True)
    if author:
        writer.paragraph(texts.t("visits.prepared_by", name=author))
    _overview(writer, plan, problems)

    visits = visit_texts(plan)
    by_date = {id(e): v for e, v in zip(plan.entries, visits)}
    for number, first, last, entries in plan.weeks():
        writer.heading(texts.t("visits.week", number=number, start=texts.short_date(first), end=texts.short_date(last)), 1)
        if not entries:
            writer.paragraph(texts.t("visits.no_visits_week"), italic=True)
            continue
        week = [by_date[id(e)] for e in entries]
        writer.table(
            [texts.t("visits.col_date"), texts.t("visits.col_customer"), texts.t("visits.col_kind"),
             texts.t("visits.col_meet"), texts.t("visits.col_commitment")],
            [[f"{v.date_text}\n{v.weekday}", f"{v.customer}\n{v.tier}", v.kind, v.meet_line(texts), v.commitment] for v in week],
            widths=[2.6, 3.2, 2.6, 4.0, 4.6],
        )
        for visit in week:
            _visit_section(writer, texts, visit)

    docx_kit.set_fixed_properties(document, title=f"{texts.t('visits.title')} {window}", author=author or "kam",
                                  language=texts.lang_tag, when=settings.start)
    return docx_kit.docx_bytes(document)


def _overview(writer: "_Writer", plan: VisitPlan, problems: Sequence[str]) -> None:
    texts, settings, schedule = writer.texts, plan.settings, plan.schedule
    cadence = settings.cadence
    writer.heading(texts.t("visits.summary"), 1)
    working = plan.calendar.working_days(settings.start, settings.end)
    writer.paragraph(texts.t("visits.summary_visits", visits=len(plan.entries),
                             customers=len({e.visit.account for e in plan.entries}), days=len(working)))
    writer.paragraph(texts.t("visits.summary_rules", key_days=cadence.interval("key"), ordinary_days=cadence.interval("ordinary"),
                             small_days=cadence.interval("small"), floor=cadence.floor, per_day=settings.per_day))
    writer.paragraph(texts.t("visits.summary_country", country=_country_name(plan.country, texts)))
    rows = []
    for tier in ("key", "ordinary", "small"):
        customers = [c for c in plan.customers if c.tier.value == tier]
        if customers:
            count = sum(1 for e in plan.entries if e.customer.tier.value == tier)
            rows.append([texts.term(customers[0].tier), texts.number(len(customers)), texts.number(count)])
    if rows:
        writer.table([texts.t("visits.col_tier"), texts.t("visits.customers"), texts.t("visits.visits")], rows,
                     widths=[6, 5, 5])
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
        writer.paragraph(texts.t("visits.meeting_line", date=texts.date(schedule.meeting),
                                 customers=texts.join(invited) or texts.t("visits.none")))
        if schedule.invited_without_visit:
            writer.paragraph(texts.t("visits.meeting_no_visit",
                                     customers=texts.join([plan.customers[i].name for i in schedule.invited_without_visit])))
    notes = []
    for item in schedule.unplaced:
        reason = texts.t("visits.kind_senior") if item.reason == "senior" else texts.term(plan.customers[item.account].tier)
        notes.append(texts.t("visits.unplaced_line", customer=plan.customers[item.account].name,
                             date=texts.date(item.due), reason=reason))
    for warning in schedule.warnings:
        if warning.kind == "non_working_day":
            notes.append(texts.t("visits.warn_non_working_day", customer=plan.customers[warning.account].name,
                                 date=texts.date(warning.date)))
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


def _visit_section(writer: "_Writer", texts: Texts, visit: VisitText) -> None:
    writer.heading(texts.t("visits.visit_heading", date=visit.date_text, weekday=visit.weekday, customer=visit.customer), 2)
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
        (texts.t("visits.col_objections"), [x for o in visit.objections for x in (("bold", o.statement), o.response)]),
        (texts.t("visits.col_negotiation"), list(visit.negotiation)),
        (texts.t("visits.col_notes"), list(visit.notes)),
        (texts.t("visits.col_last_visit"), list(visit.last_visit)),
        (texts.t("visits.col_address"), [visit.address] if visit.address else []),
    ]
    writer.record([(label, lines) for label, lines in rows if lines])


def _person(texts: Texts, person) -> tuple[str, ...]:
    parts = [("bold", person.name)]
    if person.reasons:
        parts.append(("", " — " + person.reasons))
    if person.style:
        parts.append(("italic", "\n" + texts.t("visits.style") + texts.t("common.colon") + person.style))
    return ("runs", *parts)


def _setup_styles(document: Any, Pt) -> None:
    """Give the styles used an East Asian font and readable sizes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for name, size in (("Normal", 10), ("Title", 24), ("Subtitle", 12), ("Heading 1", 15), ("Heading 2", 12),
                       ("List Bullet", 10)):
        style = document.styles[name]
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:ascii"), "Calibri")
        fonts.set(qn("w:hAnsi"), "Calibri")
    document.styles["Normal"].paragraph_format.space_after = Pt(3)


def _fix_widths(table: Any, widths: Sequence[float]) -> None:
    """Give the table fixed column widths (cm) that Word and LibreOffice both honour."""
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)


class _Writer:
    """Paragraphs and tables whose every run carries the language and the East Asian font."""

    def __init__(self, document: Any, texts: Texts):
        self.document = document
        self.texts = texts

    def _run(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        docx_kit.set_run_language(run, EAST_ASIAN_FONT, self.texts.lang_tag)
        return run

    def paragraph(self, text: str, *, style: str | None = None, bold: bool = False, italic: bool = False) -> Any:
        paragraph = self.document.add_paragraph(style=style)
        self._run(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def heading(self, text: str, level: int) -> Any:
        paragraph = self.document.add_paragraph(style=f"Heading {level}")
        self._run(paragraph, text)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(item, style="List Bullet")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Any:
        from docx.shared import Cm

        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        _fix_widths(table, widths)
        for cell, text, width in zip(table.rows[0].cells, headers, widths):
            self._cell(cell, [("bold", text)])
            cell.width = Cm(width)
            docx_kit.set_cell_shading(cell, HEADER_FILL)
        docx_kit.repeat_as_header(table.rows[0])
        for values in rows:
            row = table.add_row()
            docx_kit.keep_row_together(row)
            for cell, text, width in zip(row.cells, values, widths):
                self._cell(cell, [text])
                cell.width = Cm(width)
        self.document.add_paragraph()
        return table

    def record(self, rows: Sequence[tuple[str, list[Any]]]) -> Any:
        """Add a two-column table: a shaded label, then the lines of its value."""
        from docx.shared import Cm

        table = self.document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        _fix_widths(table, (3.4, 13.6))
        for label, lines in rows:
            row = table.add_row()
            docx_kit.keep_row_together(row)
            label_cell, value_cell = row.cells
            label_cell.width, value_cell.width = Cm(3.4), Cm(13.6)
            self._cell(label_cell, [("bold", label)])
            docx_kit.set_cell_shading(label_cell, LABEL_FILL)
            self._cell(value_cell, lines)
        self.document.add_paragraph()
        return table

    def _cell(self, cell: Any, lines: Sequence[Any]) -> None:
        """Fill a cell with one paragraph per line; a line is text, (format, text) or ("runs", (format, text)…)."""
        first = True
        for line in lines:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            parts = line[1:] if isinstance(line, tuple) and line[0] == "runs" else [line]
            for part in parts:
                fmt, text = part if isinstance(part, tuple) else ("", part)
                pieces = str(text).split("\n")
                for index, piece in enumerate(pieces):
                    run = self._run(paragraph, piece, bold=fmt == "bold", italic=fmt == "italic")
                    if index < len(pieces) - 1:
                        run.add_break()


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the visit plan of the example briefs (Word, Excel, calendar) into `outdir`; return the paths."""
    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.visits_ics import render_ics
    from generator.render.visits_xlsx import render_xlsx

    written = []
    # A fixed window, so the demo is the same every day: right after the examples' last visits.
    settings = Settings(start=dt.date(2026, 11, 30), weeks=4, today=dt.date(2026, 11, 27), meeting=dt.date(2026, 12, 18))
    for language in ("zh", "en"):
        briefs = sorted(examples_dir.glob(f"brief-{language}.yaml"))
        records = [r for r in iter_customers(briefs, language=language) if isinstance(r, CustomerRecord)]
        plan = make_plan([(r.brief, Path(r.source).name) for r in records], settings, language=language,
                         country="CN" if language == "zh" else "US")
        stem = Path(outdir) / f"visit-plan-{language}"
        written.append(write_atomic(stem.with_suffix(".docx"), render_docx(plan)))
        written.append(write_atomic(stem.with_suffix(".xlsx"), render_xlsx(plan)))
        written.append(write_atomic(stem.with_suffix(".ics"), render_ics(plan)))
    return written
