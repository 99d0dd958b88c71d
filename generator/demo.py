"""`kam demo`: every document kam makes, from the built-in examples.

Each document adds one step here: (name, "module:function"), the function taking
(examples_dir: Path, outdir: Path) and returning the paths it wrote.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

DEMO_STEPS: list[tuple[str, str]] = [
    ("proposal", "generator.render.proposal.document:demo"),
    ("deck", "generator.render.deck.document:demo"),
    ("archive", "generator.render.archive.batch:demo"),
    ("visits", "generator.render.visits.demo:demo"),
    ("negotiation", "generator.render.negotiation.document:demo"),
    ("review", "generator.render.review.demo:demo"),
    ("plan", "generator.render.plan.document:demo"),
]


def pdf_jobs(step: str, paths: list[Path]) -> list[tuple[Path, Path]]:
    """Return (document, PDF) for those of a step's written `paths` that go to the customer:
    proposals and decks (never a presenter copy, an internal plan or a card)."""
    if step == "proposal":
        return [(p, p.with_suffix(".pdf")) for p in paths if p.suffix.lower() == ".docx"]
    if step == "deck":
        from generator.render.deck.document import pdf_path

        return [(p, pdf_path(p)) for p in paths if p.suffix.lower() == ".pptx" and not p.stem.endswith("-presenter")]
    return []


def demo_steps() -> list[tuple[str, Callable[[Path, Path], list[Path]]]]:
    """Return the demo steps whose renderer is present in this kam."""
    steps = []
    for name, target in DEMO_STEPS:
        module_name, _, function = target.partition(":")
        if importlib.util.find_spec(module_name) is None:
            continue
        steps.append((name, getattr(importlib.import_module(module_name), function)))
    return steps
