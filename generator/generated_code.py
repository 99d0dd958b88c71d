"""Reuse the code that `dataclasses` and `typing` compile at run time, the way Python reuses .pyc files.

Two standard modules compile source text while other modules are being imported:
- `@dataclass` writes each class's `__init__`, `__repr__`, `__eq__` (and for a frozen class
  `__setattr__`, `__delattr__`, `__hash__`) as text and compiles it: ≈70 µs a method. kam,
  Pydantic and annotated_types define over a hundred dataclasses between them: ≈30 ms of every
  `kam check` went to compiling the same few hundred small functions.
- `typing.ForwardRef` compiles each annotation written as a string (`"bool"`, `"dict[str, Any]"`),
  which Pydantic does for every annotation of BaseModel and of its core schema's TypedDicts, once
  per model: ≈750 compilations, ≈5 ms.

`reuse()` gives each of the two modules a compile function of its own (a module-level `exec` or
`compile` shadows the builtin for that module's code only) that looks the text up in a table of
code objects, kept marshalled beside kam's bytecode, and compiles only what is missing; the code
then runs exactly as the builtin's would. `store()` writes the table back when it grew. The table
is keyed on the text (with its mode) and the interpreter's bytecode magic, so a different Python
or a changed class simply misses, and it is dropped when kam's version changes; like the .pyc files, nothing is written under
PYTHONDONTWRITEBYTECODE, and an unreadable table is ignored.
"""

from __future__ import annotations

import builtins
import importlib.util
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from generator import __version__
from generator.bytecode_cache import folder_beside, keep

# Far more than a command generates (400–700); a table that outgrows it keeps only what the
# current run used, so it can't grow without end. A new kam version starts a new table.
_MAX_ENTRIES = 5000

# Keys: "exec\0<text>" or "eval\0<text>". Each command has a table of its own, which holds each code
# object marshalled on its own, unmarshalled only when asked for: one table for every command
# (≈1,000 entries, 0.9 MB) took 4 ms to read whole, and a validate needs 400 of them.
_name = ""
_stored: dict[str, bytes] = {}
_loaded: dict[str, CodeType] = {}
_used: set[str] = set()
_grew = False


def table_path(name: str) -> Path:
    """Return where the table `name` is kept: kam's bytecode folder (__pycache__, or its mirror under
    PYTHONPYCACHEPREFIX), named for the interpreter (cpython-311 …)."""
    folder = folder_beside(Path(__file__).resolve().parent / "__init__.py")
    return folder / f"generated-code.{name}.{sys.implementation.cache_tag}.marshal"


def reuse(name: str) -> None:
    """Make `dataclasses` and `typing` take the code they generate from the table `name` (a command's
    name; read now, once: a later call changes nothing)."""
    global _name
    import dataclasses
    import typing

    if getattr(dataclasses, "exec", None) is _exec:
        return
    _name = name
    _stored.update(_read(table_path(name)))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    typing.compile = _compile  # type: ignore[attr-defined]


def store() -> None:
    """Write the table back if this run compiled anything new."""
    global _grew
    if not _grew:
        return
    _grew = False
    table = {**_stored, **{key: marshal.dumps(code) for key, code in _loaded.items() if key not in _stored}}
    kept = table if len(table) <= _MAX_ENTRIES else {key: table[key] for key in _used}
    keep(table_path(_name), importlib.util.MAGIC_NUMBER + marshal.dumps((__version__, kept)))


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """Run `source` as the builtin exec does (dataclasses' calls), compiling a text only the first time."""
    if type(source) is str:
        source = _code(source, "exec")
    builtins.exec(source, globals, locals)


def _compile(
    source: Any, filename: str, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
) -> Any:
    """Return what the builtin compile does (typing's calls), from the table for a plain text."""
    if type(source) is str and filename == "<string>" and flags == 0 and optimize == -1:
        return _code(source, mode)
    return builtins.compile(source, filename, mode, flags, dont_inherit, optimize)


def _code(source: str, mode: str) -> CodeType:
    """Return `source` compiled in `mode`: from the table, or compiled now and added to it."""
    global _grew
    key = f"{mode}\0{source}"
    _used.add(key)
    code = _loaded.get(key)
    if code is None:
        code = _unmarshalled(_stored.get(key))
        if code is None:
            # dont_inherit: compiled as in dataclasses and typing (no __future__ imports), not with this module's.
            code = builtins.compile(source, "<string>", mode, dont_inherit=True)
            _stored.pop(key, None)
            _grew = True
        _loaded[key] = code
    return code


def _unmarshalled(blob: bytes | None) -> CodeType | None:
    """Return the code object marshalled in `blob`, or None if there is none or it is damaged."""
    if blob is None:
        return None
    try:
        code = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return None
    return code if isinstance(code, CodeType) else None


def _read(path: Path) -> dict[str, bytes]:
    """Return the table stored at `path` (each code object still marshalled), or an empty one if it is
    missing, foreign or damaged."""
    try:
        data = path.read_bytes()
        if not data.startswith(importlib.util.MAGIC_NUMBER):
            return {}
        version, table = marshal.loads(data[len(importlib.util.MAGIC_NUMBER) :])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if version != __version__ or not isinstance(table, dict):
        return {}
    return {key: code for key, code in table.items() if isinstance(key, str) and isinstance(code, bytes)}
