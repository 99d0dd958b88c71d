"""Reuse the methods `dataclasses` generated in earlier runs, the way Python reuses .pyc files.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__` (and for a frozen class
`__setattr__`, `__delattr__`, `__hash__`) as source text and compiles it: ≈70 µs a method. kam,
Pydantic and annotated_types define over a hundred dataclasses between them, so every run of
`kam check` spent ≈30 ms compiling the same few hundred small functions, a sixth of its time.

`reuse()` gives the `dataclasses` module an `exec` of its own that looks the text up in a table of
code objects kept (marshalled) beside kam's bytecode, compiles only what is missing, and then
runs the code exactly as the builtin would have. `store()` writes the table back when it grew.
The table is keyed on the text itself and the interpreter's bytecode magic, so a different Python
or a changed class simply misses; like the .pyc files, nothing is written under
PYTHONDONTWRITEBYTECODE, and an unreadable table is ignored.
"""

from __future__ import annotations

import builtins
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

# Far more than kam's commands generate together (≈1,000); a table that outgrows it keeps only
# what the current run used, so it can't grow without end.
_MAX_ENTRIES = 5000

_table: dict[str, CodeType] = {}
_used: set[str] = set()
_grew = False


def table_path() -> Path:
    """Return where the table is kept: kam's bytecode folder (__pycache__, or its mirror under
    PYTHONPYCACHEPREFIX), named for the interpreter (cpython-311 …)."""
    bytecode = Path(importlib.util.cache_from_source(str(Path(__file__).resolve().parent / "__init__.py")))
    return bytecode.parent / f"dataclass-code.{sys.implementation.cache_tag}.marshal"


def reuse() -> None:
    """Make `dataclasses` take its generated methods from the table (read now, once)."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        return
    _table.update(_read(table_path()))
    # A module-level name shadows the builtin for the module's own code: only dataclasses' calls change.
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def store() -> None:
    """Write the table back if this run compiled anything new (atomically; errors are ignored)."""
    global _grew
    if not _grew or sys.dont_write_bytecode:
        return
    _grew = False
    kept = _table if len(_table) <= _MAX_ENTRIES else {text: _table[text] for text in _used}
    path = table_path()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(kept))
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """Run `source` as the builtin exec does, compiling a text only the first time it is seen."""
    global _grew
    if type(source) is str:
        code = _table.get(source)
        if code is None:
            # dont_inherit: compile as exec(text) in dataclasses would, not with this module's __future__ flags.
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _table[source] = code
            _grew = True
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _read(path: Path) -> dict[str, CodeType]:
    """Return the table stored at `path`, or an empty one if it is missing, foreign or damaged."""
    try:
        data = path.read_bytes()
        if not data.startswith(importlib.util.MAGIC_NUMBER):
            return {}
        table = marshal.loads(data[len(importlib.util.MAGIC_NUMBER) :])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {text: code for text, code in table.items() if isinstance(text, str) and isinstance(code, CodeType)}
