"""The commercial terms of a proposal (购买承诺: price, delivery, service, payment, penalties), read once
for every document that lists them: the proposal's terms section and the tender's commercial table."""

from __future__ import annotations

from generator.models.brief import Proposal
from generator.models.offer import TERM_FIELDS


def commercial_terms(proposal: Proposal) -> list[tuple[str, list[str]]]:
    """Return (term name, its lines) for each term the proposal states, in contract order.

    Payment comes from `terms.payment` or, as before terms existed, `pricing.payment_terms`;
    a validity without its own text is left to the reader of `proposal.valid_until`.
    """
    terms = proposal.terms
    if terms is None:
        return []
    rows = []
    for name in TERM_FIELDS:
        value = getattr(terms, name)
        if name == "payment" and not value and proposal.pricing:
            value = proposal.pricing.payment_terms
        lines = list(value) if isinstance(value, list) else ([value] if value else [])
        if lines:
            rows.append((name, lines))
    return rows


def says_augmented_product(proposal: Proposal) -> bool:
    """Return True when the terms state installation, warranty, delivery or maintenance (附加产品)."""
    terms = proposal.terms
    return terms is not None and any(
        getattr(terms, name) for name in ("installation", "warranty", "delivery", "maintenance")
    )
