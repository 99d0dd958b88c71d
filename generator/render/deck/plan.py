"""What the pitch deck says, slide by slide, in the method's presenting order (DOMAIN §1).

Pure: a CustomerView and the pricing summary in, a list of `SlideSpec` out; no
python-pptx here. The renderer (deck.py) lays each spec out on the company master,
fitting text and continuing onto follow-up slides where it must.

Order: title → attention → thanks → value → agenda → three to five points →
requirement response → implementation → pricing → credentials → summary → call to act. A slide whose data
is absent is left out.
"""

from __future__ import annotations

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


Region = list[Para] | TableSpec | ChartSpec | CardsSpec


@dataclass
class SlideSpec:
    """One slide of the plan (it may continue onto follow-up slides when rendered)."""

    kind: str     # title, attention, thanks, value, agenda, point, responses, timeline, pricing, credentials, summary, call
    layout: str   # a layout role: title, section, content, two, title_only
    title: str
    regions: list[Region] = field(default_factory=list)


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
    later = [s for s in (_responses(view, t), _timeline(view, t), _pricing(view, t, pricing), _credentials(view, t)) if s]
    call = _call(view, t)
    slides = [_title(view, t), _attention(view, t), _thanks(view, t), _value(view, t), _agenda(t, points, later, call)]
    slides += [p.slide for p in points] + later
    slides += [_summary(view, t, points), call]
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
    subtitle = [Para(t.t("deck.prepared_for", customer=view.account_name), bullet=False),
                Para(view.seller.name, bullet=False)]
    if view.proposal.date:
        subtitle.append(Para(t.date(view.proposal.date), bullet=False, scale=0.85))
    return SlideSpec("title", "title", view.proposal.title, [subtitle])


def _attention(view: CustomerView, t: Texts) -> SlideSpec | None:
    deck = view.proposal.deck
    if deck and deck.hook:
        return SlideSpec("attention", "section", deck.hook, [[]])
    if view.proposal.challenges:
        # Briefs list challenges by weight: the first is the largest.
        challenge = view.proposal.challenges[0]
        body = [Para(challenge.impact, bullet=False)] if challenge.impact else []
        return SlideSpec("attention", "section", challenge.problem, [body])
    return None


def _thanks(view: CustomerView, t: Texts) -> SlideSpec:
    return SlideSpec("thanks", "section", t.t("deck.thanks_title", customer=_customer(view)),
                     [[Para(t.t("deck.thanks_text", seller=_seller(view)), bullet=False)]])


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
        lines.append(Para(t.t("deck.value_total_benefits", amount=t.money(summary.total_benefits)), bullet=False, bold=True))
        if value.costs:
            lines.append(Para(t.t("deck.value_total_costs", amount=t.money(summary.total_costs)), bullet=False, bold=True))
        categories = (t.t("deck.chart_benefits"), t.t("deck.chart_costs"))
        series = tuple((b.item, (b.amount, Decimal(0))) for b in value.benefits if b.amount is not None)
        series += tuple((c.item, (Decimal(0), c.amount)) for c in value.costs if c.amount is not None)
        top = max(summary.total_benefits, summary.total_costs)
        fmt, scale = _money_format(t, top)
        chart = ChartSpec("stacked", categories, series, fmt, scale, legend=True)
        return SlideSpec("value", "two", title, [lines, chart])
    benefits = [o for o in (proposal.solution.offerings if proposal.solution else []) if o.benefit]
    if benefits:
        return SlideSpec("value", "content", title, [[Para(f"{o.name}{t.t('common.colon')}{o.benefit}") for o in benefits]])
    impacts = [c for c in proposal.challenges if c.impact]
    if impacts:
        return SlideSpec("value", "content", title,
                         [[Para(t.t("deck.challenge_line", problem=c.problem, impact=c.impact)) for c in impacts]])
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
        out.append(Para(t.term(group.kind) if group.kind is not None else t.t("deck.uncategorised"), bullet=False, bold=True))
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
    return SlideSpec("agenda", "content", t.t("deck.agenda_title"),
                     [[Para(f"{i}. {title}", bullet=False) for i, title in enumerate(titles, 1)]])


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
    proposal = view.proposal
    left = [Para(t.t("deck.challenges_heading"), bullet=False, bold=True)]
    for challenge in proposal.challenges:
        left.append(Para(challenge.problem, bold=True))
        if challenge.impact:
            left.append(Para(challenge.impact, level=1))
    right = [Para(t.t("deck.answer_heading"), bullet=False, bold=True)]
    solution = proposal.solution
    if solution and solution.overview:
        right.append(Para(solution.overview, bullet=False))
    right += [Para(o.name) for o in (solution.offerings if solution else [])]
    title = t.t("deck.challenges_title")
    regions: list[Region] = [left, right] if len(right) > 1 else [left]
    slide = SlideSpec("point", "two" if len(regions) == 2 else "content", title, regions)
    summary = solution.overview if solution and solution.overview else t.join([c.problem for c in proposal.challenges])
    return Point(title, summary, slide)


# A grouped point is titled by its offerings' names while they read as a title; past this
# many characters, by its place among the groups (the names are all on the slide).
GROUP_TITLE_MAX = 36


def _offering_point(t: Texts, group: list[Offering], index: int, count: int) -> Point:
    if len(group) == 1:
        offering = group[0]
        body = _lines([offering.description], bullet=False)
        for key in ("feature", "advantage", "benefit"):
            text = getattr(offering, key)
            if text:
                body.append(Para(t.t(f"deck.{key}", text=text)))
        summary = f"{offering.name}{t.t('common.colon')}{offering.benefit}" if offering.benefit else offering.name
        return Point(offering.name, summary, SlideSpec("point", "content", offering.name, [body or [Para(offering.name)]]))
    body = []
    for offering in group:
        body.append(Para(offering.name, bold=True))
        if offering.description:
            body.append(Para(offering.description, level=1))
        for key in ("feature", "advantage", "benefit"):
            text = getattr(offering, key)
            if text:
                body.append(Para(t.t(f"deck.{key}", text=text), level=1))
    names = t.join([o.name for o in group])
    title = names if len(names) <= GROUP_TITLE_MAX else t.t("deck.point_group_title", index=index, count=count)
    return Point(title, names, SlideSpec("point", "content", title, [body]))


def _service_point(t: Texts, services: list) -> Point:
    body = []
    for service in services:
        name = f"{t.term(service.kind)} · {service.name}" if service.kind else service.name
        body.append(Para(t.t("deck.service_line", name=name, description=service.description)
                         if service.description else name))
    title = t.t("deck.service_title")
    return Point(title, t.join([s.name for s in services]), SlideSpec("point", "content", title, [body]))


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
        sep = "、" if t.language == "zh" else ", "
        rows.append((phase.phase, period, sep.join(phase.deliverables)))
    table = TableSpec((t.t("deck.phase"), t.t("deck.period"), t.t("deck.deliverables")), tuple(rows),
                      (0.28, 0.30, 0.42), ("l", "l", "l"))
    return SlideSpec("timeline", "content", t.t("deck.timeline_title"), [table])


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
            lines.append(Para(t.t("deck.package_subtotal_line", subtotal=t.money(option.subtotal), tax=t.money(option.tax)),
                              bullet=False, scale=0.7))
        cards.append(Card(package.name, t.t("deck.package_recommended") if option.recommended else None, tuple(lines),
                          t.money(option.total), t.t("deck.package_total") if taxed else t.t("deck.package_total_no_tax"),
                          option.recommended))
    note = t.t("deck.packages_options", names=t.join([line.item.name for line in summary.optional_lines])) \
        if summary.optional_lines else None
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
        rows.append((t.t("deck.total_with_options") if taxed else t.t("deck.total_with_options_no_tax"),
                     t.money(summary.total_with_options)))
    table = TableSpec((t.t("deck.category"), t.t("deck.amount")), tuple(rows), (0.55, 0.45), ("l", "r"),
                      frozenset(strong), frozenset(section), keep_tail=len(rows) - tail_start)
    title = t.t("deck.pricing_title")
    if len(summary.categories) >= 2:
        fmt, scale = _money_format(t, max(c.subtotal for c in summary.categories))
        names = tuple(c.name or t.t("deck.uncategorised") for c in summary.categories)
        chart = ChartSpec("bar", names, ((t.t("deck.chart_subtotals"), tuple(c.subtotal for c in summary.categories)),),
                          fmt, scale)
        return SlideSpec("pricing", "two", title, [table, chart])
    return SlideSpec("pricing", "content", title, [table])


def _credentials(view: CustomerView, t: Texts) -> SlideSpec | None:
    credentials = view.seller.credentials
    if credentials is None:
        return None
    left: list[Para] = []
    if credentials.references:
        left.append(Para(t.t("deck.references"), bullet=False, bold=True))
        for ref in credentials.references:
            left.append(Para(ref.customer, bold=True))
            detail = _reference_detail(t, ref)
            if detail:
                left.append(Para(detail, level=1))
    right: list[Para] = []
    recognition = credentials.certifications + credentials.awards + credentials.qualifications
    if credentials.profile or recognition:
        if credentials.profile:
            right.append(Para(credentials.profile, bullet=False, scale=0.9))
        if recognition:
            right.append(Para(t.t("deck.recognition"), bullet=False, bold=True))
            right += [Para(item) for item in recognition]
    regions: list[Region] = [r for r in (left, right) if r]
    if not regions:
        return None
    title = t.t("deck.credentials_title", seller=_seller(view))
    return SlideSpec("credentials", "two" if len(regions) == 2 else "content", title, regions)


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
    return SlideSpec("summary", "content", t.t("deck.summary_title"), [[Para(i) for i in items]])


def _call(view: CustomerView, t: Texts) -> SlideSpec | None:
    proposal = view.proposal
    body: list[Para] = []
    if proposal.closing:
        body.append(Para(proposal.closing, bullet=False, bold=True))
    if proposal.deck and proposal.deck.next_steps:
        body += [Para(step) for step in proposal.deck.next_steps]
    contact = view.seller.contact
    if contact:
        name = f"{contact.name} {contact.title}" if contact.title else contact.name
        body.append(Para(t.t("deck.contact_line", name=name), bullet=False, scale=0.85))
        if contact.phone:
            body.append(Para(t.t("deck.phone_line", phone=contact.phone), bullet=False, scale=0.85))
        if contact.email:
            body.append(Para(t.t("deck.email_line", email=contact.email), bullet=False, scale=0.85))
    if not body:
        return None
    return SlideSpec("call", "content", t.t("deck.call_title"), [body])
