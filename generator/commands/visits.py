"""`kam visits INPUT...`: plan the next weeks' visits as Word, Excel and calendar files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from generator.commands.options import language_option, templates_option

_DATE = click.DateTime(formats=["%Y-%m-%d"])


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
            raise click.BadParameter(f"{part.strip()!r}: write start times as HH:MM, e.g. 09:30,14:00") from None
    return tuple(sorted(out))


def _cadence(ctx: click.Context, param: click.Parameter, value: str | None):
    from generator.analysis.visits import Cadence

    try:
        return Cadence.parse(value) if value else Cadence()
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from generator.analysis.workdays import supported_countries

    code = value.strip().upper()
    if code not in supported_countries():
        raise click.BadParameter(f"{value!r}: not a country the holidays library knows (ISO 3166 code such as CN, US, DE)")
    return code


@click.command("visits")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--from", "start", type=_DATE, default=None, help="First day of the plan (default: next Monday).")
@click.option("--weeks", type=click.IntRange(1, 52), default=4, show_default=True, help="Length of the plan in weeks.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The Word plan (default: visit-plan-<from>.docx in the current folder).")
@click.option("--xlsx", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the plan as an Excel sheet.")
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the visits as a calendar file.")
@click.option("--per-day", type=click.IntRange(min=1), default=3, show_default=True, help="Most visits on one day.")
@click.option("--country", callback=_country, default=None,
              help="Whose holidays and working days to follow (default: CN for zh, US for en).")
@click.option("--cadence", callback=_cadence, default=None, metavar="RULE",
              help="Days between visits per tier, e.g. key=2w,ordinary=1m,small=3m (default; floor=90 is the longest gap).")
@click.option("--meeting", type=_DATE, default=None, help="Date of the annual key-account meeting (invite key customers).")
@click.option("--times", callback=_times, default=None, metavar="HH:MM,...",
              help="Timed calendar events starting at these times (default: all-day events).")
@click.option("--duration", type=click.IntRange(15, 600), default=90, show_default=True, help="Minutes per timed visit.")
@click.option("--today", type=_DATE, default=None, hidden=True)
@language_option
@templates_option
def command(inputs, start, weeks, output, xlsx, ics, per_day, country, cadence, meeting, times, duration, today, language,
            templates_dir) -> None:
    """Plan visits to the customers in INPUTS (briefs, folders of briefs, CSV or XLSX customer lists).

    Key customers every two weeks, ordinary monthly, small quarterly, every customer at
    least once in 90 days; on working days only, at most --per-day a day. Each visit
    comes with whom to meet, the objective, what to give and get, the commitment to ask
    for, objections to prepare and personal notes.
    """
    from generator.analysis.visits import Settings
    from generator.analysis.visits_plan import make_plan
    from generator.analysis.workdays import default_country
    from generator.errors import BriefError
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.visits.document import render_docx
    from generator.render.visits.ics import render_ics
    from generator.render.visits.xlsx import render_xlsx

    today = today.date() if today else dt.date.today()
    start = start.date() if start else next_monday(today)
    records, problems = [], []
    for item in iter_customers(list(inputs), language=language or "zh"):
        if isinstance(item, CustomerRecord):
            records.append(item)
        else:
            problems.extend(item.problems)
    if not records:
        raise BriefError(problems) if problems else click.UsageError("no customers in the inputs")
    language = language or records[0].brief.language.value
    settings = Settings(start=start, weeks=weeks, per_day=per_day, cadence=cadence, today=today,
                        meeting=meeting.date() if meeting else None)
    plan = make_plan([(r.brief, r.source) for r in records], settings, language=language,
                     country=country or default_country(language))
    seller = records[0].brief.seller
    author = seller.in_language(language).name if seller else None
    output = output or Path(f"visit-plan-{start.isoformat()}.docx")
    from generator.render.kit.templates import TemplateSet

    files = [(output, render_docx(plan, problems=[str(p) for p in problems], author=author,
                                  templates=TemplateSet(templates_dir)))]
    if xlsx:
        files.append((xlsx, render_xlsx(plan)))
    if ics:
        files.append((ics, render_ics(plan, times=times, duration=duration)))
    for path, data in files:
        click.echo(f"wrote {write_atomic(path, data)}")
    if problems:
        # Like `kam archive`: the good customers are planned, every bad record is reported, exit 1.
        raise BriefError(problems)
