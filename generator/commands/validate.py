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
    from generator.commands.say import say, warn
    from generator.i18n.messages import msg, resolve_language, stated_language
    from generator.load import LoadedBrief, load_brief_or_seller

    problems = []
    for path in briefs:
        try:
            loaded = load_brief_or_seller(path)
        except BriefError as exc:
            problems.extend(exc.problems)
            for line in exc.lines(resolve_language(language, exc.language)):
                click.echo(line, err=True)
            continue
        if isinstance(loaded, LoadedBrief):
            spoken = resolve_language(language, stated_language(loaded.brief))
            for warning in loaded.warnings:  # ignored sheets or columns of a workbook
                warn(warning.text(spoken), spoken)
            say(msg("cli.ok", path=path), spoken)
        else:
            say(msg("cli.ok_seller", path=path), resolve_language(language, None))
    if problems:
        raise ReportedBriefError(problems)
