"""`kam init [DIR] [--lang zh|en]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand


@click.command("init", cls=KamCommand)
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--lang",
    "language",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
)
@click.option(
    "--xlsx",
    "workbook",
    is_flag=True,
)
@click.option("--example", is_flag=True)
@click.option("--force", is_flag=True)
def command(directory: Path, language: str, workbook: bool, example: bool, force: bool) -> None:
    """`kam init` (its --help: `init` in the help catalogue)."""
    from generator.commands.say import say
    from generator.errors import KamError
    from generator.i18n.messages import msg, resolve_language
    from generator.starter import write_starter

    spoken = resolve_language(language)  # the starter brief's language is the one kam speaks here

    try:
        written = write_starter(directory, language, force=force, workbook=workbook, example=example)
    except KamError as exc:
        exc.language = exc.language or spoken
        raise
    for path in written:
        say(msg("cli.wrote", path=path), spoken)
