"""Process set-up for the command line: skip work kam never needs before its first line of output."""

from __future__ import annotations

import os
import sys
import types
from typing import Any

# The functions of importlib.metadata that a module may import by name before it calls them.
_METADATA_FUNCTIONS = frozenset(
    {"entry_points", "version", "metadata", "distribution", "distributions", "files", "requires"}
)


def skip_pydantic_plugins() -> None:
    """Turn off Pydantic's plugin discovery and defer what it imports.

    kam uses no Pydantic plugins: discovery scans every installed package's metadata and would
    hand brief data to a plugin installed for another tool. With discovery off, Pydantic still
    imports `importlib.metadata` (≈12 ms: email, zipfile, csv …) for a function it then never calls.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if "importlib.metadata" not in sys.modules:
        import importlib

        stand_in = _MetadataOnFirstUse("importlib.metadata")
        sys.modules["importlib.metadata"] = stand_in
        importlib.metadata = stand_in  # what `import importlib.metadata` binds


class _MetadataOnFirstUse(types.ModuleType):
    """Stands in for `importlib.metadata` until something really uses it, then loads it.

    `from importlib.metadata import entry_points` gets a function that loads the real module when
    called; any other name (a class such as PackageNotFoundError) loads it at once. Either way the
    real module replaces this one in sys.modules, so later imports see it directly."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system probing (__path__, __spec__ …): not a use
            raise AttributeError(name)
        if name in _METADATA_FUNCTIONS:
            return _calls_through(name)
        return getattr(_real_metadata(), name)


def _calls_through(name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real_metadata(), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _real_metadata() -> types.ModuleType:
    """Return the real importlib.metadata, importing it in place of the stand-in if need be."""
    current = sys.modules.get("importlib.metadata")
    if isinstance(current, _MetadataOnFirstUse):
        del sys.modules["importlib.metadata"]
        current = None
    if current is None:
        import importlib

        current = importlib.import_module("importlib.metadata")
    return current
