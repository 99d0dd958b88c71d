"""`kam negotiate BRIEF [-o FILE.docx] [--pdf] [--lang zh|en] [--templates DIR] [--today DATE]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, pdf_option, suffix_check, templates_option, today_option


@click.command("negotiate", cls=KamCommand)
@click.argument("brief", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=suffix_check(".docx", "cli.plan_not_docx"),
)
@today_option
@language_option
@templates_option
@pdf_option
def command(
    brief: Path, output: Path | None, today, language: str | None, templates_dir: Path | None, pdf: bool
) -> None:
    """`kam negotiate` (its --help: `negotiate` in the help catalogue)."""
    from generator.errors import RenderError
    from generator.i18n import Texts
    from generator.load import load_brief
    from generator.output import write_atomic
    from generator.render.kit.templates import TemplateSet
    from generator.render.negotiation.document import default_output, render_negotiation

    loaded = load_brief(brief)
    data = loaded.brief
    language = language or data.language.value
    t = Texts(language)
    pricing = data.proposal.pricing if data.proposal else None
    if data.negotiation is None and not (pricing and pricing.items) and not data.objections:
        raise RenderError(t.t("negotiation.nothing_to_plan", file=brief))
    document = render_negotiation(
        data, language=language, templates=TemplateSet(templates_dir), today=today.date() if today else None
    )
    target = write_atomic(output or default_output(brief, language), document)
    click.echo(t.t("negotiation.wrote_internal", path=target))
    if pdf:
        from generator.render.kit.pdf import convert_to_pdf

        click.echo(t.t("negotiation.wrote", path=convert_to_pdf(target)))
