"""Coach rules on what we offer: the proposal's five parts, FAB, pricing, negotiation (DOMAIN §1)."""

from __future__ import annotations

from typing import Iterable

from generator.analysis.amounts import leading_amount
from generator.analysis.coach.registry import ERROR, INFO, WARNING, Context, Finding, Label, Percent, finding
from generator.analysis.pricing import PricingSummary, summarise_pricing
from generator.models.brief import Proposal

SOLUTION_PARTS = ("overview", "offerings", "implementation", "service")
FAB_PARTS = ("feature", "advantage", "benefit")


def proposal_section_missing(context: Context) -> Iterable[Finding]:
    """Flag each of the five parts of a proposal that is missing, or a deal being compared without a proposal."""
    proposal = context.brief.proposal
    if proposal is None:
        severity = context.severity({"evaluation": WARNING, "commitment": ERROR}, None)
        if severity:
            yield finding("proposal-section-missing", severity, "proposal_missing", ("opportunity", "stage"),
                          stage=context.stage)
        return
    severity = context.severity({"commitment": ERROR}, WARNING)
    for section, loc in _missing_sections(context, proposal):
        yield finding("proposal-section-missing", severity, "proposal_section_missing", loc,
                      f"proposal_section_missing.action_{section}", section=Label(f"check.section_{section}"))
    solution = proposal.solution
    if solution is not None and (solution.overview or solution.offerings):
        missing = [Label(f"check.solution_{part}") for part in SOLUTION_PARTS if not getattr(solution, part)]
        if missing:
            yield finding("proposal-section-missing", INFO, "solution_parts_missing", ("proposal", "solution"),
                          "proposal_section_missing.action_solution_parts", parts=missing)


def _missing_sections(context: Context, proposal: Proposal) -> list[tuple[str, tuple]]:
    """Return (section, where to point) for each missing part of the proposal's structure."""
    missing = []
    background = proposal.background
    if background is None or not (background.summary or background.trends or background.opportunities):
        missing.append(("background", ("proposal", "background") if background else ("proposal",)))
    if not proposal.challenges:
        missing.append(("challenges", ("proposal", "challenges") if "challenges" in proposal.model_fields_set
                        else ("proposal",)))
    solution = proposal.solution
    if solution is None or not (solution.overview or solution.offerings):
        missing.append(("solution", ("proposal", "solution") if solution else ("proposal",)))
    pricing = proposal.pricing
    if pricing is None or not pricing.items:
        missing.append(("pricing", ("proposal", "pricing") if pricing else ("proposal",)))
    seller = context.brief.seller
    credentials = seller.in_language(context.brief.language.value).credentials if seller else None
    if credentials is None or not credentials.model_dump(exclude_defaults=True, exclude_none=True):
        where = ("seller", "credentials") if seller and seller.credentials else ("seller",) if seller else ("proposal",)
        missing.append(("credentials", where))
    return missing


def challenge_without_impact(context: Context) -> Iterable[Finding]:
    """Flag each problem in the proposal that does not say what harm it does to the customer."""
    proposal = context.brief.proposal
    for index, challenge in enumerate(proposal.challenges if proposal else []):
        if not challenge.impact:
            yield finding("challenge-without-impact", WARNING, "challenge_without_impact",
                          ("proposal", "challenges", index), problem=challenge.problem)


def fab_incomplete(context: Context) -> Iterable[Finding]:
    """Flag each offering that lacks its feature, advantage or benefit."""
    proposal = context.brief.proposal
    offerings = proposal.solution.offerings if proposal and proposal.solution else []
    for index, offering in enumerate(offerings):
        missing = [Label(f"check.fab_{part}") for part in FAB_PARTS if not getattr(offering, part)]
        if missing:
            yield finding("fab-incomplete", WARNING, "fab_incomplete", ("proposal", "solution", "offerings", index),
                          name=offering.name, parts=missing)


def _summary(context: Context) -> PricingSummary | None:
    proposal = context.brief.proposal
    if proposal is None or proposal.pricing is None or not proposal.pricing.items:
        return None
    return summarise_pricing(proposal.pricing)


def pricing_anomaly(context: Context) -> Iterable[Finding]:
    """Flag zero-priced required items, deep discounts, a quote of only options and a total over budget."""
    summary = _summary(context)
    if summary is None:
        return
    items = context.brief.proposal.pricing.items
    index_of = {id(item): index for index, item in enumerate(items)}
    for line in summary.lines + summary.optional_lines:
        index = index_of[id(line.item)]
        where = ("proposal", "pricing", "items", index)
        if not line.item.optional and line.amount == 0:
            field = "unit_price" if line.item.unit_price == 0 else "quantity"
            yield finding("pricing-anomaly", WARNING, "pricing_zero", where + (field,), "pricing_anomaly.action_zero",
                          name=line.item.name)
        if line.item.discount is not None and line.item.discount > context.max_discount:
            yield finding("pricing-anomaly", WARNING, "pricing_discount", where + ("discount",),
                          "pricing_anomaly.action_discount", name=line.item.name,
                          discount=Percent(line.item.discount), limit=Percent(context.max_discount))
    if not summary.lines:
        yield finding("pricing-anomaly", WARNING, "pricing_all_optional", ("proposal", "pricing", "items"),
                      "pricing_anomaly.action_all_optional")
    opportunity = context.brief.opportunity
    budget = opportunity.budget if opportunity else None
    if budget is not None and summary.total > budget:
        severity = context.severity({"commitment": ERROR}, WARNING)
        yield finding("pricing-anomaly", severity, "pricing_over_budget", ("proposal", "pricing"),
                      "pricing_anomaly.action_budget", total=summary.total, budget=budget, over=summary.total - budget)


def trade_without_exchange(context: Context) -> Iterable[Finding]:
    """Flag each concession we give with nothing asked in return (没有让步,只有交换)."""
    negotiation = context.brief.negotiation
    severity = context.severity({"commitment": ERROR}, WARNING)
    for index, trade in enumerate(negotiation.trades if negotiation else []):
        if trade.give and not trade.get:
            yield finding("trade-without-exchange", severity, "trade_without_exchange",
                          ("negotiation", "trades", index), give=trade.give)


def target_below_bottom_line(context: Context) -> Iterable[Finding]:
    """Flag a negotiation target, or the proposal's total before tax, below our bottom line."""
    negotiation = context.brief.negotiation
    if negotiation is None or negotiation.bottom_line is None:
        return
    bottom = negotiation.bottom_line
    for index, target in enumerate(negotiation.targets):
        amount = leading_amount(target)
        if amount is not None and amount < bottom:
            yield finding("target-below-bottom-line", ERROR, "target_below_bottom_line",
                          ("negotiation", "targets", index), number=index + 1, target=target, amount=amount,
                          bottom=bottom)
    summary = _summary(context)
    if summary is not None and summary.lines and summary.subtotal < bottom:
        yield finding("target-below-bottom-line", ERROR, "proposal_below_bottom_line", ("proposal", "pricing"),
                      "proposal_below_bottom_line.action", total=summary.subtotal, bottom=bottom)


def proposal_expired(context: Context) -> Iterable[Finding]:
    """Flag a proposal whose validity ended before today, while the deal is still open."""
    proposal = context.brief.proposal
    if proposal is None or proposal.valid_until is None or context.from_stage("implementation"):
        return
    if proposal.valid_until >= context.today:
        return
    severity = context.severity({"commitment": ERROR}, WARNING)
    yield finding("proposal-expired", severity, "proposal_expired", ("proposal", "valid_until"),
                  date=proposal.valid_until, today=context.today, days=(context.today - proposal.valid_until).days)


RULES = [proposal_section_missing, challenge_without_impact, fab_incomplete, pricing_anomaly,
         trade_without_exchange, target_below_bottom_line, proposal_expired]
