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

    code = (
        "import sys; from generator.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('docx', 'pptx', 'openpyxl', 'babel', 'pydantic', 'yaml', 'jinja2', 'lxml') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY=\n" in result.stdout, result.stdout


def module_imports(path: Path) -> set[str]:
    """Return the modules of ours that the module at `path` imports (at any depth, lazily or not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("generator.")}
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("generator")
        ):
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def module_graph() -> dict[str, set[str]]:
    """Return module → modules of ours it imports, for every module of the package."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("generator", *path.relative_to(PACKAGE).with_suffix("").parts))
        modules[name.removesuffix(".__init__")] = path
    return {name: {m for m in module_imports(path) if m in modules and m != name} for name, path in modules.items()}


def test_no_import_cycles():
    graph = module_graph()
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append(" → ".join(trail[trail.index(target) :] + [target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_render_has_one_folder_per_document():
    loose = sorted(
        p.name
        for p in (PACKAGE / "render").glob("*.py")
        if p.name not in {"__init__.py", "customer_view.py", "jobs.py"}
    )
    assert loose == [], "render modules belong in a document's folder or in render/kit/"
