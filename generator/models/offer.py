"""The offer and the close (BRIEF.md "Optional fields for the offer and the close"): packages the
customer chooses between, the commercial terms they sign on, and how we ask for the order.

`Package` and `Terms` are customer-facing (under `proposal`); `Close` is internal (under `opportunity`).
"""

from pydantic import Field

from generator.models.base import Model, Required, Text, TextList
from generator.models.enums import ClosingMethod

TERM_FIELDS = (
    "delivery",
    "installation",
    "acceptance",
    "warranty",
    "maintenance",
    "training",
    "payment",
    "penalties",
    "validity",
    "other",
)
"""The commercial terms in the order a contract lists them."""

AUGMENTED_FIELDS = ("installation", "warranty", "delivery", "maintenance")
"""The augmented product (附加产品): what comes with the product besides the product itself."""


class Package(Model):
    """One option the customer can choose (让客户选择: A, or A + B)."""

    id: Required = Field(description="Referenced by `items[].package` and other packages' `includes`")
    name: Required
    description: Text | None = None
    includes: list[Required] = Field([], description="Ids of packages whose lines this one also contains")
    recommended: bool = Field(False, description="The package we recommend (one at most)")


class Terms(Model):
    """The commercial terms the customer's procurement signs against (购买承诺)."""

    delivery: Text | None = None
    installation: Text | None = None
    acceptance: Text | None = None
    warranty: Text | None = None
    maintenance: Text | None = None
    training: Text | None = None
    payment: TextList = Field([], description="Payment terms; or `pricing.payment_terms`, not both")
    penalties: Text | None = None
    validity: Text | None = None
    other: TextList = []

    def given(self) -> list[str]:
        """Return the names of the terms that are filled in, in contract order."""
        return [name for name in TERM_FIELDS if getattr(self, name)]


class Close(Model):
    """How we mean to ask for the order (internal)."""

    method: ClosingMethod | None = None
    note: Text | None = None
