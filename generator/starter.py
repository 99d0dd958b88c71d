"""The starter files `kam init` writes: a commented brief, a seller file and the brief's JSON Schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.errors import OutputError
from generator.i18n.messages import msg


def write_starter(
    directory: Path,
    language: str,
    *,
    force: bool = False,
    today: dt.date | None = None,
    workbook: bool = False,
    example: bool = False,
) -> list[Path]:
    """Write brief.yaml (brief.xlsx when `workbook`), seller.yaml and brief.schema.json into `directory`;
    return their paths. `example` fills the brief from the built-in example (its logo copied beside it).

    Refuses (OutputError) to overwrite an existing file unless `force`.
    """
    from generator.models.schema import brief_schema_json
    from generator.output import write_atomic
    from generator.render.kit.templates import builtin_templates_dir

    today = today or dt.date.today()
    starter = builtin_templates_dir() / "starter"
    brief = (
        (starter / f"brief-{language}.yaml")
        .read_text(encoding="utf-8")
        .replace("{today}", today.isoformat())
        .replace("{valid_until}", (today + dt.timedelta(days=30)).isoformat())
    )
    files: dict[str, str | bytes] = {
        "brief.yaml": brief,
        "seller.yaml": (starter / f"seller-{language}.yaml").read_text(encoding="utf-8"),
        "brief.schema.json": brief_schema_json(),
    }
    if example:
        files.update(_example_files(language))
    if workbook:
        files["brief.xlsx"] = _workbook(files, language) if example else _empty_workbook(language)
        del files["brief.yaml"]
    targets = {name: Path(directory) / name for name in files}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing and not force:
        raise OutputError(msg("cli.already_exists", paths=", ".join(existing)))
    return [
        write_atomic(targets[name], text.encode("utf-8") if isinstance(text, str) else text)
        for name, text in files.items()
    ]


def _example_files(language: str) -> dict[str, str | bytes]:
    """Return the built-in example's brief, seller file and the logo it names, by file name."""
    from generator.render.kit.templates import builtin_examples_dir

    examples = builtin_examples_dir()
    return {
        "brief.yaml": (examples / f"brief-{language}.yaml").read_text(encoding="utf-8"),
        "seller.yaml": (examples / "seller.yaml").read_text(encoding="utf-8"),
        "assets/logo.png": (examples / "assets" / "logo.png").read_bytes(),
    }


def _empty_workbook(language: str) -> bytes:
    """Return an empty brief.xlsx: only the format version, language, currency and the seller file filled in."""
    from generator.render.workbook.brief_workbook import workbook_bytes

    return workbook_bytes({"brief": 1, "language": language, "currency": "CNY", "seller": "seller.yaml"}, language)


def _workbook(files: dict[str, str | bytes], language: str) -> bytes:
    """Return brief.xlsx made from the starter's brief.yaml, read beside its seller file in a scratch folder."""
    import tempfile

    from generator.render.workbook.convert import brief_workbook_from

    with tempfile.TemporaryDirectory() as scratch:
        for name, content in files.items():
            target = Path(scratch) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        source = Path(scratch) / "brief.yaml"
        return brief_workbook_from(source, Path(scratch) / "brief.xlsx", language=language)
