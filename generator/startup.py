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
    _defer("importlib.metadata", _METADATA_FUNCTIONS)


def defer_url_opening() -> None:
    """Defer `urllib.request` until it is used.

    python-pptx imports xml.sax.saxutils, which imports urllib.request (and with it http.client,
    ssl and email: ≈20 ms) for a function that reads XML from a URL, which kam never calls."""
    _defer("urllib.request", frozenset())


def defer_secrets() -> None:
    """Defer `secrets` until it is used.

    Pydantic imports it (and with it hmac, hashlib and OpenSSL's libcrypto: ≈4 ms) to compare
    SecretStr values, which kam's models don't have; kam's web server uses it when it starts."""
    _defer("secrets", frozenset())


def _defer(name: str, functions: frozenset[str]) -> None:
    """Put a stand-in for module `name` in its place until something uses it (see _OnFirstUse)."""
    if name in sys.modules:
        return
    import importlib

    parent, _, child = name.rpartition(".")
    stand_in = _OnFirstUse(name, functions)
    sys.modules[name] = stand_in
    if parent:
        setattr(importlib.import_module(parent), child, stand_in)  # what `import parent.child` binds


class _OnFirstUse(types.ModuleType):
    """Stands in for a module until something really uses it, then imports it.

    `import x.y` and the import system's probing (`__spec__`, `__path__` …) don't count as use.
    A name in `functions` (which a module may import with `from x.y import f` before it calls it)
    gives a function that imports the real module when called; any other name imports it at once.
    Either way the real module then replaces the stand-in in sys.modules and on its package.

    (importlib.util.LazyLoader can't do this on Python 3.11: the import system reads `__spec__`
    on every `import x.y`, which loads a lazy module at once.)"""

    def __init__(self, name: str, functions: frozenset[str]):
        super().__init__(name)
        self._functions = functions

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_functions":
            raise AttributeError(name)
        if name in self._functions:
            return _calls_through(self.__name__, name)
        return getattr(_real(self.__name__), name)


def _calls_through(module: str, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _real(name: str) -> types.ModuleType:
    """Return the real module `name`, importing it in place of its stand-in if need be."""
    current = sys.modules.get(name)
    if isinstance(current, _OnFirstUse):
        del sys.modules[name]
        current = None
    if current is None:
        import importlib

        current = importlib.import_module(name)
    return current
