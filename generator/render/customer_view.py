"""The customer-facing part of a brief: all the proposal and the deck may ever see.

Confidential by construction: renderers of customer documents receive this view, never
the Brief, so a contact's style or the negotiation bottom line cannot leak into them.
BRIEF.md, "Customer-facing vs internal", lists what belongs here. The offer fields
(`proposal.pricing.packages`, `proposal.terms`, the service catalogue) travel with the
proposal; the close (`opportunity.close`) and the buying signals (`visits[].signals`)
stay internal because neither the opportunity nor the visits are in the view.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.models.brief import Brief, Proposal, Seller
from generator.models.tender import Response, Tender


@dataclass(frozen=True)
class Addressee:
    """A person at the customer as a customer document may name them."""

    name: str
    title: str | None


@dataclass(frozen=True)
class CustomerView:
    """Exactly the fields BRIEF.md lets a customer-facing document use."""

    language: str
    currency: str
    seller: Seller
    proposal: Proposal
    account_name: str
    account_short_name: str | None
    industry: str | None
    addressees: tuple[Addressee, ...]

    @property
    def customer(self) -> str:
        """Return the customer's name as documents print it."""
        return self.account_name

    @property
    def responses(self) -> tuple[Response, ...]:
        """Return the answers to the purchase criteria (customer-facing: the customer wrote the criteria)."""
        solution = self.proposal.solution
        return tuple(solution.responses) if solution else ()

    @property
    def tender(self) -> Tender | None:
        """Return the bid's deviation tables and qualifications (customer-facing), or None."""
        return self.proposal.tender


def customer_view(brief: Brief, language: str | None = None) -> CustomerView:
    """Return the customer-facing view of `brief` in `language` (default: the brief's own).

    Raises ValueError naming the missing section when the brief has no seller or proposal.
    """
    language = language or brief.language.value
    missing = [name for name in ("seller", "proposal") if getattr(brief, name) is None]
    if missing:
        from generator.i18n.messages import Both, msg

        raise ValueError(msg("cli.no_section_plain", sections=Both("或".join(missing), " or ".join(missing))))
    assert brief.seller is not None and brief.proposal is not None  # `missing` is empty
    seller = brief.seller.in_language(language)
    # Only the seller's public face: its `localized` texts have been applied, and how we serve each
    # tier (the service policy) is ours alone.
    return CustomerView(
        language=language,
        currency=brief.currency,
        seller=seller.model_copy(update={"localized": {}, "service_policy": {}, "calendar": None}),
        proposal=brief.proposal,
        account_name=brief.account.name,
        account_short_name=brief.account.short_name,
        industry=brief.account.industry,
        addressees=tuple(Addressee(c.name, c.title) for c in brief.contacts),
    )
