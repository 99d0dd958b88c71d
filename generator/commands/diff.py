"""`kam diff OLD NEW [--format text|json] [--lang zh|en]`, also usable as git's diff driver.

Git calls a `diff.<driver>.command` with seven arguments (path, old-file, old-hex, old-mode,
new-file, new-hex, new-mode); `kam diff` accepts both forms. A file git reports as /dev/null
(a brief added or deleted) compares against an empty brief.
"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import format_option, report_language_option

NULL = "/dev/null"


@click.command("diff", cls=KamCommand)
@click.argument("files", nargs=-1, required=True)
@format_option
@report_language_option
def command(files: tuple[str, ...], output_format: str, language: str | None) -> None:
    """`kam diff` (its --help: `diff` in the help catalogue)."""
    from generator.analysis.diff import diff_briefs
    from generator.errors import BriefError
    from generator.i18n import Texts
    from generator.render.diff.report import json_report, text_report

    if len(files) == 2:
        (old, new), base, shown = files, None, files
    elif len(files) == 7:
        # git: path old-file old-hex old-mode new-file new-hex new-mode
        base = Path(files[0]).parent
        old, new = files[1], files[4]
        shown = (f"a/{files[0]}", f"b/{files[0]}")
    else:
        raise click.UsageError(Texts(_spoken(language)).t("diff.usage"))
    if base is not None and not (_is_brief(old) and _is_brief(new)):
        # git hands every file with the attribute to the driver: a seller file or any other YAML is shown as text.
        click.echo(_text_diff(old, new, *shown), nl=False)
        return
    try:
        before = _load(old, base)
        after = _load(new, base)
    except BriefError as exc:
        if base is None:
            raise
        # Inside git an invalid version (a brief being edited) must not stop `git diff`: say why, show the text.
        from generator.i18n.messages import resolve_language

        for line in exc.lines(resolve_language(language, exc.language)):
            click.echo(line, err=True)
        click.echo(_text_diff(old, new, *shown), nl=False)
        return
    if before is None and after is None:
        raise click.UsageError(Texts(_spoken(language)).t("diff.usage"))
    reference = after or before
    language = language or reference.language.value
    changes = diff_briefs(before or _empty(reference), after or _empty(reference))
    render = json_report if output_format == "json" else text_report
    click.echo(render(changes, language, shown[0], shown[1], reference.currency), nl=False)


def _is_brief(name: str) -> bool:
    """Return True for git's /dev/null or a YAML mapping with `brief` and `account` (not a seller file or other YAML)."""
    from generator.errors import BriefError
    from generator.load.yaml_source import load_yaml

    if name == NULL:
        return True
    try:
        data, _ = load_yaml(Path(name))
    except BriefError:
        return False
    return "brief" in data and "account" in data


def _text_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    """Return a unified diff of the two files' text (for files that are not briefs)."""
    import difflib

    def lines(name: str) -> list[str]:
        if name == NULL:
            return []
        return Path(name).read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)

    return "".join(difflib.unified_diff(lines(old), lines(new), old_label, new_label))


def _load(name: str, base: Path | None):
    """Return the brief in `name` (None for git's /dev/null); raise BriefError when it is not valid."""
    from generator.load import load_brief

    if name == NULL:
        return None
    return load_brief(Path(name), base=base).brief


def _empty(like):
    """Return a brief with nothing recorded but the account's name (the other side of an added or deleted brief)."""
    from generator.models.brief import Brief
    from generator.models.compiled import validate

    return validate(
        Brief,
        {
            "brief": 1,
            "language": like.language.value,
            "currency": like.currency,
            "account": {"name": like.account.name},
        },
    )


def _spoken(language: str | None) -> str:
    """Return the language of this run's messages (--lang, else the locale)."""
    from generator.i18n.messages import resolve_language

    return resolve_language(language)
