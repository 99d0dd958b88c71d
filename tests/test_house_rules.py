"""CI runs the house rules pyproject.toml configures: format check, lint, types, then the suite."""

from __future__ import annotations

import re
import tomllib

import pytest
import repo_paths

ROOT = repo_paths.ROOT
pytestmark = pytest.mark.skipif(not (ROOT / ".ci" / "run").exists(), reason="needs the source tree")


def _ci_commands() -> list[str]:
    """Return the commands .ci/run runs after installing the test extra, in order."""
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "'.[test]'" in line)
    return [line.strip() for line in lines[start + 1 :] if line.strip() and not line.lstrip().startswith("#")]


def test_ci_formats_lints_type_checks_then_tests():
    assert _ci_commands() == ["ruff format --check .", "ruff check .", "mypy", "pytest"]
    assert "set -euo pipefail" in (ROOT / ".ci" / "run").read_text()  # any finding fails the run


def test_the_tools_are_configured_and_installed_by_the_test_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    tools = project["tool"]
    assert tools["mypy"]["packages"] == ["generator"]  # so plain `mypy` checks the package
    assert tools["mypy"]["check_untyped_defs"] is True
    assert not any(o.get("ignore_errors") for o in tools["mypy"].get("overrides", []))
    assert {"F", "E", "B", "UP", "SIM", "C90", "I"} <= set(tools["ruff"]["lint"]["select"])
    extra = {
        re.split(r"[<>=~\[ ]", requirement)[0] for requirement in project["project"]["optional-dependencies"]["test"]
    }
    assert {"pytest", "ruff", "mypy"} <= extra
