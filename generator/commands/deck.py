"""`kam deck BRIEF [-o OUT.pptx] [--lang zh|en] [--templates DIR] [--presenter] [--pdf]`"""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option, pdf_option, suffix_check, templates_option


@click.command("deck", cls=KamCommand)
@click.argument("brief", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=suffix_check(".pptx", "cli.deck_not_pptx"),
)
@language_option
@templates_option
@click.option(
    "--presenter",
    is_flag=True,
)
@pdf_option
def command(
    brief: Path, output: Path | None, language: str | None, templates_dir: Path | None, presenter: bool, pdf: bool
) -> None:
    """`kam deck` (its --help: `deck` in the help catalogue)."""
    from generator.commands.say import say
    from generator.errors import RenderError
    from generator.i18n.messages import msg, resolve_language, stated_language
    from generator.load import load_brief
    from generator.output import write_atomic
    from generator.render.customer_view import customer_view
    from generator.render.deck.document import default_paths, presenter_path, render_deck
    from generator.render.kit.templates import TemplateSet

    loaded = load_brief(brief)
    try:
        view = customer_view(loaded.brief, language)
    except ValueError as exc:
        error = RenderError(msg("cli.in_file", path=brief, message=exc.args[0]))
        error.language = stated_language(loaded.brief)
        raise error from None
    spoken = resolve_language(language, stated_language(loaded.brief))
    templates = TemplateSet(templates_dir)
    target = output or default_paths(brief, view.proposal.title)[0]
    deck = render_deck(view, templates)
    copy = None
    if presenter:
        from generator.render.deck.notes import presenter_notes

        copy = render_deck(view, templates, notes=presenter_notes(loaded.brief))
    # Everything is rendered before anything is written: a failure leaves no partial output.
    say(msg("cli.wrote", path=write_atomic(target, deck)), spoken)
    if copy is not None:
        say(msg("cli.wrote_internal", path=write_atomic(presenter_path(target), copy)), spoken)
    if pdf:
        from generator.render.deck.document import pdf_path
        from generator.render.kit.pdf import convert_to_pdf

        # The customer's deck only: a PDF shows slides, never the presenter copy's notes.
        say(msg("cli.wrote", path=convert_to_pdf(target, pdf_path(target))), spoken)
