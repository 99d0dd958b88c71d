"""preflight/ reads files and judges them: it may use models, analysis and i18n, never render, load, output,
commands or the CLI (the command hands it the loaded brief and writes what it returns)."""

from __future__ import annotations

from pathlib import Path

import generator

PREFLIGHT = Path(generator.__file__).resolve().parent / "preflight"
FORBIDDEN = {"render", "load", "output", "commands", "cli", "demo"}


def test_preflight_imports_only_lower_layers():
    import ast

    offences = []
    for path in PREFLIGHT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[0] == "generator" and len(parts) > 1 and parts[1] in FORBIDDEN:
                    offences.append(f"{path.name} imports {name}")
    assert offences == []
