"""`kam demo OUTDIR [--pdf]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import message_language_option, pdf_option


@click.command("demo", cls=KamCommand)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@pdf_option
@message_language_option
def command(outdir: Path, pdf: bool, language: str | None) -> None:
    """`kam demo` (its --help: `demo` in the help catalogue)."""
    from generator.commands.say import say
    from generator.demo import demo_steps, pdf_jobs
    from generator.i18n.messages import msg, resolve_language
    from generator.render.kit.templates import builtin_examples_dir

    examples = builtin_examples_dir()
    spoken = resolve_language(language)
    for name, step in demo_steps():
        written = step(examples, outdir)
        for path in written:
            say(msg("cli.wrote", path=path), spoken)
        if pdf:
            from generator.render.kit.pdf import convert_to_pdf

            for source, target in pdf_jobs(name, written):
                say(msg("cli.wrote", path=convert_to_pdf(source, target)), spoken)
