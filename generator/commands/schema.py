"""`kam schema [-o FILE]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import message_language_option


@click.command("schema", cls=KamCommand)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@message_language_option
def command(output: Path | None, language: str | None) -> None:
    """`kam schema` (its --help: `schema` in the help catalogue)."""
    from generator.models.schema import brief_schema_json
    from generator.output import write_atomic

    text = brief_schema_json()
    if output is None:
        click.echo(text)
    else:
        write_atomic(output, text.encode("utf-8"))
        from generator.commands.say import say
        from generator.i18n.messages import msg, resolve_language

        say(msg("cli.wrote", path=output), resolve_language(language))
