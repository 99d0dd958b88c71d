"""docs/brief.md is generated from the models: it must name every field and be up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from generator.load.workbook.layout import layout

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_brief_reference", ROOT / "scripts" / "build_brief_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_brief_md_is_up_to_date():
    expected = _script().reference_markdown()
    assert (ROOT / "docs" / "brief.md").read_text(encoding="utf-8") == expected, (
        "docs/brief.md is stale: run python scripts/build_brief_reference.py"
    )


def test_reference_names_every_field_with_its_values():
    text = (ROOT / "docs" / "brief.md").read_text(encoding="utf-8")
    for sheet in layout():
        for item in sheet.fields:
            path = item.key if sheet.table is None else ".".join(sheet.table) + "[]." + item.key
            assert f"| `{path}` |" in text, path
    assert "`decision_maker` (决策者)" in text
    assert "customer-facing" in text and "internal" in text


def test_readme_points_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    assert "docs/brief.md" in readme and "brief.xlsx" in readme
