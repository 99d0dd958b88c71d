"""Shared fixtures: the built-in examples and a scratch folder to render into.

The tests sit in folders mirroring generator/ (tests/render/deck/ for generator/render/deck/ …),
without __init__.py files; the shared helpers (canary, docx_reading, repo_paths …) stay here in
tests/ and are imported as top-level modules, so this folder goes on sys.path first.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest

from generator.render.kit.templates import builtin_examples_dir


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """Return the folder of the built-in example briefs."""
    return builtin_examples_dir()


@pytest.fixture()
def examples(tmp_path: Path, examples_dir: Path) -> Path:
    """Return a writable copy of the examples folder (renders default to next to the brief)."""
    target = tmp_path / "examples"
    shutil.copytree(examples_dir, target)
    return target


@pytest.fixture(scope="session")
def zh_brief(examples_dir: Path):
    """Return the loaded Chinese example brief."""
    from generator.load import load_brief

    return load_brief(examples_dir / "brief-zh.yaml")


@pytest.fixture(scope="session")
def en_brief(examples_dir: Path):
    """Return the loaded English example brief."""
    from generator.load import load_brief

    return load_brief(examples_dir / "brief-en.yaml")


@pytest.fixture(scope="session")
def zh_plain_brief(zh_brief):
    """Return the Chinese example as one price list: its packages taken out (a brief without packages)."""
    brief = zh_brief.brief
    pricing = brief.proposal.pricing
    items = [item.model_copy(update={"package": None}) for item in pricing.items]
    plain = brief.proposal.model_copy(update={"pricing": pricing.model_copy(update={"packages": [], "items": items})})
    return brief.model_copy(update={"proposal": plain})


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Run every test in an English locale, so that messages don't depend on the machine's; tests of
    Chinese sessions set LANG themselves."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
