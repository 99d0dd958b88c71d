"""`kam proposal BRIEF [-o OUT.docx] [--lang zh|en] [--templates DIR]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, pdf_option, templates_option


@click.command("proposal", cls=KamCommand)
@click.argument("brief", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
)
@language_option
@templates_option
@pdf_option
def command(brief: Path, output: Path | None, language: str | None, templates_dir: Path | None, pdf: bool) -> None:
    """`kam proposal` (its --help: `proposal` in the help catalogue)."""
    from generator.commands.say import say
    from generator.i18n.messages import msg, resolve_language
    from generator.render.jobs import proposal_job

    written = proposal_job(brief, output=output, language=language, templates_dir=templates_dir)
    spoken = resolve_language(language, written.stated)
    say(msg("cli.wrote", path=written.path), spoken)
    if pdf:
        from generator.render.kit.pdf import convert_to_pdf

        say(msg("cli.wrote", path=convert_to_pdf(written.path)), spoken)
