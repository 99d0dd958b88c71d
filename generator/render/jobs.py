"""Whole render jobs: load a brief, render one document, write it. What commands call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import RenderError
from generator.i18n.messages import msg, stated_language


@dataclass(frozen=True)
class Written:
    """A document written by a job: its path, the language it was written in, the language its brief states."""

    path: Path
    language: str
    stated: str | None = None


def write_proposal(
    brief_path: Path, *, output: Path | None = None, language: str | None = None, templates_dir: Path | None = None
) -> Path:
    """Render the proposal of the brief at `brief_path` and write it; return the path written."""
    return proposal_job(brief_path, output=output, language=language, templates_dir=templates_dir).path


def proposal_job(
    brief_path: Path, *, output: Path | None = None, language: str | None = None, templates_dir: Path | None = None
) -> Written:
    """Render the proposal of the brief at `brief_path` and write it; return what was written, in which language."""
    from generator.load import load_brief
    from generator.output import write_atomic
    from generator.render.customer_view import customer_view
    from generator.render.kit.templates import TemplateSet
    from generator.render.proposal.document import default_output, render_proposal

    loaded = load_brief(brief_path)
    try:
        view = customer_view(loaded.brief, language)
    except ValueError as exc:
        error = RenderError(msg("cli.in_file", path=brief_path, message=exc.args[0]))
        error.language = stated_language(loaded.brief)
        raise error from None
    data = render_proposal(view, TemplateSet(templates_dir))
    target = output or default_output(Path(brief_path), view.proposal.title, ".docx")
    return Written(write_atomic(target, data), view.language, stated_language(loaded.brief))
