"""Whole render jobs: load a brief, render one document, write it. What commands call."""

from __future__ import annotations

from pathlib import Path

from generator.errors import RenderError


def write_proposal(brief_path: Path, *, output: Path | None = None, language: str | None = None,
                   templates_dir: Path | None = None) -> Path:
    """Render the proposal of the brief at `brief_path` and write it; return the path written."""
    from generator.load import load_brief
    from generator.output import write_atomic
    from generator.render.customer_view import customer_view
    from generator.render.kit.templates import TemplateSet
    from generator.render.proposal.document import default_output, render_proposal

    loaded = load_brief(brief_path)
    try:
        view = customer_view(loaded.brief, language)
    except ValueError as exc:
        raise RenderError(f"{brief_path}: {exc}") from None
    data = render_proposal(view, TemplateSet(templates_dir))
    target = output or default_output(Path(brief_path), view.proposal.title, ".docx")
    return write_atomic(target, data)
