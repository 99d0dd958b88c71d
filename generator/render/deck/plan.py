"""What the pitch deck says, slide by slide, in the method's presenting order (DOMAIN §1).

Pure: a CustomerView and the pricing summary in, a list of `SlideSpec` out; no
python-pptx here. The renderer (deck.py) lays each spec out on the company master,
fitting text and continuing onto follow-up slides where it must.

Order: title → attention → thanks → value → agenda → three to five points →
requirement response → implementation → pricing → credentials → summary → call to act. A slide whose data
is absent is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from generator.analysis.pricing import PricingSummary, proposal_pricing
from generator.analysis.value import summarise_value
from generator.i18n import Texts
from generator.models.brief import Offering
from generator.render.customer_view import CustomerView
from generator.render.kit.text_fit import Para

MAX_POINTS = 5


@dataclass(frozen=True)
class TableSpec:
    """A native table: header, rows of cell texts, relative column widths, alignment per column;
    `strong` rows are set bold (totals), `section` rows are headings spanning the table."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[str, ...]
    strong: frozenset[int] = frozenset()
    section: frozenset[int] = frozenset()
    keep_tail: int = 0  # the last rows (totals) stay together on one slide


@dataclass(frozen=True)
class ChartSpec:
    """A native bar/column chart: categories along one axis, one or more series of amounts."""

    kind: str  # "bar" (horizontal, one series) or "stacked" (columns, one series per item)
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[Decimal, ...]], ...]
    number_format: str
    scale: Decimal = Decimal(1)  # values are divided by this for display (万 in Chinese)
    legend: bool = False


@dataclass(frozen=True)
class Card:
    """One package as a card: its name, a badge when recommended, its lines and its total."""

    title: str
    badge: str | None
    lines: tuple[Para, ...]
    figure: str
    caption: str
    highlight: bool = False


@dataclass(frozen=True)
class CardsSpec:
    """Cards side by side, one per package (the recommended one highlighted)."""

    cards: tuple[Card, ...]
    note: str | None = None  # a line under the cards (the optional items)


@dataclass(frozen=True)
class StatementSpec:
    """The attention slide: one big figure or phrase, the sentence it comes from, and its source."""

    figure: str
    text: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class CompareSpec:
    """The value slide's comparison: benefits against costs as two bars, with the ratio the proposal shows."""

    benefit_label: str
    benefit_figure: str
    benefit: Decimal
    cost_label: str
    cost_figure: str
    cost: Decimal
    ratio_label: str
    ratio_figure: str | None
    net: str | None = None


@dataclass(frozen=True)
class Fab:
    """One offering as a card: feature → advantage → benefit, and its picture."""

    name: str
    description: str | None
    steps: tuple[tuple[str, str], ...]  # (label, text), in the method's order
    image: str | None = None


@dataclass(frozen=True)
class FabSpec:
    """Offering cards, one per offering, at most four on a slide (continued when more)."""

    cards: tuple[Fab, ...]
    continued: bool = False  # a part of a longer row of cards (drawn as cards even when alone)


@dataclass(frozen=True)
class PhaseSpec:
    """One phase on the timeline: name, dates, the period as shown, and its deliverables."""

    name: str
    period: str
    start: dt.date | None
    end: dt.date | None
    deliverables: tuple[str, ...]


@dataclass(frozen=True)
class TimelineSpec:
    """The implementation plan as chevrons on a dated axis (continued past six phases)."""

    phases: tuple[PhaseSpec, ...]


@dataclass(frozen=True)
class Tile:
    """One stage of the service system (pre-sale, in-sale, after-sale): its services and promises."""

    heading: str
    items: tuple[tuple[str, str | None], ...]  # (service, its promise)


@dataclass(frozen=True)
class ChallengesSpec:
    """The customer's problems as cards on the left, our answer in an accent panel on the right."""

    challenges_heading: str
    challenges: tuple[tuple[str, str | None], ...]  # (problem, the harm it does)
    answer_heading: str
    overview: str | None
    offerings: tuple[str, ...]


@dataclass(frozen=True)
class TilesSpec:
    """Service tiles side by side."""

    tiles: tuple[Tile, ...]


@dataclass(frozen=True)
class Case:
    """A reference case: the customer, the project line and the result in large type."""

    customer: str
    detail: str | None
    result: str | None
    image: str | None = None


@dataclass(frozen=True)
class CasesSpec:
    """Case cards (at most three a slide), the company profile above, the certificates as a strip below."""

    cases: tuple[Case, ...]
    profile: str | None
    strip_label: str
    strip: tuple[str, ...]


@dataclass(frozen=True)
class AgendaSpec:
    """The agenda as numbered rows."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class TakeawaysSpec:
    """The summary: the key points as numbered bands filling the slide."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Milestone:
    """A next step on the closing slide, with its date when the step starts with one (YYYY-MM-DD)."""

    when: str | None
    text: str


@dataclass(frozen=True)
class ClosingSpec:
    """The closing slide: the ask, the next steps as milestones, the contact and our logo."""

    statement: str | None
    steps: tuple[Milestone, ...]
    contact_heading: str
    contact: tuple[str, ...]
    logo: str | None = None


@dataclass(frozen=True)
class CoverSpec:
    """The title slide's pictures: the customer's logo and ours."""

    customer_logo: str | None
    seller_logo: str | None


VISUALS = (
    ChallengesSpec,
    StatementSpec,
    CompareSpec,
    FabSpec,
    TimelineSpec,
    TilesSpec,
    CasesSpec,
    AgendaSpec,
    TakeawaysSpec,
    ClosingSpec,
)
Region = (
    list[Para]
    | TableSpec
    | ChartSpec
    | CardsSpec
    | StatementSpec
    | CompareSpec
    | FabSpec
    | TimelineSpec
    | ChallengesSpec
    | TilesSpec
    | CasesSpec
    | AgendaSpec
    | TakeawaysSpec
    | ClosingSpec
)


@dataclass
class SlideSpec:
    """One slide of the plan (it may continue onto follow-up slides when rendered)."""

    kind: (
        str  # title, attention, thanks, value, agenda, point, responses, timeline, pricing, credentials, summary, call
    )
    layout: str  # a layout role: title, section, content, two, title_only
    title: str
    regions: list[Region] = field(default_factory=list)
    progress: tuple[int, tuple[str, ...]] | None = None  # (place, agenda items) for the progress marker
    cover: CoverSpec | None = None


@dataclass(frozen=True)
class Point:
    """One of the three to five points of the content: its slide and its line in agenda and summary."""

    title: str
    summary: str
    slide: SlideSpec


def plan_deck(view: CustomerView) -> list[SlideSpec]:
    """Return the deck's slides in presenting order, leaving out those whose data is absent."""
    t = Texts(view.language, view.currency)
    pricing = pricing_figures(view)
    points = _points(view, t)
    later = [
        s for s in (_responses(view, t), _timeline(view, t), _pricing(view, t, pricing), _credentials(view, t)) if s
    ]
    call = _call(view, t)
    slides = [_title(view, t), _attention(view, t), _thanks(view, t), _value(view, t), _agenda(t, points, later, call)]
    slides += [p.slide for p in points] + later
    slides += [_summary(view, t, points), call]
    agenda = slides[4]
    if agenda is not None:
        agenda_spec = agenda.regions[0]
        assert isinstance(agenda_spec, AgendaSpec), "the agenda slide holds the agenda"
        items = agenda_spec.items
        for place, spec in enumerate([p.slide for p in points] + later + ([call] if call else []), 1):
            spec.progress = (place, items)
    return [s for s in slides if s is not None]


def pricing_figures(view: CustomerView) -> PricingSummary | None:
    """Return the pricing summary the deck shows (the proposal's: same function, same rounding), or None."""
    return proposal_pricing(view.proposal, Texts(view.language, view.currency).minor_unit)


def _customer(view: CustomerView) -> str:
    return view.account_short_name or view.account_name


def _seller(view: CustomerView) -> str:
    return view.seller.short_name or view.seller.name


def _lines(items: Sequence[str | None], **kw) -> list[Para]:
    """Return a paragraph per non-empty item."""
    return [Para(i, **kw) for i in items if i]


# --- opening ------------------------------------------------------------------------------


def _title(view: CustomerView, t: Texts) -> SlideSpec:
    subtitle = [
        Para(t.t("deck.prepared_for", customer=view.account_name), bullet=False),
        Para(view.seller.name, bullet=False),
    ]
    if view.proposal.date:
        subtitle.append(Para(t.date(view.proposal.date), bullet=False, scale=0.85))
    cover = CoverSpec(view.account_logo, view.seller.logo) if view.account_logo or view.seller.logo else None
    return SlideSpec("title", "title", view.proposal.title, [subtitle], cover=cover)


def _attention(view: CustomerView, t: Texts) -> SlideSpec | None:
    deck = view.proposal.deck
    if deck and deck.hook:
        return SlideSpec("attention", "title_only", deck.hook, [_statement(deck.hook, None)])
    if view.proposal.challenges:
        # Briefs list challenges by weight: the first is the largest.
        challenge = view.proposal.challenges[0]
        return SlideSpec(
            "attention", "title_only", challenge.problem, [_statement(challenge.problem, challenge.impact)]
        )
    return None


# A figure a phrase leads with: 0.8 %, 38%, 2.5×, 360万, $380,000, ¥1.2亿
_FIGURE = re.compile(r"[$¥€£]\s?\d[\d,.]*\s?(?:万|亿|千|k|K|M)?|\d[\d,.]*\s?(?:%|％|×|倍|万元|亿元|万|亿|元)")
FIGURE_MAX = 12  # characters of a figure set apart in large type


def _statement(text: str, source: str | None) -> StatementSpec:
    """Return the attention statement: the phrase's figure in large type when it has one, else the phrase."""
    match = _FIGURE.search(text)
    if match and len(match.group().strip()) <= FIGURE_MAX and match.group().strip() != text.strip():
        return StatementSpec(match.group().strip(), text, source)
    return StatementSpec(text, None, source)


def _thanks(view: CustomerView, t: Texts) -> SlideSpec:
    return SlideSpec(
        "thanks",
        "section",
        t.t("deck.thanks_title", customer=_customer(view)),
        [[Para(t.t("deck.thanks_text", seller=_seller(view)), bullet=False)]],
    )


def _value(view: CustomerView, t: Texts) -> SlideSpec | None:
    proposal = view.proposal
    title = t.t("deck.value_title", customer=_customer(view))
    value = proposal.value
    if value and value.benefits:
        lines = _value_lines(t, value)
        priced = [b for b in value.benefits if b.amount is not None] + [c for c in value.costs if c.amount is not None]
        if not priced:
            return SlideSpec("value", "content", title, [lines])
        summary = summarise_value(value)
        ratio = t.t("deck.value_ratio_figure", ratio=t.number(summary.ratio)) if summary.ratio is not None else None
        net = t.t("deck.value_net", amount=t.money(summary.net)) if value.costs else None
        compare = CompareSpec(
            t.t("deck.chart_benefits"),
            t.money(summary.total_benefits),
            summary.total_benefits,
            t.t("deck.chart_costs"),
            t.money(summary.total_costs),
            summary.total_costs,
            t.t("deck.value_ratio"),
            ratio,
            net,
        )
        return SlideSpec("value", "two", title, [lines, compare])
    benefits = [o for o in (proposal.solution.offerings if proposal.solution else []) if o.benefit]
    if benefits:
        return SlideSpec(
            "value", "content", title, [[Para(f"{o.name}{t.t('common.colon')}{o.benefit}") for o in benefits]]
        )
    impacts = [c for c in proposal.challenges if c.impact]
    if impacts:
        return SlideSpec(
            "value",
            "content",
            title,
            [[Para(t.t("deck.challenge_line", problem=c.problem, impact=c.impact)) for c in impacts]],
        )
    return None


def _value_lines(t: Texts, value) -> list[Para]:
    """Return the benefits as bullets; when they name their kind, under a heading per kind."""
    summary = summarise_value(value)

    def line(b, level: int = 0) -> Para:
        text = t.t("deck.value_benefit_line", item=b.item, amount=t.money(b.amount)) if b.amount is not None else b.item
        return Para(text, level=level)

    if not summary.by_kind:
        return [line(b) for b in value.benefits]
    out = []
    for group in summary.benefit_groups:
        out.append(
            Para(t.term(group.kind) if group.kind is not None else t.t("deck.uncategorised"), bullet=False, bold=True)
        )
        out += [line(b) for b in group.lines]
    costs = [g for g in summary.cost_groups if g.kind is not None and g.kind.value != "money"]
    if costs:  # the costs beyond money the customer saves or bears, by kind
        for group in costs:
            out.append(Para(t.term(group.kind), bullet=False, bold=True))
            out += [line(c) for c in group.lines]
    return out


def _money_format(t: Texts, top: Decimal) -> tuple[str, Decimal]:
    """Return (number format, divisor) for amounts up to `top` on a chart axis."""
    if t.language == "zh":
        unit = "元" if t.currency == "CNY" else t.currency
        if top >= 100_000:
            return f'#,##0.0"万{unit}"', Decimal(10_000)
        return f'#,##0"{unit}"', Decimal(1)
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(t.currency, locale=t.locale)
    if top >= 1_000_000:
        return f'"{symbol}"#,##0.00,,"M"', Decimal(1)
    if top >= 10_000:
        return f'"{symbol}"#,##0,"K"', Decimal(1)
    return f'"{symbol}"#,##0', Decimal(1)


def _agenda(t: Texts, points: list[Point], later: list[SlideSpec], call: SlideSpec | None) -> SlideSpec | None:
    titles = [p.title for p in points] + [s.title for s in later] + ([call.title] if call else [])
    if len(titles) < 3:  # an agenda of one or two items says nothing the slides don't
        return None
    return SlideSpec("agenda", "title_only", t.t("deck.agenda_title"), [AgendaSpec(tuple(titles))])


# --- the points ---------------------------------------------------------------------------


def _points(view: CustomerView, t: Texts) -> list[Point]:
    """Return the content in at most five points: the challenges answered, the offerings
    (grouped when there are more than the slots left, never dropped), the service system."""
    proposal = view.proposal
    solution = proposal.solution
    offerings = list(solution.offerings) if solution else []
    services = list(solution.service) if solution else []
    first = _challenge_point(view, t) if proposal.challenges else None
    last = _service_point(t, services) if services else None
    slots = MAX_POINTS - (first is not None) - (last is not None)
    groups = _groups(offerings, slots)
    middle = [_offering_point(t, group, index, len(groups)) for index, group in enumerate(groups, 1)]
    return [p for p in [first, *middle, last] if p is not None]


def _groups(items: list[Offering], slots: int) -> list[list[Offering]]:
    """Return `items` in order, in at most `slots` groups whose sizes differ by at most one."""
    if not items:
        return []
    count = min(len(items), max(slots, 1))
    size, extra = divmod(len(items), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(items[start:end])
        start = end
    return groups


def _challenge_point(view: CustomerView, t: Texts) -> Point:
    """Return the customer's challenges beside our answer (the overview and the offerings that meet them)."""
    proposal = view.proposal
    solution = proposal.solution
    spec = ChallengesSpec(
        t.t("deck.challenges_heading"),
        tuple((c.problem, c.impact or None) for c in proposal.challenges),
        t.t("deck.answer_heading"),
        solution.overview if solution and solution.overview else None,
        tuple(o.name for o in (solution.offerings if solution else [])),
    )
    title = t.t("deck.challenges_title")
    summary = solution.overview if solution and solution.overview else t.join([c.problem for c in proposal.challenges])
    return Point(title, summary, SlideSpec("point", "title_only", title, [spec]))


# A grouped point is titled by its offerings' names while they read as a title; past this
# many characters, by its place among the groups (the names are all on the slide).
GROUP_TITLE_MAX = 36


def _fab(t: Texts, offering: Offering) -> Fab:
    steps = tuple(
        (t.t(f"deck.fab_{key}"), getattr(offering, key))
        for key in ("feature", "advantage", "benefit")
        if getattr(offering, key)
    )
    return Fab(offering.name, offering.description, steps, offering.image)


def _offering_point(t: Texts, group: list[Offering], index: int, count: int) -> Point:
    cards = FabSpec(tuple(_fab(t, o) for o in group))
    if len(group) == 1:
        offering = group[0]
        summary = f"{offering.name}{t.t('common.colon')}{offering.benefit}" if offering.benefit else offering.name
        return Point(offering.name, summary, SlideSpec("point", "title_only", offering.name, [cards]))
    names = t.join([o.name for o in group])
    title = names if len(names) <= GROUP_TITLE_MAX else t.t("deck.point_group_title", index=index, count=count)
    return Point(title, names, SlideSpec("point", "title_only", title, [cards]))


def _service_point(t: Texts, services: list) -> Point:
    """Return the service system as tiles: one per stage (pre-sale, in-sale, after-sale), in that order."""
    from generator.models.enums import ServiceKind

    tiles = []
    for kind in [*ServiceKind, None]:
        chosen = [s for s in services if s.kind == kind]
        if not chosen:
            continue
        items = []
        for service in chosen:
            promise = [service.description] if service.description else []
            terms = [t.term(v) for v in (service.mode, service.charge) if v is not None]
            if service.response:
                terms.append(t.t("deck.service_response", response=service.response))
            if terms:
                promise.append(" · ".join(terms))
            items.append((service.name, "\n".join(promise) or None))
        tiles.append(Tile(t.term(kind) if kind is not None else t.t("deck.service_other"), tuple(items)))
    title = t.t("deck.service_title")
    return Point(
        title, t.join([s.name for s in services]), SlideSpec("point", "title_only", title, [TilesSpec(tuple(tiles))])
    )


# --- requirement response, implementation, pricing, credentials ----------------------------


def _responses(view: CustomerView, t: Texts) -> SlideSpec | None:
    """Return the slide answering the purchase criteria one by one (a native table), or None."""
    responses = view.responses
    if not responses:
        return None
    with_offering = any(r.offering for r in responses)
    with_deviation = any(r.deviation for r in responses)
    header: tuple[str, ...] = (t.t("deck.criterion"), t.t("deck.how_we_meet"))
    widths: tuple[float, ...] = (0.3, 0.45)
    align: tuple[str, ...] = ("l", "l")
    if with_offering:
        header, widths, align = header + (t.t("deck.offering"),), widths + (0.25,), align + ("l",)
    if with_deviation:
        header, widths, align = header + (t.t("deck.deviation"),), widths + (0.14,), align + ("ctr",)
    rows = []
    for response in responses:
        row: tuple[str, ...] = (response.criterion, response.response or "")
        row += (response.offering or "",) if with_offering else ()
        row += (t.term(response.deviation),) if with_deviation else ()
        rows.append(row)
    table = TableSpec(header, tuple(rows), widths, align)
    return SlideSpec("responses", "content", t.t("deck.responses_title"), [table])


def _timeline(view: CustomerView, t: Texts) -> SlideSpec | None:
    solution = view.proposal.solution
    phases = solution.implementation if solution else []
    if not phases:
        return None
    rows = []
    for phase in phases:
        if phase.start and phase.end:
            period = t.t("deck.period_range", start=t.short_date(phase.start), end=t.short_date(phase.end))
        elif phase.start:
            period = t.t("deck.period_from", start=t.short_date(phase.start))
        elif phase.end:
            period = t.t("deck.period_until", end=t.short_date(phase.end))
        else:
            period = ""
        rows.append(PhaseSpec(phase.phase, period, phase.start, phase.end, tuple(d for d in phase.deliverables if d)))
    timeline = TimelineSpec(tuple(rows))
    return SlideSpec("timeline", "title_only", t.t("deck.timeline_title"), [timeline])


def _packages(t: Texts, summary: PricingSummary) -> SlideSpec:
    """Return the slide of package cards: the options the customer chooses between, each with its total."""
    taxed = bool(summary.tax_rate)
    names = {p.package.id: p.package.name for p in summary.packages}
    cards = []
    for option in summary.packages:
        package = option.package
        lines = [Para(package.description, bullet=False, scale=0.85)] if package.description else []
        included = [names[i] for i in package.includes if i in names and i != package.id]
        if included:
            lines.append(Para(t.t("deck.package_includes", names=t.join(included)), bullet=False, scale=0.75))
        if taxed:
            lines.append(
                Para(
                    t.t("deck.package_subtotal_line", subtotal=t.money(option.subtotal), tax=t.money(option.tax)),
                    bullet=False,
                    scale=0.7,
                )
            )
        cards.append(
            Card(
                package.name,
                t.t("deck.package_recommended") if option.recommended else None,
                tuple(lines),
                t.money(option.total),
                t.t("deck.package_total") if taxed else t.t("deck.package_total_no_tax"),
                option.recommended,
            )
        )
    note = (
        t.t("deck.packages_options", names=t.join([line.item.name for line in summary.optional_lines]))
        if summary.optional_lines
        else None
    )
    return SlideSpec("pricing", "content", t.t("deck.packages_title"), [CardsSpec(tuple(cards), note)])


def _pricing(view: CustomerView, t: Texts, summary: PricingSummary | None) -> SlideSpec | None:
    if summary is None:
        return None
    if len(summary.packages) > 1:
        return _packages(t, summary)
    rows: list[tuple[str, str]] = []
    strong, section = set(), set()
    for category in summary.categories:
        rows.append((category.name or t.t("deck.uncategorised"), t.money(category.subtotal)))
    taxed = bool(summary.tax_rate)
    tail_start = len(rows)
    if summary.categories:
        if summary.tax_rate:  # the same test as `taxed`, spelled so the type checker sees the rate
            strong.add(len(rows))
            rows.append((t.t("deck.subtotal"), t.money(summary.subtotal)))
            rows.append((t.t("deck.tax", rate=t.percent(summary.tax_rate)), t.money(summary.tax)))
        strong.add(len(rows))
        rows.append((t.t("deck.total") if taxed else t.t("deck.total_no_tax"), t.money(summary.total)))
    if summary.optional_lines:
        section.add(len(rows))
        rows.append((t.t("deck.optional_items"), ""))
        for line in summary.optional_lines:
            rows.append((line.item.name, t.money(line.amount)))
        strong.add(len(rows))
        rows.append(
            (
                t.t("deck.total_with_options") if taxed else t.t("deck.total_with_options_no_tax"),
                t.money(summary.total_with_options),
            )
        )
    table = TableSpec(
        (t.t("deck.category"), t.t("deck.amount")),
        tuple(rows),
        (0.55, 0.45),
        ("l", "r"),
        frozenset(strong),
        frozenset(section),
        keep_tail=len(rows) - tail_start,
    )
    title = t.t("deck.pricing_title")
    if len(summary.categories) >= 2:
        fmt, scale = _money_format(t, max(c.subtotal for c in summary.categories))
        names = tuple(c.name or t.t("deck.uncategorised") for c in summary.categories)
        chart = ChartSpec(
            "bar", names, ((t.t("deck.chart_subtotals"), tuple(c.subtotal for c in summary.categories)),), fmt, scale
        )
        return SlideSpec("pricing", "two", title, [table, chart])
    return SlideSpec("pricing", "content", title, [table])


def _credentials(view: CustomerView, t: Texts) -> SlideSpec | None:
    credentials = view.seller.credentials
    if credentials is None:
        return None
    cases = tuple(Case(ref.customer, _reference_head(ref), ref.result, ref.image) for ref in credentials.references)
    recognition = tuple(credentials.certifications + credentials.awards + credentials.qualifications)
    if not (cases or recognition or credentials.profile):
        return None
    spec = CasesSpec(cases, credentials.profile, t.t("deck.certificates"), recognition)
    return SlideSpec("credentials", "title_only", t.t("deck.credentials_title", seller=_seller(view)), [spec])


def _reference_head(ref) -> str | None:
    """Return a case's project and year as one line, or None."""
    parts = [ref.project, str(ref.year) if ref.year else None]
    return " · ".join(p for p in parts if p) or None


def _reference_detail(t: Texts, ref) -> str:
    parts = [ref.project, str(ref.year) if ref.year else None]
    if ref.project and ref.year and ref.result:
        return t.t("deck.reference_line", project=ref.project, year=ref.year, result=ref.result)
    head = " ".join(p for p in parts if p)
    if ref.result:
        return f"{head}{t.t('common.colon')}{ref.result}" if head else ref.result
    return head


# --- closing ------------------------------------------------------------------------------


def _summary(view: CustomerView, t: Texts, points: list[Point]) -> SlideSpec | None:
    deck = view.proposal.deck
    items = list(deck.key_points) if deck and deck.key_points else [p.summary for p in points]
    if not items:
        return None
    return SlideSpec("summary", "title_only", t.t("deck.summary_title"), [TakeawaysSpec(tuple(i for i in items if i))])


def _call(view: CustomerView, t: Texts) -> SlideSpec | None:
    proposal = view.proposal
    steps = tuple(_milestone(t, step) for step in (proposal.deck.next_steps if proposal.deck else []))
    contact: list[str] = []
    person = view.seller.contact
    if person:
        name = f"{person.name} {person.title}" if person.title else person.name
        contact.append(t.t("deck.contact_line", name=name))
        if person.phone:
            contact.append(t.t("deck.phone_line", phone=person.phone))
        if person.email:
            contact.append(t.t("deck.email_line", email=person.email))
    if not (proposal.closing or steps or contact):
        return None
    spec = ClosingSpec(proposal.closing, steps, t.t("deck.contact_heading"), tuple(contact), view.seller.logo)
    return SlideSpec("call", "title_only", t.t("deck.call_title"), [spec])


_DATED = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*[:：\-–—]?\s*(.+)$", re.S)


def _milestone(t: Texts, step: str) -> Milestone:
    """Return a next step as a milestone: a leading ISO date (2026-12-15 …) becomes its date label."""
    match = _DATED.match(step)
    if match:
        try:
            when = dt.date.fromisoformat(match.group(1))
        except ValueError:
            return Milestone(None, step)
        return Milestone(t.short_date(when), match.group(2).strip())
    return Milestone(None, step)
