"""Imports flow one way: cli → commands → (load, analysis, render, output) → models (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import generator

PACKAGE = Path(generator.__file__).resolve().parent

# layer → layers of ours it must not import
FORBIDDEN = {
    "models": {"load", "analysis", "render", "commands", "cli", "output", "i18n", "demo"},
    "analysis": {"load", "render", "commands", "cli", "output"},
    "load": {"render", "commands", "cli", "analysis"},
    "render": {"commands", "cli"},
    "i18n": {"load", "render", "commands", "cli", "analysis", "models"},
}


def imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layers = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "generator" and len(parts) > 1:
                layers.add(parts[1])
    return layers


def test_imports_flow_one_way():
    offences = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = imported_layers(path) & forbidden
            if bad:
                offences.append(f"{path.relative_to(PACKAGE)} imports {sorted(bad)}")
    assert offences == []


def test_help_imports_no_heavy_library():
    import subprocess
    import sys

    code = ("import sys; from generator.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('docx', 'pptx', 'openpyxl', 'babel', 'pydantic', 'yaml', 'jinja2', 'lxml') if m in sys.modules]\n"
            "print('HEAVY=' + ','.join(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY=\n" in result.stdout, result.stdout
