"""The example customer lists are what scripts/make_example_customers.py builds, byte for byte
(the Word templates and deck masters: test_proposal.py and test_deck_master.py).

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


def test_example_customer_lists():
    module = _script("make_example_customers")
    assert module.customers_xlsx() == (ROOT / "examples" / "customers.xlsx").read_bytes()
    assert module.customers_csv() == (ROOT / "examples" / "customers.csv").read_bytes()
