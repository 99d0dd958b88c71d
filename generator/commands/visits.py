"""`kam visits INPUT...`: plan the next weeks' visits as Word, Excel and calendar files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import DATE, language_option, templates_option

_DATE = DATE


def next_monday(today: dt.date) -> dt.date:
    """Return the first Monday after `today` (a week later when today is a Monday)."""
    return today + dt.timedelta(days=7 - today.weekday())


def _times(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[dt.time, ...]:
    if not value:
        return ()
    out = []
    for part in value.split(","):
        try:
            out.append(dt.datetime.strptime(part.strip(), "%H:%M").time())
        except ValueError:
            from generator.i18n.messages import msg

            raise click.BadParameter(msg("cli.bad_times", part=repr(part.strip()))) from None
    return tuple(sorted(out))


def _cadence(ctx: click.Context, param: click.Parameter, value: str | None):
    from generator.analysis.visits import Cadence

    try:
        return Cadence.parse(value) if value else Cadence()
    except ValueError as exc:
        raise click.BadParameter(exc.args[0]) from None


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from generator.analysis.workdays import supported_countries

    code = value.strip().upper()
    if code not in supported_countries():
        from generator.i18n.messages import msg

        raise click.BadParameter(msg("cli.bad_country", value=repr(value)))
    return code


@click.command("visits", cls=KamCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--from", "start", type=_DATE, default=None)
@click.option("--weeks", type=click.IntRange(1, 52), metavar="N", default=4, show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
)
@click.option(
    "--xlsx",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
)
@click.option(
    "--ics",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
)
@click.option("--per-day", type=click.IntRange(min=1), metavar="N", default=3, show_default=True)
@click.option(
    "--country",
    metavar="CODE",
    callback=_country,
    default=None,
)
@click.option(
    "--cadence",
    callback=_cadence,
    default=None,
    metavar="RULE",
)
@click.option("--meeting", type=_DATE, default=None)
@click.option(
    "--times",
    callback=_times,
    default=None,
    metavar="HH:MM,...",
)
@click.option("--duration", type=click.IntRange(15, 600), metavar="MINUTES", default=90, show_default=True)
@click.option(
    "--calendar",
    "calendar_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
)
@click.option("--today", type=_DATE, default=None, hidden=True)
@language_option
@templates_option
def command(
    inputs,
    start,
    weeks,
    output,
    xlsx,
    ics,
    per_day,
    country,
    cadence,
    meeting,
    times,
    duration,
    calendar_file,
    today,
    language,
    templates_dir,
) -> None:
    """`kam visits` (its --help: `visits` in the help catalogue)."""
    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.analysis.workdays import default_country, holidays_version
    from generator.commands.say import say, warn
    from generator.errors import BriefError, UsageProblem
    from generator.i18n.messages import msg, resolve_language, stated_language
    from generator.load.calendar import combine, load_calendar
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.visits.document import render_docx
    from generator.render.visits.ics import render_ics
    from generator.render.visits.xlsx import render_xlsx

    today = today.date() if today else dt.date.today()
    start = start.date() if start else next_monday(today)
    company_file = load_calendar(calendar_file) if calendar_file else None
    records, problems = [], []
    for item in iter_customers(list(inputs), language=language or "zh"):
        if isinstance(item, CustomerRecord):
            records.append(item)
        else:
            problems.extend(item.problems)
    if not records:
        raise BriefError(problems) if problems else UsageProblem(msg("cli.no_customers"))
    spoken = resolve_language(language, stated_language(records[0].brief))
    language = language or records[0].brief.language.value
    sellers = {id(r.brief.seller): r.brief.seller for r in records if r.brief.seller is not None}
    company = combine(*(s.calendar for s in sellers.values()), company_file)
    settings = Settings(
        start=start,
        weeks=weeks,
        per_day=per_day,
        cadence=cadence,
        today=today,
        meeting=meeting.date() if meeting else None,
    )
    plan = make_plan(
        [(r.brief, r.source) for r in records],
        settings,
        language=language,
        country=country or default_country(language),
        company=company,
    )
    missing = plan.calendar.years_without_make_up_days()
    if missing:
        from generator.i18n import Texts

        place = Texts(spoken).babel_locale.territories.get(plan.country, plan.country)
        warn(
            msg(
                "cli.unknown_make_up_year",
                years=", ".join(map(str, missing)),
                version=holidays_version(),
                country=place,
            ),
            spoken,
        )
    seller = records[0].brief.seller
    author = seller.in_language(language).name if seller else None
    output = output or Path(f"visit-plan-{start.isoformat()}.docx")
    from generator.render.kit.templates import TemplateSet

    files = [
        (
            output,
            render_docx(
                plan, problems=[p.text(language) for p in problems], author=author, templates=TemplateSet(templates_dir)
            ),
        )
    ]
    if xlsx:
        files.append((xlsx, render_xlsx(plan)))
    if ics:
        files.append((ics, render_ics(plan, times=times, duration=duration)))
    for path, data in files:
        say(msg("cli.wrote", path=write_atomic(path, data)), spoken)
    if problems:
        # Like `kam archive`: the good customers are planned, every bad record is reported, exit 1.
        raise BriefError(problems, language=spoken)
