"""The README's install path: a non-editable install carries templates, examples and labels."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import repo_paths

ROOT = repo_paths.ROOT


def test_builtin_templates_and_examples_are_found():
    from generator.render.kit.templates import builtin_examples_dir, builtin_templates_dir

    assert (builtin_templates_dir() / "proposal.docx").is_file()
    assert (builtin_templates_dir() / "starter" / "brief-zh.yaml").is_file()
    assert (builtin_examples_dir() / "brief-zh.yaml").is_file()


def test_installed_package_uses_its_own_templates():
    """When kam is installed (not from this checkout), the templates come from inside the package."""
    import generator
    from generator.render.kit.templates import builtin_templates_dir

    package = Path(generator.__file__).resolve().parent
    if package.parent == ROOT:
        pytest.skip("running from the source checkout (editable install)")
    assert builtin_templates_dir() == package / "templates"


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "generator").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_wheel_contains_templates_examples_and_labels(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("kam-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "generator/templates/proposal.docx",
        "generator/templates/proposal.j2",
        "generator/templates/starter/brief-zh.yaml",
        "generator/templates/starter/seller-en.yaml",
        "generator/examples/brief-zh.yaml",
        "generator/examples/brief-en.yaml",
        "generator/examples/seller.yaml",
        "generator/examples/assets/logo.png",
        "generator/i18n/labels/proposal.py",
        "generator/cli.py",
    ):
        assert required in names, required
    source_templates = {p.name for p in (ROOT / "templates").iterdir() if p.is_file()}
    shipped = {Path(n).name for n in names if n.startswith("generator/templates/") and n.count("/") == 2}
    assert source_templates <= shipped, f"templates not shipped: {source_templates - shipped}"
