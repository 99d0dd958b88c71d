"""The starter files `kam init` writes: a commented brief, a seller file and the brief's JSON Schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.errors import OutputError
from generator.i18n.messages import msg


def write_starter(directory: Path, language: str, *, force: bool = False, today: dt.date | None = None) -> list[Path]:
    """Write brief.yaml, seller.yaml and brief.schema.json into `directory`; return their paths.

    Refuses (OutputError) to overwrite an existing file unless `force`.
    """
    from generator.models.schema import brief_schema_json
    from generator.output import write_atomic
    from generator.render.kit.templates import builtin_templates_dir

    today = today or dt.date.today()
    starter = builtin_templates_dir() / "starter"
    brief = ((starter / f"brief-{language}.yaml").read_text(encoding="utf-8")
             .replace("{today}", today.isoformat())
             .replace("{valid_until}", (today + dt.timedelta(days=30)).isoformat()))
    files = {
        "brief.yaml": brief,
        "seller.yaml": (starter / f"seller-{language}.yaml").read_text(encoding="utf-8"),
        "brief.schema.json": brief_schema_json(),
    }
    targets = {name: Path(directory) / name for name in files}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing and not force:
        raise OutputError(msg("cli.already_exists", paths=", ".join(existing)))
    return [write_atomic(targets[name], text.encode("utf-8")) for name, text in files.items()]
