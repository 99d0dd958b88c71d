"""What commands print, in the session's language: one place for success lines, warnings and option errors.

from generator.commands.say import say, warn, bad_parameter
language = resolve_language(option, brief.language)     # generator.i18n.messages
say(msg("cli.wrote", path=path), language)               # wrote … / 已写入 …
warn(msg("cli.unknown_make_up_year", ...), language)     # warning: … / 警告：… (stderr)
raise bad_parameter(msg("cli.bad_times", part=part))     # a usage error (exit 2) in the CLI's language
"""

from __future__ import annotations

import click

from generator.i18n.messages import Message, localize, msg


def say(message: Message | str, language: str, *, err: bool = False) -> None:
    """Print `message` in `language` (to stderr with err=True)."""
    click.echo(localize(message, language), err=err)


def warn(message: Message | str, language: str) -> None:
    """Print `message` as a warning line on stderr, in `language`."""
    click.echo(localize(msg("cli.warning", message=message), language), err=True)


def bad_parameter(message: Message | str) -> click.BadParameter:
    """Return a BadParameter whose message `kam` prints in the session's language (see generator.cli.main)."""
    return click.BadParameter(message)
