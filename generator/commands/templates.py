"""`kam templates export DIR`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand, KamGroup
from generator.commands.options import message_language_option


@click.group("templates", cls=KamGroup)
def command() -> None:
    """`kam templates` (its --help: `templates` in the help catalogue)."""


@command.command("export", cls=KamCommand)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True)
@message_language_option
def export(directory: Path, force: bool, language: str | None) -> None:
    """`kam templates export` (its --help: `templates.export` in the help catalogue)."""
    from generator.commands.say import say
    from generator.i18n.messages import msg, resolve_language
    from generator.template_export import export_templates

    spoken = resolve_language(language)
    for path in export_templates(directory, force=force):
        say(msg("cli.wrote", path=path), spoken)
