"""`kam validate BRIEF... [--lang zh|en]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import message_language_option
from generator.errors import BriefError, ReportedBriefError


@click.command("validate", cls=KamCommand)
@click.argument("briefs", nargs=-1, required=True, type=click.Path(path_type=Path))
@message_language_option
def command(briefs: tuple[Path, ...], language: str | None) -> None:
    """`kam validate` (its --help: `validate` in the help catalogue)."""
    from generator.commands.say import say
    from generator.i18n.messages import msg, resolve_language, stated_language
    from generator.load import is_seller_file, load_brief, load_seller

    problems = []
    for path in briefs:
        seller = not Path(path).suffix.lower().startswith(".xls") and is_seller_file(path)
        try:
            loaded = None if seller else load_brief(path)
            if seller:
                load_seller(path)
        except BriefError as exc:
            problems.extend(exc.problems)
            for line in exc.lines(resolve_language(language, exc.language)):
                click.echo(line, err=True)
            continue
        for warning in loaded.warnings if loaded else ():  # ignored sheets or columns of a workbook
            click.echo(f"warning: {warning}", err=True)
        spoken = resolve_language(language, stated_language(loaded.brief) if loaded else None)
        say(msg("cli.ok_seller" if seller else "cli.ok", path=path), spoken)
    if problems:
        raise ReportedBriefError(problems)
