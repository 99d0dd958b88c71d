"""Files kam keeps beside its bytecode, trusted as Python trusts its .pyc files: where they go, and
writing one (the compiled validators, models/compiled.py; the generated-code tables, generated_code.py)."""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from pathlib import Path


def folder_beside(source: Path) -> Path:
    """Return the folder where Python keeps the bytecode of `source`: its __pycache__, or that folder's
    mirror under PYTHONPYCACHEPREFIX."""
    return Path(importlib.util.cache_from_source(str(source))).parent


def keep(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (output.write_atomic), unless Python writes no bytecode
    (PYTHONDONTWRITEBYTECODE); a folder that can't be written just means no cache."""
    if sys.dont_write_bytecode:
        return
    from generator.errors import OutputError
    from generator.output import write_atomic  # only when writing: rarely, after an install or a change

    with contextlib.suppress(OutputError):
        write_atomic(path, data)
