"""What every part of the brief's model is built on: the base model, text types and located failures."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

_INVISIBLE = {c: None for c in (*range(0x20), 0x7F)}


def _visible(text: str) -> str:
    """Return `text` when it shows something: a required text of control characters only is empty to a reader."""
    if not text.translate(_INVISIBLE).strip():
        raise PydanticCustomError("string_too_short", "String should have at least 1 character", {"min_length": 1})
    return text


Text = Annotated[str, StringConstraints(strip_whitespace=True)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_visible)]
TextList = list[Text]


class Model(BaseModel):
    """Base of every brief model: unknown keys are errors."""

    # coerce_numbers_to_str: YAML reads `phone: 13800000000` as a number; text fields take its text.
    # populate_by_name: fields named after Python keywords (`from`) are read by their alias.
    # defer_build: a validator is compiled on first use, and only for the models validated directly
    # (Brief, Seller), not for each of the ~60 nested ones at import (saves ~0.25 s per command).
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, populate_by_name=True, defer_build=True)

    # Read a model's fields through these, not model_dump: a model that came out of the compiled
    # validator (models/compiled.py) has no serializer yet, and model_dump would first build one,
    # milliseconds of schema generation for each model (and its nested ones) dumped.

    def field_values(self) -> dict[str, Any]:
        """Return each field's value by name (nested models as they are, not as dicts)."""
        return {name: getattr(self, name) for name in type(self).model_fields}

    def holds_anything(self) -> bool:
        """Return whether any field holds something other than None or its default: whether
        `model_dump(exclude_defaults=True, exclude_none=True)` would be non-empty."""
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if value is not None and value != field.get_default(call_default_factory=True):
                return True
        return False


def error_details(
    loc: tuple, kind: str, message: str, value: Any, context: dict[str, Any] | None = None
) -> InitErrorDetails:
    """Return a Pydantic error at `loc` of type `kind`: `message` is the English text (braces kept literally),
    or, with `context`, its template; the loader words `kind` with `context` in the reader's language."""
    if context is None:
        return InitErrorDetails(
            type=PydanticCustomError(kind, message.replace("{", "{{").replace("}", "}}")), loc=loc, input=value
        )
    return InitErrorDetails(type=PydanticCustomError(kind, message, context), loc=loc, input=value)


def fail(loc: tuple, kind: str, message: str, value: Any, context: dict[str, Any] | None = None) -> None:
    """Raise a ValidationError at `loc` (relative to the model being validated); see error_details."""
    raise ValidationError.from_exception_data("Brief", [error_details(loc, kind, message, value, context)])
