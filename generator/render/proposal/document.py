"""The Word proposal (建议书), in the method's structure (DOMAIN §1 "Presenting value"):
cover → contents → background → problems and challenges → solution (with the requirement
response table) → pricing → customer value → credentials → closing → the tender's
appendices (deviation tables, qualification checklist). A section whose data is absent is
left out and the numbering closes up.

Built only from a CustomerView: nothing internal can reach the customer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.shared import Cm

from generator.analysis.pricing import PricedLine, PricingSummary, proposal_pricing
from generator.analysis.tender import count_deviations
from generator.i18n import Texts, chinese_numeral
from generator.render.customer_view import CustomerView
from generator.render.kit import docx_kit
from generator.render.kit.docx_writer import Column, DocxWriter
from generator.render.kit.templates import TemplateSet
from generator.render.kit.text_width import display_width
from generator.render.kit.word_template import open_word_template
from generator.render.proposal import offer

TEMPLATE_DOCX = "proposal.docx"
TEMPLATE_TEXT = "proposal.j2"
OFFERING_PICTURE_CM = 11.0  # an offering's picture: wide enough to see, leaving the text the page


@dataclass
class _Heading:
    level: int
    text: str
    paragraph: Any
    bookmark: str


@dataclass
class _Outline:
    """Headings written so far, numbered as they come (omitted sections never take a number)."""

    texts: Texts
    counters: list[int] = field(default_factory=lambda: [0, 0])
    headings: list[_Heading] = field(default_factory=list)

    def number(self, level: int) -> str:
        self.counters[level - 1] += 1
        if level == 1:
            self.counters[1] = 0
        return self.texts.heading_number(level, self.counters[level - 1], self.counters[0])


def render_proposal(view: CustomerView, templates: TemplateSet | None = None) -> bytes:
    """Return the .docx bytes of the proposal for `view` (same view, same bytes)."""
    templates = templates or TemplateSet()
    texts = Texts(view.language, view.currency)
    document = open_word_template(templates, TEMPLATE_DOCX)
    writer = DocxWriter(document, texts.lang_tag)
    context = _text_context(view, texts)
    builder = _ProposalBuilder(view, texts, writer, templates, context)
    builder.build()
    docx_kit.update_fields_on_open(document)
    docx_kit.set_fixed_properties(
        document,
        title=view.proposal.title,
        author=view.seller.name,
        language=texts.lang_tag,
        when=view.proposal.date,
    )
    return docx_kit.docx_bytes(document)


def _text_context(view: CustomerView, texts: Texts) -> dict[str, Any]:
    return {
        "customer": view.customer,
        "seller": view.seller,
        "proposal": view.proposal,
        "t": texts.t,
        "date": texts.date,
        "money": texts.money,
    }


class _ProposalBuilder:
    """Writes the proposal's parts in order into one document."""

    def __init__(self, view: CustomerView, texts: Texts, writer: DocxWriter, templates: TemplateSet, context: dict):
        self.view, self.texts, self.w, self.templates, self.context = view, texts, writer, templates, context
        self.proposal = view.proposal
        self.outline = _Outline(texts)

    # --- structure ---------------------------------------------------------------------

    def build(self) -> None:
        self.cover()
        toc_anchor = self.w.paragraph(self.texts.t("common.contents"), "TOC Heading")
        toc_anchor.paragraph_format.page_break_before = True
        sections: list[Callable[[], None]] = [
            self.background,
            self.challenges,
            self.solution,
            self.pricing,
            self.terms,
            self.value,
            self.credentials,
            self.closing,
            self.appendices,
        ]
        for section in sections:
            section()
        if self.outline.headings:
            self.outline.headings[0].paragraph.paragraph_format.page_break_before = True
        self.contents(toc_anchor)
        self.header_footer()

    def heading(self, level: int, label: str, numbered: bool = True) -> None:
        separator = "" if self.texts.language == "zh" else " "  # 一、客户背景 / 1. Background
        text = f"{self.outline.number(level)}{separator}{label}" if numbered else label
        paragraph = self.w.paragraph(text, f"Heading {level}")
        bookmark = f"_Toc{len(self.outline.headings) + 1:08d}"
        docx_kit.add_bookmark(paragraph, bookmark, len(self.outline.headings) + 1)
        self.outline.headings.append(_Heading(level, text, paragraph, bookmark))

    def t(self, key: str, **values: Any) -> str:
        return self.texts.t(key, **values)

    # --- cover and contents ------------------------------------------------------------

    def cover(self) -> None:
        seller = self.view.seller
        if seller.logo:
            paragraph = self.w.paragraph()
            paragraph.add_run().add_picture(seller.logo, height=Cm(1.6))
        self.w.paragraph(self.proposal.title, "Title")
        self.w.paragraph(self.view.customer, "Subtitle")
        for line in self._template_lines("cover"):
            self.w.paragraph(line, "Cover Meta")
        if seller.tagline:
            self.w.paragraph(seller.tagline, "Note")

    def contents(self, anchor: Any) -> None:
        """Write the table of contents after `anchor`: one entry per heading with a PAGEREF field
        to the heading's bookmark.

        Not wrapped in a TOC field on purpose: LibreOffice shows a TOC field's cached
        result (no page numbers at render time), while plain PAGEREF fields are computed
        by LibreOffice on layout and refreshed by Word on open (updateFields), so both
        show the right pages."""
        entries = [h for h in self.outline.headings if h.level <= 2]
        if not entries:
            return
        created = []
        for _index, heading in enumerate(entries):
            paragraph = self.w.paragraph(style=f"toc {heading.level}")
            self.w.run(paragraph, heading.text)
            paragraph.add_run().add_tab()
            docx_kit.add_field(paragraph, f"PAGEREF {heading.bookmark} \\h", "")
            created.append(paragraph._p)
        position = anchor._p
        for element in created:
            position.addnext(element)
            position = element

    def header_footer(self) -> None:
        self.w.document.sections[0].different_first_page_header_footer = True  # the cover has neither
        seller = self.view.seller
        self.w.header_text(seller.short_name or seller.name, seller.logo)
        self.w.page_numbers(self.t("common.page_x_of_y", page="PAGE", pages="NUMPAGES"))

    def _template_lines(self, block: str) -> list[str]:
        text = self.templates.render_block(TEMPLATE_TEXT, block, self.context)
        return [line.strip() for line in text.split("\n") if line.strip()]  # not splitlines(): data may hold \v or \f

    # --- 1 background ------------------------------------------------------------------

    def background(self) -> None:
        background = self.proposal.background
        if not background or not (background.summary or background.trends or background.opportunities):
            return
        self.heading(1, self.t("proposal.background"))
        if background.summary:
            self.w.paragraph(background.summary)
        if background.trends:
            self.heading(2, self.t("proposal.trends"))
            self.w.bullets(background.trends)
        if background.opportunities:
            self.heading(2, self.t("proposal.opportunities"))
            self.w.bullets(background.opportunities)

    # --- 2 problems and challenges -----------------------------------------------------

    def challenges(self) -> None:
        challenges = self.proposal.challenges
        if not challenges:
            return
        self.heading(1, self.t("proposal.challenges"))
        columns = [
            Column(self.t("proposal.no"), 0.6, "center"),
            Column(self.t("proposal.problem"), 3),
            Column(self.t("proposal.impact"), 4),
        ]
        rows = [[str(i), c.problem, c.impact or ""] for i, c in enumerate(challenges, 1)]
        self.w.table(columns, rows)

    # --- 3 solution --------------------------------------------------------------------

    def solution(self) -> None:
        solution = self.proposal.solution
        if not solution or not (
            solution.overview or solution.offerings or solution.implementation or solution.service or solution.responses
        ):
            return
        self.heading(1, self.t("proposal.solution"))
        if solution.overview:
            self.heading(2, self.t("proposal.overview"))
            self.w.paragraph(solution.overview)
        if solution.offerings:
            self.heading(2, self.t("proposal.offerings"))
            for offering in solution.offerings:
                self.w.paragraph(offering.name, "Heading 3")
                if offering.description:
                    self.w.paragraph(offering.description)
                if offering.image:
                    self.w.picture(Path(offering.image).read_bytes(), OFFERING_PICTURE_CM)
                fab = [(self.t(f"proposal.{k}"), getattr(offering, k)) for k in ("feature", "advantage", "benefit")]
                fab = [(label, text) for label, text in fab if text]
                if fab:
                    self.w.table([Column("", 1.2, "center"), Column("", 6)], [list(pair) for pair in fab], header=False)
                    self.w.paragraph(style="Note")
        if self.view.responses:
            self.responses(list(self.view.responses))
        if solution.implementation:
            self.heading(2, self.t("proposal.implementation"))
            columns = [
                Column(self.t("proposal.phase"), 2.2),
                Column(self.t("proposal.start"), 1.6, "center"),
                Column(self.t("proposal.end"), 1.6, "center"),
                Column(self.t("proposal.deliverables"), 3.4),
            ]
            rows = [
                [p.phase, self.texts.short_date(p.start), self.texts.short_date(p.end), "\n".join(p.deliverables)]
                for p in solution.implementation
            ]
            self.w.table(columns, rows)
        if solution.service:
            self.heading(2, self.t("proposal.service"))
            offer.service_table(self, solution.service)

    def responses(self, responses: list) -> None:
        """Write the requirement response table: each purchase criterion, how we meet it, with what."""
        self.heading(2, self.t("proposal.responses"))
        self.w.paragraph(self.t("proposal.responses_intro"), "Note")
        with_offering = any(r.offering for r in responses)
        with_deviation = any(r.deviation for r in responses)
        with_note = any(r.note for r in responses)
        rows = []
        for number, response in enumerate(responses, 1):
            row = [str(number), response.criterion, response.response or ""]
            row += [response.offering or ""] if with_offering else []
            row += [self.texts.term(response.deviation)] if with_deviation else []
            row += [response.note or ""] if with_note else []
            rows.append(row)
        columns = [
            (self.t("proposal.no"), None, "center"),
            (self.t("proposal.criterion"), 2.4, "left"),
            (self.t("proposal.how_we_meet"), 3.4, "left"),
        ]
        columns += [(self.t("proposal.offering"), 1.8, "left")] if with_offering else []
        columns += [(self.t("proposal.deviation"), None, "center")] if with_deviation else []
        columns += [(self.t("proposal.note"), 1.6, "left")] if with_note else []
        self.w.table(_fitted_columns(columns, rows), rows)
        self.w.paragraph(style="Note")

    # --- 4 pricing ---------------------------------------------------------------------

    def pricing(self) -> None:
        pricing = self.proposal.pricing
        summary = proposal_pricing(self.proposal, self.texts.minor_unit)
        in_terms = self.proposal.terms is not None  # payment and validity are then in the terms section
        if summary is None and not (pricing and (pricing.payment_terms and not in_terms or pricing.notes)):
            return
        self.heading(1, self.t("proposal.pricing"))
        if summary is not None:
            self.w.paragraph(self.t("proposal.pricing_intro", currency=self.texts.currency_name), "Note")
            if len(summary.packages) > 1:
                self.heading(2, self.t("proposal.packages"))
                offer.package_table(self, summary)
                self._optional_table(summary, *self._price_columns(summary, summary.optional_lines))
            else:  # one package is the whole offer: the plain price list says it best
                offer.single_package_note(self, summary)
                self._price_table(summary)
        if pricing and pricing.payment_terms and not in_terms:
            self.heading(2, self.t("proposal.payment_terms"))
            self.w.bullets(pricing.payment_terms, "List Number")
        if self.proposal.valid_until and not in_terms:
            self.heading(2, self.t("proposal.validity"))
            self.w.paragraph(self.t("proposal.validity_text", date=self.texts.date(self.proposal.valid_until)))
        if pricing and pricing.notes:
            self.heading(2, self.t("proposal.notes"))
            self.w.bullets(pricing.notes)

    def _price_columns(
        self, summary: PricingSummary, lines: tuple[PricedLine, ...] | None = None
    ) -> tuple[list[Column], list[str]]:
        lines = summary.lines + summary.optional_lines if lines is None else lines
        keys = ["no", "item"]
        if any(line.item.spec for line in lines):
            keys.append("spec")
        keys.append("quantity")
        if any(line.item.unit for line in lines):
            keys.append("unit")
        keys.append("unit_price")
        if any(line.discount_amount for line in lines):
            keys.append("discount")
        keys.append("amount")
        align = {
            "no": "center",
            "quantity": "right",
            "unit": "center",
            "unit_price": "right",
            "discount": "right",
            "amount": "right",
        }
        headers = {k: self.t(f"proposal.{k}") for k in keys}
        cells = [self._line_cells(i, line, keys) for i, line in enumerate(lines, 1)]
        totals = [self.texts.money(summary.total_with_options)]
        widths = {}
        for position, key in enumerate(keys):
            # Short columns get the width of their longest text (header, values), so nothing
            # breaks mid-word; the item and spec columns share what is left.
            texts = [headers[key]] + [row[position] for row in cells] + (totals if key == "amount" else [])
            widths[key] = max(display_width(t) for t in texts) + 2.2
        fixed = sum(widths[k] for k in keys if k not in ("item", "spec"))
        room = max(24.0, 80.0 - fixed)  # about 80 cells fit between A4 margins at table text size
        if "spec" in keys:
            widths["spec"] = min(widths["spec"], room / 2)
        widths["item"] = room - widths.get("spec", 0.0)
        return [Column(headers[k], widths[k], align.get(k, "left")) for k in keys], keys

    def _line_cells(self, number: int, line: PricedLine, keys: list[str]) -> list[str]:
        item = line.item
        values = {
            "no": str(number),
            "item": item.name,
            "spec": item.spec or "",
            "quantity": self.texts.number(item.quantity),
            "unit": item.unit or "",
            "unit_price": self.texts.money(item.unit_price),
            "discount": self.texts.percent(item.discount) if item.discount else "",
            "amount": self.texts.money(line.amount),
        }
        return [values[k] for k in keys]

    def _price_table(self, summary: PricingSummary) -> None:
        columns, keys = self._price_columns(summary)
        money = self.texts.money
        table = self.w.table(columns, [])
        grouped = not (len(summary.categories) == 1 and summary.categories[0].name is None)
        number = 0
        for category in summary.categories:
            name = category.name or self.t("proposal.uncategorised")
            if grouped:
                self.w.add_full_row(table, name)
            for line in category.lines:
                number += 1
                self.w.add_row(table, self._line_cells(number, line, keys), columns)
            if grouped:
                self.w.add_spanning_row(
                    table,
                    self.t("proposal.category_subtotal", category=name),
                    money(category.subtotal),
                    columns,
                    bold=True,
                )
        if summary.discount_total:
            self.w.add_spanning_row(
                table, self.t("proposal.discount_total"), "−" + money(summary.discount_total), columns
            )
        if summary.tax_rate is not None:
            self.w.add_spanning_row(table, self.t("proposal.subtotal"), money(summary.subtotal), columns, bold=True)
            self.w.add_spanning_row(
                table, self.t("proposal.tax", rate=self.texts.percent(summary.tax_rate)), money(summary.tax), columns
            )
            self.w.add_spanning_row(
                table, self.t("proposal.total"), money(summary.total), columns, bold=True, shade="E8EDF3"
            )
        else:
            self.w.add_spanning_row(
                table, self.t("proposal.total_no_tax"), money(summary.total), columns, bold=True, shade="E8EDF3"
            )
        if self.texts.language == "zh" and self.texts.currency == "CNY":
            self.w.add_spanning_row(
                table,
                self.t("proposal.total_in_capitals"),
                self.texts.capitals(summary.total),
                columns,
                bold=True,
                value_span=max(2, len(columns) - 2),
            )
        self._optional_table(summary, columns, keys)

    def _optional_table(self, summary: PricingSummary, columns: list[Column], keys: list[str]) -> None:
        money = self.texts.money
        if summary.optional_lines:
            self.w.paragraph(self.t("proposal.optional_items"), "Heading 3")
            optional = self.w.table(columns, [])
            for index, line in enumerate(summary.optional_lines, 1):
                self.w.add_row(optional, self._line_cells(index, line, keys), columns)
            if len(summary.packages) > 1:  # each option adds to whichever package is chosen: its own sum, before tax
                self.w.add_spanning_row(
                    optional,
                    self.t("proposal.optional_subtotal"),
                    money(summary.optional_subtotal),
                    columns,
                    bold=True,
                    shade="E8EDF3",
                )
                return
            key = (
                "proposal.total_with_options" if summary.tax_rate is not None else "proposal.total_with_options_no_tax"
            )
            self.w.add_spanning_row(
                optional, self.t(key), money(summary.total_with_options), columns, bold=True, shade="E8EDF3"
            )

    # --- 4b commercial terms -------------------------------------------------------------

    def terms(self) -> None:
        offer.terms_section(self)

    # --- 5 customer value --------------------------------------------------------------

    def value(self) -> None:
        value = self.proposal.value
        if not value or not (value.benefits or value.costs):
            return
        self.heading(1, self.t("proposal.value"))
        offer.value_table(self, value)

    # --- 6 credentials -----------------------------------------------------------------

    def credentials(self) -> None:
        credentials = self.view.seller.credentials
        if not credentials or not (
            credentials.profile
            or credentials.certifications
            or credentials.awards
            or credentials.qualifications
            or credentials.references
        ):
            return
        self.heading(1, self.t("proposal.credentials"))
        if credentials.profile:
            self.heading(2, self.t("proposal.profile"))
            self.w.paragraph(credentials.profile)
        for key in ("certifications", "awards", "qualifications"):
            items = getattr(credentials, key)
            if items:
                self.heading(2, self.t(f"proposal.{key}"))
                self.w.bullets(items)
        if credentials.references:
            self.heading(2, self.t("proposal.references"))
            references = credentials.references
            keys = ["customer"] + [k for k in ("project", "year", "result") if any(getattr(r, k) for r in references)]
            widths = {"customer": 2.6, "project": 2.4, "year": 0.9, "result": 2.8}
            columns = [
                Column(self.t(f"proposal.reference_{k}"), widths[k], "center" if k == "year" else "left") for k in keys
            ]
            rows = [[str(getattr(r, k) or "") for k in keys] for r in references]
            self.w.table(columns, rows)

    # --- closing -----------------------------------------------------------------------

    def closing(self) -> None:
        lines = self._template_lines("contact")
        if not (self.proposal.closing or lines):
            return
        self.heading(1, self.t("proposal.contact_us"), numbered=False)
        if self.proposal.closing:
            self.w.paragraph(self.proposal.closing, "Closing")
        for line in lines:
            self.w.paragraph(line)

    # --- appendices: the tender's deviation tables and qualification checklist -----------

    def appendices(self) -> None:
        """Write the bid's appendices, each on its own page: technical and commercial deviation
        tables, then the qualification checklist; each title carries the tender number."""
        tender = self.view.tender
        if tender is None:
            return
        number = 0
        for key, lines in (("technical_deviation", tender.technical), ("commercial_deviation", tender.commercial)):
            if lines:
                number += 1
                self.appendix_heading(number, self.t(f"proposal.{key}"), tender.number)
                self.deviation_table(lines)
        if tender.qualifications:
            self.appendix_heading(number + 1, self.t("proposal.qualification_list"), tender.number)
            self.qualification_table(tender.qualifications)

    def appendix_heading(self, number: int, title: str, tender_number: str | None) -> None:
        label = chinese_numeral(number) if self.texts.language == "zh" else chr(ord("A") + (number - 1) % 26)
        text = self.t("proposal.appendix_title", appendix=self.t("proposal.appendix", number=label), title=title)
        if tender_number:
            text += self.t("proposal.tender_for", number=tender_number)
        self.heading(1, text, numbered=False)
        self.outline.headings[-1].paragraph.paragraph_format.page_break_before = True
        seller = self.view.seller
        self.w.paragraph(self.t("proposal.bidder", name=seller.name), "Note")

    def deviation_table(self, lines: list) -> None:
        rows = [
            [
                str(number),
                line.clause or "",
                line.requirement,
                line.response or "",
                self.texts.term(line.deviation),
                line.note or "",
            ]
            for number, line in enumerate(lines, 1)
        ]
        columns = [
            (self.t("proposal.no"), None, "center"),
            (self.t("proposal.tender_clause"), None, "center"),
            (self.t("proposal.tender_requirement"), 2.8, "left"),
            (self.t("proposal.tender_response"), 2.8, "left"),
            (self.t("proposal.deviation"), None, "center"),
            (self.t("proposal.note"), 1.6, "left"),
        ]
        self.w.table(_fitted_columns(columns, rows), rows)
        counts = count_deviations(lines)
        self.w.paragraph(
            self.t(
                "proposal.deviation_summary",
                total=counts.total,
                none=counts.none,
                better=counts.better,
                worse=counts.worse,
            ),
            "Note",
        )

    def qualification_table(self, documents: list[str]) -> None:
        rows = [[str(number), text] for number, text in enumerate(documents, 1)]
        columns = [(self.t("proposal.no"), None, "center"), (self.t("proposal.qualification_document"), 1.0, "left")]
        self.w.table(_fitted_columns(columns, rows), rows)


TABLE_CELLS = 80.0  # about 80 Latin characters fit between A4 margins at table text size
MAX_FITTED_CELLS = 16.0  # a clause number longer than this wraps rather than squeeze the texts


def _fitted_columns(columns: list[tuple[str, float | None, str]], rows: list[list[str]]) -> list[Column]:
    """Return the columns of a table: a short column (share None) as wide as its longest value or
    header word, so "Deviation" or 3.1.2 never breaks mid-word; the others share what is left by share."""
    fixed: dict[int, float] = {}
    for index, (header, share, _align) in enumerate(columns):
        if share is None:
            words = header.split() if " " in header else [header]
            texts = words + [row[index] for row in rows]
            fixed[index] = min(MAX_FITTED_CELLS, max(display_width(t) for t in texts) + 2.2)
    room = max(TABLE_CELLS / 2, TABLE_CELLS - sum(fixed.values()))
    shares = sum(share for _h, share, _a in columns if share is not None) or 1.0
    return [
        Column(header, fixed[i] if share is None else room * share / shares, align)
        for i, (header, share, align) in enumerate(columns)
    ]


def default_output(brief_path: Path, title: str, suffix: str) -> Path:
    """Return the default output path: next to the brief, named from the title."""
    from generator.output import safe_filename

    return brief_path.parent / safe_filename(title, suffix)


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the proposals of the built-in examples into `outdir`; return their paths."""
    from generator.load import load_brief
    from generator.output import safe_filename, write_atomic
    from generator.render.customer_view import customer_view

    written = []
    for name in ("brief-zh.yaml", "brief-en.yaml"):
        loaded = load_brief(examples_dir / name)
        view = customer_view(loaded.brief)
        target = Path(outdir) / safe_filename(view.proposal.title, ".docx")
        written.append(write_atomic(target, render_proposal(view)))
    return written
