"""Turn Pydantic's validation errors into located problems in the user's own terms."""

from __future__ import annotations

import difflib
import enum
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.errors import Problem
from generator.load.yaml_source import Loc, dotted

Locate = Callable[[Loc, bool], tuple[str, int | None, int | None]]
"""Return (file, line, column) for a data path; the flag asks for the key's position."""

_RATE_FIELDS = {"tax_rate", "discount", "gross_margin", "share_target"}


def problems_from(error: ValidationError, model: type[BaseModel], locate: Locate) -> list[Problem]:
    """Return one located Problem per error in `error`, in file order."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        is_key = item["type"] == "extra_forbidden"
        file, line, col = locate(loc, is_key)
        problems.append(Problem(file, line, col, dotted(loc), _message(item, loc, model)))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))


def _message(item: dict[str, Any], loc: Loc, model: type[BaseModel]) -> str:
    kind, ctx = item["type"], item.get("ctx") or {}
    name = loc[-1] if loc else ""
    if kind == "missing":
        return "required"
    if kind == "extra_forbidden":
        allowed = _field_names(model, loc[:-1])
        hint = difflib.get_close_matches(str(name), allowed, n=1, cutoff=0.6)
        suffix = f"; did you mean '{hint[0]}'?" if hint else (f"; expected one of: {', '.join(allowed)}" if allowed else "")
        return f"unknown key{suffix}"
    if kind in ("greater_than_equal", "greater_than", "less_than", "less_than_equal"):
        return _bound_message(kind, ctx, name)
    if kind == "enum":
        return _enum_message(model, loc, ctx)
    if kind in ("string_type",):
        return "must be text"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch" and name == "currency":
        return "must be a three-letter ISO 4217 currency code such as CNY or USD"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "must be a whole number"
    if kind in ("bool_type", "bool_parsing"):
        return "must be true or false"
    if kind.startswith("date") or kind.startswith("datetime"):
        return "must be a date written YYYY-MM-DD"
    if kind in ("list_type", "tuple_type"):
        return "must be a list (items starting with '- ')"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "must be a mapping of keys (key: value)"
    if kind == "value_error":
        return str(ctx.get("error", item["msg"])).removeprefix("Value error, ")
    return item["msg"].removeprefix("Value error, ")


def _bound_message(kind: str, ctx: dict[str, Any], name: Any) -> str:
    symbol = {"greater_than_equal": "≥", "greater_than": ">", "less_than": "<", "less_than_equal": "≤"}[kind]
    bound = next(iter(ctx.values()), "")
    if name in _RATE_FIELDS:
        return f"must be {symbol} {_percent(bound)}"
    return f"must be {symbol} {bound}"


def _percent(bound: Any) -> str:
    try:
        value = float(bound) * 100
    except (TypeError, ValueError):
        return str(bound)
    return f"{value:g}%"


def _enum_message(model: type[BaseModel], loc: Loc, ctx: dict[str, Any]) -> str:
    annotation = annotation_at(model, loc)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        english = ", ".join(m.value for m in annotation)
        aliases = getattr(annotation, "aliases", lambda: {})()
        chinese = " / ".join(terms[0] for terms in aliases.values() if terms)
        return f"must be one of: {english}" + (f" (or {chinese})" if chinese else "")
    return f"must be one of: {ctx.get('expected', '')}"


def annotation_at(model: type[BaseModel], loc: Loc) -> Any:
    """Return the type annotation that the data at `loc` is validated against, or None."""
    current: Any = model
    for part in loc:
        current = unwrap_annotation(current)
        if isinstance(part, int):
            if typing.get_origin(current) in (list, tuple):
                current = typing.get_args(current)[0]
                continue
            return None
        if isinstance(current, type) and issubclass(current, BaseModel):
            fields = current.model_fields
            name = part if part in fields else next((n for n, f in fields.items() if f.alias == part), None)
            if name is not None:  # `from` is the alias of the field `from_`
                current = fields[name].annotation
                continue
        return None
    return unwrap_annotation(current)


def unwrap_annotation(annotation: Any) -> Any:
    """Return the annotation with Optional/Annotated layers removed."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    annotation = annotation_at(model, loc)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []
