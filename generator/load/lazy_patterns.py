"""Import a module with its regular expressions compiled when first used rather than at import.

PyYAML compiles its pure-Python reader's and resolver's patterns when imported (≈4 ms, one of
them a character class spanning all of Unicode), although kam reads YAML with libyaml's parser
and its own scalar rules, which use neither. Imported under `patterns_compiled_on_first_use`,
such a pattern costs nothing until something matches with it, and then behaves as compiled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_compile = re.compile


@contextmanager
def patterns_compiled_on_first_use() -> Iterator[None]:
    """While inside, `re.compile` returns patterns that compile on first use (see PatternOnFirstUse)."""
    re.compile = PatternOnFirstUse  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _compile


class PatternOnFirstUse:
    """Stands for `re.compile(pattern, flags)`: the first use of any of its attributes (match,
    search, sub, pattern …) compiles it, and every use then goes to the compiled pattern."""

    __slots__ = ("_arguments", "_compiled")

    def __init__(self, pattern: Any, flags: int = 0):
        self._arguments = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(*self._arguments)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"PatternOnFirstUse({self._arguments[0]!r})"
