"""The JSON Schema of the brief, for editors (yaml-language-server) and other tools."""

from __future__ import annotations

import json

from generator.models.brief import Brief


def brief_schema() -> dict:
    """Return the JSON Schema (draft 2020-12) of a brief."""
    schema = Brief.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kam account brief"
    # `seller` may also be a path to a YAML file holding the seller (the loader reads it).
    seller = schema["properties"]["seller"]
    seller["anyOf"] = [*seller.get("anyOf", []), {"type": "string", "description": "Path to a seller YAML file"}]
    return schema


def brief_schema_json() -> str:
    """Return the JSON Schema as stable, readable JSON text."""
    return json.dumps(brief_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
