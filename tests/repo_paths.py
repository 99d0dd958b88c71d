"""Where the suite finds its data and the repository, wherever a test file sits under tests/."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
ROOT = TESTS.parent


def load_script(name: str):
    """Return the module of `scripts/<name>.py`, run as an import; skip the test where the
    scripts are not present (an installed package without its repository)."""
    import importlib.util

    import pytest

    script = ROOT / "scripts" / f"{name}.py"
    if not script.exists():
        pytest.skip("scripts/ not present (installed package only)")
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
