"""The proposal's offer sections: the package comparison, the commercial terms, the service
catalogue and the customer value by kind.

Each function writes one block through the proposal builder (its DocxWriter, labels and
outline) and reads only the customer view's proposal; every figure comes from analysis/.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH

from generator.analysis.pricing import PackageTotal, PricedLine, PricingSummary
from generator.analysis.terms import commercial_terms
from generator.analysis.value import ValueGroup, summarise_value
from generator.models.enums import ServiceKind
from generator.render.kit.docx_writer import Column
from generator.render.kit.text_width import display_width

# `b` below is the proposal's builder (render/proposal/document.py): its writer `w`, labels `t`,
# formatting `texts`, the proposal and `heading()`. Typed loosely: the builder imports this module.
Builder = Any

HEADER_FILL = "1F3A5F"
RECOMMENDED_FILL = "C8102E"  # the recommended package's header: the one colour that stands out
RECOMMENDED_SHADE = "FBE9EB"  # its totals
TOTAL_SHADE = "E8EDF3"


# --- packages side by side ----------------------------------------------------------------


def package_table(b: Builder, summary: PricingSummary) -> None:
    """Write the comparison of the packages: one row per line, one column per package holding the line's
    amount when the package contains it, then each package's subtotal, tax and total."""
    t, money = b.t, b.texts.money
    packages = summary.packages
    described = [p.package for p in packages if p.package.description]
    if described:
        b.w.paragraph(t("proposal.package_descriptions"), "Heading 3")
        b.w.bullets(
            [t("proposal.package_line", name=_package_name(b, p), description=p.description) for p in described]
        )
    b.w.paragraph(t("proposal.packages_intro"), "Note")
    lines = summary.lines
    with_discount = any(line.item.discount for line in lines)
    keys = ["no", "item", "quantity", "unit_price"] + (["discount"] if with_discount else [])
    headers = {k: t(f"proposal.{k}") for k in keys}
    rows = [_line_cells(b, number, line, keys, packages) for number, line in enumerate(lines, 1)]
    totals = [money(p.total) for p in packages]
    widths = {}
    for position, key in enumerate(keys):
        widths[key] = max(display_width(text) for text in [headers[key]] + [row[position] for row in rows]) + 2.2
    package_headers = [_package_header(b, p) for p in packages]
    package_width = (
        max(display_width(text) for text in totals + [r[len(keys) + i] for r in rows for i in range(len(packages))])
        + 2.2
    )
    package_width = max(package_width, max(min(display_width(h), 16) for h in package_headers) + 2.2)
    fixed = sum(widths[k] for k in keys if k != "item") + package_width * len(packages)
    widths["item"] = max(16.0, 80.0 - fixed)
    align = {"no": "center", "quantity": "right", "unit_price": "right", "discount": "right"}
    columns = [Column(headers[k], widths[k], align.get(k, "left")) for k in keys]
    columns += [Column(h, package_width, "right") for h in package_headers]
    table = b.w.table(columns, [])
    header_cells = table.rows[0].cells
    _mark_recommended(
        b, [header_cells[len(keys) + i] for i, p in enumerate(packages) if p.recommended], RECOMMENDED_FILL
    )
    grouped = not (len(summary.categories) == 1 and summary.categories[0].name is None)
    number = 0
    for category in summary.categories:
        if grouped:
            _keep_with_next(b.w.add_full_row(table, category.name or t("proposal.uncategorised")))
        for _ in category.lines:
            b.w.add_row(table, rows[number], columns)
            number += 1
    taxed = summary.tax_rate is not None
    figures = []
    if taxed:
        figures += [
            (t("proposal.package_subtotal"), [p.subtotal for p in packages], False),
            (t("proposal.package_tax", rate=b.texts.percent(summary.tax_rate)), [p.tax for p in packages], False),
        ]
    figures.append(
        (
            t("proposal.package_total") if taxed else t("proposal.package_total_no_tax"),
            [p.total for p in packages],
            True,
        )
    )
    for label, amounts, strong in figures:
        cells = _figures_row(b, table, columns, len(keys), label, [money(a) for a in amounts], strong)
        if strong:
            for cell in cells:
                _shade(cell, TOTAL_SHADE)
        _mark_recommended(b, [cells[1 + i] for i, p in enumerate(packages) if p.recommended], RECOMMENDED_SHADE)
    if b.texts.language == "zh" and b.texts.currency == "CNY":  # procurement signs against the amount in capitals
        for option in packages:
            label = b.t("proposal.package_in_capitals", name=_package_name(b, option.package))
            _capitals_row(b, table, columns, len(keys), label, b.texts.capitals(option.total))


def single_package_note(b: Builder, summary: PricingSummary) -> None:
    """Write the name and description of a proposal's only package above its price list."""
    if len(summary.packages) != 1:
        return
    package = summary.packages[0].package
    text = (
        b.t("proposal.package_line", name=package.name, description=package.description)
        if package.description
        else package.name
    )
    b.w.paragraph(text, bold=True)


def _package_name(b: Builder, package: Any) -> str:
    return package.name if package.name.startswith(package.id) else f"{package.id} {package.name}"


def _package_header(b: Builder, total: PackageTotal) -> str:
    name = _package_name(b, total.package)
    return name + ("\n" + b.t("proposal.package_recommended").strip() if total.recommended else "")


def _line_cells(
    b: Builder, number: int, line: PricedLine, keys: list[str], packages: tuple[PackageTotal, ...]
) -> list[str]:
    item, texts = line.item, b.texts
    quantity = texts.number(item.quantity) + (f" {item.unit}" if item.unit else "")
    values = {
        "no": str(number),
        "item": item.name + (f"\n{item.spec}" if item.spec else ""),
        "quantity": quantity,
        "unit_price": texts.money(item.unit_price),
        "discount": texts.percent(item.discount) if item.discount else "",
    }
    cells = [values[k] for k in keys]
    cells += [texts.money(line.amount) if p.contains(line) else b.t("proposal.package_not_included") for p in packages]
    return cells


def _figures_row(
    b: Builder, table: Any, columns: list[Column], label_span: int, label: str, values: list[str], strong: bool
) -> list[Any]:
    """Append a row: `label` across the first `label_span` columns, then one figure per package column;
    return [label cell, *figure cells]."""
    cells = b.w.add_row(table, [""] * label_span + values, columns, bold=strong)
    label_cell = b.w.merge_across(cells, 0, label_span - 1)
    paragraph = label_cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # like the totals of the price table
    b.w.run(paragraph, label, bold=strong)
    return [label_cell] + cells[label_span:]


def _keep_with_next(cell: Any) -> None:
    """Keep a group's heading row on the page of the group's first line."""
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.keep_with_next = True


def _capitals_row(b: Builder, table: Any, columns: list[Column], label_span: int, label: str, text: str) -> None:
    """Append a row: `label` across the first `label_span` columns, `text` across the package columns."""
    cells = b.w.add_row(table, [""] * len(columns), columns, bold=True)
    label_cell = b.w.merge_across(cells, 0, label_span - 1)
    value_cell = b.w.merge_across(cells, label_span, len(cells) - 1)
    label_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    value_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    b.w.run(label_cell.paragraphs[0], label, bold=True)
    b.w.run(value_cell.paragraphs[0], text, bold=True)


def _mark_recommended(b: Builder, cells: list[Any], fill: str) -> None:
    for cell in cells:
        _shade(cell, fill)


def _shade(cell: Any, fill: str) -> None:
    from generator.render.kit import docx_kit

    docx_kit.set_cell_shading(cell, fill)


# --- commercial terms -------------------------------------------------------------------


def terms_section(b: Builder) -> None:
    """Write the 商务条款 / Commercial terms section: one row per term, label and text."""
    proposal = b.proposal
    if proposal.terms is None:
        return
    rows = [(b.t(f"proposal.term_{name}"), lines) for name, lines in commercial_terms(proposal)]
    if proposal.valid_until and not proposal.terms.validity:
        validity = (
            b.t("proposal.term_validity"),
            [b.t("proposal.validity_text", date=b.texts.date(proposal.valid_until))],
        )
        position = next((i for i, (label, _) in enumerate(rows) if label == b.t("proposal.term_other")), len(rows))
        rows.insert(position, validity)
    if not rows:
        return
    b.heading(1, b.t("proposal.terms"))
    numbered = [
        (label, [f"{i}. {line}" for i, line in enumerate(lines, 1)] if len(lines) > 1 else lines)
        for label, lines in rows
    ]
    b.w.record(numbered, label_width=1.2, value_width=5.2)


# --- the service catalogue ----------------------------------------------------------------

SERVICE_COLUMNS = ("technical", "mode", "charge", "response")


def service_table(b: Builder, services: list[Any]) -> None:
    """Write the service system grouped by pre-, in- and after-sale, with the columns the data fills:
    service, description, technical or not, mode, charge (with the price) and response."""
    t, texts = b.t, b.texts
    used = [
        key
        for key in SERVICE_COLUMNS
        if any(getattr(s, key) is not None for s in services)
        or (key == "charge" and any(s.price is not None for s in services))
    ]
    described = any(s.description for s in services)
    # The short columns get the width of their longest text (header or value) so no word breaks;
    # the name and the description share what is left of about 80 cells.
    widths = {
        key: max(
            display_width(text)
            for text in [t(f"proposal.service_{key}")] + [_service_cell(b, s, key) for s in services]
        )
        + 3.2
        for key in used
    }
    room = max(30.0, 80.0 - sum(widths.values()))
    longest_name = max(display_width(s.name) for s in services) + 2.2
    name_width = min(longest_name, room * 0.4) if described else room
    columns = [Column(t("proposal.service_name"), name_width)]
    if described:
        columns.append(Column(t("common.description"), room - name_width))
    columns += [Column(t(f"proposal.service_{key}"), widths[key], "center") for key in used]
    table = b.w.table(columns, [])
    kinds = [k for k in list(ServiceKind) + [None] if any(s.kind == k for s in services)]
    grouped = kinds != [None]
    for kind in kinds:
        if grouped:
            _keep_with_next(b.w.add_full_row(table, texts.term(kind) if kind else t("proposal.service_other")))
        for service in (s for s in services if s.kind == kind):
            cells = [service.name] + ([service.description or ""] if described else [])
            cells += [_service_cell(b, service, key) for key in used]
            b.w.add_row(table, cells, columns)
    if any(s.paid and s.price is not None for s in services):
        b.w.paragraph(t("proposal.service_priced_note"), "Note")


def _service_cell(b: Builder, service: Any, key: str) -> str:
    if key == "technical":
        if service.technical is None:
            return ""
        return b.t("proposal.service_is_technical" if service.technical else "proposal.service_not_technical")
    if key == "charge":
        if service.paid and service.price is not None:
            return b.t("proposal.service_paid_price", price=b.texts.money(service.price))
        charge = service.charge
        return b.texts.term(charge) if charge else ""
    if key == "mode":
        return b.texts.term(service.mode) if service.mode else ""
    return service.response or ""


# --- customer value by kind ---------------------------------------------------------------


def value_table(b: Builder, value: Any) -> None:
    """Write benefits against costs; when lines name their kind, each side is grouped by kind
    (product, service, personnel, image value; money, time, energy, psychic cost) with subtotals."""
    summary = summarise_value(value)
    t, money = b.t, b.texts.money
    columns = [Column(t("proposal.item"), 5), Column(t("proposal.amount"), 2, "right")]
    table = b.w.table(columns, [])
    for key, groups, total_key, total in (
        ("proposal.value_benefits", summary.benefit_groups, "proposal.value_total_benefits", summary.total_benefits),
        ("proposal.value_costs", summary.cost_groups, "proposal.value_total_costs", summary.total_costs),
    ):
        if not groups:
            continue
        b.w.add_full_row(table, t(key))
        for group in groups:
            _value_group(b, table, columns, group, summary.by_kind)
        b.w.add_spanning_row(table, t(total_key), money(total), columns, bold=True)
    if value.benefits and value.costs:
        b.w.add_spanning_row(table, t("proposal.value_net"), money(summary.net), columns, bold=True, shade=TOTAL_SHADE)
        if summary.ratio is not None:
            b.w.add_spanning_row(table, t("proposal.value_ratio"), b.texts.number(summary.ratio), columns, bold=True)


def _value_group(b: Builder, table: Any, columns: list[Column], group: ValueGroup, by_kind: bool) -> None:
    money = b.texts.money
    if by_kind:
        name = b.texts.term(group.kind) if group.kind is not None else b.t("proposal.value_kind_other")
        _keep_with_next(b.w.add_full_row(table, name, bold=False, shade="F4F6F9"))
    for line in group.lines:
        b.w.add_row(table, [line.item, money(line.amount) if line.amount is not None else ""], columns)
    priced = [line for line in group.lines if line.amount is not None]
    if by_kind and len(priced) > 1:
        name = b.texts.term(group.kind) if group.kind is not None else b.t("proposal.value_kind_other")
        b.w.add_spanning_row(table, b.t("proposal.value_kind_subtotal", kind=name), money(group.total), columns)
