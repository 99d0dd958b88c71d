"""Build docs/brief.md, the reference of every brief field, from the models (never by hand).

    python scripts/build_brief_reference.py          # writes docs/brief.md
    python scripts/build_brief_reference.py --check  # exits 1 when docs/brief.md is stale

Each field: its dotted path (`[]` marks a list of records), type, required or not, the allowed
values of an enumeration in English and Chinese, customer-facing or internal, and an example
taken from the built-in example brief. Sections follow the sheets of the brief workbook.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.i18n import Texts  # noqa: E402
from generator.load.workbook.cells import field_label, sheet_title  # noqa: E402
from generator.load.workbook.layout import Field_, Sheet, layout  # noqa: E402

TARGET = ROOT / "docs" / "brief.md"

_TYPES = {
    "text": "text",
    "money": 'amount (380000, "¥380,000", "38万")',
    "rate": 'rate (0.13 or "13%")',
    "int": "whole number",
    "bool": "true / false (是 / 否)",
    "date": "date YYYY-MM-DD",
    "term": "one of the values",
    "texts": "list of texts",
    "terms": "list of values",
    "json": "list of records",
}


def _example_data() -> dict[str, Any]:
    from generator.load.yaml_source import load_yaml

    return load_yaml(ROOT / "examples" / "brief-zh.yaml")[0]


def _example(data: Any, path: tuple[str, ...]) -> Any:
    """Return the first value at `path` in example data, lists searched through; None when the example has none."""
    if not path:
        return data
    if isinstance(data, list):
        for item in data:
            found = _example(item, path)
            if found is not None:
                return found
        return None
    if isinstance(data, dict) and path[0] in data:
        return _example(data[path[0]], path[1:])
    return None


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value[:3])
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return f"`{text[:60]}`"


def _path(sheet: Sheet, item: Field_) -> str:
    if sheet.table is None:
        return item.key
    return ".".join(sheet.table) + "[]." + item.key


def _values(item: Field_) -> str:
    if item.term is None:
        return ""
    return ", ".join(
        f"`{m.value}` ({m._synonyms[0]})" if getattr(m, "_synonyms", ()) else f"`{m.value}`" for m in item.term
    )


def reference_markdown() -> str:
    """Return docs/brief.md as text, from the models."""
    zh, en = Texts("zh"), Texts("en")
    example = _example_data()
    lines = [
        "# The account brief: every field",
        "",
        "Generated from the models by `scripts/build_brief_reference.py`; do not edit by hand.",
        "",
        "A brief is a YAML file (`examples/brief-zh.yaml`, `examples/brief-en.yaml`) or a workbook "
        "(`kam init --xlsx`, `kam convert brief.yaml brief.xlsx`). Each section below is one sheet of the "
        "workbook (its Chinese and English tab names). *Customer-facing* fields may appear in the proposal "
        "and the deck; *internal* ones never do. Enumerations take the English value or the Chinese term.",
        "",
        "`seller` may also be the name of a seller YAML file, relative to the brief.",
        "",
    ]
    for sheet in layout():
        lines += [f"## {sheet_title(en, sheet)} · {sheet_title(zh, sheet)}", ""]
        if sheet.table is not None:
            lines += [f"A list: `{'.'.join(sheet.table)}`, one record per row of the sheet.", ""]
        lines += [
            "| Field | 名称 / Name | Type | Required | Audience | Allowed values | Example |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for item in sheet.fields:
            full = (sheet.table or ()) + item.path if sheet.table else item.full
            description = f" — {item.description}" if item.description else ""
            lines.append(
                "| `{}` | {} | {}{} | {} | {} | {} | {} |".format(
                    _path(sheet, item),
                    f"{field_label(zh, full)} / {field_label(en, full)}",
                    _TYPES[item.kind],
                    description.replace("|", "\\|"),
                    "required" if item.required else "optional",
                    "customer-facing" if item.customer_facing else "internal",
                    _values(item),
                    _shown(_example(example, full)),
                )
            )
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when docs/brief.md is stale")
    args = parser.parse_args()
    text = reference_markdown()
    if args.check:
        return 0 if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text else 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
