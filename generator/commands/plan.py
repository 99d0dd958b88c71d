"""`kam plan BRIEF... [-o FILE.docx | DIR] [--year YYYY] [--today DATE] [--lang] [--templates DIR] [--pdf]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, pdf_option, templates_option, today_option


@click.command("plan", cls=KamCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
)
@click.option(
    "--year",
    type=click.IntRange(2000, 2099),
    metavar="YYYY",
    default=None,
)
@today_option
@language_option
@templates_option
@pdf_option
def command(inputs, output, year, today, language, templates_dir, pdf) -> None:
    """`kam plan` (its --help: `plan` in the help catalogue)."""
    import datetime as dt

    from generator.commands.say import say
    from generator.errors import BriefError, UsageProblem
    from generator.i18n.messages import msg, resolve_language, stated_language
    from generator.render.plan.jobs import read_accounts, write_plans

    records, problems = read_accounts(list(inputs), language)
    spoken = resolve_language(language, stated_language(records[0].brief) if records else None)
    if not records:
        raise BriefError(problems, language=spoken) if problems else UsageProblem(msg("cli.no_accounts"))
    if output is not None and output.suffix.lower() == ".docx" and len(records) > 1:
        raise UsageProblem(msg("cli.plan_needs_folder", path=output, count=len(records)))
    day = today.date() if today else dt.date.today()
    written = write_plans(records, output=output, year=year, today=day, language=language, templates_dir=templates_dir)
    for path in written:
        say(msg("cli.wrote", path=path), spoken)
        if pdf:
            from generator.render.kit.pdf import convert_to_pdf

            say(msg("cli.wrote", path=convert_to_pdf(path)), spoken)
    if problems:
        raise BriefError(problems, language=spoken)
