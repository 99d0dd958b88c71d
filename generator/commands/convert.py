"""`kam convert SRC DST`: a brief from YAML to a workbook or back, the direction from the extensions."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand

_WORKBOOK = (".xlsx", ".xlsm")
_YAML = (".yaml", ".yml")


@click.command("convert", cls=KamCommand)
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    "language",
    type=click.Choice(["zh", "en"]),
    default=None,
)
def command(source: Path, target: Path, language: str | None) -> None:
    """`kam convert` (its --help: `convert` in the help catalogue)."""
    from generator.commands.say import say
    from generator.i18n.messages import msg, resolve_language

    kinds = (_kind(source), _kind(target))
    if None in kinds or kinds[0] == kinds[1]:
        raise click.UsageError(msg("cli.convert_kinds"))
    from generator.render.workbook.convert import convert_brief

    say(msg("cli.wrote", path=convert_brief(source, target, language=language)), resolve_language(language))


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return "xlsx" if suffix in _WORKBOOK else ("yaml" if suffix in _YAML else None)
