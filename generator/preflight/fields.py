"""Walk a brief generically, leaf by leaf with its field path, and sort each leaf into customer-facing,
known to the customer, or internal.

BRIEF.md ("Customer-facing vs internal") lists what a customer document may show; every field
not on that list is internal, so a field added to the brief later is internal here without any
change. A few internal fields hold what the customer itself told us or owns (its address, its
needs, its purchase history): sending those back to the same customer is no leak, so they are
known to the customer and raise no alarm.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, WithJsonSchema
from pydantic.functional_validators import BeforeValidator

from generator.models.values import parse_money

# Field paths (list indices as *) a customer-facing document may show (BRIEF.md).
CUSTOMER_FACING = (
    "brief",
    "language",
    "currency",
    "seller",
    "proposal",
    "account.name",
    "account.short_name",
    "account.industry",
    "account.logo",
    "contacts.*.name",
    "contacts.*.title",
)
# Internal parts of a customer-facing section: the customer view strips them (how we serve each tier).
INTERNAL_WITHIN = ("seller.service_policy",)
# Internal fields whose content the customer gave us or owns.
KNOWN_TO_CUSTOMER = (
    "account.basic",
    "account.business",
    "account.logistics.delivery_address",
    "account.history",
    "account.receivables",
    "opportunity.name",
    "opportunity.needs",
)


@dataclass(frozen=True)
class Leaf:
    """One value of the brief: its path (`negotiation.trades[0].give`), kind (text, money, date) and value."""

    path: tuple
    kind: str
    value: Any

    @property
    def dotted(self) -> str:
        """Return the path as the brief's error messages write it: `objections[0].response`."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out

    @property
    def pattern(self) -> str:
        """Return the path with list indices as * (`contacts.*.name`)."""
        return ".".join("*" if isinstance(part, int) else str(part) for part in self.path)


def leaves(model: BaseModel) -> Iterator[Leaf]:
    """Yield every text, money and date value of `model` with its path."""
    yield from _walk(model, (), None)


def covered(leaf: Leaf, patterns: tuple[str, ...]) -> bool:
    """Return True when the leaf lies at or under one of the path `patterns`."""
    pattern = leaf.pattern
    return any(pattern == p or pattern.startswith(p + ".") for p in patterns)


def is_customer_facing(leaf: Leaf) -> bool:
    """Return True for a value a customer-facing document may show."""
    return covered(leaf, CUSTOMER_FACING) and not covered(leaf, INTERNAL_WITHIN)


def is_known_to_customer(leaf: Leaf) -> bool:
    """Return True for an internal value that the customer itself gave us or owns."""
    return covered(leaf, KNOWN_TO_CUSTOMER)


def _walk(value: Any, path: tuple, annotation: Any) -> Iterator[Leaf]:
    if isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            child = getattr(value, name, None)
            if child is not None:
                yield from _walk(child, path + (name,), _annotated(info))
    elif isinstance(value, (list, tuple)):
        for index, child in enumerate(value):
            yield from _walk(child, path + (index,), annotation)
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, path + (getattr(key, "value", key),), annotation)
    elif isinstance(value, (enum.Enum, bool)):
        return  # enumeration values are the method's vocabulary, not facts of the deal
    elif isinstance(value, str):
        yield Leaf(path, "text", value)
    elif isinstance(value, Decimal):
        if _is_money(annotation):
            yield Leaf(path, "money", value)
    elif isinstance(value, dt.date):
        yield Leaf(path, "date", value)


def _annotated(info: Any) -> Any:
    """Return the field's annotation with its Annotated metadata put back (Pydantic splits them)."""
    if info.metadata:
        return typing.Annotated[(info.annotation, *info.metadata)]
    return info.annotation


def _is_money(annotation: Any) -> bool:
    """Return True when the annotation (maybe inside Optional or list) is an amount of money:
    parsed by parse_money and documented as an amount (quantities are parsed alike but are numbers)."""
    if annotation is None:
        return False
    metadata = getattr(annotation, "__metadata__", ())
    if metadata:
        parses_money = any(isinstance(m, BeforeValidator) and m.func is parse_money for m in metadata)
        documented = any(isinstance(m, WithJsonSchema) and "anyOf" in (m.json_schema or {}) for m in metadata)
        if parses_money and documented:
            return True
    return any(_is_money(arg) for arg in typing.get_args(annotation) if arg is not type(None))
