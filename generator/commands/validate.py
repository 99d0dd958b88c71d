"""`kam validate BRIEF...`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.errors import BriefError


@click.command("validate")
@click.argument("briefs", nargs=-1, required=True, type=click.Path(path_type=Path))
def command(briefs: tuple[Path, ...]) -> None:
    """Check BRIEFS; print `OK <file>` for each valid one and every problem of the others.

    A seller file (what a brief's `seller: file.yaml` names) is checked as a seller.
    """
    from generator.load import is_seller_file, load_brief, load_seller

    problems = []
    for path in briefs:
        seller = not Path(path).suffix.lower().startswith(".xls") and is_seller_file(path)
        try:
            loaded = None if seller else load_brief(path)
            if seller:
                load_seller(path)
        except BriefError as exc:
            problems.extend(exc.problems)
            continue
        for warning in loaded.warnings if loaded else ():  # ignored sheets or columns of a workbook
            click.echo(f"warning: {warning}", err=True)
        click.echo(f"OK {path}" + (" (seller file)" if seller else ""))
    if problems:
        raise BriefError(problems)
