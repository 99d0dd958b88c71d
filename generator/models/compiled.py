"""Validate data against a model with a validator compiled once per installation, then read back.

Building a Pydantic validator walks every nested model: ≈25 ms for Brief, paid by every run of
every command. What it builds (the core schema) is plain data apart from references to kam's
own classes, enums and validator functions, which pickle by name. So the schema is kept in a
pickle beside the models' bytecode, the way Python keeps .pyc files there, and trusted the
same way; it is keyed on the models' source and the Python and Pydantic versions, and rebuilt
whenever the key differs or the file can't be read.
"""

from __future__ import annotations

import functools
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any, TypeVar

import pydantic
import pydantic_core
from pydantic import BaseModel
from pydantic_core import SchemaValidator

from generator.bytecode_cache import folder_beside, keep

M = TypeVar("M", bound=BaseModel)

_MODELS_DIR = Path(__file__).resolve().parent


def validate(model: type[M], data: Any) -> M:
    """Return `data` validated as `model` (raise pydantic.ValidationError), as `model.model_validate` would."""
    return validator(model).validate_python(data)


@functools.cache
def validator(model: type[BaseModel]) -> SchemaValidator:
    """Return the validator of `model`: read from its cache file when that matches, else built and stored."""
    path = cache_path(model)
    key = cache_key()
    try:
        stored = pickle.loads(path.read_bytes())
        if stored["key"] == key:
            return SchemaValidator(*stored["arguments"])
    except Exception:  # noqa: BLE001, S110 - missing, stale, truncated or from elsewhere: build it anew
        pass
    model.model_rebuild()  # builds the deferred validator
    built = model.__pydantic_validator__
    assert isinstance(built, SchemaValidator)
    reduced = built.__reduce__()  # (SchemaValidator, the arguments that rebuild it: schema, config …)
    assert isinstance(reduced, tuple)
    schema, *rest = reduced[1]
    try:
        data = pickle.dumps({"key": key, "arguments": (_without_metadata(schema), *rest)}, pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):  # a schema that won't pickle: no cache
        return built
    keep(path, data)
    return built


def cache_path(model: type[BaseModel]) -> Path:
    """Return where the compiled validator of `model` is kept: the models' bytecode folder (__pycache__,
    or its mirror under PYTHONPYCACHEPREFIX)."""
    return folder_beside(_MODELS_DIR / "__init__.py") / f"{model.__module__}.{model.__qualname__}.validator.pickle"


@functools.cache
def cache_key() -> str:
    """Return what a compiled validator depends on: the Python and Pydantic versions and a checksum
    (size and CRC-32) of each model source file.

    A checksum, not a cryptographic digest: the file is trusted like the .pyc beside it, and
    hashlib would load OpenSSL (≈3 ms) on a path that otherwise never needs it."""
    parts = [sys.version, pydantic.VERSION, pydantic_core.__version__]
    for source in sorted(_MODELS_DIR.glob("*.py")):
        content = source.read_bytes()
        parts.append(f"{source.name}:{len(content)}:{zlib.crc32(content):08x}")
    return "|".join(parts)


def _without_metadata(schema: Any) -> Any:
    """Return `schema` without its `metadata` entries: JSON-schema hooks (some local functions, which
    don't pickle) that validation never reads."""
    if isinstance(schema, dict):
        return {k: _without_metadata(v) for k, v in schema.items() if k != "metadata"}
    if isinstance(schema, list):
        return [_without_metadata(v) for v in schema]
    return schema
