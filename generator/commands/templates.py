"""`kam templates export DIR`"""

from __future__ import annotations

from pathlib import Path

import click


@click.group("templates")
def command() -> None:
    """Work with templates: export the built-ins, edit them, render with --templates DIR."""


@command.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist in DIR.")
def export(directory: Path, force: bool) -> None:
    """Copy the built-in templates into DIRECTORY for editing.

    Edit any of them (or drop in your company's letterhead as proposal.docx) and pass
    `--templates DIRECTORY` to a render command; files you delete fall back to the built-ins.
    """
    from generator.template_export import export_templates

    for path in export_templates(directory, force=force):
        click.echo(f"wrote {path}")
