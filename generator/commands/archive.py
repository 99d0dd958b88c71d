"""`kam archive INPUT... [-o DIR] [--jobs N] [--grading RULE] [--lang zh|en] [--templates DIR]`"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, templates_option, today_option

_TENTH = Decimal("0.001")  # shares shown to 0.1 %


def _rule(_ctx: click.Context, _param: click.Parameter, value: str):
    from generator.analysis.grading import GradingRule

    try:
        return GradingRule.parse(value)
    except ValueError as exc:
        raise click.BadParameter(exc.args[0]) from None


@click.command("archive", cls=KamCommand)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("archive"),
    show_default=True,
)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), metavar="N", default=1, show_default=True)
@click.option(
    "--grading",
    "rule",
    metavar="RULE",
    default="value:70,90",
    show_default=True,
    callback=_rule,
)
@today_option
@language_option
@templates_option
def command(
    inputs: tuple[Path, ...], outdir: Path, jobs: int, rule, today, language: str | None, templates_dir: Path | None
) -> None:
    """`kam archive` (its --help: `archive` in the help catalogue)."""
    from generator.errors import KamError
    from generator.i18n import Texts
    from generator.i18n.messages import resolve_language
    from generator.render.archive.batch import build_archive

    with _progress(resolve_language(language)) as progress:
        result = build_archive(
            list(inputs),
            outdir,
            rule=rule,
            language=language,
            templates_dir=templates_dir,
            jobs=jobs,
            progress=progress,
            today=today.date() if today else None,
        )
    t = Texts(resolve_language(language, result.language), "CNY")
    for failure in result.failures:
        for problem in failure.problems:
            click.echo(problem.text(t.language), err=True)
    summary = result.summary
    if summary is not None:
        for layer in summary.tiers:
            click.echo(
                t.t(
                    "archive.terminal_tier",
                    tier=t.term(layer.tier),
                    count=layer.customers,
                    value=t.money_short(layer.value),
                    share=t.percent(layer.value_share.quantize(_TENTH)),
                )
            )
    click.echo(t.t("archive.terminal_done", cards=len(result.cards), outdir=result.outdir))
    if result.failures:
        error = KamError(t.t("archive.terminal_failed", count=len(result.failures), path=result.errors))
        error.language = t.language
        raise error


def _progress(language: str):
    """Return a context manager yielding a Progress: a rich bar (labels in `language`) when stderr is a terminal,
    silent otherwise."""
    import contextlib

    from generator.render.archive.batch import Progress

    if not sys.stderr.isatty():
        return contextlib.nullcontext(Progress())
    return _RichProgress(language)


class _RichProgress:
    def __init__(self, language: str):
        self.language = language

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        from generator.i18n.messages import localize, msg
        from generator.render.archive.batch import Progress

        self.bar = Bar(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.__enter__()
        reading = self.bar.add_task(localize(msg("cli.progress_reading"), self.language), total=None)
        writing = self.bar.add_task(localize(msg("cli.progress_cards"), self.language), total=None, visible=False)
        bar = self.bar

        class Shown(Progress):
            def reading(self, count: int) -> None:
                if count % 50 == 0:
                    bar.update(reading, completed=count)

            def writing(self, done: int, total: int) -> None:
                if done == 1 or done % 20 == 0 or done == total:
                    bar.update(reading, visible=False)
                    bar.update(writing, completed=done, total=total, visible=True)

        return Shown()

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc)
