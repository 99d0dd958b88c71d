"""The layout of a brief workbook, built from the brief's models by introspection.

Every field of `Brief` lands in a sheet without a hand-written list: a list of records
(contacts, price lines…) gets a table sheet, one row per record; every other field is a row
of a form sheet, the one whose prefix is the longest that the field's path starts with (the
"brief" sheet's empty prefix catches fields added later). Only the sheets' order, their
grouping and which parts are customer-facing are data here.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from generator.load.problems import unwrap_annotation
from generator.models import Brief
from generator.models.values import parse_money, parse_rate

Path_ = tuple[str, ...]

FORMAT_VERSION = "1"
MARKER = "kam-brief"
"""The custom document property that marks a brief workbook; its value is the layout's version."""

FORMS: tuple[tuple[str, tuple[Path_, ...]], ...] = (
    ("brief", ((),)),
    ("account", (("account",), ("account", "basic"), ("account", "business"), ("account", "logistics"))),
    ("health", (("account", "relationship_health"),)),
    ("opportunity", (("opportunity",),)),
    ("proposal", (("proposal",), ("proposal", "background"), ("proposal", "solution"), ("proposal", "deck"))),
    ("pricing_notes", (("proposal", "pricing"),)),
    ("terms", (("proposal", "terms"),)),
    ("tender", (("proposal", "tender"),)),
    ("negotiation", (("negotiation",),)),
    ("plan", (("plan",),)),
    ("seller", (("seller",), ("seller", "contact"), ("seller", "credentials"), ("seller", "localized"))),
)
"""Form sheets: name → the singular parts whose fields are its rows."""

TABLES: dict[Path_, str] = {
    ("account", "history"): "history",
    ("contacts",): "contacts",
    ("opportunity", "competitors"): "competitors",
    ("opportunity", "our_strengths"): "strengths",
    ("opportunity", "our_weaknesses"): "weaknesses",
    ("proposal", "challenges"): "challenges",
    ("proposal", "solution", "offerings"): "offerings",
    ("proposal", "solution", "implementation"): "implementation",
    ("proposal", "solution", "service"): "service",
    ("proposal", "solution", "responses"): "responses",
    ("proposal", "pricing", "items"): "pricing",
    ("proposal", "pricing", "packages"): "packages",
    ("proposal", "value", "benefits"): "benefits",
    ("proposal", "value", "costs"): "costs",
    ("proposal", "tender", "technical"): "technical",
    ("proposal", "tender", "commercial"): "commercial",
    ("objections",): "objections",
    ("negotiation", "trades"): "trades",
    ("negotiation", "team"): "team",
    ("visits",): "visits",
    ("account", "receivables"): "receivables",
    ("account", "complaints"): "complaints",
    ("account", "satisfaction"): "satisfaction",
    ("account", "referrals"): "referrals",
    ("seller", "credentials", "references"): "references",
    ("account", "previous_owners"): "previous_owners",
    ("account", "care"): "care",
    ("plan", "growth"): "growth",
    ("plan", "relationships"): "relationships",
    ("plan", "initiatives"): "initiatives",
    ("seller", "localized", "zh", "credentials", "references"): "references_zh",
    ("seller", "localized", "en", "credentials", "references"): "references_en",
}
"""Table sheets: list path → sheet name; a list added later gets a sheet named after its path."""

ORDER = (
    "brief",
    "account",
    "health",
    "history",
    "contacts",
    "opportunity",
    "competitors",
    "strengths",
    "weaknesses",
    "proposal",
    "challenges",
    "offerings",
    "implementation",
    "service",
    "responses",
    "pricing",
    "pricing_notes",
    "packages",
    "terms",
    "benefits",
    "costs",
    "tender",
    "technical",
    "commercial",
    "objections",
    "negotiation",
    "trades",
    "team",
    "visits",
    "plan",
    "growth",
    "relationships",
    "initiatives",
    "care",
    "previous_owners",
    "receivables",
    "complaints",
    "satisfaction",
    "referrals",
    "seller",
    "references",
    "references_zh",
    "references_en",
)
"""The method's order: the account, its people, the opportunity, the proposal, then the internal records."""

SELLER_FILE: Path_ = ("seller",)

CUSTOMER_FACING = (
    "language",
    "currency",
    "seller",
    "proposal",
    "account.name",
    "account.short_name",
    "account.industry",
    "contacts.name",
    "contacts.title",
)
"""What the customer view (render/customer_view.py) passes to the proposal and the deck, by dotted path."""


@dataclass(frozen=True)
class Field_:
    """One cell's worth of the brief: its path (relative to its sheet's records), kind and documentation."""

    path: Path_  # full path for form rows; relative to the record for table columns
    full: Path_  # the path from the brief's root, list indices left out (for labels and docs)
    kind: str  # text | money | rate | quantity | int | bool | date | term | texts | terms | json
    required: bool
    description: str
    term: type[enum.Enum] | None = None
    example: Any = None

    @property
    def key(self) -> str:
        return ".".join(self.path)

    @property
    def dotted(self) -> str:
        return ".".join(self.full)

    @property
    def customer_facing(self) -> bool:
        return is_customer_facing(self.full)


@dataclass
class Sheet:
    """A sheet of the workbook: a form (one field a row) or a table (one record a row)."""

    name: str
    table: Path_ | None  # the list path of a table sheet
    fields: list[Field_] = field(default_factory=list)

    @property
    def internal(self) -> bool:
        return not any(f.customer_facing for f in self.fields)

    @property
    def customer(self) -> bool:
        return all(f.customer_facing for f in self.fields)


def is_customer_facing(full: Path_) -> bool:
    """Return True when a proposal or deck may show the field at `full` (a dotted path without indices)."""
    dotted = ".".join(full)
    return any(dotted == p or dotted.startswith(p + ".") for p in CUSTOMER_FACING)


def _model_of(annotation: Any) -> type[BaseModel] | None:
    annotation = unwrap_annotation(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _list_item(annotation: Any) -> Any:
    annotation = unwrap_annotation(annotation)
    if typing.get_origin(annotation) in (list, tuple):
        return unwrap_annotation(typing.get_args(annotation)[0])
    return None


def _enum_keyed_model(annotation: Any) -> tuple[type[enum.Enum], type[BaseModel]] | None:
    annotation = unwrap_annotation(annotation)
    if typing.get_origin(annotation) is dict:
        key, value = typing.get_args(annotation)
        model = _model_of(value)
        if isinstance(key, type) and issubclass(key, enum.Enum) and model is not None:
            return key, model
    return None


def _scalar_kind(annotation: Any, metadata: list[Any]) -> tuple[str, type[enum.Enum] | None]:
    """Return (kind, enumeration) of a scalar annotation."""
    raw = annotation
    annotation = unwrap_annotation(annotation)
    validators = [getattr(m, "func", None) for m in _metadata(raw) + list(metadata)]
    if parse_rate in validators:
        return "rate", None
    if parse_money in validators:
        return "money", None
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "term", annotation
    if annotation is bool:
        return "bool", None
    if annotation is int:
        return "int", None
    if annotation in (dt.date, dt.datetime):
        return "date", None
    if annotation is Decimal:
        return "money", None
    if annotation is str:
        return "text", None
    item = _list_item(annotation)
    if item is not None and _model_of(item) is None:
        kind, term = _scalar_kind(typing.get_args(unwrap_annotation(annotation))[0], [])
        if kind == "term":
            return "terms", term
        if kind == "text":
            return "texts", None
    return "json", None


def _metadata(annotation: Any) -> list[Any]:
    """Return the Annotated metadata along Optional/Annotated layers."""
    found: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            found += list(annotation.__metadata__)
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Union or type(annotation).__name__ == "UnionType":
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return found
            annotation = options[0]
        else:
            return found


def _leaves(
    model: type[BaseModel],
    prefix: Path_,
    full: Path_,
    required: bool,
    lists: dict[Path_, type[BaseModel]],
    relative: bool,
) -> list[Field_]:
    """Return the scalar fields of `model` (singular sub-models flattened); record lists go to `lists`."""
    out: list[Field_] = []
    for attribute, info in model.model_fields.items():
        name = info.alias or attribute  # what a brief file writes (`from:`), and where errors point
        path, here = prefix + (name,), full + (name,)
        needed = required and info.is_required()
        sub = _model_of(info.annotation)
        item = _list_item(info.annotation)
        keyed = _enum_keyed_model(info.annotation)
        if sub is not None:
            out += _leaves(sub, path, here, needed, lists, relative)
        elif item is not None and (record := _model_of(item)) is not None:
            if relative:  # records inside a record (none today): one JSON cell
                out.append(Field_(path, here, "json", needed, info.description or ""))
            else:
                lists[here] = record
        elif keyed is not None:
            for member in keyed[0]:
                out += _leaves(keyed[1], path + (member.value,), here + (member.value,), False, lists, relative)
        else:
            kind, term = _scalar_kind(info.annotation, list(info.metadata))
            out.append(Field_(path, here, kind, needed, info.description or "", term))
    return out


@lru_cache(maxsize=1)
def layout() -> tuple[Sheet, ...]:
    """Return the sheets of a brief workbook in the method's order, every field of the brief in one of them."""
    lists: dict[Path_, type[BaseModel]] = {}
    singles = _leaves(Brief, (), (), True, lists, relative=False)
    # lists found inside records of other lists become json cells (none today); top lists → tables
    forms = {name: Sheet(name, None) for name, _ in FORMS}
    prefixes = [(prefix, name) for name, group in FORMS for prefix in group]
    for leaf in singles:
        owner = max((p for p in prefixes if leaf.path[: len(p[0])] == p[0]), key=lambda p: len(p[0]))[1]
        forms[owner].fields.append(leaf)
    # The seller may stay a YAML file named in the workbook: a row of its own on the first sheet.
    forms["brief"].fields.append(
        Field_(
            SELLER_FILE,
            SELLER_FILE,
            "text",
            False,
            "The seller's YAML file, relative to the workbook (or fill in the seller sheet)",
        )
    )
    tables: dict[str, Sheet] = {}
    for path, model in lists.items():
        name = TABLES.get(path, "_".join(path))
        tables[name] = Sheet(name, path, _leaves(model, (), path, True, {}, relative=True))
    sheets = {**forms, **tables}
    ordered = [sheets[n] for n in ORDER if n in sheets] + [s for n, s in sheets.items() if n not in ORDER]
    return tuple(s for s in ordered if s.fields)
