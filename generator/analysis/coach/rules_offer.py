"""Coach rules on what we offer: the proposal's five parts, FAB, pricing, negotiation (DOMAIN §1)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.amounts import leading_amount
from generator.analysis.coach.registry import ERROR, INFO, WARNING, Context, Finding, Label, Percent, finding
from generator.analysis.pricing import PricingSummary, proposal_pricing
from generator.analysis.terms import says_augmented_product
from generator.models.brief import Proposal
from generator.models.enums import RELATIONSHIP_ORDER, CostKind, RelationshipStage, Role

SOLUTION_PARTS = ("overview", "offerings", "implementation", "service")
FAB_PARTS = ("feature", "advantage", "benefit")


def proposal_section_missing(context: Context) -> Iterable[Finding]:
    """Flag each of the five parts of a proposal that is missing, or a deal being compared without a proposal."""
    proposal = context.brief.proposal
    if proposal is None:
        severity = context.severity({"evaluation": WARNING, "commitment": ERROR}, None)
        if severity:
            yield finding(
                "proposal-section-missing", severity, "proposal_missing", ("opportunity", "stage"), stage=context.stage
            )
        return
    severity = context.severity({"commitment": ERROR}, WARNING)
    for section, loc in _missing_sections(context, proposal):
        yield finding(
            "proposal-section-missing",
            severity,
            "proposal_section_missing",
            loc,
            f"proposal_section_missing.action_{section}",
            section=Label(f"check.section_{section}"),
        )
    solution = proposal.solution
    if solution is not None and (solution.overview or solution.offerings):
        missing = [Label(f"check.solution_{part}") for part in SOLUTION_PARTS if not getattr(solution, part)]
        if missing:
            yield finding(
                "proposal-section-missing",
                INFO,
                "solution_parts_missing",
                ("proposal", "solution"),
                "proposal_section_missing.action_solution_parts",
                parts=missing,
            )


def _missing_sections(context: Context, proposal: Proposal) -> list[tuple[str, tuple]]:
    """Return (section, where to point) for each missing part of the proposal's structure."""
    missing = []
    background = proposal.background
    if background is None or not (background.summary or background.trends or background.opportunities):
        missing.append(("background", ("proposal", "background") if background else ("proposal",)))
    if not proposal.challenges:
        missing.append(
            ("challenges", ("proposal", "challenges") if "challenges" in proposal.model_fields_set else ("proposal",))
        )
    solution = proposal.solution
    if solution is None or not (solution.overview or solution.offerings):
        missing.append(("solution", ("proposal", "solution") if solution else ("proposal",)))
    pricing = proposal.pricing
    if pricing is None or not pricing.items:
        missing.append(("pricing", ("proposal", "pricing") if pricing else ("proposal",)))
    seller = context.brief.seller
    credentials = seller.in_language(context.brief.language.value).credentials if seller else None
    if credentials is None or not credentials.holds_anything():
        where = ("seller", "credentials") if seller and seller.credentials else ("seller",) if seller else ("proposal",)
        missing.append(("credentials", where))
    return missing


def challenge_without_impact(context: Context) -> Iterable[Finding]:
    """Flag each problem in the proposal that does not say what harm it does to the customer."""
    proposal = context.brief.proposal
    for index, challenge in enumerate(proposal.challenges if proposal else []):
        if not challenge.impact:
            yield finding(
                "challenge-without-impact",
                WARNING,
                "challenge_without_impact",
                ("proposal", "challenges", index),
                problem=challenge.problem,
            )


def fab_incomplete(context: Context) -> Iterable[Finding]:
    """Flag each offering that lacks its feature, advantage or benefit."""
    proposal = context.brief.proposal
    offerings = proposal.solution.offerings if proposal and proposal.solution else []
    for index, offering in enumerate(offerings):
        missing = [Label(f"check.fab_{part}") for part in FAB_PARTS if not getattr(offering, part)]
        if missing:
            yield finding(
                "fab-incomplete",
                WARNING,
                "fab_incomplete",
                ("proposal", "solution", "offerings", index),
                name=offering.name,
                parts=missing,
            )


def _summary(context: Context) -> PricingSummary | None:
    proposal = context.brief.proposal
    if proposal is None or proposal.pricing is None or not proposal.pricing.items:
        return None
    return proposal_pricing(proposal)


def pricing_anomaly(context: Context) -> Iterable[Finding]:
    """Flag zero-priced required items, deep discounts, a quote of only options and a total over budget."""
    summary = _summary(context)
    if summary is None:
        return
    proposal = context.brief.proposal
    assert proposal is not None and proposal.pricing is not None  # _summary found the pricing
    items = proposal.pricing.items
    index_of = {id(item): index for index, item in enumerate(items)}
    for line in summary.lines + summary.optional_lines:
        index = index_of.get(id(line.item))
        if index is None:  # a priced paid service: its price is checked as the service's
            continue
        where = ("proposal", "pricing", "items", index)
        if not line.item.optional and line.amount == 0:
            field = "unit_price" if line.item.unit_price == 0 else "quantity"
            yield finding(
                "pricing-anomaly",
                WARNING,
                "pricing_zero",
                where + (field,),
                "pricing_anomaly.action_zero",
                name=line.item.name,
            )
        if line.item.discount is not None and line.item.discount > context.max_discount:
            yield finding(
                "pricing-anomaly",
                WARNING,
                "pricing_discount",
                where + ("discount",),
                "pricing_anomaly.action_discount",
                name=line.item.name,
                discount=Percent(line.item.discount),
                limit=Percent(context.max_discount),
            )
    if not summary.lines:
        yield finding(
            "pricing-anomaly",
            WARNING,
            "pricing_all_optional",
            ("proposal", "pricing", "items"),
            "pricing_anomaly.action_all_optional",
        )
    opportunity = context.brief.opportunity
    budget = opportunity.budget if opportunity else None
    if budget is not None and summary.quoted_total > budget:
        severity = context.severity({"commitment": ERROR}, WARNING)
        total = summary.quoted_total
        yield finding(
            "pricing-anomaly",
            severity,
            "pricing_over_budget",
            ("proposal", "pricing"),
            "pricing_anomaly.action_budget",
            total=total,
            budget=budget,
            over=total - budget,
        )


def trade_without_exchange(context: Context) -> Iterable[Finding]:
    """Flag each concession we give with nothing asked in return (没有让步,只有交换)."""
    negotiation = context.brief.negotiation
    severity = context.severity({"commitment": ERROR}, WARNING)
    for index, trade in enumerate(negotiation.trades if negotiation else []):
        if trade.give and not trade.get:
            yield finding(
                "trade-without-exchange",
                severity,
                "trade_without_exchange",
                ("negotiation", "trades", index),
                give=trade.give,
            )


def target_below_bottom_line(context: Context) -> Iterable[Finding]:
    """Flag a negotiation target, or the proposal's total before tax, below our bottom line."""
    negotiation = context.brief.negotiation
    if negotiation is None or negotiation.bottom_line is None:
        return
    bottom = negotiation.bottom_line
    for index, target in enumerate(negotiation.targets):
        amount = leading_amount(target)
        if amount is not None and amount < bottom:
            yield finding(
                "target-below-bottom-line",
                ERROR,
                "target_below_bottom_line",
                ("negotiation", "targets", index),
                number=index + 1,
                target=target,
                amount=amount,
                bottom=bottom,
            )
    summary = _summary(context)
    # With packages, the quote we negotiate on is the recommended package's.
    if summary is not None and summary.lines and summary.quoted_subtotal < bottom:
        yield finding(
            "target-below-bottom-line",
            ERROR,
            "proposal_below_bottom_line",
            ("proposal", "pricing"),
            "proposal_below_bottom_line.action",
            total=summary.quoted_subtotal,
            bottom=bottom,
        )


def proposal_expired(context: Context) -> Iterable[Finding]:
    """Flag a proposal whose validity ended before today, while the deal is still open."""
    proposal = context.brief.proposal
    if proposal is None or proposal.valid_until is None or context.from_stage("implementation"):
        return
    if proposal.valid_until >= context.today:
        return
    severity = context.severity({"commitment": ERROR}, WARNING)
    yield finding(
        "proposal-expired",
        severity,
        "proposal_expired",
        ("proposal", "valid_until"),
        date=proposal.valid_until,
        today=context.today,
        days=(context.today - proposal.valid_until).days,
    )


# --- offer and close -----------------------------------------------------------------------


def package_problems(context: Context) -> Iterable[Finding]:
    """Flag a package with no lines of its own, a line or `includes` naming an unknown package, and more
    than one recommended package."""
    pricing = context.brief.proposal.pricing if context.brief.proposal else None
    if pricing is None or not pricing.packages:
        for index, item in enumerate(pricing.items if pricing else []):
            if item.package is not None:
                yield finding(
                    "package-unknown",
                    ERROR,
                    "package_unknown",
                    ("proposal", "pricing", "items", index, "package"),
                    id=item.package,
                    known=[],
                )
        return
    ids = [p.id for p in pricing.packages]
    for index, item in enumerate(pricing.items):
        if item.package is not None and item.package not in ids:
            yield finding(
                "package-unknown",
                ERROR,
                "package_unknown",
                ("proposal", "pricing", "items", index, "package"),
                id=item.package,
                known=ids,
            )
    for index, package in enumerate(pricing.packages):
        for position, included in enumerate(package.includes):
            if included not in ids:
                yield finding(
                    "package-unknown",
                    ERROR,
                    "package_unknown",
                    ("proposal", "pricing", "packages", index, "includes", position),
                    id=included,
                    known=ids,
                )
        own = [item for item in pricing.items if item.package == package.id and not item.optional]
        if not own:
            yield finding(
                "package-empty",
                WARNING,
                "package_empty",
                ("proposal", "pricing", "packages", index),
                id=package.id,
                name=package.name,
            )
    recommended = [(index, p) for index, p in enumerate(pricing.packages) if p.recommended]
    for index, package in recommended[1:]:
        yield finding(
            "package-recommended-many",
            WARNING,
            "package_recommended_many",
            ("proposal", "pricing", "packages", index, "recommended"),
            name=package.name,
            first=recommended[0][1].name,
        )


AUGMENTED_WORDS = (
    "安装",
    "调试",
    "质保",
    "保修",
    "保固",
    "交货",
    "到货",
    "交付",
    "送货",
    "运输",
    "维护",
    "维保",
    "保养",
    "巡检",
    "install",
    "warrant",
    "guarantee",
    "deliver",
    "shipping",
    "maintenance",
    "maintain",
)
"""Words that show a proposal speaks of the augmented product outside its terms."""


def augmented_product_missing(context: Context) -> Iterable[Finding]:
    """Flag a proposal that says nothing of installation, warranty, delivery or maintenance (附加产品)."""
    proposal = context.brief.proposal
    # Only a quote: a proposal without prices is flagged as such by proposal-section-missing.
    if proposal is None or not (proposal.pricing and proposal.pricing.items) or says_augmented_product(proposal):
        return
    if any(word in text.lower() for text in _offer_texts(proposal) for word in AUGMENTED_WORDS):
        return
    severity = context.severity({"need_discovery": INFO, "deliberation": INFO, "design": INFO}, WARNING) or WARNING
    yield finding(
        "augmented-product-missing",
        severity,
        "augmented_product_missing",
        ("proposal", "terms") if proposal.terms else ("proposal",),
    )


def _offer_texts(proposal: Proposal) -> list[str]:
    """Return the texts of what we offer: price lines and notes, services, offerings and the plan."""
    texts: list[str] = []
    pricing, solution = proposal.pricing, proposal.solution
    if pricing:
        texts += [t for item in pricing.items for t in (item.name, item.spec, item.category) if t] + list(pricing.notes)
    if solution:
        texts += [t for s in solution.service for t in (s.name, s.description) if t]
        texts += [t for o in solution.offerings for t in (o.name, o.description) if t]
        texts += [t for p in solution.implementation for t in [p.phase, *p.deliverables] if t]
    return texts


def value_money_only(context: Context) -> Iterable[Finding]:
    """Note a customer value that lists only money costs: time, energy and psychic costs count too."""
    proposal = context.brief.proposal
    value = proposal.value if proposal else None
    if value is None or not value.costs:
        return
    if all(cost.kind in (None, CostKind("money")) for cost in value.costs):
        yield finding("value-money-only", INFO, "value_money_only", ("proposal", "value", "costs"))


def price_before_deciders(context: Context) -> Iterable[Finding]:
    """Flag a dated proposal with prices while a decision maker's relationship is below appointment (询问法:
    engage every decider before price is discussed)."""
    proposal = context.brief.proposal
    if proposal is None or proposal.date is None or proposal.pricing is None or not proposal.pricing.items:
        return
    if context.from_stage("implementation"):
        return
    contacts = context.brief.contacts
    deciders = [c for c in contacts if Role("decision_maker") in c.roles]
    appointment = RELATIONSHIP_ORDER.index(RelationshipStage("appointment"))
    for contact in deciders:
        if contact.relationship is not None and RELATIONSHIP_ORDER.index(contact.relationship) < appointment:
            yield finding(
                "price-before-deciders",
                WARNING,
                "price_before_deciders",
                ("contacts", contacts.index(contact), "relationship"),
                name=contact.name,
                relationship=contact.relationship,
                date=proposal.date,
            )


# --- proposal depth (responses, tender, org chart) -------------------------------------------

# A criterion left unanswered matters once the customer designs the purchase and weighs bids;
# after signing it is settled.
_UNANSWERED_CRITERION = {
    "need_discovery": None,
    "deliberation": None,
    "design": WARNING,
    "evaluation": ERROR,
    "commitment": ERROR,
    "implementation": None,
}


def criterion_unanswered(context: Context) -> Iterable[Finding]:
    """Flag each purchase criterion that no response of the proposal's solution answers."""
    opportunity = context.brief.opportunity
    criteria = opportunity.needs.criteria if opportunity and opportunity.needs else []
    if not criteria:
        return
    proposal = context.brief.proposal
    severity = context.severity(_UNANSWERED_CRITERION, WARNING if proposal is not None else None)
    if severity is None:
        return
    responses = proposal.solution.responses if proposal and proposal.solution else []
    answered = {_plain(r.criterion) for r in responses if r.response or r.offering}
    for index, criterion in enumerate(criteria):
        if criterion and _plain(criterion) not in answered:
            yield finding(
                "criterion-unanswered",
                severity,
                "criterion_unanswered",
                ("opportunity", "needs", "criteria", index),
                criterion=criterion,
            )


def offering_without_price(context: Context) -> Iterable[Finding]:
    """Flag each offering that no pricing line prices: none of the same name or category (or naming it)."""
    proposal = context.brief.proposal
    offerings = proposal.solution.offerings if proposal and proposal.solution else []
    items = proposal.pricing.items if proposal and proposal.pricing else []
    if not offerings or not items:
        return  # no pricing at all is proposal-section-missing's finding
    names = [_plain(i.name) for i in items]
    categories = {_plain(i.category) for i in items if i.category}
    severity = context.severity({"commitment": ERROR}, WARNING)
    for index, offering in enumerate(offerings):
        name = _plain(offering.name)
        if name in categories or any(name in line for line in names):
            continue
        yield finding(
            "offering-without-price",
            severity,
            "offering_without_price",
            ("proposal", "solution", "offerings", index),
            name=offering.name,
        )


def _plain(text: str | None) -> str:
    """Return text compared as a reader would: case, spaces and full-width forms ignored."""
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", text or "").lower().split())


RULES = [
    proposal_section_missing,
    challenge_without_impact,
    fab_incomplete,
    pricing_anomaly,
    trade_without_exchange,
    target_below_bottom_line,
    proposal_expired,
    # proposal depth (responses, tender, org chart)
    criterion_unanswered,
    offering_without_price,
    # offer and close
    package_problems,
    augmented_product_missing,
    value_money_only,
    price_before_deciders,
]
