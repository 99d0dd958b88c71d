"""`kam check BRIEF... [--format text|json] [--strict] [--today DATE]`"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import format_option, report_language_option, strict_option, today_option
from generator.errors import KamError


class FindingsFail(KamError):
    """The check found errors (or warnings under --strict): exit 1, the report already says why."""

    def lines(self, language: str = "en") -> list[str]:
        return []


def _rate(ctx: click.Context, param: click.Parameter, value: str | None) -> Decimal | None:
    from generator.models.values import parse_rate

    if value is None:
        return None
    from generator.load.problems import message_of

    try:
        return parse_rate(value)
    except ValueError as exc:
        raise click.BadParameter(message_of(exc)) from None


@click.command("check", cls=KamCommand)
@click.argument("briefs", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@format_option
@strict_option
@today_option
@click.option(
    "--max-discount",
    callback=_rate,
    default=None,
    metavar="RATE",
)
@report_language_option
def command(
    briefs: tuple[Path, ...],
    output_format: str,
    strict: bool,
    today: dt.datetime | None,
    max_discount: Decimal | None,
    language: str | None,
) -> None:
    """`kam check` (its --help: `check` in the help catalogue)."""
    from generator.analysis.coach.check import check_brief
    from generator.analysis.coach.registry import DEFAULT_MAX_DISCOUNT, Severity
    from generator.errors import BriefError
    from generator.i18n.messages import msg, resolve_language
    from generator.load import load_brief
    from generator.render.check.report import brief_report, invalid_report, json_report, text_report

    day = today.date() if today else dt.date.today()
    limit = DEFAULT_MAX_DISCOUNT if max_discount is None else max_discount
    reports = []
    for path in briefs:
        try:
            loaded = load_brief(path)
        except BriefError as exc:
            reports.append(invalid_report(path, exc.problems, resolve_language(language, exc.language)))
            continue
        reports.append(
            brief_report(
                loaded,
                check_brief(loaded.brief, day, max_discount=limit),
                resolve_language(language, loaded.brief.language),
            )
        )
    click.echo(json_report(reports) if output_format == "json" else text_report(reports, language), nl=False)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if any(item.severity in failing for report in reports for item in report.items):
        # Not ctx.exit(1): `kam` runs Click without standalone mode, which turns Exit into a return value.
        raise FindingsFail(msg("cli.check_failed"))
