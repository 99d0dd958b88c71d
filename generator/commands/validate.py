"""`kam validate BRIEF...`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.errors import BriefError


@click.command("validate")
@click.argument("briefs", nargs=-1, required=True, type=click.Path(path_type=Path))
def command(briefs: tuple[Path, ...]) -> None:
    """Check BRIEFS; print `OK <file>` for each valid one and every problem of the others."""
    from generator.load import load_brief

    problems = []
    for path in briefs:
        try:
            load_brief(path)
        except BriefError as exc:
            problems.extend(exc.problems)
            continue
        click.echo(f"OK {path}")
    if problems:
        raise BriefError(problems)
