"""Turn Pydantic's validation errors into located problems in the user's own terms.

Every error type becomes a catalogue message (`generator/i18n/labels/validation.py`, keyed
by the type), so the problem reads in the reader's language: Pydantic's own types
(missing, extra_forbidden with a did-you-mean hint, enum, bounds, …) and the
PydanticCustomError types that generator.models raises (money_invalid, date_ambiguous, …).
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.errors import Problem
from generator.i18n.messages import Both, Message, msg
from generator.load.yaml_source import Loc, dotted

Locate = Callable[[Loc, bool], tuple[str, int | None, int | None]]
"""Return (file, line, column) for a data path; the flag asks for the key's position."""

_RATE_FIELDS = {"tax_rate", "discount", "gross_margin", "share_target"}


def problems_from(error: ValidationError, model: type[BaseModel], locate: Locate) -> list[Problem]:
    """Return one located Problem per error in `error`, in file order.

    A field that takes one of several shapes (`text` or `{text: …, criteria: […]}`) gets
    an error from each shape the value failed; only the ones about the shape the user
    wrote (a mapping, or a plain value) are kept, with Pydantic's shape tags removed from the path.
    """
    problems = []
    items = [(item, *_without_union_tags(model, tuple(item["loc"]))) for item in error.errors(include_url=False)]
    kept = [(item, loc) for item, loc, shape in items if not _wrong_shape(item, shape)]
    shown = [loc for _, loc in kept]
    kept += [
        (item, loc)
        for item, loc, shape in items
        if _wrong_shape(item, shape) and not any(other[: len(loc)] == loc for other in shown)
    ]
    for item, loc in kept:
        is_key = item["type"] == "extra_forbidden" or "[key]" in item["loc"]
        file, line, col = locate(loc, is_key)
        problems.append(Problem(file, line, col, dotted(loc), _message(item, loc, model)))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0))


def _without_union_tags(model: type[BaseModel], loc: Loc) -> tuple[Loc, str | None]:
    """Return `loc` without the shape tags Pydantic adds inside a union, and the shape of the error's
    union branch when the error stands right at the union ("model", "plain"), else None."""
    out: list[Any] = []
    current: Any = model
    shape = None
    parts = list(loc)
    while parts:
        part = parts.pop(0)
        if part == "[key]":  # a mapping's key (seller.localized.fr): the problem is the key itself
            continue
        annotation = unwrap_annotation(current) if current is not None else None
        options = _union_options(annotation)
        if options and isinstance(part, str):
            branch = next((o for o in options if getattr(o, "__name__", None) == part), None)
            if branch is not None or not _is_field(options, part):
                current = branch
                shape = (
                    ("model" if isinstance(branch, type) and issubclass(branch, BaseModel) else "plain")
                    if not parts
                    else None
                )
                continue
        out.append(part)
        current = annotation_at(model, tuple(out))
        shape = None
    return tuple(out), shape


def _union_options(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [unwrap_annotation(a) for a in typing.get_args(annotation) if a is not type(None)]
        return options if len(options) > 1 else []
    return []


def _is_field(options: list[Any], name: str) -> bool:
    return any(isinstance(o, type) and issubclass(o, BaseModel) and name in o.model_fields for o in options)


def _wrong_shape(item: Mapping[str, Any], shape: str | None) -> bool:
    """Return True for a union branch's complaint about a shape the user did not write."""
    if shape == "plain":
        return isinstance(item.get("input"), dict)
    if shape == "model":
        return item["type"] in ("model_type", "model_attributes_type", "dict_type") and not isinstance(
            item.get("input"), dict
        )
    return False


def _message(item: Mapping[str, Any], loc: Loc, model: type[BaseModel]) -> Message:
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
        return msg("validation.plain_error", detail=str(ctx["error"]))
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
    import difflib  # only for a problem, so not on the way of a valid brief

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
    if annotation is None:
        mapping = annotation_at(model, loc[:-1])
        if typing.get_origin(mapping) is dict:  # the key of a mapping (seller.localized.<language>)
            annotation, given = unwrap_annotation(typing.get_args(mapping)[0]), loc[-1]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = [m.value for m in annotation]
        aliases: dict[str, list[str]] = getattr(annotation, "aliases", dict)()
        words = {v: terms[0] for v, terms in aliases.items() if terms}
        everything = values + [a for terms in aliases.values() for a in terms]
        hint: Message | str = ""
        if isinstance(given, str):
            import difflib

            close = difflib.get_close_matches(given.strip().lower(), [w.lower() for w in everything], n=1, cutoff=0.6)
            if close:
                hint = msg("validation.hint_value", name=next(w for w in everything if w.lower() == close[0]))
        if words:
            return msg(
                "validation.enum",
                english=Both("、".join(values), ", ".join(values)),
                hint=hint,
                chinese=Both(
                    "、".join(words[v] for v in values if v in words),
                    " / ".join(words[v] for v in values if v in words),
                ),
            )
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
        if isinstance(part, str):
            # A union of shapes (text, or a mapping): the mapping shape that has this field.
            current = next((o for o in _union_options(current) if _is_field([o], part)), current)
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
    candidates = _union_options(annotation) or [annotation]
    names: list[str] = []
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            names += [n for n in candidate.model_fields if n not in names]
    return names
