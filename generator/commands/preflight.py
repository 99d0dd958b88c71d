"""`kam preflight FILE... --brief BRIEF [--archive PATH...] [--format text|json] [--strict] [--lang zh|en] [--clean OUT]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import format_option, report_language_option, strict_option
from generator.errors import KamError

CLEANABLE = (".docx", ".docm", ".pptx", ".pptm", ".xlsx", ".xlsm")


class PreflightFail(KamError):
    """Preflight found errors (or, with --strict, anything), or refused to clean: the report says why."""

    def lines(self, language: str = "en") -> list[str]:
        return []


@click.command("preflight", cls=KamCommand)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--brief",
    "brief_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "--archive",
    "archive",
    multiple=True,
    type=click.Path(path_type=Path),
)
@format_option
@strict_option
@click.option(
    "--clean",
    "clean_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="OUT",
)
@report_language_option
def command(
    files: tuple[Path, ...],
    brief_path: Path,
    archive: tuple[Path, ...],
    output_format: str,
    strict: bool,
    clean_out: Path | None,
    language: str | None,
) -> None:
    """`kam preflight` (its --help: `preflight` in the help catalogue)."""
    from generator.i18n import Texts
    from generator.load import load_brief
    from generator.preflight.facts import brief_facts
    from generator.preflight.report import json_report, text_report
    from generator.preflight.rules import failing
    from generator.preflight.run import check_file

    files = _expand(files)
    loaded = load_brief(brief_path)
    t = Texts(language or loaded.brief.language.value, loaded.brief.currency)
    if clean_out is not None:
        _check_clean_usage(files, clean_out, t)
    facts = brief_facts(loaded.brief, _other_customers(archive, t))
    reports = [check_file(path, facts) for path in files]
    click.echo(json_report(reports, t) if output_format == "json" else text_report(reports, t), nl=False)
    failed = any(report.problem is not None or failing(list(report.findings), strict) for report in reports)
    if clean_out is not None and reports[0].problem is None:
        failed = _clean(files[0], clean_out, facts, t, strict, output_format)
    if failed:
        # Not ctx.exit(1): `kam` runs Click without standalone mode, which turns Exit into a return value.
        raise PreflightFail("preflight found problems")


def _expand(paths: tuple[Path, ...]) -> tuple[Path, ...]:
    """Return the files to check: each file as given, each folder's Office and PDF files (sorted, recursive,
    Office's own lock files `~$…` left out)."""
    from generator.preflight.readers import SUFFIXES

    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("~$")
            )
        else:
            out.append(path)
    return tuple(out)


def _check_clean_usage(files: tuple[Path, ...], out: Path, t) -> None:
    if len(files) != 1:
        raise click.UsageError(t.t("preflight.clean_one_file"))
    source = files[0]
    if source.suffix.lower() not in CLEANABLE:
        raise click.UsageError(t.t("preflight.clean_kind"))
    if out.suffix.lower() != source.suffix.lower():
        raise click.UsageError(t.t("preflight.clean_suffix", suffix=source.suffix))
    if out.exists() and source.exists() and out.resolve() == source.resolve():
        raise click.UsageError(t.t("preflight.clean_same_file"))


def _clean(source: Path, out: Path, facts, t, strict: bool, output_format: str) -> bool:
    """Write the cleaned copy or refuse; return True when the run fails."""
    import tempfile

    from generator.output import normalise_zip, write_atomic
    from generator.preflight.clean import CleanError
    from generator.preflight.report import FileReport, text_report
    from generator.preflight.rules import failing
    from generator.preflight.run import clean_copy

    try:
        with tempfile.TemporaryDirectory(prefix="kam-preflight-") as folder:
            data, counts, report = clean_copy(source, facts, Path(folder) / f"clean{source.suffix.lower()}")
    except CleanError as exc:
        click.echo(t.t(f"preflight.clean_{exc.reason}"), err=True)
        return True
    err = output_format == "json"  # keep stdout pure JSON; the clean's own messages go to stderr
    if data is None:
        click.echo(t.t("preflight.clean_refused"), err=True)
        rules = {f.rule for f in report.findings}
        if "tracked-change" in rules:
            click.echo(t.t("preflight.clean_refused_changes"), err=True)
        if rules & {"internal-amount", "internal-text", "other-customer"}:
            click.echo(t.t("preflight.clean_refused_facts"), err=True)
        if "hidden-text" in rules:
            click.echo(t.t("preflight.clean_refused_hidden_cells"), err=True)
        return True
    write_atomic(out, normalise_zip(data))
    click.echo(t.t("preflight.clean_wrote", path=out), err=err)
    removed = [t.t(f"preflight.removed_{kind}", n=n) for kind, n in sorted(counts.items()) if n]
    click.echo(
        t.t("preflight.clean_removed", what=t.t("preflight.list_separator").join(removed))
        if removed
        else t.t("preflight.clean_nothing"),
        err=err,
    )
    if report.findings:
        click.echo(text_report([FileReport(str(out), report.findings)], t), nl=False, err=err)
    return failing(list(report.findings), strict)


def _other_customers(inputs: tuple[Path, ...], t) -> list[tuple[str, str]]:
    """Return (name, source) for every customer name and short name in the archive inputs."""
    if not inputs:
        return []
    from generator.load.customers import CustomerRecord, iter_customers

    names = []
    for record in iter_customers(list(inputs), language=t.language):
        if isinstance(record, CustomerRecord):
            source = f"{record.source}:{record.line}" if record.line else record.source
            account = record.brief.account
            names += [(name, source) for name in (account.name, account.short_name) if name]
        else:
            for problem in record.problems:
                click.echo(t.t("preflight.archive_problem", problem=problem.text(t.language)), err=True)
    return names
