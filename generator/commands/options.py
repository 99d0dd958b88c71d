"""Click options shared by the commands (their help: `shared.<name>` in generator/i18n/labels/help.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from generator.commands.help import SharedOption


class DateParam(click.ParamType):
    """A date option written as briefs may write it (2027-01-04, 2027/1/4, 2027年1月4日); a datetime at midnight."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        from generator.models.values import parse_date

        if isinstance(value, dt.datetime):
            return value
        try:
            day = parse_date(value)
        except ValueError as exc:
            from generator.load.problems import message_of

            raise click.BadParameter(message_of(exc), ctx, param) from None
        return dt.datetime(day.year, day.month, day.day)


DATE = DateParam()

language_option = click.option(
    "--lang", "language", type=click.Choice(["zh", "en"]), default=None, cls=SharedOption, help_key="lang_document"
)
templates_option = click.option(
    "--templates",
    "templates_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
)
message_language_option = click.option(
    "--lang", "language", type=click.Choice(["zh", "en"]), default=None, cls=SharedOption, help_key="lang_messages"
)
report_language_option = click.option(
    "--lang", "language", type=click.Choice(["zh", "en"]), default=None, cls=SharedOption, help_key="lang_report"
)
pdf_option = click.option("--pdf", is_flag=True)
today_option = click.option("--today", type=DATE, default=None, metavar="YYYY-MM-DD")
format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
strict_option = click.option("--strict", is_flag=True)


def suffix_check(suffix: str, message_key: str):
    """Return a Click callback refusing an output path that does not end in `suffix`, saying so with the
    catalogue message `message_key` (given the path)."""

    def check(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
        if value is not None and value.suffix.lower() != suffix:
            from generator.i18n.messages import msg

            raise click.BadParameter(msg(message_key, path=value), ctx, param)
        return value

    return check
