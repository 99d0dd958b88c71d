"""The brief's data model: Pydantic only, no I/O."""

from generator.models.brief import (  # noqa: F401
    HEALTH_CHECKS,
    Account,
    Brief,
    Contact,
    Offering,
    Opportunity,
    PriceItem,
    Pricing,
    Proposal,
    Seller,
    Visit,
)
