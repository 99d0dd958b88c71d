"""`kam init [DIR] [--lang zh|en]`"""

from __future__ import annotations

from pathlib import Path

import click


@click.command("init")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", "language", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the starter brief.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def command(directory: Path, language: str, force: bool) -> None:
    """Write a commented starter brief.yaml, seller.yaml and brief.schema.json into DIRECTORY."""
    from generator.commands.say import say
    from generator.errors import KamError
    from generator.i18n.messages import msg, resolve_language
    from generator.starter import write_starter

    spoken = resolve_language(language)  # the starter brief's language is the one kam speaks here

    try:
        written = write_starter(directory, language, force=force)
    except KamError as exc:
        exc.language = exc.language or spoken
        raise
    for path in written:
        say(msg("cli.wrote", path=path), spoken)
