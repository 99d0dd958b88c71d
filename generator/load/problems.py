"""Turn Pydantic's validation errors into located problems in the user's own terms.

Every error type becomes a catalogue message (`generator/i18n/labels/validation.py`, keyed
by the type), so the problem reads in the reader's language: Pydantic's own types
(missing, extra_forbidden with a did-you-mean hint, enum, bounds, …) and the
PydanticCustomError types that generator.models raises (money_invalid, date_ambiguous, …).
"""

from __future__ import annotations

import difflib
import enum
import types
import typing
from typing import Any, Callable

from pydantic import BaseModel, ValidationError

from generator.errors import Problem
from generator.i18n.messages import Both, Message, msg
from generator.load.yaml_source import Loc, dotted

Locate = Callable[[Loc, bool], tuple[str, int | None, int | None]]
"""Return (file, line, column) for a data path; the flag asks for the key's position."""

_RATE_FIELDS = {"tax_rate", "discount"}


def problems_from(error: ValidationError, model: type[BaseModel], locate: Locate) -> list[Problem]:
    """Return one located Problem per error in `error`, in file order."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        is_key = item["type"] == "extra_forbidden"
        file, line, col = locate(loc, is_key)
        problems.append(Problem(file, line, col, dotted(loc), _message(item, loc, model)))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))


def _message(item: dict[str, Any], loc: Loc, model: type[BaseModel]) -> Message:
    """Return the problem in our words (a catalogue Message), whatever Pydantic error type it is."""
    kind, ctx = item["type"], dict(item.get("ctx") or {})
    name = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        return msg("validation.extra_forbidden", hint=_key_hint(str(name), _field_names(model, loc[:-1])))
    if kind in ("greater_than_equal", "greater_than", "less_than", "less_than_equal"):
        bound = next(iter(ctx.values()), "")
        return msg(f"validation.{kind}", bound=_percent(bound) if name in _RATE_FIELDS else bound)
    if kind == "enum":
        return _enum_message(model, loc, ctx, item.get("input"))
    if kind == "string_pattern_mismatch" and name == "currency":
        return msg("validation.currency_pattern")
    if kind.startswith("datetime") and not kind.startswith("datetime_"):
        kind = "date_parsing"
    if kind == "literal_error":
        return msg("validation.literal_error", expected=ctx.get("expected", ""))
    if kind == "value_error" and isinstance(ctx.get("error"), Exception):
        # A plain ValueError from a validator of another module: its own words, in English only.
        return msg("validation.other", kind="", detail=str(ctx["error"]))
    try:
        return msg(f"validation.{kind}", **ctx)
    except (KeyError, IndexError):
        return msg("validation.other", kind=kind, detail=item["msg"].removeprefix("Value error, "))


def message_of(error: ValueError) -> Message | str:
    """Return the words of a value error raised by a parser of generator.models.values (for CLI options)."""
    kind = getattr(error, "type", None)
    if isinstance(kind, str):
        try:
            return msg(f"validation.{kind}", **(getattr(error, "context", None) or {}))
        except (KeyError, IndexError):
            pass
    return str(error)


def _key_hint(name: str, allowed: list[str]) -> Message | str:
    hint = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if hint:
        return msg("validation.hint_did_you_mean", name=hint[0])
    if allowed:
        return msg("validation.hint_expected_keys", names=", ".join(allowed))
    return ""


def _percent(bound: Any) -> str:
    try:
        value = float(bound) * 100
    except (TypeError, ValueError):
        return str(bound)
    return f"{value:g}%"


def _enum_message(model: type[BaseModel], loc: Loc, ctx: dict[str, Any], given: Any) -> Message:
    annotation = annotation_at(model, loc)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = [m.value for m in annotation]
        aliases = getattr(annotation, "aliases", lambda: {})()
        words = {v: terms[0] for v, terms in aliases.items() if terms}
        everything = values + [a for terms in aliases.values() for a in terms]
        hint: Message | str = ""
        if isinstance(given, str):
            close = difflib.get_close_matches(given.strip().lower(), [w.lower() for w in everything], n=1, cutoff=0.6)
            if close:
                hint = msg("validation.hint_value", name=next(w for w in everything if w.lower() == close[0]))
        if words:
            return msg("validation.enum", english=Both("、".join(values), ", ".join(values)), hint=hint,
                       chinese=Both("、".join(words[v] for v in values if v in words),
                                    " / ".join(words[v] for v in values if v in words)))
        return msg("validation.enum_plain", english=", ".join(values), hint=hint)
    return msg("validation.enum_plain", english=str(ctx.get("expected", "")), hint="")


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
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
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
