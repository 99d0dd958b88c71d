"""`kam review INPUT... [-o review.xlsx] [--docx FILE] [--today DATE] [--lang zh|en] [--templates DIR]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, templates_option, today_option


def _suffix(expected: str):
    def check(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
        if value is not None and value.suffix.lower() != expected:
            from generator.i18n.messages import msg

            raise click.BadParameter(msg("cli.name_it", path=value, suffix=expected), ctx, param)
        return value

    return check


@click.command("review", cls=KamCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("review.xlsx"),
    show_default=True,
    callback=_suffix(".xlsx"),
)
@click.option(
    "--docx",
    "docx_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=_suffix(".docx"),
)
@today_option
@language_option
@templates_option
def command(
    inputs: tuple[Path, ...],
    output: Path,
    docx_path: Path | None,
    today,
    language: str | None,
    templates_dir: Path | None,
) -> None:
    """`kam review` (its --help: `review` in the help catalogue)."""
    import datetime as dt

    from generator.analysis.review import review_rows
    from generator.errors import BriefError
    from generator.i18n import Texts
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.output import write_atomic
    from generator.render.kit.templates import TemplateSet
    from generator.render.review.xlsx import render_review_xlsx

    day = today.date() if today else dt.date.today()
    records, problems = [], []
    for item in iter_customers(list(inputs), language=language or "zh"):
        if isinstance(item, CustomerRecord):
            records.append(item)
        else:
            problems.extend(item.problems)
    language = language or (records[0].brief.language.value if records else "zh")
    t = Texts(language)
    if not records:
        if problems:
            raise BriefError(problems, language=language)
        raise click.UsageError(t.t("review.no_briefs"))
    rows = review_rows([(r.brief, r.source) for r in records], day)
    # Everything is rendered before anything is written: a failure leaves no partial output.
    files = [(output, render_review_xlsx(rows, language, day))]
    if docx_path is not None:
        from generator.render.review.document import render_review_docx

        files.append((docx_path, render_review_docx(rows, language, day, TemplateSet(templates_dir))))
    for path, data in files:
        click.echo(t.t("review.wrote", path=write_atomic(path, data)))
    if problems:
        raise BriefError(problems, language=language)
