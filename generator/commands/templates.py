"""`kam templates export DIR`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.options import message_language_option


@click.group("templates")
def command() -> None:
    """Work with templates: export the built-ins, edit them, render with --templates DIR."""


@command.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist in DIR.")
@message_language_option
def export(directory: Path, force: bool, language: str | None) -> None:
    """Copy the built-in templates into DIRECTORY for editing.

    Edit any of them (or drop in your company's letterhead as proposal.docx) and pass
    `--templates DIRECTORY` to a render command; files you delete fall back to the built-ins.
    """
    from generator.commands.say import say
    from generator.i18n.messages import msg, resolve_language
    from generator.template_export import export_templates

    spoken = resolve_language(language)
    for path in export_templates(directory, force=force):
        say(msg("cli.wrote", path=path), spoken)
