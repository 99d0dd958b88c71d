"""The built-in templates and example lists are what scripts/ builds, byte for byte.

So the committed binaries are never edited by hand, and a change to a script shows up as a
change of its output in the same commit.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest
import repo_paths

ROOT = repo_paths.ROOT
pytestmark = pytest.mark.skipif(not (ROOT / "scripts").is_dir(), reason="scripts/ not present (installed package only)")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"kam_script_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_word_templates():
    built = _script("build_word_templates").build()
    assert built == (ROOT / "templates" / "proposal.docx").read_bytes()
    assert built == (ROOT / "templates" / "report.docx").read_bytes()


def test_deck_masters():
    module = _script("build_deck_template")
    assert module.build("builtin") == (ROOT / "templates" / "deck.pptx").read_bytes()
    assert module.build("company") == (repo_paths.DATA / "deck_company" / "deck.pptx").read_bytes()


def test_example_customer_lists():
    module = _script("make_example_customers")
    assert module.customers_xlsx() == (ROOT / "examples" / "customers.xlsx").read_bytes()
    assert module.customers_csv() == (ROOT / "examples" / "customers.csv").read_bytes()
