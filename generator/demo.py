"""`kam demo`: every document kam makes, from the built-in examples.

Each document adds one step here: (name, "module:function"), the function taking
(examples_dir: Path, outdir: Path) and returning the paths it wrote.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Callable

DEMO_STEPS: list[tuple[str, str]] = [
    ("proposal", "generator.render.proposal:demo"),
    ("deck", "generator.render.deck:demo"),
    ("archive", "generator.render.archive:demo"),
    ("visits", "generator.render.visits:demo"),
]


def demo_steps() -> list[tuple[str, Callable[[Path, Path], list[Path]]]]:
    """Return the demo steps whose renderer is present in this kam."""
    steps = []
    for name, target in DEMO_STEPS:
        module_name, _, function = target.partition(":")
        if importlib.util.find_spec(module_name) is None:
            continue
        steps.append((name, getattr(importlib.import_module(module_name), function)))
    return steps
